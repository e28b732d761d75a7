// Small helpers over raw text shared by the analysis modules. No allocation-heavy work on hot paths.
import type { Span } from './model';

export const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
export const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200a || c === 12 || c === 11;
// (A module constant: the product build, for node20, turns a \p{…} literal into `new RegExp(…)` where it stands,
// which inside a function means a new regex per call.)
const LETTER = /\p{L}/u;
export const isLetter = (c: number): boolean => isUpper(c) || isLower(c) || (c > 0xff && LETTER.test(String.fromCharCode(c)));
/** White space as the regex class \s sees it. */
export const isRegexSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** s.replace(/\s+/g, ' ').trim(), without the work when s has single spaces between words only (most names). */
export function collapseSpace(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isRegexSpace(c) && (c !== 32 || i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 32 || isRegexSpace(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

/** Shrinks a span past white space and the given punctuation at both ends. */
export function trimPunct(text: string, s: number, e: number, chars = ' \t\r\n\u00a0,;:.'): Span {
  while (s < e && chars.includes(text[s])) s++;
  while (e > s && chars.includes(text[e - 1])) e--;
  return [s, e];
}

/** Index of the first span whose end is > offset, in a sorted, non-overlapping list (binary search). */
export function lowerBound<T>(items: readonly T[], offset: number, end: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (end(items[mid]) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const contains = (outer: Span, inner: Span): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];
export const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];

/** A string with white space runs folded to one space. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** 1-12 for a month name or abbreviation ("Jan.", "Sept"), else 0. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(w);
  if (i >= 0) return i + 1;
  return MONTH_ABBR[w] ?? 0;
}
export const MONTH_PATTERN =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_PATTERN = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;
export const isoDate = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in a month (m 1-12), as new Date(Date.UTC(y, m, 0)).getUTCDate() (which reads years 0-99 as 1900-1999)
 * without a Date object: an integer year and month answered from a table and the leap year rule. */
export const daysInMonth = (y: number, m: number): number => {
  if (!Number.isInteger(m) || m < 1 || m > 12 || !Number.isInteger(y) || y < -200000 || y > 200000) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m !== 2) return MONTH_DAYS[m - 1];
  const yy = y >= 0 && y <= 99 ? 1900 + y : y;
  return (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
};

/** A valid calendar date? */
export const validDate = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
