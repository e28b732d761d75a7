// Figures (money, counts, percentages, durations, distances) with normalized values, and contestable claims with no
// attribution. Precision first: a sentence is flagged only when it holds a contestable marker (a hedged or casualty
// figure, an evaluation, a prediction, an allegation, a motive) and no source at all — none in the sentence (found by
// the attribution layer or by a cue word of its own) and none carried over from the previous sentence of the same
// paragraph (a speaker continuing).
import type { Attribution, Claim, Figure, FigureKind, Sentence, Span } from './model';
import { CUE_FORMS, VAGUE_MARKERS } from './lexicon';
import { lowerBound, overlaps } from './text';

const NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a dozen';
const VAGUE_NUM = '(?:tens of thousands|hundreds of thousands|tens of millions|hundreds of millions|hundreds|thousands|millions|dozens|scores)';
const SCALE = '(?:\\s*(?:m|bn|k|million|billion|trillion|thousand|hundred)\\b)?';
const COUNT_NOUNS =
  'people|persons|civilians|soldiers|troops|residents|workers|jobs|homes|houses|deaths|dead|victims|cases|refugees|migrants|' +
  'students|children|members|voters|protesters|tons|tonnes|barrels|missiles|weapons|vehicles|cars|units|fishermen|patients|' +
  'hospitals|schools|families|households|businesses|companies|passengers|flights|animals|acres|hectares|licences|licenses|' +
  'fighters|police|officers|demonstrators|prisoners|detainees|hostages|casualties|injured|wounded|employees|farmers|women|men';
const FIGURE_RE = new RegExp(
  [
    `(?<money>(?:US|A|C|HK|NZ|S)?[$€£¥]\\s?${NUM}${SCALE}(?:\\s+(?:a|per|each)\\s+(?:year|month|week|day))?|${NUM}${SCALE}\\s+(?:dollars|euros|pounds|yen|yuan|rubles|roubles|won|rupees)\\b(?:\\s+(?:a|per|each)\\s+(?:year|month|week|day))?)`,
    `(?<percent>${NUM}\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)|\\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters) of\\b)`,
    `(?<distance>${NUM}\\s?(?:miles|mile|km|kilometres|kilometers|kilometre|kilometer|metres|meters|feet|foot)\\b)`,
    `(?<duration>${NUM}\\s+(?:years|months|weeks|days|hours|minutes)\\b)`,
    `(?<count>\\b(?:(?:${VAGUE_NUM}|${SMALL})(?:\\s+of)?|${NUM}${SCALE})\\s+(?:${COUNT_NOUNS})\\b|\\b(?:tens|hundreds) of (?:thousands|millions)\\b)`,
  ].join('|'),
  'gi',
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
    const vague = Object.keys(VAGUE_RANGE)
      .sort((a, b) => b.length - a.length)
      .find((k) => s.startsWith(k));
    if (vague) [low, high] = VAGUE_RANGE[vague];
    else {
      const small = Object.keys(SMALL_VALUE).find((k) => s.startsWith(k + ' '));
      low = high = small ? SMALL_VALUE[small] : numberIn(s);
    }
  }
  if (low === null || high === null) return { unit, per };
  const approx = APPROX_BEFORE.exec(before)?.[1].toLowerCase();
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

export function findFigures(text: string, attributions: Attribution[]): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(FIGURE_RE.source, 'gi');
  // Attribution contents sorted by start, for a forward scan.
  const contents: { span: Span; id: number }[] = [];
  for (const a of attributions) for (const c of a.content) contents.push({ span: c, id: a.id });
  contents.sort((x, y) => x.span[0] - y.span[0]);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    const kind = (Object.keys(g).find((k) => g[k] !== undefined) ?? 'quantity') as FigureKind;
    const span: Span = [m.index, m.index + m[0].length];
    let attribution = -1;
    for (let i = Math.max(0, lowerBound(contents, span[0], (c) => c.span[0]) - 8); i < contents.length && contents[i].span[0] <= span[0]; i++) {
      if (contents[i].span[0] <= span[0] && span[1] <= contents[i].span[1]) attribution = contents[i].id;
    }
    out.push({ span, kind, attribution, ...normalizeFigure(kind, m[0], text.slice(Math.max(0, span[0] - 24), span[0])) });
  }
  return out;
}

// Markers of a contestable claim: evaluation, prediction, allegation, motive.
const EVALUATION =
  /\b(?:best|worst|greatest|biggest|largest|most (?:important|dangerous|successful|significant)|disastrous|catastrophic|unprecedented|historic|failed|failure|success(?:ful)?|corrupt|illegal|unconstitutional|dangerous|reckless|incompetent|brilliant|devastating|crisis|scandal|outrageous|shameful|misleading|false|lie[sd]?|lying|fraud(?:ulent)?|rigged|(?:a|the) (?:big|grave|serious|costly|terrible) mistake|almost certainly|undoubtedly|without (?:a )?doubt|(?:is|are|was|were) (?:untrue|baseless|groundless|wrong))\b/i;
const PREDICTION =
  /\b(?:will (?:likely |probably |almost certainly |inevitably |soon )?(?:be|become|lead|cause|fail|collapse|rise|fall|win|lose|cost|result|face|bring|bankrupt|destroy|ruin|drive|push|double|end|wipe|hurt|damage|trigger|spark)|(?:could|may|might|would) (?:\w+ly )?(?:double|triple|halve|collapse|close|fail|rise|fall|drop|soar|plunge|lose|cost|empty|destroy|ruin|bankrupt|spread|worsen|shut|disappear|exceed|reach|lead to|trigger|spark|wipe out)|(?:is|are|was|were) (?:likely|unlikely|expected|set|poised|bound|certain|sure) to(?: \w+)?|inevitably)\b/i;
/** "is expected to speak at noon" is a schedule, not a prediction. */
const SCHEDULE = /\bto (?:speak|arrive|attend|meet|travel|visit|announce|publish|hold|sign|take|return|land|open|begin|start|leave|address|testify|appear|deliver|chair|host|vote|resume|reopen)$/i;
const ALLEGATION =
  /\b(?:accused of|responsible for|behind the|orchestrated|masterminded|covered up|cover-up|conspir(?:ed|acy)|bribe[sd]?|bribery|embezzle[sd]?|colluded|collusion|funded by|linked to|ties to|illegally|unlawfully|improperly|secretly|fraudulently|kickbacks?)\b/i;
const MOTIVE =
  /\b(?:in order to|so as to|in an? (?:effort|attempt|bid) to|aimed at|designed to|intended to|because (?:he|she|they|it) (?:wanted|feared|hoped)|wants? to (?:hide|distract|punish|avoid)|to (?:cover up|distract from|deflect))\b/i;
const HEDGED_FIGURE = /\b(?:estimated?|expected|could|would|may|might|at least|as many as|up to|more than|nearly|about|roughly|some|almost|around|approximately)\b/i;
const HARM = /\b(?:killed|died|dead|injured|wounded|displaced|missing|arrested|detained|fled|leaked|spilled|lost)\b/i;

/** Attribution phrases a sentence can carry even when the attribution layer finds no relation. */
const SOURCE_PHRASE = /\b(?:according to|in (?:a|an|his|her|their|its) (?:statement|interview|letter|report|post|speech|testimony)|in (?:his|her|their|its) (?:view|words|opinion)|quoted|as saying|told)\b/i;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's"]);
const DET_OR_PREP = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'in', 'of', 'on', 'for', 'with', 'by', 'no', 'any', 'its', 'their', 'his', 'her', 'our']);
/** Cue forms that are just as often nouns ("reports", "claims", "calls"): they count only with "that" after them. */
const NOUNISH = /^(?:claims|reports|calls|charges|comments|notes|answers|states|figures|projects|posts|shows|hopes|fears|doubts|finds|signals|objects|protests|demands|promises|threats|estimates|forecasts|warnings|findings|quotes|replies|responses|statements|thought|feeling|understanding|learning|state|report|claim|call|charge|comment|note|answer|figure|project|post|show|hope|fear|doubt|find|signal|object|protest|demand|promise|estimate|forecast|quote|reply|hint|cite)$/;
const WORD_RE = /[A-Za-z]+(?:['’][a-z]+)?/g;

/** Does the sentence name a source by itself: an active cue verb ("said", "told", "estimated") or "according to"? */
export function hasOwnCue(body: string): boolean {
  if (SOURCE_PHRASE.test(body)) return true;
  WORD_RE.lastIndex = 0;
  let prev = '';
  const words: string[] = [];
  for (let m = WORD_RE.exec(body); m; m = WORD_RE.exec(body)) words.push(m[0]);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    const before = prev;
    prev = w;
    if (!CUE_FORMS.has(w)) continue;
    if (BE.has(before) || DET_OR_PREP.has(before) || /['’]s$/.test(before)) continue; // passive, noun, possessive
    if (NOUNISH.test(w) && words[i + 1]?.toLowerCase() !== 'that') continue;
    return true;
  }
  return false;
}

/** The reason a sentence is a contestable claim, or null. */
export function claimReason(body: string, hasFigure: boolean): string | null {
  if (ALLEGATION.test(body)) return 'allegation';
  if (MOTIVE.test(body)) return 'motive';
  const p = PREDICTION.exec(body);
  if (p && !SCHEDULE.test(p[0])) return 'prediction';
  if (EVALUATION.test(body)) return 'evaluation';
  if (hasFigure && (HEDGED_FIGURE.test(body) || HARM.test(body))) return 'figure';
  return null;
}

/** An attribution that really names a source: not a passive cue ("is expected to") nor a noun ("Kessland's claims"). */
function realAttribution(text: string, a: Attribution): boolean {
  if (!a.source && a.type !== 'direct') return false;
  if (a.cue) {
    const before = text.slice(Math.max(0, a.cue[0] - 12), a.cue[0]);
    if (/\b(?:is|are|was|were|be|been|being)\s+$/i.test(before)) return false;
    if (/['’]s\s+$/.test(before) && NOUNISH.test(text.slice(a.cue[0], a.cue[1]).toLowerCase())) return false;
  }
  return true;
}

export function findClaims(text: string, sentences: Sentence[], attributions: Attribution[], figures: Figure[], skip: (s: Sentence) => boolean): Claim[] {
  const out: Claim[] = [];
  // Sorted spans covered by real attributions (content or cue).
  const covered: Span[] = [];
  for (const a of attributions) {
    if (!realAttribution(text, a)) continue;
    for (const c of a.content) covered.push(c);
    if (a.cue) covered.push(a.cue);
  }
  covered.sort((x, y) => x[0] - y[0]);
  let fi = 0;
  let ci = 0;
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
    const vague = VAGUE_MARKERS.exec(body);
    prev = { s, body, layer, vague: !!vague, skipped: false };
    if (vague) {
      out.push({ span: s.span, kind: 'vague', reason: `vague-source: "${vague[0]}"` });
      continue;
    }
    if (layer || body.length < 25 || /\?\s*$/.test(body)) continue;
    if (/[“”"«»]|''|``/.test(body)) continue; // quoted words: the quote rules' business
    while (fi < figures.length && figures[fi].span[1] <= s.span[0]) fi++;
    const hasFigure = fi < figures.length && figures[fi].span[0] < s.span[1];
    const reason = claimReason(body, hasFigure);
    if (!reason || hasOwnCue(body)) continue;
    if (before && before.s.paragraph === s.paragraph && attributedSentence(before)) continue; // the speaker continues
    out.push({ span: s.span, kind: 'unattributed', reason });
  }
  return out;
}

export { lowerBound };
