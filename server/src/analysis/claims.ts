// Figures (money, counts, percentages, durations, distances) with normalized values, and contestable claims with no
// attribution. Precision first: a sentence is flagged only when it holds a contestable marker (a hedged or casualty
// figure, an evaluation, a prediction, an allegation, a motive) and no source at all — none in the sentence (found by
// the attribution layer or by a cue word of its own) and none carried over from the previous sentence of the same
// paragraph (a speaker continuing).
import type { Attribution, Claim, Figure, FigureKind, Sentence, Span } from './model';
import { CUE_FORMS, VAGUE_MARKERS } from './lexicon';
import { isAsciiLetter, isRegexSpace, lowerBound, overlaps } from './text';

const NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen';
const VAGUE_NUM = '(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|hundreds|thousands|millions|dozens|scores)';
const SCALE = '(?:\\s*(?:m|bn|k|million|billion|trillion|thousand|hundred)\\b)?';
const COUNT_NOUNS =
  'people|persons|civilians|soldiers|troops|residents|workers|jobs|homes|houses|deaths|dead|victims|cases|refugees|migrants|' +
  'students|children|members|voters|protesters|tons|tonnes|barrels|missiles|weapons|vehicles|cars|units|fishermen|patients|' +
  'hospitals|schools|families|households|businesses|companies|passengers|flights|animals|acres|hectares|licences|licenses|' +
  'fighters|police|officers|demonstrators|prisoners|detainees|hostages|casualties|injured|wounded|employees|farmers|women|men';
const RATE = '(?:\\s+(?:a|per|each)\\s+(?:year|month|week|day))?';
/** Figures that start with a digit or a currency sign, by kind; tried (sticky) only where one is. */
const NUMERIC_PARTS: readonly (readonly [FigureKind, string])[] = [
  ['money', `(?:US|A|C|HK|NZ|S)?[$€£¥]\\s?${NUM}${SCALE}${RATE}|${NUM}${SCALE}\\s+(?:dollars|euros|pounds|yen|yuan|rubles|roubles|won|rupees)\\b${RATE}`],
  ['percent', `${NUM}\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)`],
  ['distance', `${NUM}\\s?(?:miles|mile|km|kilometres|kilometers|kilometre|kilometer|metres|meters|feet|foot)\\b`],
  ['duration', `${NUM}\\s+(?:years|months|weeks|days|hours|minutes)\\b`],
  ['count', `${NUM}${SCALE}\\s+(?:${COUNT_NOUNS})\\b`],
];
/** Figures in words ("hundreds of thousands of people", "half of"); tried (sticky) only at the start of such a word. */
const WORDY_PARTS: readonly (readonly [FigureKind, string])[] = [
  ['percent', `(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters) of\\b`],
  ['count', `(?:${VAGUE_NUM}|${SMALL})(?:\\s+of)?\\s+(?:${COUNT_NOUNS})\\b|(?:tens|hundreds) of (?:thousands|millions)\\b`],
];
/** One named group per kind, in the order of the parts and with no other captures: group k is capture k + 1. */
const kindsRegex = (parts: readonly (readonly [FigureKind, string])[], flags: string): RegExp => new RegExp(parts.map(([k, p]) => `(?<${k}>${p})`).join('|'), flags);
const NUMERIC_RE = kindsRegex(NUMERIC_PARTS, 'y');
const WORDY_RE = kindsRegex(WORDY_PARTS, 'yi');
// (The kinds come from the parts, not from compiling the regex a second time to read its group names: 4-6 ms of
// every start of the server and the CLI.)
const NUMERIC_KINDS: readonly FigureKind[] = NUMERIC_PARTS.map(([k]) => k);
const WORDY_KINDS: readonly FigureKind[] = WORDY_PARTS.map(([k]) => k);
/** Where WORDY_RE can match: a cheap literal scan (first letter in either case), verified by WORDY_RE. */
const WORDY_WORDS = [...new Set([...SMALL.split('|').map((w) => w.split(' ')[0]).filter((w) => w !== 'a'), 'hundreds', 'thousands', 'millions', 'dozens', 'scores', 'tens', 'half'])];
/** The words factored by first letter ("[tT](?:wo|hree|en|…)"): a match is a whole word, so the same matches. */
const WORDY_START = new RegExp(
  `\\b(?:${[...new Set(WORDY_WORDS.map((w) => w[0]))]
    .map((c) => `[${c}${c.toUpperCase()}](?:${prefixAlternation(WORDY_WORDS.filter((w) => w[0] === c).map((w) => w.slice(1)))})`)
    .join('|')}|[Aa] (?:third|quarter|hundred|thousand|dozen))\\b`,
  'g',
);

const SCALES: Record<string, number> = { m: 1e6, million: 1e6, bn: 1e9, billion: 1e9, trillion: 1e12, k: 1e3, thousand: 1e3, hundred: 100 };
const CURRENCY: Record<string, string> = {
  $: 'USD', us$: 'USD', a$: 'AUD', c$: 'CAD', hk$: 'HKD', nz$: 'NZD', s$: 'SGD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  dollars: 'USD', euros: 'EUR', pounds: 'GBP', yen: 'JPY', yuan: 'CNY', rubles: 'RUB', roubles: 'RUB', won: 'KRW', rupees: 'INR',
};
const SMALL_VALUE: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a hundred': 100, 'a thousand': 1000, 'a dozen': 12,
};
const VAGUE_RANGE: Record<string, [number, number]> = {
  dozens: [24, 144], scores: [40, 200], hundreds: [200, 999], thousands: [2000, 9999], millions: [2e6, 9.99e6],
  'tens of thousands': [10000, 99999], 'hundreds of thousands': [100000, 999999], 'tens of millions': [1e7, 9.99e7], 'hundreds of millions': [1e8, 9.99e8],
};
/** SMALL_VALUE's keys (in their order), and each with the space that must follow it in a count. */
const SMALL_VALUE_KEYS = Object.keys(SMALL_VALUE);
const SMALL_VALUE_WORDS = SMALL_VALUE_KEYS.map((k) => k + ' ');
/** VAGUE_RANGE's keys, longest first. */
const VAGUE_RANGE_KEYS = Object.keys(VAGUE_RANGE).sort((a, b) => b.length - a.length);
const FRACTION: Record<string, number> = { half: 50, 'a third': 33.3, 'a quarter': 25, 'two thirds': 66.7, 'three quarters': 75 };
const KM: Record<string, number> = { mile: 1.609344, miles: 1.609344, km: 1, kilometres: 1, kilometers: 1, kilometre: 1, kilometer: 1, metres: 0.001, meters: 0.001, feet: 0.0003048, foot: 0.0003048 };
const DAYS: Record<string, number> = { years: 365, months: 30.4, weeks: 7, days: 1, hours: 1 / 24, minutes: 1 / 1440 };

const numberIn = (s: string): number | null => {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(s);
  if (!m) return null;
  let v = parseFloat(m[0].replace(/,/g, ''));
  const sc = /^\s*(m|bn|k|million|billion|trillion|thousand|hundred)\b/i.exec(s.slice(m.index + m[0].length));
  if (sc) v *= SCALES[sc[1].toLowerCase()];
  return v;
};

/** The words just before a figure that widen it: "about", "more than", "up to". */
const APPROX_BEFORE = /\b(about|around|roughly|nearly|almost|some|approximately|an estimated|estimated|at least|more than|over|upwards of|up to|as many as|fewer than|less than|under)\s+$/i;

/** The last word of each APPROX_BEFORE phrase: a cheap test of the word before a figure first. */
const APPROX_LAST = new Set('about around roughly nearly almost some approximately estimated least than over of to as under'.split(' '));
/** The run of ASCII letters before the white space that ends s, lower-cased ('' when s does not end in white space). */
function lastWordBeforeSpace(s: string): string {
  let t = s.length;
  while (t > 0 && isRegexSpace(s.charCodeAt(t - 1))) t--;
  if (t === s.length) return '';
  let w = t;
  for (let c = s.charCodeAt(w - 1); w > 0 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)); c = s.charCodeAt(--w - 1));
  return s.slice(w, t).toLowerCase();
}

/** Normalized range and unit of a figure; the text before it gives its approximation. */
export function normalizeFigure(kind: FigureKind, surface: string, before: string): Pick<Figure, 'low' | 'high' | 'unit' | 'per'> {
  const s = surface.toLowerCase().replace(/\s+/g, ' ');
  let low: number | null = null;
  let high: number | null = null;
  let unit: string | undefined;
  let per: string | undefined;
  const rate = /\b(?:a|per|each) (year|month|week|day)$/.exec(s);
  if (rate) per = rate[1];
  if (kind === 'money') {
    const sym = /^(us\$|a\$|c\$|hk\$|nz\$|s\$|[$€£¥])/.exec(s);
    const word = /\b(dollars|euros|pounds|yen|yuan|rubles|roubles|won|rupees)\b/.exec(s);
    unit = sym ? CURRENCY[sym[1]] : word ? CURRENCY[word[1]] : undefined;
    low = high = numberIn(s);
  } else if (kind === 'percent') {
    unit = '%';
    const f = /^(half|a third|a quarter|two[- ]thirds|three[- ]quarters) of/.exec(s);
    low = high = f ? FRACTION[f[1].replace('-', ' ')] : numberIn(s);
    if (/points?$/.test(s)) unit = 'percentage points';
  } else if (kind === 'distance') {
    const u = /([a-z]+)$/.exec(s)?.[1] ?? 'km';
    const v = numberIn(s);
    unit = 'km';
    low = high = v === null ? null : v * (KM[u] ?? 1);
  } else if (kind === 'duration') {
    const u = /([a-z]+)$/.exec(s)?.[1] ?? 'days';
    const v = numberIn(s);
    unit = 'days';
    low = high = v === null ? null : v * (DAYS[u] ?? 1);
  } else {
    const noun = /\b([a-z]+)$/.exec(s)?.[1];
    unit = noun === 'thousands' || noun === 'millions' ? 'unspecified' : noun === 'persons' ? 'people' : noun;
    const vague = VAGUE_RANGE_KEYS.find((k) => s.startsWith(k));
    if (vague) [low, high] = VAGUE_RANGE[vague];
    else {
      let small: string | undefined;
      for (let k = 0; k < SMALL_VALUE_KEYS.length && small === undefined; k++) if (s.startsWith(SMALL_VALUE_WORDS[k])) small = SMALL_VALUE_KEYS[k];
      low = high = small ? SMALL_VALUE[small] : numberIn(s);
    }
  }
  if (low === null || high === null) return { unit, per };
  const approx = APPROX_LAST.has(lastWordBeforeSpace(before)) ? APPROX_BEFORE.exec(before)?.[1].toLowerCase() : undefined;
  if (approx) {
    if (/^(?:at least|more than|over|upwards of)$/.test(approx)) high = high * 2;
    else if (/^(?:up to|as many as|fewer than|less than|under)$/.test(approx)) low = low / 2;
    else {
      low = low * 0.9;
      high = high * 1.1;
    }
  }
  return { low, high, unit, per };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isCurrency = (c: number) => c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
/** Where a digit-led figure can start: a digit or a currency sign (as isDigitCode || isCurrency). */
const FIGURE_START = /[0-9$\u20ac\u00a3\u00a5]/g;

/** Every figure in the text, in order: one linear pass that tries the figure patterns only where a figure can start. */
export function findFigures(text: string, attributions: Attribution[]): Figure[] {
  const out: Figure[] = [];
  // Attribution contents sorted by start, for finding the statement that holds a figure.
  const contents: { span: Span; id: number }[] = [];
  for (const a of attributions) for (const c of a.content) contents.push({ span: c, id: a.id });
  sortByKey(contents, (c) => c.span[0]);
  const found = (m: RegExpExecArray, start: number, kinds: readonly FigureKind[]) => {
    // The first named group that took part (the groups are the regex's only captures, in this order).
    let kind: FigureKind = 'quantity';
    for (let k = 0; k < kinds.length; k++) {
      if (m[k + 1] !== undefined) {
        kind = kinds[k];
        break;
      }
    }
    const span: Span = [start, start + m[0].length];
    let attribution = -1;
    for (let i = Math.max(0, lowerBound(contents, span[0], (c) => c.span[0]) - 8); i < contents.length && contents[i].span[0] <= span[0]; i++) {
      if (contents[i].span[0] <= span[0] && span[1] <= contents[i].span[1]) attribution = contents[i].id;
    }
    out.push({ span, kind, attribution, ...normalizeFigure(kind, m[0], text.slice(Math.max(0, span[0] - 24), span[0])) });
    return span[1];
  };
  // Figures in words first (a separate literal scan), then the digit-led ones in one charCode pass; merged in order.
  const wordy: { m: RegExpExecArray; start: number }[] = [];
  const ws = WORDY_START;
  ws.lastIndex = 0;
  for (let w = ws.exec(text); w; w = ws.exec(text)) {
    WORDY_RE.lastIndex = w.index;
    const m = WORDY_RE.exec(text);
    if (m) {
      wordy.push({ m, start: w.index });
      ws.lastIndex = w.index + m[0].length;
    }
  }
  let wi = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next digit or currency sign (a native scan, faster than a charCode loop).
    FIGURE_START.lastIndex = i;
    if (!FIGURE_START.test(text)) break;
    i = FIGURE_START.lastIndex - 1;
    const c = text.charCodeAt(i);
    while (wi < wordy.length && wordy[wi].start < i) {
      if (!out.length || wordy[wi].start >= out[out.length - 1].span[1]) found(wordy[wi].m, wordy[wi].start, WORDY_KINDS);
      wi++;
    }
    if (out.length && i < out[out.length - 1].span[1]) {
      i = out[out.length - 1].span[1];
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    let start = i;
    if (isCurrency(c)) {
      // "US$", "HK$", "A$": the letters before the sign belong to the figure.
      const p2 = i >= 2 ? text.slice(i - 2, i) : '';
      const p1 = i >= 1 ? text[i - 1] : '';
      if ((p2 === 'US' || p2 === 'HK' || p2 === 'NZ') && !(i >= 3 && isAsciiLetter(text.charCodeAt(i - 3)))) start = i - 2;
      else if ((p1 === 'A' || p1 === 'C' || p1 === 'S') && !(i >= 2 && isAsciiLetter(text.charCodeAt(i - 2)))) start = i - 1;
    } else if (isAsciiLetter(prev) || isDigitCode(prev) || prev === 46 || prev === 44) {
      i++;
      continue;
    }
    NUMERIC_RE.lastIndex = start;
    const m = NUMERIC_RE.exec(text);
    if (m) {
      i = found(m, start, NUMERIC_KINDS);
      continue;
    }
    i++;
    while (i < n && (isDigitCode(text.charCodeAt(i)) || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46)) i++;
  }
  for (; wi < wordy.length; wi++) if (!out.length || wordy[wi].start >= out[out.length - 1].span[1]) found(wordy[wi].m, wordy[wi].start, WORDY_KINDS);
  return out;
}

// Markers of a contestable claim: evaluation, prediction, allegation, motive.
const EVALUATION =
  /\b(?:best(?!-)|worst(?!-)|greatest|biggest|most (?:important|dangerous|successful|significant)|disastrous|catastrophic|unprecedented|historic|failure|success(?:ful)?|corrupt|illegal|unconstitutional|dangerous|reckless|incompetent|brilliant|devastating|crisis|scandal|outrageous|shameful|misleading|false|lie[sd]?|lying|fraud(?:ulent)?|rigged|(?:a|the) (?:big|grave|serious|costly|terrible) mistake|almost certainly|undoubtedly|without (?:a )?doubt|(?:is|are|was|were) (?:untrue|baseless|groundless|wrong))\b/;
const PREDICTION =
  /\b(?:will (?:likely |probably |almost certainly |inevitably |soon )?(?:be (?:a |an )?(?:disaster|catastrophe|failure|struck|defeated|destroyed|forced|lost|unable|impossible|worse|ruined|bankrupt)|become|lead|cause|fail|collapse|rise|fall|win|lose|cost|result|bring|bankrupt|destroy|ruin|drive|push|double|end|wipe|hurt|damage|trigger|spark)|(?:could|may|might|would) (?:\w+ly )?(?:double|triple|halve|collapse|close|fail|rise|fall|drop|soar|plunge|lose|cost|empty|destroy|ruin|bankrupt|spread|worsen|shut|disappear|exceed|reach|lead to|trigger|spark|wipe out)|(?:is|are|was|were) (?:likely|unlikely|expected|set|poised|bound|certain|sure) to(?: \w+)?|inevitably)\b/;
/** "is expected to speak at noon" is a schedule, not a prediction. */
const SCHEDULE_VERBS = 'be (?:held|ratified|signed|announced|released|published|completed|delivered|voted on|unveiled|named)|come|speak|arrive|attend|meet|travel|visit|announce|publish|hold|sign|take|return|land|open|begin|start|leave|address|testify|appear|deliver|chair|host|vote|resume|reopen';
/** The same, looking just past the marker: "is expected to be ratified", "is set to take place". */
const SCHEDULE_AFTER = new RegExp(`\\bto (?:${SCHEDULE_VERBS}|take place)\\b`);
const ALLEGATION =
  /\b(?:accused of|responsible for|(?:is|are|was|were) behind the|orchestrated|masterminded|covered up|cover-up|conspir(?:ed|acy)|bribe[sd]?|bribery|embezzle[sd]?|colluded|collusion|funded by|linked to|ties to|illegally|unlawfully|improperly|secretly|fraudulently|kickbacks?)\b/;
const MOTIVE =
  /\b(?:in order to|so as to|in an? (?:effort|attempt|bid) to|aimed at|designed to|intended to|because (?:he|she|they|it) (?:wanted|feared|hoped)|wants? to (?:hide|distract|punish|avoid)|to (?:cover up|distract from|deflect))\b/;
const HEDGED_FIGURE = /\b(?:estimated?|at least|as many as|as much as|up to|nearly|about|roughly|some|almost|around|approximately)\b/;
const HARM = /\b(?:killed|died|dead|injured|wounded|displaced|missing|arrested|detained|fled|leaked|spilled|lost)\b/;

/** Attribution phrases a sentence can carry even when the attribution layer finds no relation. */
const SOURCE_PHRASE = /\b(?:according to|(?:his|her|their|its) (?:claims?|accusations?|allegations?|criticism) (?:of|that)|by (?:one|some|an|its|their|his|her|official|government) estimates?|in (?:a|an|his|her|their|its) (?:statement|interview|letter|report|post|speech|testimony)|in (?:his|her|their|its) (?:view|words|opinion)|quoted|as saying|told)\b/i;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's"]);
const DET_OR_PREP = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'in', 'of', 'on', 'for', 'with', 'by', 'no', 'any', 'its', 'their', 'his', 'her', 'our']);
/** Cue forms that are just as often nouns ("reports", "claims", "calls"): they count only with "that" after them. */
const NOUNISH = /^(?:claims|reports|calls|charges|comments|notes|answers|states|figures|projects|posts|shows|hopes|fears|doubts|finds|signals|objects|protests|demands|promises|threats|estimates|forecasts|warnings|findings|quotes|replies|responses|statements|thought|feeling|understanding|learning|state|report|claim|call|charge|comment|note|answer|figure|project|post|show|hope|fear|doubt|find|signal|object|protest|demand|promise|estimate|forecast|quote|reply|hint|cite)$/;
/** The matches of /[A-Za-z]+(?:['’][a-z]+)?/g in s, read with a char loop (no match arrays). */
function wordsIn(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiLetter(s.charCodeAt(i))) i++;
    const q = i + 1 < n ? s.charCodeAt(i) : 0;
    if ((q === 39 || q === 0x2019) && isAz(s.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isAz(s.charCodeAt(i))) i++;
    }
    out.push(s.slice(start, i));
  }
  return out;
}
/** Verbs that characterize what someone said or found ("slammed the plan as", "investigators discovered"). */
const EXTRA_CUES = new Set(
  'discovered discovers ruled determined attacked dismissed branded labeled labelled decried slammed hailed lauded condemned denounced'.split(' '),
);

/** Does the sentence name a source by itself: an active cue verb ("said", "told", "estimated") or "according to"? */
export function hasOwnCue(body: string): boolean {
  if (SOURCE_PHRASE.test(body)) return true;
  let prev = '';
  const words = wordsIn(body);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    const before = prev;
    prev = w;
    if (!CUE_FORMS.has(w) && !EXTRA_CUES.has(w)) continue;
    if ((BE.has(before) && !w.endsWith('ing')) || DET_OR_PREP.has(before) || /['’]s$/.test(before)) continue; // passive, noun, possessive
    if (NOUNISH.test(w) && words[i + 1]?.toLowerCase() !== 'that') continue;
    return true;
  }
  return false;
}

/** Words that can start or carry a claim marker, by the marker they belong to: a sentence with none of them (and no
 *  figure) is no claim, and each marker regex runs only when one of its words is there. Keeps the pass cheap. */
const TRIGGER_GROUPS: Record<'allegation' | 'motive' | 'prediction' | 'evaluation', string> = {
  allegation:
    'accused responsible behind orchestrated masterminded covered cover conspired conspiracy bribe bribes bribed bribery ' +
    'embezzle embezzles embezzled colluded collusion funded linked ties illegally unlawfully improperly secretly fraudulently kickback kickbacks',
  motive: 'order so effort attempt bid aimed designed intended because want wants distract deflect cover',
  prediction: 'will could may might would likely unlikely expected set poised bound certain sure inevitably',
  evaluation:
    'best worst greatest biggest largest most disastrous catastrophic unprecedented historic failed failure success successful corrupt ' +
    'illegal unconstitutional dangerous reckless incompetent brilliant devastating crisis scandal outrageous shameful misleading ' +
    'false lie lies lied lying fraud fraudulent rigged mistake certainly undoubtedly doubt untrue baseless groundless wrong is are was were',
};
const GROUP_BIT = { allegation: 1, motive: 2, prediction: 4, evaluation: 8 } as const;
const TRIGGER_BITS = new Map<string, number>();
for (const [g, words] of Object.entries(TRIGGER_GROUPS)) for (const w of words.split(' ')) TRIGGER_BITS.set(w, (TRIGGER_BITS.get(w) ?? 0) | GROUP_BIT[g as keyof typeof GROUP_BIT]);
/** The words as one alternation factored by prefix ("a(?:ccused|imed|…)|b(?:…)"): the same words, and the regex
 * engine tries only the words that share the first letters it has read. Words of letters only. */
function prefixAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let empty = false;
  for (const w of words) {
    if (!w) empty = true;
    else {
      const rest = byFirst.get(w[0]);
      if (rest) rest.push(w.slice(1));
      else byFirst.set(w[0], [w.slice(1)]);
    }
  }
  const parts = [...byFirst].map(([c, rest]) => (rest.length === 1 && rest[0] === '' ? c : c + `(?:${prefixAlternation(rest)})`));
  const body = parts.join('|');
  return empty ? (parts.length ? `(?:${body})?` : '') : body;
}
/** One literal alternation (no case folding: it runs on lower-cased text) is far cheaper than the marker regexes.
 * A match is a whole word, so the factored alternation finds the same words as the plain one would. */
const CLAIM_TRIGGER_RE = new RegExp(`\\b(?:${prefixAlternation([...TRIGGER_BITS.keys()].filter((w) => !/^(?:is|are|was|were)$/.test(w)))})\\b`, 'g');
/** Which marker groups have a trigger word in the (lower-cased) sentence. */
function triggerBits(low: string): number {
  let bits = 0;
  CLAIM_TRIGGER_RE.lastIndex = 0;
  for (let m = CLAIM_TRIGGER_RE.exec(low); m; m = CLAIM_TRIGGER_RE.exec(low)) {
    bits |= TRIGGER_BITS.get(m[0]) ?? 0;
    if (bits === 15) break;
  }
  return bits;
}

/** Words without which VAGUE_MARKERS cannot match (each of its alternatives contains one, or "said" after one of
 *  SAID_AFTER). */
const VAGUE_TRIGGERS = new Set(
  'reportedly allegedly purportedly supposedly rumored rumoured thought believed understood reported claimed alleged according sources analysts experts observers'.split(' '),
);
const SAID_AFTER = new Set(['is', 'was', 'are', 'were']);
/** Any trigger word anywhere: a literal alternation, cheap enough to run on every sentence. */
const VAGUE_PRE = new RegExp(`${[...VAGUE_TRIGGERS].join('|')}`);
/** The words are the runs of a–z in the lower-cased body: a trigger word, or "said" right after is/was/are/were. */
const VAGUE_WORD = new RegExp(`(?<![a-z])(?:${[...VAGUE_TRIGGERS].join('|')})(?![a-z])|(?<![a-z])(?:${[...SAID_AFTER].join('|')})[^a-z]+said(?![a-z])`);
const isAz = (c: number) => c >= 97 && c <= 122;
/** VAGUE_WORD's second part without a regex: a whole word "said" whose previous run of a–z is is/was/are/were. */
function saidAfterBe(low: string): boolean {
  for (let k = low.indexOf('said'); k >= 0; k = low.indexOf('said', k + 4)) {
    if (isAz(low.charCodeAt(k + 4)) || k === 0 || isAz(low.charCodeAt(k - 1))) continue;
    let j = k - 1;
    while (j >= 0 && !isAz(low.charCodeAt(j))) j--;
    let r = j;
    while (r >= 0 && isAz(low.charCodeAt(r))) r--;
    if (j - r >= 2 && j - r <= 4 && SAID_AFTER.has(low.slice(r + 1, j + 1))) return true;
  }
  return false;
}
/** On the lower-cased sentence: VAGUE_WORD, its first part tried only where a trigger word stands at all. */
const mayBeVague = (low: string): boolean => (VAGUE_PRE.test(low) && VAGUE_WORD.test(low)) || saidAfterBe(low);

/**
 * The same test for every sentence of a text at once: one pass for the trigger words and one for "said" over the
 * lower-cased text, then per sentence a binary search. Lower-casing keeps every offset and maps no character but
 * A–Z (and U+0130, U+212A) onto a–z, so a sentence's lower-cased body is the lower-cased text's slice as far as
 * these tests see; a text with U+0130 or U+212A gets null (test each sentence on its own).
 */
interface VagueIndex {
  low: string;
  /** [start, end) of every VAGUE_PRE match, flat. */
  triggers: number[];
  /** Offset of every "said". */
  said: number[];
}
const VAGUE_PRE_ALL = new RegExp(prefixAlternation([...VAGUE_TRIGGERS]), 'g');
function vagueIndex(text: string): VagueIndex | null {
  if (text.indexOf('\u0130') >= 0 || text.indexOf('\u212a') >= 0) return null;
  const low = text.toLowerCase();
  if (low.length !== text.length) return null;
  const triggers: number[] = [];
  VAGUE_PRE_ALL.lastIndex = 0;
  for (let m = VAGUE_PRE_ALL.exec(low); m; m = VAGUE_PRE_ALL.exec(low)) triggers.push(m.index, m.index + m[0].length);
  const said: number[] = [];
  for (let k = low.indexOf('said'); k >= 0; k = low.indexOf('said', k + 4)) said.push(k);
  return { low, triggers, said };
}
/** First index i (of `step`-wide records) whose value at i + off is above x. */
function firstAbove(a: number[], x: number, step: number, off: number): number {
  let lo = 0;
  let hi = a.length / step;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid * step + off] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo * step;
}
/** Whether some trigger match overlaps text[s, e): necessary for VAGUE_PRE on the sentence (a match inside the
 * sentence is found by the whole-text pass, or one overlapping it is). */
function triggerNear(ix: VagueIndex, s: number, e: number): boolean {
  const i = firstAbove(ix.triggers, s, 2, 1);
  return i < ix.triggers.length && ix.triggers[i] < e;
}
/** saidAfterBe on the sentence text[s, e), read from the lower-cased text. */
function saidAfterBeIn(ix: VagueIndex, s: number, e: number): boolean {
  const { low, said } = ix;
  for (let i = firstAbove(said, s - 1, 1, 0); i < said.length && said[i] + 4 <= e; i++) {
    const k = said[i];
    if ((k + 4 < e && isAz(low.charCodeAt(k + 4))) || k === s || isAz(low.charCodeAt(k - 1))) continue;
    let j = k - 1;
    while (j >= s && !isAz(low.charCodeAt(j))) j--;
    let r = j;
    while (r >= s && isAz(low.charCodeAt(r))) r--;
    if (j - r >= 2 && j - r <= 4 && SAID_AFTER.has(low.slice(r + 1, j + 1))) return true;
  }
  return false;
}

/** The reason a sentence is a contestable claim, or null. */
export function claimReason(body: string, hasFigure: boolean, approxFigure = hasFigure): string | null {
  return claimReasonLow(body.toLowerCase(), hasFigure, approxFigure);
}

/** claimReason on the lower-cased sentence. */
function claimReasonLow(low: string, hasFigure: boolean, approxFigure: boolean): string | null {
  const bits = triggerBits(low);
  if (!hasFigure && !bits) return null;
  if (bits & 1 && ALLEGATION.test(low)) return 'allegation';
  if (bits & 2 && MOTIVE.test(low)) return 'motive';
  if (bits & 4) {
    const p = PREDICTION.exec(low);
    if (p && !SCHEDULE_AFTER.test(low.slice(p.index + p[0].length - 12, p.index + p[0].length + 20))) return 'prediction';
  }
  if (bits & 8 && EVALUATION.test(low)) return 'evaluation';
  if (hasFigure && ((approxFigure && HEDGED_FIGURE.test(low)) || HARM.test(low))) return 'figure';
  return null;
}

/** An attribution that really names a source: not a passive cue ("is expected to") nor a noun ("Kessland's claims"). */
/** Whether a cue's words include a speech or cognition word; by the cue's text (few distinct cues per article). */
const speechCueCache = new Map<string, boolean>();
function speechCue(cue: string): boolean {
  let r = speechCueCache.get(cue);
  if (r === undefined) {
    const words = cue.toLowerCase().match(/[a-z]+/g) ?? [];
    r = words.some((w) => CUE_FORMS.has(w) || /^(?:according|quoted|statement|interview|view|words|saying)$/.test(w));
    if (speechCueCache.size > 4096) speechCueCache.clear();
    speechCueCache.set(cue, r);
  }
  return r;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** The run of ASCII letters that ends at text[e - 1], lower-cased. */
function letterRunBefore(text: string, lo: number, e: number): string {
  let w = e;
  // (no read before lo: one before the text's start would send the optimized code back to the interpreter)
  while (w > lo && isAsciiLetter(text.charCodeAt(w - 1))) w--;
  return text.slice(w, e).toLowerCase();
}

function realAttribution(text: string, a: Attribution): boolean {
  if (!a.source && a.type !== 'direct') return false;
  if (a.cue && a.type !== 'direct') {
    // Trust a cue only when it is a speech or cognition word ("said", "told reporters", "according to").
    if (!speechCue(text.slice(a.cue[0], a.cue[1]))) return false;
  }
  if (a.cue) {
    const lo = Math.max(0, a.cue[0] - 12);
    // Both patterns end in white space: the word before it is read first, and the patterns run only when it fits.
    let t = a.cue[0];
    while (t > lo && isRegexSpace(text.charCodeAt(t - 1))) t--;
    if (t === a.cue[0]) return true;
    const last = text.charCodeAt(t - 1);
    const before = text.slice(lo, a.cue[0]);
    if (BE_FORMS.has(letterRunBefore(text, lo, t)) && /\b(?:is|are|was|were|be|been|being)\s+$/i.test(before)) return false;
    if (last === 115 /* s */ && /['’]s\s+$/.test(before) && NOUNISH.test(text.slice(a.cue[0], a.cue[1]).toLowerCase())) return false;
  }
  return true;
}

/** Sentence shapes that make no claim of fact: conditionals, advice to the reader, the writer's own first person. */
const NOT_A_CLAIM = /^\s*(?:(?:but|and|so|yet) )?(?:if|unless|suppose|imagine|i|i'm|i’m|we|we're|we’re)\b|\byou(?:'d|’d|'ll|’ll|r)?\b/i;
/** A headline or subhead inside the body: most words capitalized. */
function titleCase(body: string): boolean {
  const words = body.match(/[A-Za-z][A-Za-z'’-]{3,}/g);
  if (!words || words.length < 3) return false;
  let caps = 0;
  for (const w of words) if (w.charCodeAt(0) <= 90) caps++;
  return caps / words.length > 0.8;
}

/** /\?\s*$/ on text[s, e), read from the end. */
function endsWithQuestion(text: string, s: number, e: number): boolean {
  while (e > s && isRegexSpace(text.charCodeAt(e - 1))) e--;
  return e > s && text.charCodeAt(e - 1) === 63;
}

/** Sorts items by a non-negative integer key, ties in their order (as a stable sort by the key does), through one
 * numeric sort (no comparator calls); nothing to do when they are in order already. */
function sortByKey<T>(items: T[], key: (x: T) => number): void {
  const n = items.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (key(items[i]) < key(items[i - 1])) sorted = false;
  if (sorted) return;
  if (n <= 32) {
    // Few items (the usual article): an insertion sort, stable like the one below, with nothing allocated.
    for (let i = 1; i < n; i++) {
      const x = items[i];
      const k = key(x);
      let j = i;
      while (j > 0 && key(items[j - 1]) > k) {
        items[j] = items[j - 1];
        j--;
      }
      items[j] = x;
    }
    return;
  }
  if (n >= 1 << 20) {
    items.sort((x, y) => key(x) - key(y));
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = key(items[i]) * 1048576 + i;
  keys.sort();
  const copy = items.slice();
  for (let i = 0; i < n; i++) items[i] = copy[keys[i] % 1048576];
}
/** Spans by start (stable). */
const sortByStart = (spans: Span[]): void => sortByKey(spans, (s) => s[0]);

export function findClaims(text: string, sentences: Sentence[], attributions: Attribution[], figures: Figure[], skip: (s: Sentence) => boolean): Claim[] {
  const out: Claim[] = [];
  // Sorted spans covered by real attributions (content or cue).
  const covered: Span[] = [];
  for (const a of attributions) {
    if (!realAttribution(text, a)) continue;
    for (const c of a.content) covered.push(c);
    if (a.cue) covered.push(a.cue);
  }
  sortByStart(covered);
  let fi = 0;
  let ci = 0;
  const ix = sentences.length ? vagueIndex(text) : null;
  // The previous sentence, to carry its attribution over (computed lazily: most sentences never need it).
  let prev: { s: Sentence; body: string; layer: boolean; vague: boolean; skipped: boolean } | null = null;
  const attributedSentence = (p: NonNullable<typeof prev>) => !p.skipped && !p.vague && (p.layer || hasOwnCue(p.body));
  for (const s of sentences) {
    if (skip(s)) {
      prev = { s, body: '', layer: false, vague: false, skipped: true };
      continue;
    }
    const body = text.slice(s.span[0], s.span[1]);
    while (ci < covered.length && covered[ci][1] <= s.span[0]) ci++;
    let layer = false;
    for (let k = ci; k < covered.length && covered[k][0] < s.span[1]; k++) {
      const c = covered[k];
      if (overlaps(c, s.span) && (c[1] - c[0]) * 2 >= Math.min(s.span[1] - s.span[0], c[1] - c[0])) {
        layer = true;
        break;
      }
    }
    const before = prev;
    VAGUE_MARKERS.lastIndex = 0;
    // The lower-cased body, made only when a test needs it.
    let low: string | null = null;
    const maybe = ix
      ? (triggerNear(ix, s.span[0], s.span[1]) && VAGUE_WORD.test((low = body.toLowerCase()))) || saidAfterBeIn(ix, s.span[0], s.span[1])
      : mayBeVague((low = body.toLowerCase()));
    const vague = maybe ? VAGUE_MARKERS.exec(body) : null;
    prev = { s, body, layer, vague: !!vague, skipped: false };
    if (vague) {
      out.push({ span: s.span, kind: 'vague', reason: `vague-source: "${vague[0]}"` });
      continue;
    }
    if (layer || body.length < 25 || endsWithQuestion(text, s.span[0], s.span[1])) continue;
    while (fi < figures.length && figures[fi].span[1] <= s.span[0]) fi++;
    let hasFigure = false;
    let approxFigure = false;
    for (let k = fi; k < figures.length && figures[k].span[0] < s.span[1]; k++) {
      if (figures[k].kind === 'duration') continue;
      hasFigure = true;
      if (figures[k].low !== figures[k].high) approxFigure = true;
    }
    // All pure tests: the most selective one first (a reason is found in fewer than one sentence in ten; the
    // quotation test below passes nine in ten).
    const reason = claimReasonLow(low ?? (ix ? ix.low.slice(s.span[0], s.span[1]) : body.toLowerCase()), hasFigure, approxFigure);
    if (!reason) continue;
    if (/[“”"«»]|''|``/.test(body)) continue; // quoted words: the quote rules' business
    if (NOT_A_CLAIM.test(body) || titleCase(body) || hasOwnCue(body)) continue;
    if (before && before.s.paragraph === s.paragraph && attributedSentence(before)) continue; // the speaker continues
    out.push({ span: s.span, kind: 'unattributed', reason });
  }
  return out;
}

export { lowerBound };
