// Which words introduce an attribution (the "cue"): a small logistic model over hand-made features of a token and
// its neighbours, trained on the train split of PolNeAR by scripts/train-cues.mjs (weights in attribution-model.json,
// single words only; compact format of model-codec.ts), backed by the hand-made verb lexicon in lexicon.ts.
import type { Token } from './attributions';
import type { BoundaryFacts } from './boundary';
import { CUE_FORMS, ROLE_NOUNS, STRONG_CUES } from './lexicon';
import model from './attribution-model.json';
import { decodeModel, type EncodedModel } from './model-codec';

interface CueModel extends EncodedModel {
  threshold: number;
  /** CUE_LOW (absent: the threshold). */
  low?: number;
}

const M = model as CueModel;
const W: Map<string, number> = decodeModel(M).w;

/** Probability above which a token is taken as a cue. */
export const CUE_THRESHOLD: number = M.threshold;
/**
 * A lower probability from which a token is a cue when it has a plain source before it ("Lee pledged …"): the
 * attribution rules (attributions.ts) accept the band [CUE_LOW, CUE_THRESHOLD) only with such a source.
 */
export const CUE_LOW: number = M.low ?? M.threshold;

const PRON = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
const AUXW = new Set(
  "has have had is was were are am be been being will would could can did does do shall should may might must 's ’s also not n't n’t never just then later again still even".split(' '),
);
const FUNC = new Set('the a an this that these those of for at in on with by from as into about and or but if because when while which what how whether than'.split(' '));

const SHAPES = ['END', 'Q', ',', ':', '.', '—', '(', 'P', 'PRON', 'AUX', 'TO', 'FN', 'CAP', 'NUM', 'low'] as const;
const K = SHAPES.length;

/** Shape class of a token as a small integer (cached on the token); 0 (END) for none. */
function shapeId(t: Token | undefined): number {
  if (!t) return 0;
  if (t.sh !== undefined) return t.sh;
  let id: number;
  if (t.k === 2) id = 1;
  else if (t.k === 1) id = t.w === ',' ? 2 : t.w === ':' ? 3 : t.w === '.' ? 4 : t.w === '—' ? 5 : t.w === '(' ? 6 : 7;
  else if (PRON.has(t.l)) id = 8;
  else if (AUXW.has(t.l)) id = 9;
  else if (t.l === 'to') id = 10;
  else if (FUNC.has(t.l)) id = 11;
  else {
    const c = t.w.charCodeAt(0);
    id = c >= 65 && c <= 90 ? 12 : c >= 48 && c <= 57 ? 13 : 14;
  }
  return (t.sh = id);
}

/** The shape class shapeId gives a token of kind k with surface w and lower case l (computed once per word). */
function shapeOf(k: number, w: string, l: string): number {
  if (k === 2) return 1;
  if (k === 1) return w === ',' ? 2 : w === ':' ? 3 : w === '.' ? 4 : w === '—' ? 5 : w === '(' ? 6 : 7;
  if (PRON.has(l)) return 8;
  if (AUXW.has(l)) return 9;
  if (l === 'to') return 10;
  if (FUNC.has(l)) return 11;
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 ? 12 : c >= 48 && c <= 57 ? 13 : 14;
}

function shape(t: Token | undefined): string {
  return SHAPES[shapeId(t)];
}

/** The features of token i inside unit [a, b). Shared with the training script: change both together. */
export function cueFeatures(toks: Token[], i: number, a: number, b: number): string[] {
  const out: string[] = [];
  forEachFeature(toks, i, a, b, (template, value, value2) => out.push(template + '=' + (value2 === undefined ? value : value + '|' + value2)));
  return out;
}

type FeatureSink = (template: string, value: string, value2?: string) => void;

/** Calls f(template, value[, value2]) for each feature; the key is "template=value" or "template=value|value2". */
function forEachFeature(toks: Token[], i: number, a: number, b: number, f: FeatureSink): void {
  const t = toks[i];
  const p1 = i - 1 >= a ? toks[i - 1] : undefined;
  const p2 = i - 2 >= a ? toks[i - 2] : undefined;
  const n1 = i + 1 < b ? toks[i + 1] : undefined;
  const n2 = i + 2 < b ? toks[i + 2] : undefined;
  const lex = CUE_FORMS.get(t.l);
  const sp1 = shape(p1);
  const sn1 = shape(n1);
  f('w', t.l);
  f('p1', p1 ? (p1.k === 0 ? p1.l : sp1) : 'START');
  f('n1', n1 ? (n1.k === 0 ? n1.l : sn1) : 'END');
  f('sp1', sp1, sn1);
  f('sp2', shape(p2), sp1);
  f('sn2', sn1, shape(n2));
  f('w|n1', t.l, sn1);
  f('w|p1', t.l, sp1);
  f('suf', t.l.length > 3 ? t.l.slice(-3) : t.l);
  f('cap', shape(t));
  f('lex', lex ? (STRONG_CUES.has(lex) ? 'strong' : 'weak') : 'none');
  if (lex) {
    f('lemma', lex);
    f('lemma|n1', lex, sn1);
  }
  if (n1 && n1.l === 'that') f('n1that', '');
  if (n2 && n2.l === 'that') f('n2that', '');
  if (i === a) f('first', '');
  if (i === b - 1 || (n1 && n1.k === 1 && i + 2 >= b)) f('last', '');
  // The word before the cue and its auxiliaries ("the governor has pledged"): its class; the word two before.
  f('sj', SUBJ[subjClass(toks, i - 1, a)]);
  // (The word two before is lexical, so it can learn the training articles' phrasing; scripts/train-cues.mjs prunes
  // its weights with a bar of its own, and it is kept because it raised dev, which it was not trained on.)
  f('p2w', p2 ? (p2.k === 0 ? p2.l : shape(p2)) : 'START');
  if (p2 && p2.k === 0 && DETW.has(p2.l) && p1 && p1.k === 0 && shapeId(p1) === 14) f('p1det', '');
}

const DETW = new Set('the a an his her their its our this that some many most'.split(' '));
const SUBJ = ['START', 'PUNCT', 'CAP', 'PRON', 'ROLE', 'PL', 'low'] as const;
/** The class of the word at or before token j once auxiliaries are skipped (an index into SUBJ). */
function subjClass(toks: Token[], j: number, a: number): number {
  while (j >= a && shapeId(toks[j]) === 9) j--;
  if (j < a) return 0;
  const u = toks[j];
  const sh = shapeId(u);
  if (u.k !== 0) return 1;
  if (sh === 12) return 2;
  if (sh === 8) return 3;
  if (u.v ? u.v.role : ROLE_NOUNS.has(u.l)) return 4;
  return sh === 14 && u.l.length > 3 && u.l.charCodeAt(u.l.length - 1) === 115 ? 5 : 6;
}

// Runtime scoring: the same weights, laid out so that a token costs two map lookups and a few array reads.
const one = (tpl: string, val: string): number => W.get(tpl + '=' + val) ?? 0;
const pairTable = (tpl: string): Float64Array => {
  const a = new Float64Array(K * K);
  for (let x = 0; x < K; x++) for (let y = 0; y < K; y++) a[x * K + y] = one(tpl, SHAPES[x] + '|' + SHAPES[y]);
  return a;
};
const SP1 = pairTable('sp1');
const SP2 = pairTable('sp2');
const SN2 = pairTable('sn2');
const CAPW = Float64Array.from(SHAPES, (x) => one('cap', x));
const P1 = new Map<string, number>();
const N1 = new Map<string, number>();
for (const [k, v] of W) {
  if (k.startsWith('p1=')) P1.set(k.slice(3), v);
  else if (k.startsWith('n1=')) N1.set(k.slice(3), v);
}
const P1_SHAPE = Float64Array.from(SHAPES, (x) => P1.get(x) ?? 0);
const N1_SHAPE = Float64Array.from(SHAPES, (x) => N1.get(x) ?? 0);
const P1_START = P1.get('START') ?? 0;
const N1_END = N1.get('END') ?? 0;
const N1THAT = one('n1that', '');
const N2THAT = one('n2that', '');
const FIRST = one('first', '');
const SJ = Float64Array.from(SUBJ, (x) => one('sj', x));
const P1DET = one('p1det', '');
const P2 = new Map<string, number>();
for (const [k, v] of W) if (k.startsWith('p2w=')) P2.set(k.slice(4), v);
const P2_SHAPE = Float64Array.from(SHAPES, (x) => P2.get(x) ?? 0);
const P2_START = P2.get('START') ?? 0;
const LAST = one('last', '');

export interface WordWeights {
  /**
   * In one array (read by scoreAt without following a pointer per table): at 0 bias + w + suf + lex + lemma, then
   * by shape the w|n1 weights (from W_N1), the w|p1 weights (from W_P1) and the lemma|n1 weights (from L_N1).
   */
  pw: Float64Array;
  /** The best score any context could give (to skip hopeless tokens). */
  upper: number;
}
const W_N1 = 1;
const W_P1 = 1 + K;
const L_N1 = 1 + 2 * K;
const maxArr = (a: Float64Array): number => a.reduce((m, v) => Math.max(m, v), 0);
const CONTEXT_MAX =
  maxArr(SP1) + maxArr(SP2) + maxArr(SN2) + maxArr(CAPW) + Math.max(0, ...P1.values()) + Math.max(0, ...N1.values()) +
  Math.max(0, N1THAT) + Math.max(0, N2THAT) + Math.max(0, FIRST) + Math.max(0, LAST) + maxArr(SJ) + Math.max(0, P1DET) + Math.max(0, ...P2.values());
const LOGIT_MIN = Math.log(CUE_LOW / (1 - CUE_LOW));

// A cheap filter before any hashing: (first, second and last letter, length) of every candidate word.
const fkey = (l: string): number => {
  const c0 = l.charCodeAt(0) - 97;
  const c1 = l.length > 1 ? l.charCodeAt(1) - 97 : 26;
  const cz = l.charCodeAt(l.length - 1) - 97;
  return (((c0 >= 0 && c0 < 26 ? c0 : 26) * 27 + (c1 >= 0 && c1 < 26 ? c1 : 26)) * 27 + (cz >= 0 && cz < 26 ? cz : 26)) * 24 + (l.length < 23 ? l.length : 23);
};
const FILTER = new Uint8Array(27 * 27 * 27 * 24);
for (const k of W.keys()) if (k.startsWith('w=')) FILTER[fkey(k.slice(2))] = 1;

// The weights of the pair templates keyed by a word (or lemma) and a shape, grouped by word on first use: a word's
// row, indexed by shape, is one map lookup instead of K string concatenations and lookups (the first sight of each
// of thousands of words pays it). The shapes hold no "|", so the word is what precedes the last one.
const ROWS = new Map<string, Map<string, Float64Array>>();
function rowsOf(tpl: string): Map<string, Float64Array> {
  let rows = ROWS.get(tpl);
  if (rows) return rows;
  rows = new Map();
  const prefix = tpl + '=';
  const shapeIndex = new Map<string, number>(SHAPES.map((x, i) => [x, i]));
  for (const [k, v] of W) {
    if (!k.startsWith(prefix)) continue;
    const bar = k.lastIndexOf('|');
    const x = bar < prefix.length ? undefined : shapeIndex.get(k.slice(bar + 1));
    if (x === undefined) continue;
    const key = k.slice(prefix.length, bar);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Float64Array(K)));
    row[x] = v;
  }
  ROWS.set(tpl, rows);
  return rows;
}

const WORDS = new Map<string, WordWeights | null>();
function wordWeights(l: string): WordWeights | null {
  let r = WORDS.get(l);
  if (r !== undefined) return r;
  if (!W.has('w=' + l)) {
    WORDS.set(l, null);
    return null;
  }
  const lex = CUE_FORMS.get(l);
  const table = (tpl: 'w|n1' | 'w|p1' | 'lemma|n1', key: string) => rowsOf(tpl).get(key)?.slice() ?? new Float64Array(K);
  const base = M.bias + one('w', l) + one('suf', l.length > 3 ? l.slice(-3) : l) + one('lex', lex ? (STRONG_CUES.has(lex) ? 'strong' : 'weak') : 'none') + (lex ? one('lemma', lex) : 0);
  const wn1 = table('w|n1', l);
  const wp1 = table('w|p1', l);
  const ln1 = lex ? table('lemma|n1', lex) : new Float64Array(K);
  const pw = new Float64Array(1 + 3 * K);
  pw[0] = base;
  pw.set(wn1, W_N1);
  pw.set(wp1, W_P1);
  pw.set(ln1, L_N1);
  r = { pw, upper: base + CONTEXT_MAX + maxArr(wn1) + maxArr(wp1) + maxArr(ln1) };
  WORDS.set(l, r);
  return r;
}

/** The model's weights for a word as a cue candidate, or null when no context can lift it to the threshold. */
function candidateWeights(l: string): Float64Array | null {
  if (!FILTER[fkey(l)]) return null;
  const r = wordWeights(l);
  return r && r.upper >= LOGIT_MIN ? r.pw : null;
}

/**
 * What the cue model needs to know about one word (surface w, lower case l), computed once per distinct word: the
 * tokenizer keeps it on every token of the word, so scoring a token does no string hashing.
 */
export interface CueWordInfo {
  /** The word's surface form and lower case (the tokenizer's vocabulary entry is this object). */
  w: string;
  l: string;
  /** A token's p before scoring: 0 when the word can never be a cue (ww null), else undefined. */
  p0: number | undefined;
  /** Shape class (shapeId). */
  sh: number;
  /** Weights as a candidate (WordWeights.pw); null when its cue score is always 0. */
  ww: Float64Array | null;
  /** The p1=, n1= and p2w= weights of the word as a neighbour. */
  p1: number;
  n1: number;
  p2: number;
  /** A role noun ("governor", "spokesman"). */
  role: boolean;
  /** isCueWord(l) */
  cue: boolean;
  /** The content-boundary scorers' facts about the word (boundary.ts), filled on first use. */
  bf: BoundaryFacts | undefined;
  /** Attribution facts about the word (attributions.ts word flags), set by the tokenizer. */
  at: number;
  /** The surface is in capitals ("NATO", "LEE"; attributions.ts), set by the tokenizer. */
  caps: boolean;
  /** The word's classes (attributions.ts wordClasses), set by the tokenizer. */
  m: number;
  /** CUE_FORMS.get(l): the lemma of a cue form. */
  lemma: string | undefined;
}
export function cueWordInfo(w: string, l: string): CueWordInfo {
  const ww = candidateWeights(l);
  return { w, l, p0: ww ? undefined : 0, sh: shapeOf(0, w, l), ww, p1: P1.get(l) ?? 0, n1: N1.get(l) ?? 0, p2: P2.get(l) ?? 0, role: ROLE_NOUNS.has(l), cue: isCueWord(l), bf: undefined, at: 0, caps: false, m: 0, lemma: CUE_FORMS.get(l) };
}
/** Shape class of a punctuation token (k 1) or a quotation mark (k 2). */
export const punctShape = (k: number, w: string): number => shapeOf(k, w, w);

/** Probability that token i (a word outside quotes) is the head of a cue (0 when it cannot reach the threshold). */
export function cueScore(toks: Token[], i: number, a: number, b: number): number {
  const t = toks[i];
  if (t.p !== undefined) return t.p;
  return (t.p = scoreAt(toks, i, a, b, 1));
}

/**
 * cueScore of token i as if token i - 1 were absent ("the senators all suggested": the verb scored after
 * "senators"). Not cached on the token.
 */
export function cueScoreSkipping(toks: Token[], i: number, a: number, b: number): number {
  return i - 1 > a ? scoreAt(toks, i, a, b, 2) : cueScore(toks, i, a, b);
}

function scoreAt(toks: Token[], i: number, a: number, b: number, gap: number): number {
  const t = toks[i];
  const r = t.v ? t.v.ww : candidateWeights(t.l);
  if (!r) return 0;
  const p1 = i - gap >= a ? toks[i - gap] : undefined;
  const p2 = i - gap - 1 >= a ? toks[i - gap - 1] : undefined;
  const n1 = i + 1 < b ? toks[i + 1] : undefined;
  const n2 = i + 2 < b ? toks[i + 2] : undefined;
  const sp1 = shapeId(p1);
  const sn1 = shapeId(n1);
  let z = r[0] + CAPW[shapeId(t)] + SP1[sp1 * K + sn1] + SP2[shapeId(p2) * K + sp1] + SN2[sn1 * K + shapeId(n2)] + r[W_N1 + sn1] + r[W_P1 + sp1] + r[L_N1 + sn1];
  z += p1 ? (p1.k === 0 ? (p1.v ? p1.v.p1 : P1.get(p1.l) ?? 0) : P1_SHAPE[sp1]) : P1_START;
  z += n1 ? (n1.k === 0 ? (n1.v ? n1.v.n1 : N1.get(n1.l) ?? 0) : N1_SHAPE[sn1]) : N1_END;
  if (n1 && n1.l === 'that') z += N1THAT;
  if (n2 && n2.l === 'that') z += N2THAT;
  if (i - gap + 1 === a) z += FIRST;
  if (i === b - 1 || (n1 && n1.k === 1 && i + 2 >= b)) z += LAST;
  z += SJ[subjClass(toks, i - gap, a)];
  z += p2 ? (p2.k === 0 ? (p2.v ? p2.v.p2 : P2.get(p2.l) ?? 0) : P2_SHAPE[shapeId(p2)]) : P2_START;
  if (p2 && p2.k === 0 && DETW.has(p2.l) && p1 && p1.k === 0 && shapeId(p1) === 14) z += P1DET;
  return 1 / (1 + Math.exp(-z));
}

/** Probability from the feature list (the training script's view); equal to cueScore. */
export function cueScoreSlow(toks: Token[], i: number, a: number, b: number): number {
  if (!W.has('w=' + toks[i].l)) return 0;
  let z = M.bias;
  for (const f of cueFeatures(toks, i, a, b)) z += W.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The lexicon's forms and the words with a strong weight in the model, in one set (one lookup per call). */
const CUE_WORDS = new Set<string>(CUE_FORMS.keys());
for (const [k, v] of W) if (k.startsWith('w=') && v > 1) CUE_WORDS.add(k.slice(2));

/** A word that can head a cue at all (lexicon or a strong weight in the model). */
export function isCueWord(l: string): boolean {
  return CUE_WORDS.has(l);
}
