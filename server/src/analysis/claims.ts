// Figures (money, counts, percentages, durations, distances) and contestable claims with no attribution.
// Precision first: a sentence is flagged only when it holds a contestable marker and no source at all.
import type { Attribution, Claim, Figure, FigureKind, Sentence, Span } from './model';
import { VAGUE_MARKERS } from './lexicon';
import { lowerBound, overlaps } from './text';

const NUM = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const WORDNUM = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds|thousands|tens of thousands|hundreds of thousands|millions|dozens|scores)';
const SCALE = '(?:\\s*(?:m|bn|k|million|billion|trillion|thousand|hundred)\\b)?';
const FIGURE_RE = new RegExp(
  [
    `(?<money>(?:US|A|C|HK|NZ)?[$€£¥]\\s?${NUM}${SCALE}(?:\\s+(?:a|per)\\s+(?:year|month|day))?|${NUM}${SCALE}\\s+(?:dollars|euros|pounds|yen|yuan|rubles|roubles|won|rupees)\\b)`,
    `(?<percent>${NUM}\\s?(?:%|percent\\b|per cent\\b|percentage points\\b))`,
    `(?<distance>${NUM}\\s?(?:miles|mile|km|kilometres|kilometers|kilometre|kilometer|metres|meters|feet|foot)\\b)`,
    `(?<duration>${NUM}\\s+(?:years|months|weeks|days|hours|minutes)\\b)`,
    `(?<count>(?:${WORDNUM}(?:\\s+of\\s+(?:thousands|millions))?|${NUM}${SCALE})\\s+(?:people|persons|civilians|soldiers|troops|residents|workers|jobs|homes|houses|deaths|dead|victims|cases|refugees|migrants|students|children|members|voters|protesters|tons|tonnes|barrels|missiles|weapons|vehicles|cars|units)\\b)`,
  ].join('|'),
  'g',
);

export function findFigures(text: string, attributions: Attribution[]): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(FIGURE_RE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups ?? {};
    const kind = (Object.keys(g).find((k) => g[k] !== undefined) ?? 'quantity') as FigureKind;
    const span: Span = [m.index, m.index + m[0].length];
    const a = attributions.find((x) => x.content.some((c) => c[0] <= span[0] && span[1] <= c[1]));
    out.push({ span, kind, attribution: a ? a.id : -1 });
  }
  return out;
}

// Markers of a contestable claim: evaluation, prediction, allegation, motive.
const EVALUATION = /\b(?:best|worst|greatest|biggest|largest|most (?:important|dangerous|successful|significant)|disastrous|catastrophic|unprecedented|historic|failed|failure|success(?:ful)?|corrupt|illegal|unconstitutional|dangerous|reckless|incompetent|brilliant|devastating|crisis|scandal|outrageous|shameful|misleading|false|lie[sd]?|lying|fraud(?:ulent)?|rigged)\b/i;
const PREDICTION = /\b(?:will (?:likely |probably |almost certainly )?(?:be|become|lead|cause|fail|collapse|rise|fall|win|lose|cost|result|face|bring)|is (?:likely|expected|set|poised|bound|certain) to|are (?:likely|expected|set|poised|bound|certain) to|is sure to|are sure to|inevitably)\b/i;
const ALLEGATION = /\b(?:accused of|responsible for|behind the|orchestrated|masterminded|covered up|cover-up|conspir(?:ed|acy)|bribe[sd]?|bribery|embezzle[sd]?|colluded|collusion|funded by|linked to|ties to)\b/i;
const MOTIVE = /\b(?:in order to|so as to|in an (?:effort|attempt|bid) to|aimed at|designed to|intended to|because (?:he|she|they|it) (?:wanted|feared|hoped)|wants? to (?:hide|distract|punish|avoid)|to (?:cover up|distract from|deflect))\b/i;

export function findClaims(text: string, sentences: Sentence[], attributions: Attribution[], figures: Figure[], skip: (s: Sentence) => boolean): Claim[] {
  const out: Claim[] = [];
  // Sorted spans covered by any attribution (content, source or cue).
  const covered: Span[] = [];
  for (const a of attributions) {
    for (const c of a.content) covered.push(c);
    if (a.cue) covered.push(a.cue);
  }
  covered.sort((x, y) => x[0] - y[0]);
  let fi = 0;
  for (const s of sentences) {
    if (skip(s)) continue;
    const body = text.slice(s.span[0], s.span[1]);
    VAGUE_MARKERS.lastIndex = 0;
    const vague = VAGUE_MARKERS.exec(body);
    if (vague) {
      out.push({ span: s.span, kind: 'vague', reason: `vague-source: "${vague[0]}"` });
      continue;
    }
    if (body.length < 25 || /\?\s*$/.test(body)) continue;
    const attributed = covered.some((c) => overlaps(c, s.span) && (c[1] - c[0]) * 2 >= Math.min(s.span[1] - s.span[0], c[1] - c[0]));
    if (attributed) continue;
    if (/[“”"«»]|''|``/.test(body)) continue; // quoted words: a quote finder's business
    while (fi < figures.length && figures[fi].span[1] <= s.span[0]) fi++;
    const hasFigure = fi < figures.length && figures[fi].span[0] < s.span[1];
    let reason: string | null = null;
    if (ALLEGATION.test(body)) reason = 'allegation';
    else if (MOTIVE.test(body)) reason = 'motive';
    else if (PREDICTION.test(body)) reason = 'prediction';
    else if (EVALUATION.test(body)) reason = 'evaluation';
    else if (hasFigure && /\b(?:estimated?|expected|could|would|may|might|at least|as many as|up to|more than|nearly|about|roughly|some)\b/i.test(body)) reason = 'figure';
    if (reason) out.push({ span: s.span, kind: 'unattributed', reason });
  }
  return out;
}

export { lowerBound };
