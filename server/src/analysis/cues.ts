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
  const t = toks[i];
  const p1 = i - 1 >= a ? toks[i - 1] : undefined;
  const p2 = i - 2 >= a ? toks[i - 2] : undefined;
  const n1 = i + 1 < b ? toks[i + 1] : undefined;
  const n2 = i + 2 < b ? toks[i + 2] : undefined;
  const lex = CUE_FORMS.get(t.l);
  const f = [
    'w=' + t.l,
    'p1=' + (p1 ? (p1.k === 0 ? p1.l : shape(p1)) : 'START'),
    'n1=' + (n1 ? (n1.k === 0 ? n1.l : shape(n1)) : 'END'),
    'sp1=' + shape(p1) + '|' + shape(n1),
    'sp2=' + shape(p2) + '|' + shape(p1),
    'sn2=' + shape(n1) + '|' + shape(n2),
    'w|n1=' + t.l + '|' + shape(n1),
    'w|p1=' + t.l + '|' + shape(p1),
    'suf=' + t.l.slice(-3),
    'cap=' + shape(t),
    'lex=' + (lex ? (STRONG_CUES.has(lex) ? 'strong' : 'weak') : 'none'),
  ];
  if (lex) f.push('lemma=' + lex, 'lemma|n1=' + lex + '|' + shape(n1));
  if (n1 && n1.l === 'that') f.push('n1that');
  if (n2 && n2.l === 'that') f.push('n2that');
  if (i === a) f.push('first');
  if (i === b - 1 || (n1 && n1.k === 1 && i + 2 >= b)) f.push('last');
  return f;
}

const cache = new WeakMap<Token, number>();

/** Probability that token i (a word outside quotes) is the head of a cue. */
export function cueScore(toks: Token[], i: number, a: number, b: number): number {
  const t = toks[i];
  if (!W.has('w=' + t.l)) return 0;
  const hit = cache.get(t);
  if (hit !== undefined) return hit;
  let z = M.bias;
  for (const f of cueFeatures(toks, i, a, b)) z += W.get(f) ?? 0;
  const p = 1 / (1 + Math.exp(-z));
  cache.set(t, p);
  return p;
}

/** A word that can head a cue at all (lexicon or a positive weight in the model). */
export function isCueWord(l: string): boolean {
  return CUE_FORMS.has(l) || (W.get('w=' + l) ?? 0) > 1;
}
