// TIMEX3 values for the expressions recognize.ts finds, anchored on the publication date (dct) and the tense of
// the sentence. Every value says how it was reached.
import type { TimexType } from '../model';
import { MONTHS, WEEKDAYS, isoDate, monthNumber, pad2, validDate } from '../text';

export interface Normalized {
  type: TimexType;
  value: string;
  relative: boolean;
  explanation: string;
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const UNIT: Record<string, [string, boolean]> = {
  second: ['S', true], minute: ['M', true], hour: ['H', true], day: ['D', false], week: ['W', false],
  month: ['M', false], year: ['Y', false], decade: ['DE', false], century: ['CE', false], centurie: ['CE', false],
};

const parseDct = (dct: string | null): Date | null => (dct && /^\d{4}-\d{2}-\d{2}$/.test(dct) ? new Date(dct + 'T00:00:00Z') : null);
const fmt = (d: Date): string => isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86400000);
const weekdayName = (d: Date): string => WEEKDAYS[d.getUTCDay()][0].toUpperCase() + WEEKDAYS[d.getUTCDay()].slice(1);

/** ISO week of a date: "2000-W29". */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const w = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${pad2(w)}`;
}

/** Future tense in the sentence ("will", "is to", "plans to", "next")? */
export function isFuture(sentence: string): boolean {
  return /\b(?:will|'ll|shall|is (?:to|due to|expected to|scheduled to|set to)|are (?:to|due to|expected to|scheduled to|set to)|plans? to|planning to|intends? to|going to|would)\b/i.test(sentence);
}

export function normalize(surface: string, sentence: string, dct: string | null): Normalized | null {
  const low = surface.toLowerCase().replace(/\s+/g, ' ');
  const anchor = parseDct(dct);
  const need = (what: string): Normalized => ({
    type: 'DATE',
    value: what,
    relative: true,
    explanation: 'relative to the publication date, which is unknown',
  });

  // ISO date
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(low);
  if (m) return { type: 'DATE', value: low, relative: false, explanation: 'written in full' };

  // Full date with year
  m = /^(?:(\w+),?\s+)?(?:([a-z.]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z.]+),?\s+(\d{4}))$/.exec(low);
  if (m) {
    const mo = monthNumber(m[2] ?? m[6]);
    const d = +(m[3] ?? m[5]);
    const y = +(m[4] ?? m[7]);
    if (mo && validDate(y, mo, d)) return { type: 'DATE', value: isoDate(y, mo, d), relative: false, explanation: 'written in full' };
  }
  // Month and day without year
  m = /^(?:(\w+),?\s+)?(?:([a-z.]+)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z.]+))$/.exec(low);
  if (m && monthNumber(m[2] ?? m[5])) {
    const mo = monthNumber(m[2] ?? m[5]);
    const d = +(m[3] ?? m[4]);
    if (!anchor) return { type: 'DATE', value: `XXXX-${pad2(mo)}-${pad2(d)}`, relative: true, explanation: 'the year is unknown' };
    const y = anchor.getUTCFullYear();
    if (!validDate(y, mo, d)) return null;
    return { type: 'DATE', value: isoDate(y, mo, d), relative: true, explanation: `the year of the publication date (${y})` };
  }
  // Month and year
  m = /^([a-z.]+)\s+(?:of\s+)?(\d{4})$/.exec(low);
  if (m && monthNumber(m[1])) return { type: 'DATE', value: `${m[2]}-${pad2(monthNumber(m[1]))}`, relative: false, explanation: 'written in full' };
  // Bare year
  if (/^\d{4}$/.test(low)) return { type: 'DATE', value: low, relative: false, explanation: 'a year' };
  // Decades
  m = /^the (\d{3})0s$/.exec(low);
  if (m) return { type: 'DATE', value: m[1], relative: false, explanation: 'a decade' };
  m = /^the (\d)0s$/.exec(low);
  if (m) return { type: 'DATE', value: `19${m[1]}`, relative: false, explanation: 'a decade of the 20th century' };
  if (/^the new (century|millennium)$/.test(low)) {
    const y = anchor ? anchor.getUTCFullYear() : null;
    return { type: 'DATE', value: y ? String(Math.floor(y / 100) + (low.endsWith('millennium') ? 0 : 1)).padStart(2, '0') : 'FUTURE_REF', relative: true, explanation: 'the century after the publication date' };
  }
  // Times
  m = /^(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am|pm)?(?:\s+(gmt|utc|local time|[a-z]{2,3}t))?$/.exec(low);
  if (m && (m[2] || m[3])) {
    let h = +m[1];
    if (m[3] && m[3].startsWith('p') && h < 12) h += 12;
    if (m[3] && m[3].startsWith('a') && h === 12) h = 0;
    const t = `T${pad2(h)}:${m[2] ?? '00'}`;
    const day = anchor ? fmt(anchor) : 'XXXX-XX-XX';
    return { type: 'TIME', value: day + t, relative: true, explanation: anchor ? 'a time on the publication date' : 'a time of an unknown day' };
  }
  // Weekdays, with a part of day
  m = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(morning|afternoon|evening|night))?$/.exec(low);
  if (m) {
    const wd = WEEKDAYS.indexOf(m[1]);
    const part = m[2] ? { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' }[m[2]]! : null;
    if (!anchor) return { ...need(part ? `XXXX-XX-XXT${part}` : 'XXXX-XX-XX'), type: part ? 'TIME' : 'DATE' };
    const future = isFuture(sentence);
    let diff = wd - anchor.getUTCDay();
    if (future) {
      if (diff <= 0) diff += 7;
    } else if (diff > 0) diff -= 7;
    const d = addDays(anchor, diff);
    const when = diff === 0 ? 'the publication day itself' : `the ${weekdayName(d)} ${future ? 'after' : 'before'} the publication date (${fmt(anchor)}), as the sentence is in the ${future ? 'future' : 'past'} tense`;
    return { type: part ? 'TIME' : 'DATE', value: fmt(d) + (part ? `T${part}` : ''), relative: true, explanation: when };
  }
  // yesterday / today / tomorrow / tonight
  m = /^(yesterday|today|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?$/.exec(low);
  if (m) {
    const off = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 }[m[1] as 'today']!;
    const part = m[1] === 'tonight' ? 'TNI' : m[2] ? { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' }[m[2]]! : null;
    if (!anchor) return { ...need(m[1] === 'today' ? 'PRESENT_REF' : 'XXXX-XX-XX'), type: part ? 'TIME' : 'DATE' };
    const d = addDays(anchor, off);
    return { type: part ? 'TIME' : 'DATE', value: fmt(d) + (part ? `T${part}` : ''), relative: true, explanation: `${m[1]} relative to the publication date (${fmt(anchor)})` };
  }
  // this / last / next unit
  m = /^(this|last|next|the past|the coming|the previous|the following)\s+(\w+)$/.exec(low);
  if (m) {
    const dir = m[1] === 'last' || m[1] === 'the past' || m[1] === 'the previous' ? -1 : m[1] === 'this' ? 0 : 1;
    const unit = m[2];
    if (!anchor) return need(dir < 0 ? 'PAST_REF' : dir > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
    const y = anchor.getUTCFullYear();
    const mo = anchor.getUTCMonth() + 1;
    const how = `${m[1]} ${unit} relative to the publication date (${fmt(anchor)})`;
    if (unit === 'year') return { type: 'DATE', value: String(y + dir), relative: true, explanation: how };
    if (unit === 'month') {
      const t = new Date(Date.UTC(y, mo - 1 + dir, 1));
      return { type: 'DATE', value: `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}`, relative: true, explanation: how };
    }
    if (unit === 'week') return { type: 'DATE', value: isoWeek(addDays(anchor, 7 * dir)), relative: true, explanation: how };
    if (unit === 'weekend') return { type: 'DATE', value: isoWeek(addDays(anchor, 7 * dir)) + '-WE', relative: true, explanation: how };
    if (unit === 'decade') return { type: 'DATE', value: String(Math.floor(y / 10) + dir), relative: true, explanation: how };
    if (unit === 'century') return { type: 'DATE', value: String(Math.floor(y / 100) + dir), relative: true, explanation: how };
    const season = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' }[unit];
    if (season) return { type: 'DATE', value: `${y + (dir === 0 ? 0 : dir)}-${season}`, relative: true, explanation: how };
    const wd = WEEKDAYS.indexOf(unit);
    if (wd >= 0) {
      let diff = wd - anchor.getUTCDay();
      if (dir < 0 && diff >= 0) diff -= 7;
      if (dir > 0 && diff <= 0) diff += 7;
      return { type: 'DATE', value: fmt(addDays(anchor, diff)), relative: true, explanation: how };
    }
    const mon = monthNumber(unit);
    if (mon) {
      let yy = y;
      if (dir < 0 && mon >= mo) yy--;
      if (dir > 0 && mon <= mo) yy++;
      return { type: 'DATE', value: `${yy}-${pad2(mon)}`, relative: true, explanation: how };
    }
    return null;
  }
  // N units ago
  m = /^(a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(year|month|week|day|decade)s?\s+ago$/.exec(low);
  if (m) {
    const n = NUMBERS[m[1]] ?? (/^\d+$/.test(m[1]) ? +m[1] : NaN);
    if (!anchor || Number.isNaN(n)) return { type: 'DATE', value: 'PAST_REF', relative: true, explanation: 'some time before the publication date' };
    const y = anchor.getUTCFullYear();
    const how = `${surface} from the publication date (${fmt(anchor)})`;
    if (m[2] === 'year') return { type: 'DATE', value: String(y - n), relative: true, explanation: how };
    if (m[2] === 'decade') return { type: 'DATE', value: String(y - 10 * n), relative: true, explanation: how };
    if (m[2] === 'month') {
      const t = new Date(Date.UTC(y, anchor.getUTCMonth() - n, 1));
      return { type: 'DATE', value: `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}`, relative: true, explanation: how };
    }
    if (m[2] === 'week') return { type: 'DATE', value: isoWeek(addDays(anchor, -7 * n)), relative: true, explanation: how };
    return { type: 'DATE', value: fmt(addDays(anchor, -n)), relative: true, explanation: how };
  }
  // Durations
  m = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|a few|\d+)[\s-](second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?(?:-long)?$/.exec(low);
  if (m) {
    const n = NUMBERS[m[1]] ?? (/^\d+$/.test(m[1]) ? +m[1] : NaN);
    const [u, isTime] = UNIT[m[2]];
    const amount = Number.isNaN(n) ? 'X' : u === 'DE' ? String(n * 10) : u === 'CE' ? String(n * 100) : String(n);
    const unit = u === 'DE' || u === 'CE' ? 'Y' : u;
    return { type: 'DURATION', value: `P${isTime ? 'T' : ''}${amount}${unit}`, relative: false, explanation: 'a length of time' };
  }
  // Sets
  m = /^(?:every|each)\s+(\w+)$|^(annually|yearly|monthly|weekly|daily)$/.exec(low);
  if (m) {
    const w = m[1] ?? m[2];
    const v = { year: 'P1Y', annually: 'P1Y', yearly: 'P1Y', month: 'P1M', monthly: 'P1M', week: 'P1W', weekly: 'P1W', day: 'P1D', daily: 'P1D', morning: 'TMO', night: 'TNI' }[w];
    const wd = WEEKDAYS.indexOf(w);
    return { type: 'SET', value: v ?? (wd >= 0 ? `XXXX-WXX-${wd === 0 ? 7 : wd}` : 'P1X'), relative: false, explanation: 'a recurring time' };
  }
  // Present and past references
  if (/^(?:now|currently|nowadays|these days|at present)$/.test(low)) return { type: 'DATE', value: 'PRESENT_REF', relative: true, explanation: 'the time of writing' };
  if (/^(?:recently|the past)$/.test(low)) return { type: 'DATE', value: 'PAST_REF', relative: true, explanation: 'some time before the time of writing' };
  if (/^(?:soon|the future)$/.test(low)) return { type: 'DATE', value: 'FUTURE_REF', relative: true, explanation: 'some time after the time of writing' };
  // Bare month
  const mon = monthNumber(low);
  if (mon && MONTHS[mon - 1] === low.replace(/\.$/, '') ) {
    if (!anchor) return { type: 'DATE', value: `XXXX-${pad2(mon)}`, relative: true, explanation: 'the year is unknown' };
    const y = anchor.getUTCFullYear();
    const future = isFuture(sentence);
    const cur = anchor.getUTCMonth() + 1;
    const yy = future && mon < cur ? y + 1 : !future && mon > cur ? y - 1 : y;
    return { type: 'DATE', value: `${yy}-${pad2(mon)}`, relative: true, explanation: `the nearest ${MONTHS[mon - 1]} ${future ? 'after' : 'before'} the publication date (${fmt(anchor)})` };
  }
  return null;
}
