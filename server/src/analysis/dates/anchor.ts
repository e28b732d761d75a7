// The article's publication date: from the caller, Markdown front matter, a page date line, the dateline or a
// dated source list such as "(AFP, July 20)". A missing year is taken from the text's own years.
import type { Publication, Span, Structure } from '../model';
import { MONTH_PATTERN, isoDate, monthNumber, validDate } from '../text';

const FRONT_MATTER_DATE = /^(?:date|published|pubdate|publication_date|dct)\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})/im;
const TEXT_DATE = new RegExp(
  `(?:(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4}))|(?:(\\d{1,2})\\s+(${MONTH_PATTERN})\\s*,?\\s+(\\d{4}))|(?:(\\d{4})-(\\d{2})-(\\d{2}))`,
);
const MONTH_DAY = new RegExp(`(?:(${MONTH_PATTERN})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_PATTERN}))(?:,?\\s+(\\d{4}))?`);
const SOURCE_LIST_DATE = new RegExp(`\\((?:[A-Z][\\w.&'-]*(?: [\\w.&'-]+)*,\\s*)+(${MONTH_PATTERN}\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\)`);

function parseFullDate(s: string): string | null {
  const m = TEXT_DATE.exec(s);
  if (!m) return null;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[3], monthNumber(m[1]), +m[2]];
  else if (m[4]) [y, mo, d] = [+m[6], monthNumber(m[5]), +m[4]];
  else [y, mo, d] = [+m[7], +m[8], +m[9]];
  return validDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** The most frequent plausible year written in the text, or null. */
function yearFromText(text: string): number | null {
  const counts = new Map<number, number>();
  const re = /\b(19[5-9]\d|20[0-4]\d)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1);
  let best: number | null = null;
  let bestN = 0;
  // The latest year written is the likeliest year of writing; ties go to the later one.
  for (const [y, n] of counts) if (best === null || y > best || (y === best && n > bestN)) [best, bestN] = [y, n];
  return best;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_MENTION = /\b(?:on\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const PAST_NEAR = /\b(?:said|told|was|were|had|did|announced|reported|[a-z]{3,}ed)\b[^.!?\n]{0,40}$/;
const FUTURE_NEAR = /\b(?:will|'ll|shall|is to|are to|due|expected|scheduled|plans? to|would|next)\b[^.!?\n]{0,40}$/;

/**
 * Past-tense weekday mentions ("said Wednesday") in the first part of the article: in wire copy they name the
 * dateline's day or a day or two before. Returns the weekdays with the sentence position, first 4000 characters only.
 */
function pastWeekdays(text: string): number[] {
  const out: number[] = [];
  const head = text.slice(0, 4000);
  WEEKDAY_MENTION.lastIndex = 0;
  for (let m = WEEKDAY_MENTION.exec(head); m && out.length < 12; m = WEEKDAY_MENTION.exec(head)) {
    const before = head.slice(Math.max(0, m.index - 60), m.index);
    if (FUTURE_NEAR.test(before)) continue;
    if (!PAST_NEAR.test(before) && !/^['’]s\b/.test(head.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue;
    out.push(WEEKDAY_NAMES.indexOf(m[1]));
  }
  return out;
}

/**
 * The year for a month and day written without one: among the years near the text's own (the latest it writes and
 * the two around it), the one where past-tense weekdays in the text fall on the day itself or just before.
 */
export function inferYear(text: string, mo: number, d: number): { y: number; how: string } | null {
  const latest = yearFromText(text);
  const wds = pastWeekdays(text);
  // Without a year written anywhere there is nothing to anchor on: the analysis never guesses from the machine's
  // clock (the same article must give the same model on any day).
  if (latest === null) return null;
  const base = latest;
  const candidates = [base, base - 1, base + 1].filter((y) => validDate(y, mo, d));
  if (!wds.length || candidates.length === 0) {
    return latest !== null && validDate(latest, mo, d) ? { y: latest, how: `; the year ${latest} is the latest year the article mentions` } : null;
  }
  let best = candidates[0];
  let bestCost = Infinity;
  for (const y of candidates) {
    const day = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
    // Days back from the dateline to each weekday: 0 (the same day) and 1 (the day before) are what wire copy does.
    const cost = wds.reduce((c, w) => c + Math.min((day - w + 7) % 7, 3), 0) + (y === base ? 0 : 0.5);
    if (cost < bestCost) [best, bestCost] = [y, cost];
  }
  const dayName = WEEKDAY_NAMES[new Date(Date.UTC(best, mo - 1, d)).getUTCDay()];
  const names = [...new Set(wds.map((w) => WEEKDAY_NAMES[w]))].join(', ');
  const yearsNote = `the years near ${latest}, the latest the article writes`;
  return {
    y: best,
    how: `; no year is written: among ${yearsNote}, ${best} makes it a ${dayName}, so the text's past-tense ${names} ${wds.length > 1 ? 'fall' : 'falls'} on it or just before`,
  };
}

function monthDayWithYear(text: string, span: Span, fallbackYearText: string): { date: string; how: string } | null {
  const m = MONTH_DAY.exec(text.slice(span[0], span[1]));
  if (!m) return null;
  const mo = monthNumber(m[1] ?? m[4]);
  const d = +(m[2] ?? m[3]);
  if (m[5]) {
    const y = +m[5];
    return validDate(y, mo, d) ? { date: isoDate(y, mo, d), how: '' } : null;
  }
  const r = inferYear(fallbackYearText, mo, d);
  if (!r || !validDate(r.y, mo, d)) return null;
  return { date: isoDate(r.y, mo, d), how: r.how };
}

export function findPublication(text: string, structure: Structure, option?: string | null): Publication {
  if (option && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(option)) {
    option = option.slice(0, 10);
    return { date: option, source: 'option', span: null, explanation: `publication date ${option} was given` };
  }
  for (const p of structure.paragraphs) {
    if (p.kind === 'frontMatter') {
      const fm = text.slice(p.span[0], p.span[1]);
      const m = FRONT_MATTER_DATE.exec(fm);
      if (m && validDate(+m[1], +m[2], +m[3])) {
        const s = p.span[0] + m.index + m[0].indexOf(m[1]);
        return { date: `${m[1]}-${m[2]}-${m[3]}`, source: 'frontMatter', span: [s, s + 10], explanation: `front matter says ${m[1]}-${m[2]}-${m[3]}` };
      }
    }
  }
  const pageDate = structure.paragraphs.find((p) => p.kind === 'pageDate');
  if (pageDate) {
    const d = parseFullDate(text.slice(pageDate.span[0], pageDate.span[1]));
    if (d) return { date: d, source: 'pageDate', span: pageDate.span, explanation: `page date line says ${d}` };
  }
  const dl = structure.dateline;
  if (dl && dl.date) {
    const r = monthDayWithYear(text, dl.date, text);
    if (r) return { date: r.date, source: 'dateline', span: dl.date, explanation: `dateline says ${text.slice(dl.date[0], dl.date[1])}${r.how}` };
  }
  const sl = SOURCE_LIST_DATE.exec(text);
  if (sl) {
    const s = sl.index + sl[0].indexOf(sl[1]);
    const r = monthDayWithYear(text, [s, s + sl[1].length], text);
    if (r) return { date: r.date, source: 'sourceList', span: [s, s + sl[1].length], explanation: `source list is dated ${sl[1]}${r.how}` };
  }
  // A full date in the first lines (a page header the structure pass did not single out).
  const head = text.slice(0, 400);
  const m = TEXT_DATE.exec(head);
  if (m) {
    const d = parseFullDate(m[0]);
    if (d) return { date: d, source: 'text', span: [m.index, m.index + m[0].length], explanation: `the article's first date, ${m[0]}` };
  }
  return { date: null, source: 'none', span: null, explanation: 'the article gives no publication date' };
}
