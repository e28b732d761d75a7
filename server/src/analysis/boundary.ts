// Where the content of a cue that precedes it starts and ends ("said (that) …", "called for …, adding …"): two small
// logistic models over token features, trained on PolNeAR's train split by scripts/train-boundary.mjs (weights in
// boundary-model.json, see model-codec.ts for the format: single words, word shapes and their pairs — no corpus text).
//
// Start: walking right from the first token after the cue, the first token whose "content starts here" probability
// passes 0.5 opens the content (the tokens skipped belong to the cue: "called for", "made clear", "said in a
// statement: “…”"). End: walking right from the start, the first boundary candidate (punctuation or a clause word)
// whose "content ends before this" probability passes 0.5 closes it. Both walks are bounded, so the cost per
// attribution is a few dozen map lookups.
import type { Token } from './attributions';
import { decodeModel } from './model-codec';
import raw from './boundary-model.json';

const SM = decodeModel(raw.start);
const EM = decodeModel(raw.end);

/** How many tokens after the cue may still belong to it. */
export const START_WINDOW = 8;

/** Words that may close a content before them (with all punctuation). */
export const END_WORDS = new Set(
  ('and but while as in on at after by because when which who whom whose where including according to for with from ' +
    'before despite amid though although if than during since until saying adding noting calling arguing citing ' +
    'suggesting warning insisting telling asking even so or nor unless whether said says told added noted')
    .split(' '),
);

/** A coarse class of a token: the word itself for short function words, else a shape. */
function cls(t: Token | undefined): string {
  if (!t) return 'END';
  if (t.k === 2) return 'Q';
  if (t.k === 1) return t.w;
  if (t.l.length <= 4 || END_WORDS.has(t.l)) return t.l;
  const c = t.w.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'CAP';
  if (c >= 48 && c <= 57) return 'NUM';
  if (t.l.endsWith('ing')) return 'ING';
  if (t.l.endsWith('ed')) return 'ED';
  if (t.l.endsWith('ly')) return 'LY';
  return 'w';
}
const bucket = (n: number): string => (n <= 3 ? String(n) : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+');

/** Features of "the content starts at token k" (cue head word `cue`, first candidate r). Shared with training. */
export function startFeatures(toks: Token[], k: number, r: number, cue: string, f: (key: string) => void): void {
  const t = toks[k];
  const w = cls(t);
  const p = k === r ? 'CUE' : cls(toks[k - 1]);
  const n = cls(toks[k + 1]);
  f('w=' + w);
  f('l=' + t.l);
  f('p=' + p);
  f('n=' + n);
  f('p|w=' + p + '|' + w);
  f('w|n=' + w + '|' + n);
  f('o=' + (k - r));
  f('c=' + cue);
  f('c|w=' + cue + '|' + w);
  f('c|l=' + cue + '|' + t.l);
  f('c|o=' + cue + '|' + (k - r));
}

/** Features of "the content [s, …) ends before token m" (content end candidate). Shared with training. */
export function endFeatures(toks: Token[], m: number, s: number, re: number, cue: string, commas: number, verbs: number, f: (key: string) => void): void {
  const u = toks[m];
  const w = cls(u);
  const n1 = cls(toks[m + 1]);
  const n2 = cls(toks[m + 2]);
  const p1 = cls(toks[m - 1]);
  f('w=' + w);
  f('n1=' + n1);
  f('n1l=' + (toks[m + 1]?.l ?? 'END'));
  f('p1=' + p1);
  f('w|n1=' + w + '|' + n1);
  f('w|n1|n2=' + w + '|' + n1 + '|' + n2);
  f('p1|w=' + p1 + '|' + w);
  f('d=' + bucket(m - s));
  f('r=' + bucket(re - m));
  f('cm=' + (commas > 2 ? 3 : commas));
  f('c=' + cue);
  f('c|w=' + cue + '|' + w);
  f('w|d=' + w + '|' + bucket(m - s));
  f('q=' + (u.q >= 0 ? 'in' : 'out'));
  f('v=' + (verbs > 1 ? 2 : verbs));
  f('v|w=' + (verbs > 1 ? 2 : verbs) + '|' + w);
  f('s0=' + cls(toks[s]));
  f('s0|w=' + cls(toks[s]) + '|' + w);
  f('p1l=' + (toks[m - 1]?.l ?? 'START'));
}

/** Finite verbs and auxiliaries: a content that already holds one is a whole clause. */
export const FINITE = new Set(
  "is was were are am be been has have had will would could can did does do shall should may might must 's ’s".split(' '),
);
const isVerbish = (t: Token): boolean => t.k === 0 && (FINITE.has(t.l) || (t.l.length > 4 && t.l.endsWith('ed')));

const isEndCandidate = (t: Token): boolean => t.q < 0 && (t.k !== 0 || END_WORDS.has(t.l));

/** Training hook: when set, refineRight records its inputs and leaves the span alone. */
export const boundaryTrace: { fn: ((toks: Token[], rs: number, re: number, cue: string) => void) | null } = { fn: null };

let z = 0;
const END_T = Number(raw.endThreshold ?? 0);
const addS = (key: string): void => {
  z += SM.w.get(key) ?? 0;
};
const addE = (key: string): void => {
  z += EM.w.get(key) ?? 0;
};

/**
 * The content tokens [start, end) of a right content first drawn as [rs, re) after the cue whose head word is
 * `cue`. Never empty: falls back to [rs, re).
 */
export function refineRight(toks: Token[], rs: number, re: number, cue: string): [number, number] {
  if (boundaryTrace.fn) {
    boundaryTrace.fn(toks, rs, re, cue);
    return [rs, re];
  }
  let s = rs;
  const lim = Math.min(re - 2, rs + START_WINDOW);
  for (let k = rs; k < lim; k++) {
    z = SM.bias;
    startFeatures(toks, k, rs, cue, addS);
    if (z > 0) {
      s = k;
      break;
    }
  }
  // The end: last real token (punctuation and quote marks at the very end are trimmed anyway).
  let last = re - 1;
  while (last > s && toks[last].k !== 0) last--;
  let commas = 0;
  let verbs = 0;
  for (let m = s + 1; m <= last; m++) {
    const u = toks[m];
    if (isVerbish(toks[m - 1])) verbs++;
    if (!isEndCandidate(u)) continue;
    z = EM.bias;
    endFeatures(toks, m, s, re, cue, commas, verbs, addE);
    if (z > END_T) return [s, m];
    if (u.w === ',') commas++;
  }
  return [s, re];
}

// ---------------------------------------------------------------------------------------------------------------
// Left contents ("…, X said." / "According to X, …" / "…, according to X."): where the content starts. Walking
// right from the unit start, the candidates are the start itself and every token after punctuation; the first
// whose "content starts here" probability passes 0.5 opens the content. (Datelines, "But", "In fact," and
// introductory phrases stand outside the content in PARC.)
const LM = decodeModel(raw.left);
/** How many tokens into a left content a start is looked for. */
export const LEFT_WINDOW = 40;

export const isLeftCandidate = (toks: Token[], m: number, ls: number): boolean => {
  if (m === ls) return true;
  const p = toks[m - 1];
  return p.q < 0 && toks[m].k === 0 && (p.k === 1 || (m - 1 === ls && p.k === 0));
};

/** Features of "the left content [ls, le] starts at token m" (verbs: finite verbs in [ls, m)). Shared with training. */
export function leftFeatures(toks: Token[], m: number, ls: number, le: number, cue: string, verbs: number, commas: number, f: (key: string) => void): void {
  const t = toks[m];
  const w = cls(t);
  const p = m === ls ? 'START' : cls(toks[m - 1]);
  const f0 = toks[ls].l;
  f('w=' + w);
  f('l=' + t.l);
  f('p=' + p);
  f('p|w=' + p + '|' + w);
  f('f0=' + (m === ls ? 'self' : cls(toks[ls])));
  f('f0l=' + (m === ls ? 'self' : f0));
  f('v=' + (verbs > 1 ? 2 : verbs));
  f('v|p=' + (verbs > 1 ? 2 : verbs) + '|' + p);
  f('cm=' + (commas > 2 ? 3 : commas));
  f('d=' + bucket(m - ls));
  f('r=' + bucket(le - m));
  f('c=' + cue);
  f('n=' + cls(toks[m + 1]));
  f('q=' + (t.k === 2 ? 'Q' : toks[ls].k === 2 ? 'Qstart' : '-'));
}

const addL = (key: string): void => {
  z += LM.w.get(key) ?? 0;
};

/** Training hook for left contents (as boundaryTrace). */
export const leftTrace: { fn: ((toks: Token[], ls: number, le: number, cue: string) => void) | null } = { fn: null };

/** The first token of a left content first drawn as [ls, le] (inclusive) before the cue with head word `cue`. */
export function refineLeft(toks: Token[], ls: number, le: number, cue: string): number {
  if (leftTrace.fn) {
    leftTrace.fn(toks, ls, le, cue);
    return ls;
  }
  if (toks[ls].k === 2 && toks[ls].q >= 0) return ls;
  let verbs = 0;
  let commas = 0;
  const lim = Math.min(le - 1, ls + LEFT_WINDOW);
  for (let m = ls; m < lim; m++) {
    if (m > ls) {
      const pv = toks[m - 1];
      if (isVerbish(pv)) verbs++;
      if (pv.w === ',') commas++;
    }
    if (toks[m].q >= 0) break;
    if (!isLeftCandidate(toks, m, ls)) continue;
    z = LM.bias;
    leftFeatures(toks, m, ls, le, cue, verbs, commas, addL);
    if (z > 0) return m;
  }
  return ls;
}
