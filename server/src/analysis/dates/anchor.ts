// The article's publication date: from the caller, Markdown front matter, a page date line, the dateline or a
// dated source list such as "(AFP, July 20)". A missing year is taken from the text's own years.
import type { Publication, Span, Structure } from '../model';
import { MONTH_PATTERN, isoDate, monthNumber, validDate } from '../text';

const FRONT_MATTER_DATE = /^(?:date|published|pubdate|publication_date|dct)\s*:\s*["']?(\d{4})-(\d{2})-(\d{2})/im;
const TEXT_DATE = new RegExp(
  `(?:(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}))|(?:(\\d{1,2})\\s+(${MONTH_PATTERN}),?\\s+(\\d{4}))|(?:(\\d{4})-(\\d{2})-(\\d{2}))`,
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

function monthDayWithYear(text: string, span: Span, fallbackYearText: string): { date: string; how: string } | null {
  const m = MONTH_DAY.exec(text.slice(span[0], span[1]));
  if (!m) return null;
  const mo = monthNumber(m[1] ?? m[4]);
  const d = +(m[2] ?? m[3]);
  if (m[5]) {
    const y = +m[5];
    return validDate(y, mo, d) ? { date: isoDate(y, mo, d), how: '' } : null;
  }
  const y = yearFromText(fallbackYearText);
  if (y === null || !validDate(y, mo, d)) return null;
  return { date: isoDate(y, mo, d), how: `; the year ${y} is the latest year the article mentions` };
}

export function findPublication(text: string, structure: Structure, option?: string | null): Publication {
  if (option && /^\d{4}-\d{2}-\d{2}$/.test(option)) {
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
