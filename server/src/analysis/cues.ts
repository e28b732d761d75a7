// Which words introduce an attribution (the "cue"): a small logistic model over hand-made features of a token and
// its neighbours, trained on the train split of PolNeAR by scripts/train-cues.mjs (weights in attribution-model.json,
// single words only), backed by the hand-made verb lexicon in lexicon.ts.
import type { Token } from './attributions';
import { CUE_FORMS, STRONG_CUES } from './lexicon';
import model from './attribution-model.json';

interface CueModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const M = model as CueModel;
const W = new Map<string, number>(Object.entries(M.weights));

/** Probability above which a token is taken as a cue. */
export const CUE_THRESHOLD: number = M.threshold;

const PRON = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who']);
const AUXW = new Set(
  "has have had is was were are am be been being will would could can did does do shall should may might must 's ’s also not n't n’t never just then later again still even".split(' '),
);
const FUNC = new Set('the a an this that these those of for at in on with by from as into about and or but if because when while which what how whether than'.split(' '));

function shape(t: Token | undefined): string {
  if (!t) return 'END';
  if (t.k === 2) return 'Q';
  if (t.k === 1) return t.w === ',' || t.w === ':' || t.w === '.' || t.w === '—' || t.w === '(' ? t.w : 'P';
  if (PRON.has(t.l)) return 'PRON';
  if (AUXW.has(t.l)) return 'AUX';
  if (t.l === 'to') return 'TO';
  if (FUNC.has(t.l)) return 'FN';
  const c = t.w.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'CAP';
  if (c >= 48 && c <= 57) return 'NUM';
  return 'low';
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
}

/** Weights by template, then by value (and second value): lookups never build strings. */
const ONE = new Map<string, Map<string, number>>();
const TWO = new Map<string, Map<string, Map<string, number>>>();
for (const [k, v] of W) {
  const eq = k.indexOf('=');
  const tpl = k.slice(0, eq);
  const val = k.slice(eq + 1);
  const bar = tpl === 'sp1' || tpl === 'sp2' || tpl === 'sn2' || tpl === 'w|n1' || tpl === 'w|p1' || tpl === 'lemma|n1' ? val.lastIndexOf('|') : -1;
  if (bar < 0) {
    let m = ONE.get(tpl);
    if (!m) ONE.set(tpl, (m = new Map()));
    m.set(val, v);
  } else {
    let m = TWO.get(tpl);
    if (!m) TWO.set(tpl, (m = new Map()));
    let m2 = m.get(val.slice(0, bar));
    if (!m2) m.set(val.slice(0, bar), (m2 = new Map()));
    m2.set(val.slice(bar + 1), v);
  }
}
const CANDIDATES = ONE.get('w') ?? new Map<string, number>();
let acc = 0;
const sink: FeatureSink = (tpl, value, value2) => {
  const w = value2 === undefined ? ONE.get(tpl)?.get(value) : TWO.get(tpl)?.get(value)?.get(value2);
  if (w !== undefined) acc += w;
};

// An upper bound of the score per word (its fixed features plus the best the context could add), so that most
// candidate tokens are rejected without computing their context features. Exact: never rejects a token whose real
// score reaches the threshold.
const maxOf = (m: Map<string, number> | undefined): number => {
  let best = 0;
  if (m) for (const v of m.values()) if (v > best) best = v;
  return best;
};
const maxOf2 = (m: Map<string, Map<string, number>> | undefined): number => {
  let best = 0;
  if (m) for (const inner of m.values()) best = Math.max(best, maxOf(inner));
  return best;
};
const CONTEXT_MAX =
  maxOf(ONE.get('p1')) + maxOf(ONE.get('n1')) + maxOf2(TWO.get('sp1')) + maxOf2(TWO.get('sp2')) + maxOf2(TWO.get('sn2')) +
  maxOf(ONE.get('n1that')) + maxOf(ONE.get('n2that')) + maxOf(ONE.get('first')) + maxOf(ONE.get('last')) + maxOf(ONE.get('cap'));
const LOGIT_MIN = Math.log(M.threshold / (1 - M.threshold));
const bound = new Map<string, number>();
const NO_BOUND = process.env.NL_NO_BOUND === '1';
function upperBound(l: string): number {
  let u = bound.get(l);
  if (u !== undefined) return u;
  const lex = CUE_FORMS.get(l);
  u =
    M.bias + (CANDIDATES.get(l) ?? 0) + (ONE.get('suf')?.get(l.length > 3 ? l.slice(-3) : l) ?? 0) +
    (ONE.get('lex')?.get(lex ? (STRONG_CUES.has(lex) ? 'strong' : 'weak') : 'none') ?? 0) + CONTEXT_MAX +
    maxOf(TWO.get('w|n1')?.get(l)) + maxOf(TWO.get('w|p1')?.get(l)) +
    (lex ? (ONE.get('lemma')?.get(lex) ?? 0) + maxOf(TWO.get('lemma|n1')?.get(lex)) : 0);
  bound.set(l, u);
  return u;
}

/** Probability that token i (a word outside quotes) is the head of a cue (0 when it cannot reach the threshold). */
export function cueScore(toks: Token[], i: number, a: number, b: number): number {
  const t = toks[i];
  if (t.p !== undefined) return t.p;
  if (!CANDIDATES.has(t.l) || (NO_BOUND ? false : upperBound(t.l) < LOGIT_MIN)) return (t.p = 0);
  acc = M.bias;
  forEachFeature(toks, i, a, b, sink);
  return (t.p = 1 / (1 + Math.exp(-acc)));
}

/** A word that can head a cue at all (lexicon or a strong weight in the model). */
export function isCueWord(l: string): boolean {
  return CUE_FORMS.has(l) || (CANDIDATES.get(l) ?? 0) > 1;
}
