// Temporal expressions (TimeML TIMEX3). One case-insensitive regex pass over the text finds candidates with their
// TimeML extents (modifiers such as "early", "nearly", "the past" included); cheap checks on the surroundings drop
// look-alikes (ages, "May" the verb, amounts); normalize.ts gives each a value and says how it was reached.
import type { Sentence, Span, TimeExpression } from '../model';
import { MONTH_PATTERN, WEEKDAY_PATTERN, validDate } from '../text';
import { isoWeek, normalize, newDocState, tenseAt } from './normalize';

const ORD = '(?:st|nd|rd|th)?';
const SP = '[ \\t\\u00a0]+'; // spaces inside one expression (not line breaks)
const COMMA = '[ \\t\\u00a0]*,?[ \\t\\u00a0]+';
const MOD = `(?:(?:early|late|mid)(?:-|${SP}))`;
const PART = '(?:morning|afternoon|evening|night)';
const NUM1 = '(?:one|two|three|four|five|six|seven|eight|nine)';
const NUMW =
  `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${NUM1})?|${NUM1}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an|several|a few|few|a couple of|\\d+(?:\\.\\d+)?(?:${SP}1/2)?)`;
const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?|weekends?)';
const QMOD = `(?:(?:nearly|almost|about|around|more${SP}than|less${SP}than|at${SP}least|some|roughly|over)${SP})`;
const TZ = '(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|MST|MDT|BST|CET|CEST|JST|local time)';
const DEICTIC = '(?:yesterday|today|tomorrow)';
const ORDQ = '(?:first|second|third|fourth)';
const HOLIDAY =
  "(?:Christmas(?:[ ]Day|[ ]Eve)?|New[ ]Year's(?:[ ]Day|[ ]Eve)?|Thanksgiving(?:[ ]Day)?|Election[ ]Day|Independence[ ]Day|Easter(?:[ ]Sunday|[ ]week)?|Labor[ ]Day|Memorial[ ]Day|Halloween|Boxing[ ]Day)";
const SEASON = '(?:spring|summer|autumn|fall|winter)';
// Years written out, as broadcast transcripts do: "nineteen ninety-six", "the year two thousand".
const TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const SPELLED_YEAR = `(?:nineteen[ -](?:${TENS}(?:[- ]${NUM1})?|${TEENS}|oh[- ]${NUM1}|hundred)|(?<=year${SP})two${SP}thousand(?:${SP}(?:and${SP})?(?:${TENS}(?:[- ]${NUM1})?|${TEENS}|${NUM1}))?)`;
const REL = `(?:this|last|next|past|coming|the${SP}past|the${SP}coming|the${SP}previous|the${SP}following|this${SP}coming)`;

const PARTS: string[] = [
  // Full dates and month-day: "Wednesday, 19 July, 2000", "July 20, 2000", "20 July", "March 01 , 2008"
  `(?:${WEEKDAY_PATTERN}${COMMA})?(?:${MOD}?${MONTH_PATTERN}${SP}\\d{1,2}${ORD}(?!\\d|:\\d)(?:${COMMA}\\d{4}(?!\\d))?|\\d{1,2}${ORD}${SP}${MONTH_PATTERN}(?:${COMMA}\\d{4}(?!\\d))?)`,
  `\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?`,
  // Month and year: "October 1986", "June last year", "late November"
  `${MOD}?${MONTH_PATTERN}(?:${COMMA}|${SP}of${SP})(?:\\d{4}(?!\\d)|(?:this|last|next)${SP}year|${SPELLED_YEAR}(?![\\w-]))`,
  `(?:the${SP}year${SP})?${SPELLED_YEAR}(?![\\w-])(?!${SP}(?:years|people|dollars|troops|miles|of)\\b)`,
  // Clock times, with a day: "11:45 GMT", "8 PM", "10 p.m. Wednesday", "noon Thursday"
  `(?:\\d{1,2}(?::\\d{2})?${SP}?(?:[ap]\\.m\\.|[AP]M\\b|[ap]m\\b)|\\d{1,2}:\\d{2}|[01]\\d[0-5]\\d(?=${SP}(?:GMT|UTC))|noon|midnight)(?:${SP}${TZ})?(?:${COMMA}(?:${WEEKDAY_PATTERN}|${DEICTIC})(?:${SP}${PART})?)?`,
  // Weekdays with a part of day: "Sunday night"
  `(?:(?:early|late)${SP})?${WEEKDAY_PATTERN}(?:${SP}${PART})?`,
  `(?:(?:early|late|earlier|later)${SP})?${DEICTIC}(?:${SP}${PART})?|tonight|this${SP}(?:morning|afternoon|evening)`,
  // Anaphoric: "later that year", "that same day", "the next morning"
  `(?:(?:earlier|later)${SP})?that${SP}(?:same${SP})?(?:day|year|month|morning|afternoon|evening|night)\\b|the${SP}(?:next|following|previous)${SP}(?:day|morning|year)\\b`,
  // Quarters and fiscal periods
  `(?:the${SP})?(?:(?:fiscal|latest|current|comparable|same|year-ago|year-earlier|\\d{4}|this${SP}year's|last${SP}year's|next${SP}year's)${SP})*(?:${ORDQ}(?:[- ]quarter|${SP}half)|fiscal-${ORDQ}${SP}quarter)(?:${SP}of${SP}(?:\\d{4}|this${SP}year|last${SP}year))?`,
  `the${SP}(?:(?:latest|current|fiscal|comparable|year-ago|year-earlier)${SP})*(?:quarter|period)\\b|the${SP}(?:year-ago|year-earlier|latest|\\d{4})${SP}period|(?:year-earlier|year-ago)\\b|fiscal${SP}\\d{4}`,
  // Relative: "this weekend", "last month", "next year", "early this week"
  `(?:(?:early|late|earlier|later)${SP})?${REL}${SP}(?:week|weekend|month|year|decade|century|quarter|${SEASON}|${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b(?!\\.?${SP}\\d)`,
  // Ago / earlier: "a decade ago", "almost four years ago", "a year earlier"
  `${QMOD}?${NUMW}[ \\t\\u00a0-]${UNIT}(?:${SP}or${SP}so)?${SP}(?:ago|earlier)`,
  `(?:a${SP})?(?:minute|hour)${SP}and${SP}a${SP}half`,
  // Durations: "two hours", "the past two months", "two-day", "decades-long", "2 1/2 years"
  `(?:the${SP}(?:(?:past|last|next|first|coming|previous|following|final)${SP})?)?${QMOD}?${NUMW}(?:${SP}(?:more|consecutive|straight|full|additional))?[ \\t\\u00a0-]${UNIT}(?:-long|-old)?`,
  `(?:decades|days|weeks|months|years|centuries|hours|day|week|month|year|hour)-long|recent${SP}(?:years|months|weeks|days|decades)|(?:the${SP})?coming${SP}(?:years|months|weeks|days|decades)`,
  // Sets: "every year", "annually"
  `(?:every|each)${SP}(?:other${SP})?(?:year|month|week|day|morning|evening|night|quarter|summer|winter|${WEEKDAY_PATTERN}|${MONTH_PATTERN})\\b|annually|yearly|monthly|weekly|daily|quarterly|hourly`,
  // Decades and centuries: "the 1990s", "the early 1990s", "the new century", "the 20th century"
  `(?:the${SP})?${MOD}?(?:\\d{3}0s|['’]?\\d0s)|the${SP}${MOD}?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|the${SP}new${SP}(?:century|millennium)|(?:the${SP})?\\d{1,2}(?:st|nd|rd|th)${SP}century`,
  HOLIDAY,
  `(?:(?:early|late|this|last|next)${SP})?${SEASON}(?:${SP}(?:of${SP})?\\d{4}(?!\\d))?`,
  // Present, past and future references
  `now|currently|recently|nowadays|midday|these${SP}days|at${SP}present|soon|the${SP}future|the${SP}past|current|recent`,
  // Bare months and years last: "February", "1999", "mid-1990", "fiscal 1990"
  `${MOD}?${MONTH_PATTERN}(?=[\\s,.;:)'’]|$)`,
  `${MOD}?(?:1[5-9]|20)\\d{2}(?!\\d)`,
  // "for years": the bare plural after "for"
  `(?:for|in)${SP}(?:years|months|weeks|decades|centuries|minutes)(?![\\w-])(?!${SP}(?:of|to|ago|before|after|later|earlier|past)\\b)`,
  `(?:over|during)${SP}the${SP}weekend`,
];

// The scan below runs this only at a trigger word, and a weak one only before the words its gates allow (TRIGGERS,
// WEAK, NEXT_ONLY, NEXT_OK, WEAK_TOO, THE_NEXT): a new pattern's first two words must be added there too
// (test/unit/fast-paths-stages.test.ts compares the scan with the plain one).
const TIMEX_RE = new RegExp(`(?:${PARTS.map((p) => `(?:${p})`).join('|')})(?![\\w])`, 'iy');
/**
 * TIMEX_RE at a digit (or an apostrophe before one): only the PARTS that can start with one, in the same order. Every
 * other part starts with a letter, so it fails there and the first alternative that matches is the same.
 */
const DIGIT_PARTS = [0, 1, 4, 8, 11, 13, 16, 21];
const TIMEX_DIGIT_RE = new RegExp(`(?:${DIGIT_PARTS.map((k) => `(?:${PARTS[k]})`).join('|')})(?![\\w])`, 'iy');

// First words an expression can start with: the sticky regex runs only at word starts whose word is one of these
// (or a digit, or an apostrophe before a digit), so the scan is one charCodeAt loop plus a Set lookup per word.
const TRIGGERS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december jan feb mar apr jun jul aug sep sept oct nov dec early late mid yesterday today tomorrow ' +
    'tonight this that the fiscal latest current comparable same year last next past coming earlier later nearly almost ' +
    'about around more less at some roughly over a an one two three four five six seven eight nine ten eleven twelve ' +
    'thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety ' +
    'hundred several decades days weeks months years centuries hours day week month recent minute hour every each annually yearly monthly ' +
    'weekly daily quarterly hourly christmas new thanksgiving election independence easter labor memorial halloween boxing ' +
    'spring summer autumn fall winter now currently recently nowadays these soon previously future noon midnight for first ' +
    'second third fourth in during midday'
  ).split(' '),
);
// Frequent words that start an expression only when the next word could continue one ("the past", "a decade").
const WEAK = new Set('in during the a an at for that this new same latest comparable each every some more less over about around'.split(' '));
// Words that start an expression only before one of a few words ("in years", "at least", "Election Day").
const PLURAL_UNITS = ['years', 'months', 'weeks', 'decades', 'centuries', 'minutes'];
const NEXT_ONLY_BEFORE: [string, string[]][] = [
  ['in', PLURAL_UNITS], ['for', PLURAL_UNITS], ['at', ['least', 'present']], ['during', ['the']], ['new', ['year']],
  ['day', ['long']], ['week', ['long']], ['month', ['long']],
  ['election', ['day']], ['independence', ['day']], ['labor', ['day']], ['memorial', ['day']], ['boxing', ['day']],
];
// And, read off the expression patterns, the few words that can follow these (the regex fails after any other: most
// of the regex runs that found nothing were at "the", "that", "one", "first" and the like).
const NEXT_ONLY = new Map<string, string[]>([
  ...NEXT_ONLY_BEFORE,
  ['that', ['same', 'day', 'year', 'month', 'morning', 'afternoon', 'evening', 'night']], ['these', ['days']],
  ['first', ['quarter', 'half']], ['second', ['quarter', 'half']], ['third', ['quarter', 'half']], ['fourth', ['quarter', 'half']],
  ['years', ['long']], ['decades', ['long']], ['days', ['long']], ['weeks', ['long']], ['months', ['long']], ['centuries', ['long']],
  ['hours', ['long']], ['year', ['ago', 'earlier', 'long']], ['hour', ['and', 'long']], ['minute', ['and']],
]);
const NEXT_OK = new Set([
  ...TRIGGERS,
  ...'twenties thirties forties fifties sixties seventies eighties nineties second seconds minute minutes hour hours day days week weeks weekend month months quarter quarters year years decade decades century centuries few couple least other than morning afternoon evening night previous following final'.split(' '),
]);
/** What may follow the words of WEAK_TOO: NEXT_OK and "two thousand", "nineteen oh five", "two consecutive weeks". */
const NEXT_OK_TOO = new Set([...NEXT_OK, ...'thousand oh consecutive straight full additional weekends'.split(' ')]);
/**
 * Words that start an expression only before a word of NEXT_OK (or a digit): the weak words above, and the words that
 * never make an expression alone: number words ("two years"), modifiers ("early March", "nearly four years"), "last",
 * "next", "past", "coming" ("last week"), "earlier" and "later" ("later that day").
 */
const WEAK_TOO =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
  'twenty thirty forty fifty sixty seventy eighty ninety hundred several nearly almost roughly early late mid earlier later last next past coming';
/**
 * "the" starts an expression only before one of these words (or a digit or an apostrophe: "the 1990s", "the ’80s");
 * of them, only those of NEXT_OK ("the period" was never tried).
 */
const THE_NEXT = new Set(
  (
    'year next following previous fiscal latest current comparable same this last first second third fourth quarter past ' +
    'coming final nearly almost about around more less at some roughly over one two three four five six seven eight nine ten eleven ' +
    'twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred ' +
    'a an several few early late mid twenties thirties forties fifties sixties seventies eighties nineties new future'
  ).split(' '),
);
/** A hash of a word's letters, lower-cased, kept within V8's small integers (the scan hashes as it goes, so no word is sliced). */
function wordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + (w.charCodeAt(i) | 32)) & 0x3fffffff;
  return h;
}
/**
 * A set of lower-case words as an open-addressed table of their hashes (a few kilobytes, so it stays in the CPU's
 * cache between articles): a word not in the set almost always costs one typed-array read. Slot k holds the hash in
 * `hashes[k]` and the word's index + 1 in `ids[k]` (0 = empty).
 */
interface WordTable {
  mask: number;
  hashes: Int32Array;
  ids: Uint16Array;
  words: string[];
}
function wordTable(words: Iterable<string>): WordTable {
  const list = [...new Set(words)];
  let size = 256;
  while (size < list.length * 8) size *= 2;
  const t: WordTable = { mask: size - 1, hashes: new Int32Array(size), ids: new Uint16Array(size), words: list };
  list.forEach((w, id) => {
    const h = wordHash(w);
    let k = h & t.mask;
    while (t.ids[k] !== 0) k = (k + 1) & t.mask;
    t.hashes[k] = h;
    t.ids[k] = id + 1;
  });
  return t;
}
/** The index of text[i, j) (hash h), lower-cased, in the table, or -1 (no allocation). */
function lookup(t: WordTable, text: string, i: number, j: number, h: number): number {
  for (let k = h & t.mask; t.ids[k] !== 0; k = (k + 1) & t.mask) {
    if (t.hashes[k] !== h) continue;
    const id = t.ids[k] - 1;
    const w = t.words[id];
    if (w.length !== j - i) continue;
    let x = 0;
    while (x < w.length && (text.charCodeAt(i + x) | 32) === w.charCodeAt(x)) x++;
    if (x === w.length) return id;
  }
  return -1;
}
const TRIGGER_TABLE = wordTable(TRIGGERS);
const NEXT_OK_TABLE = wordTable(NEXT_OK);
/** Per trigger (by its index in TRIGGER_TABLE): whether it is weak, and the words it must precede. */
const THE_NEXT_TABLE = wordTable([...THE_NEXT].filter((w) => NEXT_OK.has(w)));
const WEAK_ALL = new Set([...WEAK, ...WEAK_TOO.split(' ')]);
const TRIGGER_WEAK = Uint8Array.from(TRIGGER_TABLE.words, (w) => (WEAK_ALL.has(w) ? 1 : 0));
/** The words that may follow a weak trigger ("the" has its own). */
const NEXT_OK_TOO_TABLE = wordTable(NEXT_OK_TOO);
const TRIGGER_NEXT_TABLE = TRIGGER_TABLE.words.map((w) => (w === 'the' ? THE_NEXT_TABLE : WEAK.has(w) ? NEXT_OK_TABLE : NEXT_OK_TOO_TABLE));
const TRIGGER_NEXT_ONLY = TRIGGER_TABLE.words.map((w) => NEXT_ONLY.get(w) ?? null);
/** Whether text[i, j) is, lower-cased, one of the words (no allocation). */
function sameLower(text: string, i: number, j: number, words: string[]): string | null {
  outer: for (const w of words) {
    if (w.length !== j - i) continue;
    for (let k = 0; k < w.length; k++) if ((text.charCodeAt(i + k) | 32) !== w.charCodeAt(k)) continue outer;
    return w;
  }
  return null;
}

/** Whether the word after position j (past spaces and hyphens) is, lower-cased, one of the words. */
function nextWordIn(text: string, j: number, words: string[]): boolean {
  const n = text.length;
  let k = j;
  while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 45)) k++;
  if (k === j) return false;
  let e = k;
  while (e < n && isLetterC(text.charCodeAt(e)) && e - k <= 12) e++;
  return e > k && sameLower(text, k, e, words) !== null;
}

function nextWordOk(text: string, j: number, table: WordTable): boolean {
  const n = text.length;
  let k = j;
  while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0 || text.charCodeAt(k) === 45)) k++;
  if (k === j || k >= n) return false;
  const c = text.charCodeAt(k);
  if ((c >= 48 && c <= 57) || c === 39 || c === 0x2019) return true;
  let e = k;
  let h = 0;
  for (let x = text.charCodeAt(e); e < n && isLetterC(x) && e - k <= 12; x = text.charCodeAt(++e)) h = (Math.imul(h, 31) + (x | 32)) & 0x3fffffff;
  return e !== k && lookup(table, text, k, e, h) >= 0;
}

/** 1 for the characters of \w: one typed-array read per character in the scan. */
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 128; c++) if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) WORD_CHAR[c] = 1;
const isWordChar = (c: number) => WORD_CHAR[c] === 1;
const isLetterC = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Characters that may not come right before an expression (as the old lookbehind [\w$£€#-]). */
const badBefore = (c: number) => isWordChar(c) || c === 36 || c === 0xa3 || c === 0x20ac || c === 35 || c === 45;

/** Where the last candidate nextCandidate() found ends. */
let candidateEnd = 0;
/** The start of the next candidate match at or after `from` (its end in candidateEnd), or -1. */
function nextCandidate(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 0 && c !== 39 && c !== 0x2019) {
      i++;
      continue;
    }
    let j = i;
    let h = 0;
    if (c === 39 || c === 0x2019) j++;
    else
      for (let x = c; j < n && WORD_CHAR[x] === 1; x = text.charCodeAt(++j)) h = (Math.imul(h, 31) + (x | 32)) & 0x3fffffff;
    let re: RegExp | null = null;
    if (c >= 48 && c <= 57) re = TIMEX_DIGIT_RE;
    else if (c === 39 || c === 0x2019) re = j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57 ? TIMEX_DIGIT_RE : null;
    else if (j - i <= 12 && isLetterC(c)) {
      const id = lookup(TRIGGER_TABLE, text, i, j, h);
      if (id >= 0) {
        const only = TRIGGER_NEXT_ONLY[id];
        if (only !== null ? nextWordIn(text, j, only) : TRIGGER_WEAK[id] === 0 || nextWordOk(text, j, TRIGGER_NEXT_TABLE[id])) re = TIMEX_RE;
      }
    }
    // (the character before is read only for the few words that can start an expression)
    if (re !== null && !badBefore(i > 0 ? text.charCodeAt(i - 1) : 32)) {
      re.lastIndex = i;
      // (test() builds no match array; the sticky regex leaves lastIndex at the match's end)
      if (re.test(text)) {
        candidateEnd = re.lastIndex;
        return i;
      }
    }
    i = j > i ? j : i + 1;
  }
  return -1;
}

/**
 * The same scan with the gates of session 9 (the expression regex at every word start whose word is a trigger; a weak
 * trigger only before a word of NEXT_OK or a digit), and with the fast gates: for tests, which compare the two.
 */
export function timexCandidates(text: string, reference = false): Span[] {
  const out: Span[] = [];
  if (!reference) {
    for (let cs = nextCandidate(text, 0); cs >= 0; cs = nextCandidate(text, candidateEnd > cs ? candidateEnd : cs + 1)) out.push([cs, candidateEnd]);
    return out;
  }
  const before = new Map(NEXT_ONLY_BEFORE);
  const n = text.length;
  const wordAt = (k: number) => {
    let e = k;
    while (e < n && isLetterC(text.charCodeAt(e)) && e - k <= 12) e++;
    return text.slice(k, e).toLowerCase();
  };
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (WORD_CHAR[c] === 0 && c !== 39 && c !== 0x2019) {
      i++;
      continue;
    }
    let j = i + 1;
    if (c !== 39 && c !== 0x2019) while (j < n && WORD_CHAR[text.charCodeAt(j)] === 1) j++;
    const w = text.slice(i, j).toLowerCase();
    let k = j;
    while (k < n && ' \t\u00a0-'.includes(text[k])) k++;
    const next = k > j ? wordAt(k) : '';
    const d = text.charCodeAt(k);
    let tryHere: boolean;
    if (c === 39 || c === 0x2019 || (c >= 48 && c <= 57)) tryHere = (c >= 48 && c <= 57) || (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57);
    else if (!TRIGGERS.has(w) || w.length > 12 || !isLetterC(c)) tryHere = false;
    else if (before.has(w)) tryHere = next !== '' && before.get(w)!.includes(next);
    else tryHere = !WEAK.has(w) || (k > j && k < n && ((d >= 48 && d <= 57) || d === 39 || d === 0x2019 || NEXT_OK.has(next)));
    if (tryHere && !badBefore(i > 0 ? text.charCodeAt(i - 1) : 32)) {
      TIMEX_RE.lastIndex = i;
      if (TIMEX_RE.test(text)) {
        out.push([i, TIMEX_RE.lastIndex]);
        i = TIMEX_RE.lastIndex > i ? TIMEX_RE.lastIndex : i + 1;
        continue;
      }
    }
    i = j;
  }
  return out;
}

// Case-insensitive on the surface (whose letters are ASCII: the expression regex matches nothing else) = on its lower case.
const NAMES_NEED_CAPITAL = /^(?:early |late |mid-?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec(?!ade))/i;
const BARE_MONTH_WORD = /^(?:may|march|mar|jan|dec|aug|sept?|oct|nov|jun|jul|apr|feb)\.?$/i;
const AMOUNT_AFTER = /^[ \t]*(?:people|troops|soldiers|dollars|times|members|more|miles|km|kilometers|tons|tonnes|feet|units|cars|jobs|shares|votes|seats|workers|employees|of the|percent|%|million|billion|acres|pounds|barrels|square|meters)\b/i;
const MONEY_BEFORE = /(?:[$£€#]|\b(?:US|dlrs|No\.|Nos\.|number|route|flight|page|chapter|section|article|rule|room|highway|Boeing|Airbus|model|version|B|F|Su|MiG|Tu|Il|An)\s*)$/;

export interface DateContext {
  /** Spans already known to be no timex of the body (a wire dateline's date). */
  skip?: Span[];
  /** Where the publication date came from (names the anchor in explanations). */
  source?: string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** /^\d{4}-\d{2}-\d{2}$/ without a regex. */
const isDayValue = (v: string) =>
  v.length === 10 && v.charCodeAt(4) === 45 && v.charCodeAt(7) === 45 && isDigit(v.charCodeAt(0)) && isDigit(v.charCodeAt(1)) &&
  isDigit(v.charCodeAt(2)) && isDigit(v.charCodeAt(3)) && isDigit(v.charCodeAt(5)) && isDigit(v.charCodeAt(6)) && isDigit(v.charCodeAt(8)) && isDigit(v.charCodeAt(9));
/** Whether spaces or tabs, then a word starting with a, o or t (and, or, to, through), follow e. */
function andAfter(text: string, e: number): boolean {
  let k = e;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k) | 32;
  return k > e && (c === 97 || c === 111 || c === 116);
}
/** Whether "of", then spaces or tabs, ends right before s (what "the week of" needs). */
function ofBefore(text: string, s: number): boolean {
  let k = s - 1;
  if (k < 0 || (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9)) return false;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k >= 1 && (text.charCodeAt(k) | 32) === 102 && (text.charCodeAt(k - 1) | 32) === 111;
}
const FRACTION = /^(?:(?:about|nearly|almost|more\s+than|less\s+than|some|roughly|over)\s+)?(?:a|one|three)[- \t]quarters?$/i;
export function findDates(text: string, sentences: Sentence[], dct: string | null, ctx: DateContext = {}): TimeExpression[] {
  const out: TimeExpression[] = [];
  const state = newDocState(dct, ctx.source);
  const skip = ctx.skip ?? [];
  const sentOf: number[] = [];
  let si = 0;
  // The sentence and span whose tense normalize() may ask for (one function for the whole text, not one per expression).
  let tSent: Span = [0, 0];
  let tS = 0;
  let tE = 0;
  const tenseHere = () => tenseAt(text, tSent, tS, tE);
  for (let cs = nextCandidate(text, 0), ce = candidateEnd; cs >= 0; cs = nextCandidate(text, cs + Math.max(1, ce - cs)), ce = candidateEnd) {
    let surface = text.slice(cs, ce);
    let s = cs;
    if (skip.length !== 0 && skip.some((k) => s >= k[0] && s < k[1])) continue;
    if (misleadingName(text, s, surface)) continue;
    const f0 = surface.charCodeAt(0) | 32;
    if ((f0 === 102 || f0 === 105 || f0 === 111 || f0 === 100) && /^(?:for|in|over|during)\s/i.test(surface)) {
      const cut = surface.search(/\s\S/) + 1;
      s += cut;
      surface = surface.slice(cut);
    }
    // "the two-day summit": the article belongs to the noun, not to the duration.
    if (f0 === 116 && /^the\s+[\w.]+-(?:second|minute|hour|day|week|month|year|decade|century)(?:-long)?$/i.test(surface)) {
      const cut = surface.search(/\s\S/) + 1;
      s += cut;
      surface = surface.slice(cut);
    }
    if (lookAlike(text, s, surface)) continue;
    const z = surface.charCodeAt(surface.length - 1) | 32;
    let cut = surface.length;
    for (let c = surface.charCodeAt(cut - 1); cut > 0 && (c === 44 || c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0); c = surface.charCodeAt(--cut - 1));
    if (cut < surface.length) surface = surface.slice(0, cut);
    const e = s + surface.length;
    // Candidates come in text order: the sentence index only moves forward.
    while (si < sentences.length && sentences[si].span[1] <= s) si++;
    const sent = si < sentences.length && sentences[si].span[0] <= s ? sentences[si].span : ([Math.max(0, s - 200), Math.min(text.length, e + 100)] as Span);
    tSent = sent;
    tS = s;
    tE = e;
    let n = normalize(surface, tenseHere, state);
    if (!n) continue;
    // "about three-quarters of its food", "more than a quarter of the market": a fraction, not a length of time.
    if (n.type === 'DURATION' && (z === 115 || z === 114) && FRACTION.test(surface) && /^[ \t]+of[ \t]+(?:the|its|their|his|her|our|all|an?)\b/i.test(text.slice(e, e + 16))) continue;
    // "the week of March 6": the week that holds the day (a new value: normalize() results are shared).
    if (n.type === 'DATE' && isDayValue(n.value) && ofBefore(text, s)) {
      const wk = /\bthe[ \t]+week[ \t]+of[ \t]+$/i.exec(text.slice(Math.max(0, s - 20), s));
      if (wk) {
        const v = isoWeek(new Date(n.value + 'T00:00:00Z'));
        s -= wk[0].length;
        n = { ...n, value: v, explanation: `${v}: the week that holds ${n.value}` };
      }
    }
    out.push({ span: [s, e], type: n.type, value: n.value, relative: n.relative, explanation: n.explanation });
    sentOf.push(sent[0]);
    // "April 24 and 25": the second day shares the first one's month and year.
    if (n.type === 'DATE' && n.value.length === 10 && isDigit(text.charCodeAt(e - 1)) && andAfter(text, e)) {
      const and = /^[ \t]+(?:and|or|to|through)[ \t]+(\d{1,2})(?![\d:.,]\d|[ \t]*(?:%|percent|p\.m|a\.m|[ap]m\b))\b/i.exec(text.slice(e, e + 20));
      const day = and ? +and[1] : 0;
      if (and && day > +n.value.slice(8) && validDate(+n.value.slice(0, 4), +n.value.slice(5, 7), day)) {
        const ds = e + and[0].length - and[1].length;
        const v = n.value.slice(0, 8) + String(day).padStart(2, '0');
        out.push({ span: [ds, ds + and[1].length], type: 'DATE', value: v, relative: n.relative, explanation: `${v}: a day in the month of "${surface}"` });
        sentOf.push(sent[0]);
      }
    }
    const v = n.value;
    if (n.type === 'DATE' && isDayValue(v)) state.lastDay = v;
    // (the length first: a read past the end of a short value, "19" or "199", would send the optimized code back)
    if ((n.type === 'DATE' || n.type === 'TIME') && v.length >= 4 && isDigit(v.charCodeAt(0)) && isDigit(v.charCodeAt(1)) && isDigit(v.charCodeAt(2)) && isDigit(v.charCodeAt(3)) && (v.length === 4 || v.charCodeAt(4) === 45)) {
      const f = surface.charCodeAt(0) | 32; // that, the, later, earlier
      if ((f !== 116 && f !== 108 && f !== 101) || !/^(?:that|later|earlier|the)/i.test(surface))
        state.lastYear = (v.charCodeAt(0) - 48) * 1000 + (v.charCodeAt(1) - 48) * 100 + (v.charCodeAt(2) - 48) * 10 + (v.charCodeAt(3) - 48); // +v.slice(0, 4)
    }
  }
  anchorClockTimes(text, out, sentOf);
  return out;
}

/** A weekday or month name that is no date here: not capitalized, or "May"/"March" as a verb or noun. */
function misleadingName(text: string, s: number, surface: string): boolean {
  // Weekday and month names count only when capitalized ("may", "march", "sun").
  if (!isDigit(surface.charCodeAt(0)) && NAMES_NEED_CAPITAL.test(surface)) {
    // The name's first letter, past "early ", "late ", "mid" or "mid-" (as surface.replace(/^(?:early |late |mid-?)/i, '')).
    const a = surface.charCodeAt(0) | 32;
    const k = a === 101 && /^early /i.test(surface) ? 6 : a === 108 && /^late /i.test(surface) ? 5 : a === 109 && /^mid/i.test(surface) ? (surface.charCodeAt(3) === 45 ? 4 : 3) : 0;
    const c = surface.charCodeAt(k);
    if (!(c >= 65 && c <= 90)) return true;
  }
  if (surface.length <= 6 && BARE_MONTH_WORD.test(surface)) {
    // "May" at a sentence start or before a verb, "March" the noun: keep only with a date-like neighbour.
    const before = text.slice(Math.max(0, s - 12), s);
    const after = text.slice(s + surface.length, s + surface.length + 14);
    // "the March vote": a capitalized name between "the" and a lower-case noun is the month.
    const modifier = /^(?:March|May)$/.test(surface) && /\bthe\s+$/i.test(before) && /^\s+(?!(?:on|of|to|for|from|and|or)\b)[a-z]/.test(after);
    if (/^may$/i.test(surface) && !modifier && !/\b(?:in|of|since|until|by|early|late|mid|from|through|last|next|this)\s*$/i.test(before)) return true;
    if (/^march$/i.test(surface) && !modifier && !/\b(?:in|of|since|until|by|early|late|mid|from|through|last|next|this|and|or)\s*$/i.test(before)) return true;
    if (/^\s*(?:for|of the|on)\b/i.test(after) && /^march/i.test(surface)) return true;
  }
  return false;
}

/** An expression that only looks like a time: an age, a rate, a name, a title, a discourse marker. */
function lookAlike(text: string, s: number, surface: string): boolean {
  // The look-alike checks below each need a certain first or last letter: one switch on them skips most regexes.
  const len = surface.length;
  const f = surface.charCodeAt(0) | 32;
  const z = surface.charCodeAt(len - 1) | 32;
  if (
    len <= 4 ||
    (len <= 9 && (f === 115 || f === 116 || f === 99 || f === 110 || f === 114 || f === 102)) || // soon, the past, currently, now, recent, future
    f === 97 || f === 116 || f === 108 || f === 110 || f === 112 || f === 99 || // a(n) …, this/last/next/past/coming …
    z === 115 || z === 100 || z === 114 || z === 121 || // …s, -old, year, daily
    (isDigit(z) && isDigit(surface.charCodeAt(len - 4))) // a bare year
  ) {
    // "Jan Kavan": an abbreviation with neither a period nor a day is a name.
    if ((len === 3 || len === 4) && f >= 97 && /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(surface)) return true;
    // "High Noon", "in his 30s" (an age).
    if (len === 4 && f === 110 && /^noon$/i.test(surface) && /\bhigh\s+$/i.test(text.slice(Math.max(0, s - 6), s))) return true;
    if (z === 115 && /^(?:early |late |mid-?)?\d0s$/i.test(surface) && /\b(?:his|her|their|its)\s+(?:(?:early|late|mid)[- ])?$/i.test(text.slice(Math.max(0, s - 12), s))) return true;
    // "fall" the verb or noun ("prices fall", "a fall in sales"): a season only with this/last/next/early/late.
    if (len === 4 && f === 102 && /^fall$/i.test(surface)) return true;
    // "this may have": a month after this/last/next must be capitalized.
    if ((z === 121 || z === 104) && /^(?:this|last|next|past|coming)\s+(?:may|march)$/i.test(surface) && /\s[a-z]\w*$/.test(surface)) return true;
    // Ages: "six-year-old", "52 years old".
    if (z === 100 && /-old$/i.test(surface)) return true;
    if ((z === 115 || z === 114) && /\byears?$/i.test(surface) && /^[ \t]+old\b|^-old\b/.test(text.slice(s + surface.length, s + surface.length + 5))) return true;
    if (isDigit(z) && /^(?:mid-?|early |late )?\d{4}$/i.test(surface)) {
      const d4 = surface.length - 4;
      const year = (surface.charCodeAt(d4) - 48) * 1000 + (surface.charCodeAt(d4 + 1) - 48) * 100 + (surface.charCodeAt(d4 + 2) - 48) * 10 + (surface.charCodeAt(d4 + 3) - 48); // +surface.slice(-4)
      const after = text.slice(s + surface.length, s + surface.length + 16);
      if (AMOUNT_AFTER.test(after)) return true;
      if (MONEY_BEFORE.test(text.slice(Math.max(0, s - 8), s))) return true;
      if (/^[.,]\d|^\s*-\s*\d{2}\b/.test(after) && !/^\s*-\s*\d{2}\b/.test(after)) return true;
      if (year < 1600 || year > 2100) return true;
    }
    // A rate, not a time: "$5 a year", "24 hours a day", "four flights a week".
    if (f === 97 && /^an? (?:year|day|week|month)$/i.test(surface) && /(?:\d|\b(?:million|billion|flights|percent|%|times|hours|shares|cents|dollars|each|seats))[\s)]*$/i.test(text.slice(Math.max(0, s - 24), s))) return true;
    if (len <= 9 && /^(?:soon|the past|currently|now|recent|future|current)$/i.test(surface)) {
      const after = text.slice(s + surface.length, s + surface.length + 8);
      const before = text.slice(Math.max(0, s - 6), s);
      if (/^soon$/i.test(surface) && (/^\s+(?:as|after)\b/i.test(after) || /\bas\s+$/i.test(before))) return true;
      // "Now, the minister said, …": a discourse marker opening the sentence, not the time of writing.
      if (surface === 'Now' && after.charCodeAt(0) === 44 && (s === 0 || /(?:^|[.!?"'’”]\s*|\n\s*)$/.test(text.slice(Math.max(0, s - 4), s)))) return true;
      if (/^(?:recent|future|current)$/i.test(surface) && !/^\s+[a-z]/.test(after)) return true;
      if (/^future$/i.test(surface) && /^\s+(?:tense|generations?)\b/i.test(after)) return true;
    }
    if (z === 121 && /^(?:daily|weekly|monthly)$/i.test(surface)) {
      // "the party daily", "a weekly" (newspapers): a noun, not a set.
      const after = text.slice(s + surface.length, s + surface.length + 3);
      if (/^\s*[A-Z]/.test(after) && /\b(?:party|the|a|newspaper|business)\s+$/i.test(text.slice(Math.max(0, s - 12), s))) return true;
    }
    // "60 Minutes" (a title), "a second" as an ordinal.
    if (f === 97 && /^an? second$/i.test(surface) && /^\s+[a-z]/i.test(text.slice(s + surface.length, s + surface.length + 3)) && !/^\s+(?:or|and|later|after|before)\b/i.test(text.slice(s + surface.length, s + surface.length + 8))) return true;
    if (z === 115 && /\bMinutes$/.test(surface)) return true;
  }
  return false;
}

/**
 * A clock time with no day of its own ("at 10 p.m.") happened on the day its sentence names ("on Oct. 23 … at
 * 10 p.m."), not necessarily on the publication date: take that day when the sentence has exactly one.
 */
function anchorClockTimes(text: string, out: TimeExpression[], sentOf: number[]): void {
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.type !== 'TIME' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t.value) || !/on (?:the publication date|the dateline|the page date|the source list|the front matter)/.test(t.explanation)) continue;
    let day: TimeExpression | null = null;
    let n = 0;
    for (let j = Math.max(0, i - 4); j < Math.min(out.length, i + 5); j++) {
      if (j === i || sentOf[j] !== sentOf[i]) continue;
      if (out[j].type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(out[j].value)) {
        day = out[j];
        n++;
      }
    }
    if (n !== 1 || !day || day.value === t.value.slice(0, 10)) continue;
    t.value = day.value + t.value.slice(10);
    t.explanation = `${t.value.slice(11)} on ${text.slice(day.span[0], day.span[1])} (${day.value}), the day its sentence names`;
  }
}
