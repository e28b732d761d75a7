// TIMEX3 values for the expressions recognize.ts finds, anchored on the publication date (dct) and the tense of
// the words around each expression. Every value says, in words, how it was reached.
import type { Span, TimexType } from '../model';
import { MONTHS, WEEKDAYS, isoDate, monthNumber, pad2, validDate } from '../text';

export interface Normalized {
  type: TimexType;
  value: string;
  relative: boolean;
  explanation: string;
}

export type Tense = 'past' | 'future' | 'present' | null;

/** What one article's earlier expressions tell the later ones (the fiscal quarter being discussed). */
export interface DocState {
  anchor: Date | null;
  /** How explanations name the anchor: "the dateline's 20 July", "the publication date Thu 20 July 2000". */
  name: string;
  quarter: { y: number; q: number } | null;
  /** The last day and year the article named (for "that day", "later that year"). */
  lastDay?: string;
  lastYear?: number;
  /** longDate(anchor), computed once. */
  anchorLong?: string;
  /** Values already computed for a surface (see normalize). */
  memo?: Map<string, Memo>;
  /** Set when a value read or changed the fields above it (quarter, lastDay, lastYear): such values are not remembered. */
  touched?: boolean;
}
/** Whitespace other than single spaces, or a space before a comma. */
const MESSY_SPACE = /\s\s|[^\S ]| ,/;

const SOURCE_NAMES: Record<string, string> = {
  dateline: "the dateline's", pageDate: "the page date's", sourceList: "the source list's", frontMatter: "the front matter's",
};

/**
 * The anchor and its names for a publication date and its source, remembered across articles (an article is analyzed
 * again after each edit, and a collection's articles share their dates). The anchor Date is never changed.
 */
const DOC_BASES = new Map<string, Pick<DocState, 'anchor' | 'name' | 'anchorLong'>>();
const DOC_BASES_MAX = 1024;
export function newDocState(dct: string | null, source?: string): DocState {
  const key = dct === null ? null : source === undefined ? dct : `${dct}\u0000${source}`;
  let base = key === null ? undefined : DOC_BASES.get(key);
  if (base === undefined) {
    const anchor = parseDct(dct);
    const anchorLong = anchor ? longDate(anchor) : undefined;
    const name = !anchor ? 'the publication date' : SOURCE_NAMES[source ?? '']
      ? `${SOURCE_NAMES[source!]} ${anchorLong}`
      : `the publication date ${anchorLong}`;
    base = { anchor, name, anchorLong };
    if (key !== null) {
      if (DOC_BASES.size >= DOC_BASES_MAX) DOC_BASES.clear();
      DOC_BASES.set(key, base);
    }
  }
  return { anchor: base.anchor, name: base.name, quarter: null, anchorLong: base.anchorLong };
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a couple of': 2,
};
const VAGUE = new Set(['several', 'a few', 'few', 'some', 'many']);
const UNIT: Record<string, [string, boolean, number]> = {
  second: ['S', true, 1], minute: ['M', true, 1], hour: ['H', true, 1], day: ['D', false, 1], week: ['W', false, 1],
  weekend: ['D', false, 2], month: ['M', false, 1], quarter: ['Q', false, 1], year: ['Y', false, 1],
  decade: ['DE', false, 10], century: ['CE', false, 100], centurie: ['CE', false, 100],
};
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const SEASONS: Record<string, [string, number]> = { spring: ['SP', 3], summer: ['SU', 6], autumn: ['FA', 9], fall: ['FA', 9], winter: ['WI', 12] };

const capitalize = (s: string) => s[0].toUpperCase() + s.slice(1);
/** The month and weekday names capitalized once (explanations name them often). */
const CAP_MONTHS = MONTHS.map(capitalize);
const CAP_WEEKDAYS = WEEKDAYS.map(capitalize);
const WEEKDAY3 = CAP_WEEKDAYS.map((w) => w.slice(0, 3));
const CAPS = new Map<string, string>([...MONTHS.map((m, i) => [m, CAP_MONTHS[i]] as const), ...WEEKDAYS.map((w, i) => [w, CAP_WEEKDAYS[i]] as const)]);
const cap = (s: string) => CAPS.get(s) ?? capitalize(s);
export const parseDct = (dct: string | null): Date | null => {
  if (!dct || !/^\d{4}-\d{2}-\d{2}/.test(dct)) return null;
  const digit = (k: number) => dct.charCodeAt(k) - 48;
  const y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3); // +dct.slice(0, 4), and so on
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (!validDate(y, m, d)) return null;
  // (the same instant as parsing dct.slice(0, 10) + 'T00:00:00Z'; Date.UTC reads years below 100 as 19xx)
  return y >= 100 ? new Date(Date.UTC(y, m - 1, d)) : new Date(dct.slice(0, 10) + 'T00:00:00Z');
};
export const fmt = (d: Date): string => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);
export const weekdayName = (d: Date): string => CAP_WEEKDAYS[d.getUTCDay()];
/** "Wed 19 July 2000". */
export const longDate = (d: Date): string => `${WEEKDAY3[d.getUTCDay()]} ${d.getUTCDate()} ${CAP_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const dayOf = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** ISO week of a date: "2000-W29". */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const w = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${pad2(w)}`;
}

const FUTURE_CUE = /\b(?:(?:can|may|might|must|should)(?!\s+have\b)|will|'ll|shall|going to|is to|are to|due|expected|scheduled|set to|plans? to|planning to|intends? to|would|upcoming|starting|begins?|expires?|effective|payable|to be held|opens?|to visit|to meet|to leave|to travel|to arrive|to return|to hold|to begin|to start|to announce|to release|to sign|to vote|to resume)\b/gi;
const PAST_CUE = /\b(?:said|says|told|announced|reported|was|were|had|did|ago|last|since|earlier|[a-z]{3,}ed|began|met|left|came|went|made|took|gave|held|fell|rose|won|lost|became|broke|sent|spoke|saw|found|shot|struck|flew|killed|died|got|ran|put|set off|quit|sank|fled|fought|led|wrote|stood|sought|brought|bought|caught|thought|felt|kept|meant|paid|sold|won|drove|rode|grew|knew|threw|drew|blew|rang|sat|lay|hit|cut|struck|arrived|occurred|happened)\b/g;

const CUES = [[FUTURE_CUE, 'future'], [PAST_CUE, 'past']] as const;
/** [0-9A-Za-z_], the units of \w. */
const isAsciiWordUnit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const AFTER_MODAL = /\b(?:will|would|'ll|shall|to|be|can|could|may|might|must|should)\s+$/i;
// A deadline after a verb or noun ("a reply by", "postponed until"); not "Until Monday, they had…", "not until",
// "But by Monday, …", which look back from a later point.
const FORWARD_BEFORE = /(?:\b(?!(?:not|up|but|and|only|even)\b)[a-z]+\s+(?:until|till|by)|\bas (?:early|soon) as|\bno later than)\s+(?:on\s+|next\s+|this\s+)?$/;
const isWs = (c: number) => c <= 32 || c === 0xa0 || c >= 0x1680; // (a superset of \s)
const pair = (a: string, b: string) => (a.charCodeAt(0) << 16) | b.charCodeAt(0);
/**
 * The last two letters (lower-cased, as one number) of the word that ends, then white space, at `end` in `str`; -1 when
 * `str` does not end in white space there. A cheap test of what AFTER_MODAL and FORWARD_BEFORE need before them.
 */
function lastPairBefore(str: string, end: number): number {
  let k = end - 1;
  if (k < 0 || !isWs(str.charCodeAt(k))) return -1;
  while (k >= 0 && isWs(str.charCodeAt(k))) k--;
  if (k < 1) return -1;
  return ((str.charCodeAt(k - 1) | 32) << 16) | (str.charCodeAt(k) | 32);
}
/** The endings of AFTER_MODAL's words (will, would, 'll, shall, to, be, can, could, may, might, must, should). */
const MODAL_ENDS = new Set(['ll', 'ld', 'to', 'be', 'an', 'ay', 'ht', 'st'].map((w) => pair(w[0], w[1])));
/** The endings of the words FORWARD_BEFORE ends with (until, till, by, as, than, on, next, this). */
const FORWARD_ENDS = new Set(['il', 'll', 'by', 'as', 'an', 'on', 'xt', 'is'].map((w) => pair(w[0], w[1])));
/** The tense that governs an expression: the nearest tense cue before it in its sentence (or right after it). */
export function tenseAt(text: string, sentence: Span, s: number, e: number): Tense {
  // "Wednesday's ruling": an event already named.
  const q = text.charCodeAt(e);
  if ((q === 39 || q === 0x2019) && (text.charCodeAt(e + 1) | 32) === 115 && /^['’]s\b/.test(text.slice(e, e + 3))) return 'past';
  const from = Math.max(sentence[0], s - 90);
  const before = text.slice(from, s);
  let bestPos = lastCues(before);
  let best: Tense = cueBest;
  // "had been due to expire Friday": a plan seen from the past.
  if (best === 'future' && /\bhad\s+been\s+(?:due|scheduled|expected|set|slated|planned)\b[^.;]{0,30}$/i.test(before)) best = 'past';
  // "a reply by Friday", "postponed until Tuesday", "as early as Monday": the preposition points forward.
  if (FORWARD_ENDS.has(lastPairBefore(before, before.length)) && FORWARD_BEFORE.test(before.slice(-24)) && !(best === 'past' && /\bhad\b/.test(before))) return 'future';
  if (best) return best;
  const after = text.slice(e, Math.min(sentence[1], e + 90));
  for (const [re, t] of CUES) {
    re.lastIndex = 0;
    const m = re.exec(after);
    if (m && (bestPos < 0 || m.index < bestPos)) {
      best = t;
      bestPos = m.index;
    }
  }
  return best;
}

/** The tense cues before an expression as tenseAt read them before its past cues were read without match arrays
 * (every cue match, in order): for tests, which compare the two. */
export function tenseCuesReference(before: string): { best: Tense; bestPos: number } {
  let best: Tense = null;
  let bestPos = -1;
  for (const [re, t] of CUES) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      if (t === 'past' && m.index > 0 && MODAL_ENDS.has(lastPairBefore(before, m.index)) && AFTER_MODAL.test(before.slice(Math.max(0, m.index - 8), m.index))) continue;
      if (m.index > bestPos || (m.index === bestPos && t === 'future')) {
        best = t;
        bestPos = m.index;
      }
    }
  }
  return { best, bestPos };
}
/** The same from tenseAt's way (see there). */
export function tenseCues(before: string): { best: Tense; bestPos: number } {
  const r = lastCues(before);
  return { best: r === -1 ? null : cueBest, bestPos: r };
}
let cueBest: Tense = null;
/** The offset of the last tense cue in `before` (-1: none), its tense in cueBest. */
function lastCues(before: string): number {
  let best: Tense = null;
  let bestPos = -1;
  // The last cue of either kind wins ("said" governs a reported clause only when nothing more specific follows it);
  // at the same offset the future one.
  FUTURE_CUE.lastIndex = 0;
  for (let m = FUTURE_CUE.exec(before); m; m = FUTURE_CUE.exec(before)) {
    best = 'future';
    bestPos = m.index;
  }
  // Past cues without match arrays: each match of PAST_CUE is a whole run of \w characters ("set off" aside, the
  // only one whose run is "off"), so it starts where that run starts.
  PAST_CUE.lastIndex = 0;
  while (PAST_CUE.test(before)) {
    const end = PAST_CUE.lastIndex;
    let at = end;
    while (at > 0 && isAsciiWordUnit(before.charCodeAt(at - 1))) at--;
    if (end - at === 3 && before.charCodeAt(at) === 111 && before.charCodeAt(at + 1) === 102 && before.charCodeAt(at + 2) === 102) at -= 4; // set off
    // "will succeed", "to be named": a participle-looking word after a modal or "to" is no past tense.
    if (at > 0 && MODAL_ENDS.has(lastPairBefore(before, at)) && AFTER_MODAL.test(before.slice(Math.max(0, at - 8), at))) continue;
    if (at > bestPos) {
      best = 'past';
      bestPos = at;
    }
  }
  cueBest = best;
  return bestPos;
}

const tenseWord = (t: Tense) => (t === 'future' ? 'future' : 'past');

/** The day with this weekday nearest the anchor in the direction the tense gives (the anchor day itself counts). */
function weekdayFrom(anchor: Date, wd: number, tenseOf: () => Tense, name: string): { d: Date; how: string } {
  let diff = wd - anchor.getUTCDay();
  // The anchor's own weekday is the anchor day in either tense: the sentence's tense is not needed.
  const tense = diff === 0 ? null : tenseOf();
  if (tense === 'future') {
    // "will meet on Thursday" written on a Thursday: that day itself, as wire copy means.
    if (diff < 0) diff += 7;
  } else if (diff > 0) diff -= 7;
  const d = addDays(anchor, diff);
  const rel =
    diff === 0 ? 'the publication day itself' : diff === -1 ? 'the day before' : diff === 1 ? 'the day after' : diff < 0 ? `${-diff} days before` : `${diff} days after`;
  const why = diff === 0 ? '' : `, as the sentence is in the ${tenseWord(tense)} tense`;
  return { d, how: `${longDate(d)}, ${rel}${diff === 0 ? ` (${name})` : ` ${name}`}${why}` };
}

/** Year for a month (and day) without one: the nearest to the anchor, in the direction of the tense. */
function yearFor(anchor: Date, mo: number, d: number, tense: Tense): number {
  const y = anchor.getUTCFullYear();
  const t0 = anchor.getTime();
  let best = y;
  let bestScore = Infinity;
  // (validDate(yy, mo, min(d, 28)), as every month has 28 days; the day's time without a Date object)
  const ok = mo >= 1 && mo <= 12 && Math.min(d, 28) >= 1;
  for (let yy = y - 1; yy <= y + 1; yy++) {
    if (!ok) continue;
    const dt = Date.UTC(yy, mo - 1, d) - t0;
    const days = dt / 86400000;
    let score = Math.abs(days);
    // Tense decides when both years are plausible; a month with no day tolerates its own month.
    const slack = d === 15 ? 45 : 2;
    if (tense === 'past' && days > slack) score += 200;
    if (tense === 'future' && days < -slack) score += 200;
    if (score < bestScore) {
      best = yy;
      bestScore = score;
    }
  }
  return best;
}

const quarterOf = (d: Date) => ({ y: d.getUTCFullYear(), q: Math.floor(d.getUTCMonth() / 3) + 1 });
const qStr = (x: { y: number; q: number }) => `${x.y}-Q${x.q}`;
/** The last quarter that has ended by the anchor (results published a month after it closes). */
function lastReportedQuarter(anchor: Date): { y: number; q: number } {
  const c = quarterOf(anchor);
  return c.q === 1 ? { y: c.y - 1, q: 4 } : { y: c.y, q: c.q - 1 };
}

function count(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (VAGUE.has(w)) return null;
  if (w in NUMBERS) return NUMBERS[w];
  const hy = /^(\w+)[- ](\w+)$/.exec(w);
  if (hy && hy[1] in NUMBERS && hy[2] in NUMBERS) return NUMBERS[hy[1]] + NUMBERS[hy[2]];
  const half = /^(\d+(?:\.\d+)?)(?: 1\/2)?$/.exec(w);
  if (half) return +half[1] + (w.endsWith('1/2') ? 0.5 : 0);
  return null;
}

/** "PT2H", "P2D", "P10Y", "P2Y6M", "PXY". */
function durationValue(n: number | null, unit: string): string {
  const key = unit.replace(/s$/, '').replace(/ie$/, 'y');
  const [u, isTime, mult] = UNIT[key] ?? UNIT[unit] ?? ['X', false, 1];
  const T = isTime ? 'T' : '';
  // "decades", "decades-long": a number of years, as TimeML corpora write it (PXY); centuries keep their unit.
  if (n === null) return `P${T}X${u === 'DE' ? 'Y' : u === 'CE' ? 'CE' : u}`;
  let v = n * mult;
  let unitOut = u === 'DE' || u === 'CE' ? 'Y' : u;
  if (!Number.isInteger(v)) {
    // 2.5 years → P2Y6M, 1.5 hours → PT1H30M
    const whole = Math.floor(v);
    const sub: Record<string, [string, number]> = { Y: ['M', 12], H: ['M', 60], M: [isTime ? 'S' : 'D', isTime ? 60 : 30], D: ['H', 24], W: ['D', 7] };
    const [su, k] = sub[unitOut] ?? ['', 0];
    if (su) return `P${T}${whole ? whole + unitOut : ''}${Math.round((v - whole) * k)}${su}`;
    v = Math.round(v);
  }
  if (unitOut === 'Q') return `P${v}Q`;
  return `P${T}${v}${unitOut}`;
}

const SMALL: Record<string, number> = {
  oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** The number of a spelled-out 1..99 ("ninety-six", "oh five", "twelve"), or null. */
function spelledSmall(words: string): number | null {
  let n = 0;
  for (const w of words.split(/[- ]/)) {
    if (!(w in SMALL)) return null;
    n += SMALL[w];
  }
  return n;
}
/** "nineteen ninety-six" → 1996, "two thousand and five" → 2005 (inside a longer lower-cased surface). */
const SPELLED_YEAR_IN = /\b(?:the year )?(?:nineteen[ -]((?:[a-z]+[- ])?[a-z]+)|two thousand(?: (?:and )?((?:[a-z]+[- ])?[a-z]+))?)$/;
function spelledYears(low: string): string {
  const m = SPELLED_YEAR_IN.exec(low);
  if (!m) return low;
  let y: number | null;
  if (m[0].includes('nineteen')) y = m[1] === 'hundred' ? 1900 : (y = spelledSmall(m[1])) === null ? null : 1900 + y;
  else y = m[2] ? ((y = spelledSmall(m[2])) === null ? null : 2000 + y) : 2000;
  return y === null ? low : low.slice(0, m.index) + String(y);
}
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

function explicitYear(y: number): Normalized {
  return { type: 'DATE', value: String(y), relative: false, explanation: `the year ${y}, written in full` };
}

interface Memo {
  /** The value when the sentence's tense did not matter. */
  plain?: Normalized | null;
  /** The values by tense when it did (a small object rather than a Map: one allocation). */
  byTense?: Partial<Record<'past' | 'future' | 'present' | 'none', Normalized | null>>;
}
const tenseKey = (t: Tense) => t ?? 'none';

/**
 * normalize() remembered per article: the same surface ("Monday", "last year", "July 19") in the same tense gets the
 * same value, unless it read or changed what earlier expressions left in the article's state (quarters, "that day").
 */
// The tense of the expression normalize() is working on, asked for at most once (module state rather than closures
// per call: normalize() is never re-entered, and it lets go of the caller's function when it returns).
let tenseOfNow: Tense | (() => Tense) = null;
let tenseNow: Tense | undefined;
let tenseUsed = false;
function tenseGet(): Tense {
  if (tenseNow === undefined) tenseNow = typeof tenseOfNow === 'function' ? tenseOfNow() : tenseOfNow;
  return tenseNow;
}
function tenseUse(): Tense {
  tenseUsed = true;
  return tenseGet();
}

/**
 * Values that depend on the surface alone, remembered across articles: every value normalizeOnce gives as not
 * relative (a year, a date or a length of time written in full, a set), and the three references to the time of
 * writing ("now", "recently", "soon"). No branch that leads to one of them reads the anchor, the tense or the
 * article's state before it returns; a value that changed the state (a quarter written with its year) is left out.
 */
const surfaceOnly = new Map<string, Normalized>();
const SURFACE_ONLY_MAX = 4096;
const PRESENT_REF: Normalized = { type: 'DATE', value: 'PRESENT_REF', relative: true, explanation: 'the time of writing' };
const PAST_REF: Normalized = { type: 'DATE', value: 'PAST_REF', relative: true, explanation: 'some time before the time of writing' };
const FUTURE_REF: Normalized = { type: 'DATE', value: 'FUTURE_REF', relative: true, explanation: 'some time after the time of writing' };

export function normalize(surface: string, tenseOf: Tense | (() => Tense), st: DocState): Normalized | null {
  const known = surfaceOnly.get(surface);
  if (known !== undefined) return known;
  const memo = (st.memo ??= new Map<string, Memo>());
  const hit = memo.get(surface);
  if (hit !== undefined && hit.plain !== undefined) return hit.plain;
  tenseOfNow = tenseOf;
  tenseNow = undefined;
  if (hit) {
    const r = hit.byTense![tenseKey(tenseGet())];
    if (r !== undefined) {
      tenseOfNow = null;
      return r;
    }
  }
  tenseUsed = false;
  st.touched = false;
  // Values of the surface alone (surfaceOnly) outlive the article: a surface of 13+ characters is a view into the
  // article's text, and explanations quote it, so they are made from a copy (else each kept value keeps a whole text).
  if (surface.length >= 13) surface = (' ' + surface).slice(1);
  const r = normalizeOnce(surface, tenseUse, st);
  if (!st.touched) {
    if (r !== null && !tenseUsed && (r.relative === false || r === PRESENT_REF || r === PAST_REF || r === FUTURE_REF)) {
      if (surfaceOnly.size >= SURFACE_ONLY_MAX) surfaceOnly.clear();
      surfaceOnly.set(surface, r);
    } else if (!tenseUsed) memo.set(surface, { plain: r });
    else if (hit?.byTense) hit.byTense[tenseKey(tenseGet())] = r;
    else {
      const byTense: Memo['byTense'] = {};
      byTense[tenseKey(tenseGet())] = r;
      memo.set(surface, { byTense });
    }
  }
  tenseOfNow = null;
  return r;
}

const K_CLOCK = 1, K_WEEKDAY = 2, K_DEICTIC = 3, K_PLURAL = 4, K_SET = 5, K_HOLIDAY = 6, K_SEASON = 7, K_REF = 8, K_MONTH = 9;
/**
 * The one-word surfaces (letters only) that some pattern of normalizeOnce matches, with the first pattern that does:
 * every other pattern is skipped for them. ("midday" and unknown words take the usual way.)
 */
const SINGLE = new Map<string, number>([
  ...['noon', 'midnight'].map((w) => [w, K_CLOCK] as const),
  ...WEEKDAYS.map((w) => [w, K_WEEKDAY] as const),
  ...['yesterday', 'today', 'tomorrow', 'tonight', 'this'].map((w) => [w, K_DEICTIC] as const),
  ...['years', 'months', 'weeks', 'decades', 'centuries', 'minutes'].map((w) => [w, K_PLURAL] as const),
  ...['annually', 'yearly', 'monthly', 'weekly', 'daily', 'quarterly', 'hourly'].map((w) => [w, K_SET] as const),
  ...['christmas', 'thanksgiving', 'easter', 'halloween'].map((w) => [w, K_HOLIDAY] as const),
  ...['spring', 'summer', 'autumn', 'fall', 'winter'].map((w) => [w, K_SEASON] as const),
  ...['now', 'currently', 'nowadays', 'current', 'recently', 'previously', 'recent', 'soon', 'future'].map((w) => [w, K_REF] as const),
  ...[...MONTHS, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'].map((w) => [w, K_MONTH] as const),
]);

const skipFor = (kind: number, k: number) => kind > 0 && kind !== k;
const unanchored = (value: string, type: TimexType = 'DATE'): Normalized => ({
  type,
  value,
  relative: true,
  explanation: 'relative to the publication date, which is unknown',
});
/** (tenseFn: the sentence's tense, computed once when first asked, by normalize().) */
function normalizeOnce(surface: string, tenseFn: () => Tense, st: DocState): Normalized | null {
  // Bare years are the commonest expression: answer them first.
  if (surface.length === 4 && /^\d{4}$/.test(surface)) return explicitYear(+surface);
  let low = surface.toLowerCase();
  // One word without white space or a hyphen needs none of the rewrites below and has no modifier to strip.
  let joined = false;
  let digit = false;
  for (let k = 0; k < low.length; k++) {
    const c = low.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if (c === 45 || c <= 32 || c === 0xa0 || c >= 0x1680) joined = true; // a hyphen or (a superset of) \s
  }
  if (joined && MESSY_SPACE.test(low)) low = low.replace(/\s+/g, ' ').replace(/ ,/g, ',');
  if (joined && low.includes(' or so ')) low = low.replace(' or so ', ' ');
  if (joined && (low.includes('nineteen ') || low.includes('nineteen-') || low.includes('thousand'))) {
    const written = spelledYears(low);
    if (written !== low) {
      if (/^\d{4}$/.test(written)) return { type: 'DATE', value: written, relative: false, explanation: `the year ${written}, spelled out` };
      low = written;
    }
  }
  const anchor = st.anchor;
  const A = anchor ? (st.anchorLong ??= longDate(anchor)) : '';
  const AN = st.name;
  // Strip modifiers that keep the value of what they modify ("early", "late", "nearly", "about").
  const c0 = low.charCodeAt(0);
  // Only words starting with a, e, l, m, n, o, r or s can be a modifier.
  const core = joined && (c0 === 97 || c0 === 101 || c0 === 108 || c0 === 109 || c0 === 110 || c0 === 111 || c0 === 114 || c0 === 115)
    ? low.replace(/^(?:early|late|mid)(?:-| )/, '').replace(/^(?:nearly|almost|about|around|more than|less than|at least|some|roughly|over) /, '')
    : low;
  // What the surface holds (digits, spaces, hyphens): each pattern below that needs one of them is tried only then.
  // (One word is as it was: no space, no hyphen, and its digits were counted above.)
  let space = false;
  let hyphen = false;
  if (joined) {
    digit = false;
    for (let k = 0; k < low.length; k++) {
      const c = low.charCodeAt(k);
      if (c >= 48 && c <= 57) digit = true;
      else if (c === 32) space = true;
      else if (c === 45) hyphen = true;
    }
  }
  // A single word of letters: the one pattern below it can match, if it is one of the words that take one (SINGLE).
  const kind = digit || space || hyphen ? -1 : SINGLE.get(low) ?? 0;
  let m: RegExpExecArray | null;

  // ISO date
  if (digit && (m = /^(\d{4})-(\d{2})-(\d{2})(?:t(\d{2}):(\d{2}))?$/.exec(low))) {
    if (!validDate(+m[1], +m[2], +m[3])) return null;
    return m[4]
      ? { type: 'TIME', value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`, relative: false, explanation: 'a date and time written in full' }
      : { type: 'DATE', value: `${m[1]}-${m[2]}-${m[3]}`, relative: false, explanation: 'a date written in full' };
  }

  // Month, day (and year), with an optional weekday
  m = !digit ? null : /^(?:(\w+),? )?(?:([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?|(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?)(?:,? (\d{4}))?)$/.exec(core);
  if (m && monthNumber(m[2] ?? m[6]) && (!m[1] || WEEKDAYS.includes(m[1]))) {
    const mo = monthNumber(m[2] ?? m[6]);
    const d = +(m[3] ?? m[5]);
    const yy = m[4] ?? m[7];
    if (yy) {
      if (!validDate(+yy, mo, d)) return null;
      const date = dayOf(+yy, mo, d);
      const wdNote = m[1] && WEEKDAYS.indexOf(m[1]) !== date.getUTCDay() ? ` (the text says ${cap(m[1])}, but it is a ${weekdayName(date)})` : '';
      return { type: 'DATE', value: isoDate(+yy, mo, d), relative: false, explanation: `${longDate(date)}, written in full${wdNote}` };
    }
    if (!validDate(2000, mo, d)) return null;
    if (!anchor) return { type: 'DATE', value: `XXXX-${pad2(mo)}-${pad2(d)}`, relative: true, explanation: 'the year is unknown: the article has no publication date' };
    // The tense decides only when the nearest year lies the other way: dates near the anchor skip it.
    const yPast = yearFor(anchor, mo, d, 'past');
    let y = yPast === yearFor(anchor, mo, d, 'future') && yPast === yearFor(anchor, mo, d, null) ? yPast : yearFor(anchor, mo, d, tenseFn());
    if (m[1]) {
      // A weekday fixes the year when the month-day alone does not.
      const wd = WEEKDAYS.indexOf(m[1]);
      for (const c of [y, y - 1, y + 1]) if (validDate(c, mo, d) && dayOf(c, mo, d).getUTCDay() === wd) { y = c; break; }
    }
    if (!validDate(y, mo, d)) return null;
    const date = dayOf(y, mo, d);
    const same = y === anchor.getUTCFullYear();
    return {
      type: 'DATE',
      value: isoDate(y, mo, d),
      relative: true,
      explanation: `${longDate(date)}: no year is written, so ${same ? 'the year of the publication date' : `the ${y < anchor.getUTCFullYear() ? 'previous' : 'next'} year, the nearest to the publication date`} ${A}${!same && tenseFn() ? ` in the ${tenseWord(tenseFn())} tense` : ''}`,
    };
  }

  // Month and year: "October 1986", "June last year"
  m = !space ? null : /^([a-z]+\.?),? (?:of )?(\d{4}|this year|last year|next year)$/.exec(core);
  if (m && monthNumber(m[1])) {
    const mo = monthNumber(m[1]);
    if (/^\d/.test(m[2])) return { type: 'DATE', value: `${m[2]}-${pad2(mo)}`, relative: false, explanation: `${cap(MONTHS[mo - 1])} ${m[2]}, written in full` };
    if (!anchor) return unanchored(`XXXX-${pad2(mo)}`);
    const y = anchor.getUTCFullYear() + (m[2] === 'last year' ? -1 : m[2] === 'next year' ? 1 : 0);
    return { type: 'DATE', value: `${y}-${pad2(mo)}`, relative: true, explanation: `${cap(MONTHS[mo - 1])} of ${m[2]}, from ${AN}` };
  }

  if (digit && (m = /^([01]\d)([0-5]\d) (gmt|utc)$/.exec(low))) {
    if (!anchor) return unanchored(`XXXX-XX-XXT${m[1]}:${m[2]}`, 'TIME');
    return { type: 'TIME', value: `${fmt(anchor)}T${m[1]}:${m[2]}`, relative: true, explanation: `${m[1]}:${m[2]} ${m[3].toUpperCase()} on ${AN}` };
  }
  // Clock times, possibly with a day
  m = (!digit && c0 !== 110 && c0 !== 109) || skipFor(kind, K_CLOCK) ? null : /^(?:(\d{1,2})(?::(\d{2}))? ?(a\.m\.|p\.m\.|am|pm)?|(noon|midnight))(?: ([a-z]{3}|local time))?(?:,? (\w+)(?: (morning|afternoon|evening|night))?)?$/.exec(low);
  if (m && (m[2] || m[3] || m[4])) {
    let h = m[4] === 'noon' ? 12 : m[4] === 'midnight' ? 24 : +m[1];
    if (h > 24 || (m[2] && +m[2] > 59)) return null;
    if (m[3] && m[3].startsWith('p') && h < 12) h += 12;
    if (m[3] && m[3].startsWith('a') && h === 12) h = 0;
    const t = `T${pad2(h)}:${m[2] ?? '00'}`;
    const dayWord = m[6];
    if (!anchor) return unanchored(`XXXX-XX-XX${t}`, 'TIME');
    let day = anchor;
    let how = `on ${AN}`;
    if (dayWord && WEEKDAYS.includes(dayWord)) {
      const r = weekdayFrom(anchor, WEEKDAYS.indexOf(dayWord), tenseFn, st.name);
      day = r.d;
      how = `on ${r.how}`;
    } else if (dayWord === 'yesterday' || dayWord === 'tomorrow') {
      day = addDays(anchor, dayWord === 'yesterday' ? -1 : 1);
      how = `on ${dayWord}, ${longDate(day)}`;
    }
    return { type: 'TIME', value: fmt(day) + t, relative: true, explanation: `${pad2(h)}:${m[2] ?? '00'} ${how}` };
  }

  // Weekdays, with a part of day
  m = skipFor(kind, K_WEEKDAY) ? null : /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (morning|afternoon|evening|night))?$/.exec(core);
  if (m) {
    const part = m[2] ? PARTS[m[2]] : null;
    const type: TimexType = part ? 'TIME' : 'DATE';
    if (!anchor) return unanchored(part ? `XXXX-WXX-${WEEKDAYS.indexOf(m[1]) || 7}T${part}` : 'XXXX-WXX-' + (WEEKDAYS.indexOf(m[1]) || 7), type);
    const r = weekdayFrom(anchor, WEEKDAYS.indexOf(m[1]), tenseFn, st.name);
    return { type, value: fmt(r.d) + (part ? `T${part}` : ''), relative: true, explanation: `${cap(m[1])}${part ? ` ${m[2]}` : ''} → ${r.how}` };
  }

  // Anaphoric days and years: "that same day", "later that year", "the next morning"
  m = !space ? null : /^(?:(?:earlier|later) )?that (?:same )?(day|year|month|morning|afternoon|evening|night)$|^the (next|following|previous) (day|morning|year)$/.exec(low);
  if (m) {
    st.touched = true;
    const unit = m[1] ?? m[3];
    const part = PARTS[unit] ?? null;
    if (unit === 'year') {
      if (st.lastYear === undefined) return m[2] ? unanchored(m[2] === 'previous' ? 'PAST_REF' : 'FUTURE_REF') : null;
      const y = st.lastYear + (m[2] ? (m[2] === 'previous' ? -1 : 1) : 0);
      return { type: 'DATE', value: String(y), relative: true, explanation: `${m[2] ? `the year ${m[2] === 'previous' ? 'before' : 'after'} ` : ''}the year the text last named (${st.lastYear})` };
    }
    if (unit === 'month') return null;
    if (!st.lastDay) return m[1] ? null : { type: part ? 'TIME' : 'DATE', value: 'XXXX-XX-XX' + (part ? `T${part}` : ''), relative: true, explanation: 'a day the text refers back to' };
    let d = new Date(st.lastDay + 'T00:00:00Z');
    if (m[2]) d = addDays(d, m[2] === 'previous' ? -1 : 1);
    return { type: part ? 'TIME' : 'DATE', value: fmt(d) + (part ? `T${part}` : ''), relative: true, explanation: `${m[2] ? `the day ${m[2] === 'previous' ? 'before' : 'after'} ` : ''}the day the text last named (${st.lastDay})` };
  }
  if (low === 'midday') return anchor ? { type: 'TIME', value: `${fmt(anchor)}T12:00`, relative: true, explanation: `midday on ${AN}` } : unanchored('XXXX-XX-XXT12:00', 'TIME');
  // yesterday / today / tomorrow / tonight / this morning
  m = (c0 !== 101 && c0 !== 108 && c0 !== 121 && c0 !== 116) || skipFor(kind, K_DEICTIC) ? null : /^(?:(?:early|late|earlier|later) )?(yesterday|today|tomorrow|tonight|this)(?: (morning|afternoon|evening|night))?$/.exec(low);
  if (m) {
    const off = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, this: 0 }[m[1]]!;
    const part = m[1] === 'tonight' ? 'NI' : m[2] ? PARTS[m[2]] : null;
    const type: TimexType = part ? 'TIME' : 'DATE';
    if (!anchor) return unanchored(m[1] === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX', type);
    const d = addDays(anchor, off);
    return {
      type,
      value: fmt(d) + (part ? `T${part}` : ''),
      relative: true,
      explanation: `${surface} → ${longDate(d)}, ${off === 0 ? 'the publication date' : off < 0 ? 'the day before the publication date' : 'the day after the publication date'}${off ? ` ${A}` : ''}`,
    };
  }

  // Quarters, halves and fiscal periods
  m = kind > 0 || (!space && !hyphen) || (!low.includes('quarter') && !low.includes(' half')) ? null : /^(?:the )?((?:(?:fiscal|latest|current|comparable|same|year-ago|year-earlier|\d{4}|this year's|last year's|next year's) )*)(?:(first|second|third|fourth)(?:[- ]quarter| (half))|fiscal-(first|second|third|fourth) quarter)(?: of (\d{4}|this year|last year))?$/.exec(low);
  if (m) {
    const mods = m[1];
    st.touched = true;
    const n = ['first', 'second', 'third', 'fourth'].indexOf(m[2] ?? m[4]) + 1;
    const half = !!m[3];
    let y: number | null = null;
    const yText = m[5] ?? (/(\d{4})/.exec(mods)?.[1] ?? null);
    if (yText && /^\d{4}$/.test(yText)) y = +yText;
    else if (anchor) {
      y = anchor.getUTCFullYear();
      if (/last year/.test(low) || /year-ago|year-earlier/.test(mods)) y--;
      else if (/next year/.test(low)) y++;
    }
    if (half) return { type: 'DATE', value: `${y ?? 'XXXX'}-H${n <= 2 ? n : 2}`, relative: !yText, explanation: `the ${m[2]} half of ${y ?? 'an unknown year'}` };
    if (y !== null && !/year-ago|year-earlier/.test(mods)) st.quarter = { y, q: n };
    return { type: 'DATE', value: `${y ?? 'XXXX'}-Q${n}`, relative: !yText, explanation: `the ${m[2] ?? m[4]} quarter of ${y ?? 'an unknown year'}${yText ? '' : ', the year of the publication date'}` };
  }
  m = kind > 0 || (space || hyphen ? !low.includes('quarter') && !low.includes('period') && !low.includes('year-') : low !== 'quarter' && low !== 'period') ? null : /^(?:the )?((?:(?:latest|current|fiscal|comparable|year-ago|year-earlier|\d{4}) )*)(quarter|period)$|^(year-earlier|year-ago)$/.exec(low);
  if (m) {
    st.touched = true;
    const ago = /year-ago|year-earlier/.test(low);
    const base = st.quarter ?? (anchor ? lastReportedQuarter(anchor) : null);
    const y4 = /(\d{4})/.exec(low)?.[1];
    if (!base) return unanchored('XXXX-QX');
    const q = { y: y4 ? +y4 : base.y - (ago ? 1 : 0), q: base.q };
    if (/^year-(?:ago|earlier)$/.test(low) && !st.quarter) return { type: 'DATE', value: String((anchor ?? dayOf(base.y, 1, 1)).getUTCFullYear() - 1), relative: true, explanation: 'the year before the publication date' };
    if (!ago && !y4) st.quarter = st.quarter ?? q;
    return { type: 'DATE', value: qStr(q), relative: true, explanation: `${ago ? 'a year before ' : ''}the quarter the article reports on (${qStr(base)})` };
  }
  if (digit && (m = /^fiscal (\d{4})$/.exec(low))) return { type: 'DATE', value: m[1], relative: false, explanation: `fiscal year ${m[1]}` };

  if (low === 'the weekend') {
    if (!anchor) return unanchored('XXXX-WXX-WE');
    // The weekend just past, or the coming one in the future tense.
    const back = (anchor.getUTCDay() + 1) % 7; // days back to the last Saturday
    const sat = tenseFn() === 'future' ? addDays(anchor, 6 - anchor.getUTCDay()) : addDays(anchor, -back);
    return { type: 'DATE', value: isoWeek(sat) + '-WE', relative: true, explanation: `the weekend of Sat ${sat.getUTCDate()} ${cap(MONTHS[sat.getUTCMonth()])} ${sat.getUTCFullYear()}, nearest ${AN}` };
  }
  // this / last / next unit
  m = !space ? null : /^(?:(?:early|late|earlier|later) )?(this coming|this|last|next|past|coming|the past|the coming|the previous|the following) (\w+)$/.exec(low);
  if (m) {
    const w = m[1];
    const dir = /last|past|previous/.test(w) ? -1 : w === 'this' ? 0 : 1;
    const unit = m[2];
    if (!anchor) return unanchored(dir < 0 ? 'PAST_REF' : dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
    const y = anchor.getUTCFullYear();
    const mo = anchor.getUTCMonth() + 1;
    const how = (v: string) => `${surface} → ${v}, counted from ${AN}`;
    const out = (value: string): Normalized => ({ type: 'DATE', value, relative: true, explanation: how(value) });
    if (unit === 'year') return out(String(y + dir));
    if (unit === 'month') {
      const t = new Date(Date.UTC(y, mo - 1 + dir, 1));
      return out(`${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}`);
    }
    if (unit === 'week') return out(isoWeek(addDays(anchor, 7 * dir)));
    if (unit === 'weekend') {
      // The Saturday of that weekend: this weekend follows the anchor unless the tense is past.
      const sat = 6 - anchor.getUTCDay();
      let d = addDays(anchor, sat);
      if (dir < 0 || (dir === 0 && tenseFn() === 'past' && anchor.getUTCDay() !== 6 && anchor.getUTCDay() !== 0)) d = addDays(d, -7);
      if (anchor.getUTCDay() === 0 && dir === 0) d = addDays(anchor, -1);
      if (dir > 0 && sat <= 1) d = addDays(d, 7);
      return out(isoWeek(d) + '-WE');
    }
    if (unit === 'quarter') {
      const q0 = quarterOf(anchor);
      const qi = q0.y * 4 + q0.q - 1 + dir;
      return out(`${Math.floor(qi / 4)}-Q${(qi % 4) + 1}`);
    }
    if (unit === 'decade') return out(String(Math.floor(y / 10) + dir));
    if (unit === 'century') return out(String(Math.floor(y / 100) + dir));
    const season = SEASONS[unit];
    if (season) {
      const [code, start] = season;
      let yy = y;
      if (dir < 0 && mo <= start + 2) yy--;
      if (dir > 0 && mo >= start) yy++;
      return out(`${yy}-${code}`);
    }
    const wd = WEEKDAYS.indexOf(unit);
    if (wd >= 0) {
      let diff = wd - anchor.getUTCDay();
      if (dir < 0 && diff >= 0) diff -= 7;
      if (dir > 0 && diff <= 0) diff += 7;
      const d = addDays(anchor, diff);
      return { type: 'DATE', value: fmt(d), relative: true, explanation: `${surface} → ${longDate(d)}, from ${AN}` };
    }
    const mon = monthNumber(unit);
    if (mon) {
      let yy = y;
      if (dir < 0 && mon >= mo) yy--;
      if (dir > 0 && mon <= mo) yy++;
      return out(`${yy}-${pad2(mon)}`);
    }
    return null;
  }

  // N units ago / earlier
  m = !space ? null : /^(.+?)[ -](second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))s? (ago|earlier)$/.exec(core);
  if (m) {
    const n = count(m[1]);
    const unit = m[2];
    if (unit === 'year' && n === 1) st.touched = true;
    if (unit === 'year' && n === 1 && st.quarter) {
      const q = { y: st.quarter.y - 1, q: st.quarter.q };
      return { type: 'DATE', value: qStr(q), relative: true, explanation: `a year before the quarter the article reports on (${qStr(st.quarter)})` };
    }
    if (!anchor || n === null) return { type: 'DATE', value: 'PAST_REF', relative: true, explanation: anchor ? 'an unspecified time before the publication date' : 'before the publication date, which is unknown' };
    const y = anchor.getUTCFullYear();
    const how = (v: string) => `${surface} → ${v}, counted back from ${AN}`;
    const out = (value: string): Normalized => ({ type: 'DATE', value, relative: true, explanation: how(value) });
    const k = Math.round(n);
    if (unit === 'year') return out(String(y - k));
    if (unit === 'decade') return out(String(y - 10 * k));
    if (unit.startsWith('centur')) return out(String(Math.floor((y - 100 * k) / 100)));
    if (unit === 'month' || unit === 'quarter') {
      const t = new Date(Date.UTC(y, anchor.getUTCMonth() - k * (unit === 'quarter' ? 3 : 1), 1));
      return out(`${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}`);
    }
    if (unit === 'week' || unit === 'weekend') return out(isoWeek(addDays(anchor, -7 * k)));
    if (unit === 'day') return out(fmt(addDays(anchor, -k)));
    return out(fmt(anchor));
  }

  // Durations
  m = !space && !hyphen ? null : /^(?:the (?:(?:past|last|next|first|coming|previous|following|final) )?)?(?:(?:nearly|almost|about|around|more than|less than|at least|some|roughly|over) )?(.+?)(?: more| consecutive| straight| full| additional)?[ -](second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))s?(?:-long)?$/.exec(low);
  const n0 = m ? count(m[1]) : null;
  if (m && (n0 !== null || VAGUE.has(m[1]))) {
    const n = n0;
    return { type: 'DURATION', value: durationValue(n, m[2]), relative: false, explanation: `a length of time: ${surface}` };
  }
  if (!skipFor(kind, K_PLURAL) && (m = /^(decades|days|weeks|months|years|centuries|hours)-long$|^(?:recent|(?:the )?coming) (years|months|weeks|days|decades)$|^(years|months|weeks|decades|centuries|minutes)$/.exec(low))) {
    const u = (m[1] ?? m[2] ?? m[3]).replace(/s$/, '').replace(/ie$/, 'y');
    if (/^recent years/.test(low)) return { type: 'DATE', value: 'PAST_REF', relative: true, explanation: 'the years before the publication date' };
    return { type: 'DURATION', value: durationValue(null, u), relative: false, explanation: 'an unspecified length of time' };
  }
  // "a day-long meeting", "year-long talks": one of the unit.
  if (hyphen && (m = /^(day|week|month|year|hour)-long$/.exec(low))) {
    return { type: 'DURATION', value: durationValue(1, m[1]), relative: false, explanation: `a length of time: one ${m[1]}` };
  }
  if (space && (m = /^(?:an? )?(minute|hour) and a half$/.exec(low))) {
    return { type: 'DURATION', value: m[1] === 'hour' ? 'PT1H30M' : 'PT1M30S', relative: false, explanation: `a length of time: ${surface}` };
  }

  // Sets
  m = skipFor(kind, K_SET) ? null : /^(?:every|each) (?:(other) )?(\w+)$|^(annually|yearly|monthly|weekly|daily|quarterly|hourly)$/.exec(low);
  if (m) {
    const w = m[2] ?? m[3];
    const k = m[1] ? 2 : 1;
    const v: Record<string, string> = {
      year: `P${k}Y`, annually: 'P1Y', yearly: 'P1Y', month: `P${k}M`, monthly: 'P1M', week: `P${k}W`, weekly: 'P1W', day: `P${k}D`,
      daily: 'P1D', quarter: `P${k}Q`, quarterly: 'P1Q', hourly: 'PT1H', morning: 'TMO', evening: 'TEV', night: 'TNI', summer: 'XXXX-SU', winter: 'XXXX-WI',
    };
    const wd = WEEKDAYS.indexOf(w);
    const mo = monthNumber(w);
    if (mo && wd < 0 && !(w in v)) return { type: 'SET', value: `XXXX-${pad2(mo)}`, relative: false, explanation: `every ${cap(MONTHS[mo - 1])}` };
    return { type: 'SET', value: v[w] ?? (wd >= 0 ? `XXXX-WXX-${wd === 0 ? 7 : wd}` : 'P1X'), relative: false, explanation: `a recurring time: ${surface}` };
  }

  // Decades and centuries
  if (digit && (m = /^(?:the )?(?:(?:early|late|mid)(?:-| ))?(\d{3})0s$/.exec(low))) return { type: 'DATE', value: m[1], relative: false, explanation: `the decade ${m[1]}0–${m[1]}9` };
  if (digit && (m = /^(?:the )?(?:(?:early|late|mid)(?:-| ))?['’]?(\d)0s$/.exec(low))) return { type: 'DATE', value: `19${m[1]}`, relative: false, explanation: `the decade 19${m[1]}0–19${m[1]}9` };
  if (space && (m = /^the (?:(?:early|late|mid)(?:-| ))?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.exec(low))) {
    const d = DECADE_WORDS[m[1]];
    return { type: 'DATE', value: `19${d}`, relative: false, explanation: `the decade 19${d}0–19${d}9 (${m[1]})` };
  }
  if (digit && (m = /^(?:the )?(\d{1,2})(?:st|nd|rd|th) century$/.exec(low))) return { type: 'DATE', value: pad2(+m[1] - 1), relative: false, explanation: `the ${m[1]}th century, the years ${+m[1] - 1}00–${+m[1] - 1}99` };
  if (space && /^the new (century|millennium)$/.test(low)) {
    if (!anchor) return { type: 'DATE', value: 'FUTURE_REF', relative: true, explanation: 'the coming century; the publication date is unknown' };
    const y = anchor.getUTCFullYear();
    if (low.endsWith('millennium')) {
      const v = String(Math.floor((y + 500) / 1000));
      return { type: 'DATE', value: v, relative: true, explanation: `the millennium beginning nearest ${AN}` };
    }
    const c = Math.floor((y + 50) / 100);
    return { type: 'DATE', value: pad2(c), relative: true, explanation: `the century that begins nearest ${AN}: the years ${c}00–${c}99` };
  }

  // Holidays
  const hol = skipFor(kind, K_HOLIDAY) ? null : holiday(low, anchor, tenseFn);
  if (hol) return hol;

  // Seasons
  m = skipFor(kind, K_SEASON) ? null : /^(?:(early|late|this|last|next) )?(spring|summer|autumn|fall|winter)(?: (?:of )?(\d{4}))?$/.exec(low);
  if (m) {
    const [code, start] = SEASONS[m[2]];
    if (m[3]) return { type: 'DATE', value: `${m[3]}-${code}`, relative: false, explanation: `${m[2]} ${m[3]}` };
    if (!anchor) return unanchored(`XXXX-${code}`);
    const y = anchor.getUTCFullYear();
    const mo = anchor.getUTCMonth() + 1;
    let yy = y;
    if (mo < start && tenseFn() === 'past') yy--;
    if (mo > start + 2 && tenseFn() === 'future') yy++;
    return { type: 'DATE', value: `${yy}-${code}`, relative: true, explanation: `the ${m[2]} nearest ${AN}` };
  }

  // Present, past and future references
  if (!skipFor(kind, K_REF) && /^(?:now|currently|nowadays|these days|at present|current)$/.test(low)) return PRESENT_REF;
  if (!skipFor(kind, K_REF) && /^(?:recently|the past|previously|recent)$/.test(low)) return PAST_REF;
  if (!skipFor(kind, K_REF) && /^(?:soon|the future|future)$/.test(low)) return FUTURE_REF;

  // Bare month
  const mon = skipFor(kind, K_MONTH) ? 0 : monthNumber(core);
  if (mon) {
    if (!anchor) return { type: 'DATE', value: `XXXX-${pad2(mon)}`, relative: true, explanation: 'the year is unknown: the article has no publication date' };
    const yPast = yearFor(anchor, mon, 15, 'past');
    const tenseMatters = yPast !== yearFor(anchor, mon, 15, 'future');
    const yy = tenseMatters ? yearFor(anchor, mon, 15, tenseFn() ?? 'past') : yPast;
    return {
      type: 'DATE',
      value: `${yy}-${pad2(mon)}`,
      relative: true,
      explanation: `${cap(MONTHS[mon - 1])} ${yy}: the ${cap(MONTHS[mon - 1])} nearest ${AN}${tenseMatters && tenseFn() ? ` in the ${tenseWord(tenseFn())} tense` : ''}`,
    };
  }
  // Bare year
  if (digit && (m = /^(\d{4})$/.exec(core))) return explicitYear(+m[1]);
  return null;
}

function easter(y: number): Date {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(y, month, day);
}
/** The n-th weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(y: number, mo: number, wd: number, n: number): Date {
  if (n < 0) {
    const last = dayOf(y, mo + 1, 0);
    return addDays(last, -((last.getUTCDay() - wd + 7) % 7));
  }
  const first = dayOf(y, mo, 1);
  return addDays(first, ((wd - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}
const HOLIDAYS: Record<string, (y: number) => Date> = {
  christmas: (y) => dayOf(y, 12, 25), 'christmas day': (y) => dayOf(y, 12, 25), 'christmas eve': (y) => dayOf(y, 12, 24),
  "new year's day": (y) => dayOf(y, 1, 1), "new year's": (y) => dayOf(y, 1, 1), "new year's eve": (y) => dayOf(y, 12, 31),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4), 'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1), 'independence day': (y) => dayOf(y, 7, 4),
  easter: easter, 'easter sunday': easter, 'labor day': (y) => nthWeekday(y, 9, 1, 1), 'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  halloween: (y) => dayOf(y, 10, 31), 'boxing day': (y) => dayOf(y, 12, 26),
};
function holiday(low: string, anchor: Date | null, tenseOf: () => Tense): Normalized | null {
  const week = low === 'easter week';
  const f = HOLIDAYS[week ? 'easter' : low];
  if (!f) return null;
  const tense = tenseOf();
  if (!anchor) return { type: 'DATE', value: 'XXXX-XX-XX', relative: true, explanation: 'a holiday in an unknown year' };
  const y = anchor.getUTCFullYear();
  let best: Date | null = null;
  for (const yy of [y - 1, y, y + 1]) {
    const d = f(yy);
    const days = (d.getTime() - anchor.getTime()) / 86400000;
    // Easter week begins on Palm Sunday, a week before Easter itself.
    if (tense === 'past' && days > (week ? 8 : 1)) continue;
    if (tense === 'future' && days < -1) continue;
    if (!best || Math.abs(days) < Math.abs((best.getTime() - anchor.getTime()) / 86400000)) best = d;
  }
  if (!best) best = f(y);
  if (week) return { type: 'DATE', value: isoWeek(best), relative: true, explanation: `the week of Easter ${best.getUTCFullYear()}` };
  return { type: 'DATE', value: fmt(best), relative: true, explanation: `${longDate(best)}, the ${low.replace(/\b\w/g, (c) => c.toUpperCase())} nearest the publication date ${longDate(anchor)}` };
}

/** A weekday is consistent with a past-tense mention this many days before a date (0 = the same day). */
export function daysBack(date: Date, weekday: number): number {
  return (date.getUTCDay() - weekday + 7) % 7;
}
