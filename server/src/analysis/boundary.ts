// Where the content of a cue that precedes it starts and ends ("said (that) …", "called for …, adding …"): two small
// logistic models over token features, trained on PolNeAR's train split by scripts/train-boundary.mjs (weights in
// boundary-model.json, see model-codec.ts for the format: single words, word shapes and their pairs — no corpus text).
//
// Start: of the first tokens after the cue, the one with the highest "content starts here" score opens the content
// (the tokens skipped belong to the cue: "called for", "made clear", "accused the mayor of", "said in a statement:
// “…”"). End: of the boundary candidates after the start (punctuation or a clause word) and the end of the clause
// itself, the one with the highest "content ends before this" score closes it. Both models rank the candidates of
// one content against each other (trained for exact spans); the walks are bounded, so the cost per attribution is a
// few dozen map lookups.
import type { Token } from './attributions';
import { decodeNested, type Nest } from './model-codec';
import raw from './boundary-model.json';
import { isCueWord } from './cues';

const SM = decodeNested(raw.start);
const EM = decodeNested(raw.end);

/** How many tokens after the cue may still belong to it. */
export const START_WINDOW = 6;

/** Words that may close a content before them (with all punctuation). */
export const END_WORDS = new Set(
  ('and but while as in on at after by because when which who whom whose where including according to for with from ' +
    'before despite amid though although if than during since until saying adding noting calling arguing citing ' +
    'suggesting warning insisting telling asking even so or nor unless whether said says told added noted')
    .split(' '),
);

/** Verbs of impression ("seemed unmoved by …"): the content holds the subject and the cue; nothing after is skipped. */
const IMPRESSION = new Set('seem seems seemed appear appears appeared look looks looked sound sounds sounded'.split(' '));

/** Words a content after its cue starts with at once (never part of the cue). */
const OPENS = new Set("he she they we i there whether if he's he’s she's she’s they're they’re we're we’re i'm i’m".split(' '));
const DECLINE = new Set('decline declines declined declining'.split(' '));

const PARTICLES = new Set('about against of on out off for upon over into at back up'.split(' '));

/** A coarse class of a token: the word itself for short function words, else a shape. */
function cls(t: Token | undefined): string {
  if (!t) return 'END';
  if (t.k === 2) return 'Q';
  if (t.k === 1) return t.w;
  // A word's class depends on the word alone: computed once per distinct word (kept with its cue facts).
  return t.v ? facts(t).c : wordCls(t.w, t.l);
}
function wordCls(w: string, l: string): string {
  if (l.length <= 4 || END_WORDS.has(l)) return l;
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'CAP';
  if (c >= 48 && c <= 57) return 'NUM';
  if (l.endsWith('ing')) return 'ING';
  if (l.endsWith('ed')) return 'ED';
  if (l.endsWith('ly')) return 'LY';
  return 'w';
}
const bucket = (n: number): string => (n <= 3 ? NUM[n] : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '21+');
const NUM = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A feature sink: template name and its one to three values. The training script joins them into the model's keys
 * ("w|n1=,|which"); at run time they are looked up in nested maps, with no string built per feature.
 */
export type Sink = (tpl: string, a: string, b?: string, c?: string) => void;

/** Features of "the content starts at token k" (cue head word `cue`, first candidate r). Shared with training. */
export function startFeatures(toks: Token[], k: number, r: number, cue: string, f: Sink): void {
  const t = toks[k];
  const w = cls(t);
  const p = k === r ? 'CUE' : cls(toks[k - 1]);
  const n = cls(toks[k + 1]);
  const o = NUM[k - r] ?? '9';
  f('w', w);
  f('l', t.l);
  f('p', p);
  f('n', n);
  f('p|w', p, w);
  f('w|n', w, n);
  f('o', o);
  f('c', cue);
  f('c|w', cue, w);
  f('c|l', cue, t.l);
  f('c|o', cue, o);
  const la = lookahead(toks, k);
  f('la', la, LA_D);
  f('c|la', cue, la);
}

/** Words that open a content or a complement ("urged voters to …", "accused him of …", "told them that …"). */
const OPENERS = new Set('to that of whether how if about for what why who when where as on against with from'.split(' '));
let LA_D = '-';
/**
 * What follows token k within five tokens: the first opener word, punctuation mark or quotation ('Q'), or 'none';
 * its distance is left in LA_D.
 */
function lookahead(toks: Token[], k: number): string {
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
    const t = toks[j];
    if (t.q >= 0 || t.k === 2) return (LA_D = NUM[j - k]), 'Q';
    if (t.k === 1) return (LA_D = NUM[j - k]), t.w;
    if (OPENERS.has(t.l)) return (LA_D = NUM[j - k]), t.l;
  }
  LA_D = '-';
  return 'none';
}

/** Features of "the content [s, …) ends before token m" (content end candidate). Shared with training. */
export function endFeatures(toks: Token[], m: number, s: number, re: number, cue: string, commas: number, verbs: number, f: Sink): void {
  const u = toks[m];
  const w = cls(u);
  const n1 = cls(toks[m + 1]);
  const n2 = cls(toks[m + 2]);
  const p1 = cls(toks[m - 1]);
  const d = bucket(m - s);
  const v = NUM[verbs > 1 ? 2 : verbs];
  const s0 = cls(toks[s]);
  f('w', w);
  f('n1', n1);
  f('n1l', toks[m + 1]?.l ?? 'END');
  f('p1', p1);
  f('w|n1', w, n1);
  f('w|n1|n2', w, n1, n2);
  f('p1|w', p1, w);
  f('d', d);
  f('r', bucket(re - m));
  f('cm', NUM[commas > 2 ? 3 : commas]);
  f('c', cue);
  f('c|w', cue, w);
  f('w|d', w, d);
  f('q', u.q >= 0 ? 'in' : 'out');
  f('v', v);
  f('v|w', v, w);
  f('s0', s0);
  f('s0|w', s0, w);
  f('p1l', toks[m - 1]?.l ?? 'START');
}

/** Features of "the content [s, …) runs to the end of its draw, re" (the last option of the end model). */
export function restFeatures(toks: Token[], s: number, re: number, cue: string, commas: number, verbs: number, f: Sink): void {
  f('RE', 'y');
  f('Rv', NUM[verbs > 1 ? 2 : verbs]);
  f('Rc', cue);
  f('Rd', bucket(re - s));
  f('Rs0', cls(toks[s]));
  f('Rcm', NUM[commas > 2 ? 3 : commas]);
}

/** Finite verbs and auxiliaries: a content that already holds one is a whole clause. */
export const FINITE = new Set(
  "is was were are am be been has have had will would could can did does do shall should may might must 's ’s".split(' '),
);
/** A finite verb or a long "-ed" form (the word's facts' `verb`, its M_VERBISH bit). */
const verbishWord = (l: string): boolean => FINITE.has(l) || (l.length > 4 && l.endsWith('ed'));
const isVerbish = (t: Token): boolean => t.k === 0 && verbishWord(t.l);
/**
 * Two bits of a word's classes (Token.m, set by attributions.ts wordClasses from boundaryClasses): the word is one of
 * END_WORDS (its facts' `end`), and it is verbish (its facts' `verb`: FINITE, or a long "-ed" form). The end scan of
 * rightEnd reads them on the token instead of the word's facts (one object away) for every token it passes.
 */
export const M_END_WORD = 1 << 30;
export const M_VERBISH = 1 << 31;
export const boundaryClasses = (l: string): number => (END_WORDS.has(l) ? M_END_WORD : 0) | (verbishWord(l) ? M_VERBISH : 0);

/**
 * The end of the start candidates [rs, lim) of a right content drawn as [rs, re): "said that …", "said: “…”", "said
 * he …", "asked whether …" start at once (lim = rs); others within START_WINDOW tokens.
 */
export function startLimit(toks: Token[], rs: number, re: number): number {
  const t = toks[rs];
  return t.l === 'that' || t.k === 2 || OPENS.has(t.l) ? rs : Math.min(re - 2, rs + START_WINDOW);
}

/** Training hook: when set, refineRight records its inputs and leaves the span alone. */
export const boundaryTrace: { fn: ((toks: Token[], rs: number, re: number, cue: string) => void) | null } = { fn: null };

/**
 * How sure the last refineRight / refineLeft call was of the limit it chose: for the end of a right content, the
 * chosen end's score minus the runner-up's (Infinity when there was no choice); for the start of a left content, the
 * chosen start's score above 0, or the best score's distance below 0 when no candidate passed (the unit start is
 * kept). Read by the attribution rules right after the call (the confidence model uses it).
 */
export const lastLimit = { margin: Infinity };

const SN = SM.t;
const EN = EM.t;

let z = 0;
let cur: Map<string, Nest> = SN;
const add: Sink = (tpl, a, b, c) => {
  let x: number | Nest | undefined = cur.get(tpl);
  if (x === undefined) return;
  x = (x as Nest).get(a);
  if (x === undefined) return;
  if (b !== undefined) {
    x = (x as Nest).get(b);
    if (x === undefined) return;
    if (c !== undefined) {
      x = (x as Nest).get(c);
      if (x === undefined) return;
    }
  }
  if (typeof x === 'number') z += x;
};

// Hand-unrolled scorers: the same features as startFeatures/endFeatures/leftFeatures (a test holds them equal),
// with each template's table fetched once at load, so that a feature costs one or two lookups and no call.
type Tab = Nest | undefined;
const g1 = (m: Tab, a: string): number => {
  const x = m?.get(a);
  return typeof x === 'number' ? x : 0;
};
const g2 = (m: Tab, a: string, b: string): number => {
  const x = m?.get(a);
  if (x === undefined || typeof x === 'number') return 0;
  const y = x.get(b);
  return typeof y === 'number' ? y : 0;
};
const g3 = (m: Tab, a: string, b: string, c: string): number => {
  const x = m?.get(a);
  if (x === undefined || typeof x === 'number') return 0;
  const y = x.get(b);
  if (y === undefined || typeof y === 'number') return 0;
  const v = y.get(c);
  return typeof v === 'number' ? v : 0;
};
const S_ = (k: string): Tab => SN.get(k);
const [Sw, Sl, Sp, Sn, Spw, Swn, So, Sc, Scw, Scl, Sco, Sla, Scla] = ['w', 'l', 'p', 'n', 'p|w', 'w|n', 'o', 'c', 'c|w', 'c|l', 'c|o', 'la', 'c|la'].map(S_);
export function startScore(toks: Token[], k: number, r: number, cue: string): number {
  const t = toks[k];
  const ft = facts(t);
  const w = ft.c;
  const fp = k === r ? null : facts(toks[k - 1]);
  const fn = facts(toks[k + 1]);
  const n = fn.c;
  const o = NUM[k - r] ?? '9';
  const la = lookahead(toks, k);
  // The terms of startFeatures, in the same order (each read from the tokens' facts where it depends on one token).
  return (
    SM.bias + ft.sw + ft.sl + (fp === null ? g1(Sp, 'CUE') : fp.sp) + fn.sn + h2(fp === null ? Spw?.get('CUE') : fp.spw, w) + h2(ft.swn, n) +
    g1(So, o) + g1(Sc, cue) + g2(Scw, cue, w) + g2(Scl, cue, t.l) + g2(Sco, cue, o) + g2(Sla, la, LA_D) + g2(Scla, cue, la)
  );
}
/**
 * The k in [r, lim) with the highest startScore (the first of equal ones), the same scores computed in one pass:
 * each token's facts read once, the lookaheads found walking back from the end of the window.
 */
export function startBest(toks: Token[], r: number, lim: number, cue: string): number {
  const c = cueTerms(cue);
  // NEXT[k - r]: the first token after k that the lookahead stops at, or -1.
  let stop = -1;
  const end = Math.min(toks.length, lim + 5);
  for (let j = end - 1; j > r; j--) {
    const t = toks[j];
    if (j < lim) NEXT[j - r] = stop;
    if (t.q >= 0 || t.k !== 0 || OPENERS.has(t.l)) stop = j;
  }
  if (lim > r) NEXT[0] = stop;
  let best = r;
  let bestScore = -Infinity;
  let fp: BoundaryFacts | null = null;
  let ft = facts(toks[r]);
  const base = SM.bias + c.sC;
  const cueP = CUE_P;
  const cue0 = c.id;
  const off = c.off;
  for (let k = r; k < lim; k++) {
    const fn = facts(toks[k + 1]);
    const w = ft.ci;
    const j = NEXT[k - r];
    let la = ID_NONE;
    let d = ID_DASH;
    if (j >= 0 && j <= k + 5) {
      const u = toks[j];
      // (A punctuation mark's lower case is the mark itself; a word's is its l: both are its facts' li.)
      la = u.q >= 0 || u.k === 2 ? ID_Q : facts(u).li;
      d = NUM_ID[j - k];
    }
    const sc =
      base + ft.sw + ft.sl + (fp === null ? cueP : fp.sp) + fn.sn + W_SPW[T_SPW.at(fp === null ? ID_CUE : fp.ci, w)] + W_SWN[T_SWN.at(w, fn.ci)] +
      off[k - r] + W_SCW[T_SCW.at(cue0, w)] + W_SCL[T_SCL.at(cue0, ft.li)] + W_SLA[T_SLA.at(la, d)] + W_SCLA[T_SCLA.at(cue0, la)];
    if (sc > bestScore) {
      bestScore = sc;
      best = k;
    }
    fp = ft;
    ft = fn;
  }
  return best;
}
const NEXT = new Int32Array(START_WINDOW + 1);

/** What the start, end and rest scorers read about one cue word (the same numbers as read each time). */
interface CueTerms {
  /** idOf(cue) */
  id: number;
  /** The start model's "c" weight, its offset terms ("o" and "c|o") by offset, the end model's "c" and "Rc" weights. */
  sC: number;
  off: Float64Array;
  eC: number;
  rC: number;
}
/** The terms by cue word, once per distinct cue (a few hundred lemmas and words); bounded. The scorers run for one cue
 * at a time, so the last one is answered first. */
const CUE_TERMS = new Map<string, CueTerms>();
let lastCue: string | null = null;
let lastTerms: CueTerms | null = null;
function cueTerms(cue: string): CueTerms {
  if (cue === lastCue && lastTerms !== null) return lastTerms;
  let c = CUE_TERMS.get(cue);
  if (c === undefined) {
    if (CUE_TERMS.size >= 4096) CUE_TERMS.clear();
    const id = idOf(cue);
    const off = new Float64Array(START_WINDOW);
    for (let i = 0; i < off.length; i++) off[i] = S_OFF_BASE[i] + T_SCO.get(id, NUM_ID[i]);
    c = { id, sC: g1(Sc, cue), off, eC: g1(Ec, cue), rC: g1(Rc, cue) };
    CUE_TERMS.set(cue, c);
  }
  lastCue = cue;
  lastTerms = c;
  return c;
}
const E_ = (k: string): Tab => EN.get(k);
const [Ew, En1, En1l, Ep1, Ewn1, Ewn1n2, Ep1w, Ed, Er, Ecm, Ec, Ecw, Ewd, Eq, Ev, Evw, Es0, Es0w, Ep1l] = [
  'w', 'n1', 'n1l', 'p1', 'w|n1', 'w|n1|n2', 'p1|w', 'd', 'r', 'cm', 'c', 'c|w', 'w|d', 'q', 'v', 'v|w', 's0', 's0|w', 'p1l',
].map(E_);
export function endScore(toks: Token[], m: number, s: number, re: number, cue: string, commas: number, verbs: number): number {
  const u = toks[m];
  const fu = facts(u);
  const w = fu.ci;
  const f1 = facts(toks[m + 1]);
  const n1 = f1.ci;
  const n2 = facts(toks[m + 2]).ci;
  const fp = facts(toks[m - 1]);
  const d = bucketIndex(m - s);
  const v = verbs > 1 ? 2 : verbs;
  const fs = facts(toks[s]);
  const c = cueTerms(cue);
  // The terms of endFeatures, in the same order (each read from the tokens' facts where it depends on one token,
  // the pair and triple weights from the id-keyed tables, the closed-valued ones from arrays).
  return (
    EM.bias + fu.ew + f1.en1 + f1.en1l + fp.ep1 + W_EWN1[T_EWN1.at(w, n1)] + W_EWN1N2[T_EWN1N2.at3(w, n1, n2)] +
    W_EP1W[T_EP1W.at(fp.ci, w)] + E_D[d] + E_R[bucketIndex(re - m)] + E_CM[commas > 2 ? 3 : commas] + c.eC + W_ECW[T_ECW.at(c.id, w)] +
    W_EWD[T_EWD.at(w, BUCKET_ID[d])] + E_Q[u.q >= 0 ? 0 : 1] + E_V[v] + W_EVW[T_EVW.at(NUM_ID[v], w)] + fs.es0 + W_ES0W[T_ES0W.at(fs.ci, w)] + fp.ep1l
  );
}
const [Rre, Rv, Rc, Rd, Rs0, Rcm] = ['RE', 'Rv', 'Rc', 'Rd', 'Rs0', 'Rcm'].map(E_);
/** The score of restFeatures (the end model's "no cut" option). */
export function restScore(toks: Token[], s: number, re: number, cue: string, commas: number, verbs: number): number {
  // (The same terms, from arrays and the start token's facts.)
  return EM.bias + R_RE + R_V[verbs > 1 ? 2 : verbs] + cueTerms(cue).rC + R_D[bucketIndex(re - s)] + facts(toks[s]).rs0 + R_CM[commas > 2 ? 3 : commas];
}

/**
 * What the start and end scorers read about one token, computed once per distinct word (kept with its cue facts) or
 * punctuation mark: its class, the weights of the features that depend on it alone, and the tables of the pair
 * features keyed first by it.
 */
export interface BoundaryFacts {
  c: string;
  /** idOf(c), and idOf of the token's lower case. */
  ci: number;
  li: number;
  /** For a word: isVerbish (a finite verb or auxiliary, or a long "-ed" form), and one of END_WORDS. */
  verb: boolean;
  end: boolean;
  /** The end model's "no cut" weight of the class as the content's first token (restScore). */
  rs0: number;
  sw: number;
  sl: number;
  sp: number;
  sn: number;
  spw: Sub;
  swn: Sub;
  ew: number;
  en1: number;
  en1l: number;
  ep1: number;
  ewn1: Sub;
  ewn1n2: Sub;
  ep1w: Sub;
  ewd: Sub;
  es0: number;
  es0w: Sub;
  ep1l: number;
}
type Sub = number | Nest | undefined;
/**
 * The facts of a token of class c whose lower case is l (nl and pl: as the word after and before it). `k`: the facts of
 * another token of class c, whose terms that depend on the class alone are taken instead of looked up again.
 */
const makeFacts = (c: string, l: string, nl: string, pl: string, k?: BoundaryFacts): BoundaryFacts => ({
  c,
  ci: k ? k.ci : idOf(c),
  li: idOf(l),
  verb: verbishWord(l),
  end: END_WORDS.has(l),
  rs0: k ? k.rs0 : g1(Rs0, c),
  sw: k ? k.sw : g1(Sw, c),
  sl: g1(Sl, l),
  sp: k ? k.sp : g1(Sp, c),
  sn: k ? k.sn : g1(Sn, c),
  spw: k ? k.spw : Spw?.get(c),
  swn: k ? k.swn : Swn?.get(c),
  ew: k ? k.ew : g1(Ew, c),
  en1: k ? k.en1 : g1(En1, c),
  en1l: g1(En1l, nl),
  ep1: k ? k.ep1 : g1(Ep1, c),
  ewn1: k ? k.ewn1 : Ewn1?.get(c),
  ewn1n2: k ? k.ewn1n2 : Ewn1n2?.get(c),
  ep1w: k ? k.ep1w : Ep1w?.get(c),
  ewd: k ? k.ewd : Ewd?.get(c),
  es0: k ? k.es0 : g1(Es0, c),
  es0w: k ? k.es0w : Es0w?.get(c),
  ep1l: g1(Ep1l, pl),
});
/**
 * makeFacts(c, l, l, l) for a word: a word whose class is not the word itself (a long word: "CAP", "ED", "w", …)
 * takes the terms that depend on the class from the class's facts, computed once, and looks up only those of l.
 */
function wordFacts(c: string, l: string): BoundaryFacts {
  if (c === l) return makeFacts(c, l, l, l);
  let k = CLASS_FACTS.get(c);
  if (k === undefined) CLASS_FACTS.set(c, (k = makeFacts(c, c, c, c)));
  return makeFacts(c, l, l, l, k);
}
const CLASS_FACTS = new Map<string, BoundaryFacts>();
const PUNCT_FACTS = new Map<string, BoundaryFacts>();
const QUOTE_FACTS = new Map<string, BoundaryFacts>();
let END_FACTS: BoundaryFacts | undefined;
function facts(t: Token | undefined): BoundaryFacts {
  if (!t) return END_FACTS ?? (END_FACTS = makeFacts('END', 'END', 'END', 'START'));
  if (t.k === 0) {
    const v = t.v;
    if (!v) return makeFacts(wordCls(t.w, t.l), t.l, t.l, t.l);
    const f = v.bf;
    return f !== undefined ? f : (v.bf = wordFacts(wordCls(t.w, t.l), t.l));
  }
  // A one-character mark's facts from an array by its code (the same objects as the maps'), else from the map.
  const l = t.l;
  const c = l.length === 1 ? l.charCodeAt(0) : MARK_N;
  const by = t.k === 2 ? QUOTE_BY_CODE : PUNCT_BY_CODE;
  if (c < MARK_N) {
    const f0 = by[c];
    if (f0 !== undefined) return f0;
  }
  const m = t.k === 2 ? QUOTE_FACTS : PUNCT_FACTS;
  let f = m.get(l);
  if (f === undefined) m.set(l, (f = makeFacts(t.k === 2 ? 'Q' : t.w, l, l, l)));
  if (c < MARK_N) by[c] = f;
  return f;
}
const MARK_N = 0x2100;
const PUNCT_BY_CODE: (BoundaryFacts | undefined)[] = new Array<BoundaryFacts | undefined>(MARK_N).fill(undefined);
const QUOTE_BY_CODE: (BoundaryFacts | undefined)[] = new Array<BoundaryFacts | undefined>(MARK_N).fill(undefined);
/** g2 and g3 with the first table already fetched. */
const h2 = (x: Sub, b: string): number => {
  if (x === undefined || typeof x === 'number') return 0;
  const y = x.get(b);
  return typeof y === 'number' ? y : 0;
};
const h3 = (x: Sub, b: string, c: string): number => {
  if (x === undefined || typeof x === 'number') return 0;
  const y = x.get(b);
  if (y === undefined || typeof y === 'number') return 0;
  const v = y.get(c);
  return typeof v === 'number' ? v : 0;
};

// The start and end scorers' tables keyed by integers: every string the two models key on gets an id, each pair or
// triple template becomes one open-addressing table over id tuples (typed arrays: a probe, no string hashing, no
// map chain), each template over a closed set of values (distances, counts) an array. A string the models never
// key on has id -1, whose weight is 0 as a missing map entry's. The weights are the maps' own numbers, added in
// the same order: the scores are the same doubles.
const IDS = new Map<string, number>();
const idOf = (s: string): number => IDS.get(s) ?? -1;
const register = (n: Nest): void => {
  for (const [k, v] of n) {
    if (!IDS.has(k)) IDS.set(k, IDS.size);
    if (v instanceof Map) register(v);
  }
};
for (const n of SN.values()) register(n);
for (const n of EN.values()) register(n);
class IdTable {
  private readonly ka: Int32Array;
  private readonly kb: Int32Array;
  private readonly kc: Int32Array;
  /** The weights by slot, and at `absent` (one past the slots) a 0: w[at(…)] is a weight, a missing one 0. */
  readonly w: Float64Array;
  private readonly mask: number;
  private readonly absent: number;
  /** The numbers at depth `depth` (2 or 3) of a nested table, keyed by the ids of their keys. */
  constructor(n: Nest | undefined, depth: number) {
    const rows: [number, number, number, number][] = [];
    const walk = (x: Nest, keys: number[]): void => {
      for (const [k, v] of x) {
        const ks = [...keys, idOf(k)];
        if (v instanceof Map) {
          if (ks.length < depth) walk(v, ks);
        } else if (ks.length === depth) rows.push([ks[0], ks[1], depth === 3 ? ks[2] : 0, v]);
      }
    };
    if (n) walk(n, []);
    let size = 8;
    while (size < rows.length * 2) size *= 2;
    this.mask = size - 1;
    this.ka = new Int32Array(size).fill(-1);
    this.kb = new Int32Array(size);
    this.kc = new Int32Array(size);
    this.w = new Float64Array(size + 1);
    this.absent = size;
    for (const [a, b2, c, v] of rows) {
      let h = slot(a, b2, c) & this.mask;
      while (this.ka[h] !== -1) h = (h + 1) & this.mask;
      this.ka[h] = a;
      this.kb[h] = b2;
      this.kc[h] = c;
      this.w[h] = v;
    }
  }
  get(a: number, b2: number): number {
    return this.w[this.at3(a, b2, 0)];
  }
  get3(a: number, b2: number, c: number): number {
    return this.w[this.at3(a, b2, c)];
  }
  /**
   * The index into w of the weight of (a, b2) or (a, b2, c). The scorers read w[at(…)] themselves: an index is a small
   * integer, while a double returned by a call that V8 does not inline is boxed (a heap number per lookup).
   */
  at(a: number, b2: number): number {
    return this.at3(a, b2, 0);
  }
  at3(a: number, b2: number, c: number): number {
    if (a < 0 || b2 < 0 || c < 0) return this.absent;
    const ka = this.ka;
    for (let h = slot(a, b2, c) & this.mask; ; h = (h + 1) & this.mask) {
      const x = ka[h];
      if (x === -1) return this.absent;
      if (x === a && this.kb[h] === b2 && this.kc[h] === c) return h;
    }
  }
}
const slot = (a: number, b2: number, c: number): number => {
  const h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b2 + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(c + 0x165667b1, 0xc2b2ae35);
  return h ^ (h >>> 15);
};
const T_SPW = new IdTable(Spw, 2);
const T_SWN = new IdTable(Swn, 2);
const T_SCW = new IdTable(Scw, 2);
const T_SCL = new IdTable(Scl, 2);
const T_SLA = new IdTable(Sla, 2);
const T_SCLA = new IdTable(Scla, 2);
const T_EWN1 = new IdTable(Ewn1, 2);
const T_EWN1N2 = new IdTable(Ewn1n2, 3);
const T_EP1W = new IdTable(Ep1w, 2);
const T_ECW = new IdTable(Ecw, 2);
const T_EWD = new IdTable(Ewd, 2);
const T_EVW = new IdTable(Evw, 2);
const T_ES0W = new IdTable(Es0w, 2);
const [W_SPW, W_SWN, W_SCW, W_SCL, W_SLA, W_SCLA, W_EWN1, W_EWN1N2, W_EP1W, W_ECW, W_EWD, W_EVW, W_ES0W] = [
  T_SPW, T_SWN, T_SCW, T_SCL, T_SLA, T_SCLA, T_EWN1, T_EWN1N2, T_EP1W, T_ECW, T_EWD, T_EVW, T_ES0W,
].map((t) => t.w);
const ID_CUE = idOf('CUE');
const ID_Q = idOf('Q');
const ID_NONE = idOf('none');
const ID_DASH = idOf('-');
const NUM_ID = NUM.map(idOf);
/** bucket(n) as an index into BUCKETS; a negative n (bucket's NUM[n] is undefined: no weight) the last, empty, one. */
const BUCKETS = ['0', '1', '2', '3', '4-6', '7-10', '11-20', '21+', ''];
const bucketIndex = (n: number): number => (n < 0 ? 8 : n <= 3 ? n : n <= 6 ? 4 : n <= 10 ? 5 : n <= 20 ? 6 : 7);
const BUCKET_ID = BUCKETS.map((x) => (x === '' ? -1 : idOf(x)));
const bucketWeights = (t: Tab): Float64Array => Float64Array.from(BUCKETS, (x) => (x === '' ? 0 : g1(t, x)));
const E_D = bucketWeights(Ed);
const E_R = bucketWeights(Er);
const E_CM = Float64Array.from(NUM.slice(0, 4), (x) => g1(Ecm, x));
const E_Q = Float64Array.from(['in', 'out'], (x) => g1(Eq, x));
const E_V = Float64Array.from(NUM.slice(0, 3), (x) => g1(Ev, x));
const T_SCO = new IdTable(Sco, 2);
const S_OFF_BASE = Float64Array.from({ length: START_WINDOW }, (_, i) => g1(So, NUM[i]));
const CUE_P = g1(Sp, 'CUE');
const R_RE = g1(Rre, 'y');
const R_V = Float64Array.from(NUM.slice(0, 3), (x) => g1(Rv, x));
const R_D = bucketWeights(Rd);
const R_CM = Float64Array.from(NUM.slice(0, 4), (x) => g1(Rcm, x));

/** The score through the shared feature function (the training script's view); equal to startScore/endScore/leftScore. */
export function slowScore(which: 'start' | 'end' | 'left', feed: (f: Sink) => void): number {
  cur = which === 'start' ? SN : which === 'end' ? EN : LN;
  z = which === 'start' ? SM.bias : which === 'end' ? EM.bias : LM.bias;
  feed(add);
  return z;
}

/**
 * The content tokens [start, end) of a right content first drawn as [rs, re) after the cue whose head word is
 * `cue`. Never empty: falls back to [rs, re).
 */
export function refineRight(toks: Token[], rs: number, re: number, cue: string): [number, number] {
  if (boundaryTrace.fn) {
    boundaryTrace.fn(toks, rs, re, cue);
    return [rs, re];
  }
  const s = rightStart(toks, rs, re, cue);
  return [s, rightEnd(toks, s, re, cue)];
}

/**
 * refineRight in two steps, for a caller that may give up between them: the start token (rightStart), then the end
 * (exclusive) of the content from that start (rightEnd, which also sets lastLimit.margin). Not for use while
 * boundaryTrace.fn is set (refineRight alone calls it).
 */
export function rightStart(toks: Token[], rs: number, re: number, cue: string): number {
  let s = rs;
  // "said that …" and "said: “…”" start at once (as the model has it); only other openings are scored.
  const lim = startLimit(toks, rs, re);
  if (lim > rs + 1 && !IMPRESSION.has(cue)) s = startBest(toks, rs, lim, cue);
  // A preposition right after the cue belongs to it ("railed against", "worried about", "agreed to"), not to
  // the content, unless a clause follows it.
  if (s === rs && s + 2 < re && PARTICLES.has(toks[s].l) && toks[s].q < 0 && toks[s + 1].k === 0 && toks[s + 1].l !== 'that') s++;
  // "sought to insist …", "refused to comment on …": a speech verb after "to" belongs to the cue, the content
  // starts after it (and after its particle). (Not after "declined": "declined to say whether …" is its content.)
  if (toks[s].l === 'to' && !DECLINE.has(cue) && s + 3 < re && toks[s].q < 0 && toks[s + 1].k === 0 && toks[s + 1].q < 0 && (toks[s + 1].v?.cue ?? isCueWord(toks[s + 1].l))) {
    s += 2;
    if (s + 2 < re && PARTICLES.has(toks[s].l) && toks[s].q < 0 && toks[s + 1].k === 0 && toks[s + 1].l !== 'that') s++;
  }
  return s;
}
export function rightEnd(toks: Token[], s: number, re: number, cue: string): number {
  // The end: last real token (punctuation and quote marks at the very end are trimmed anyway).
  let last = re - 1;
  while (last > s && toks[last].k !== 0) last--;
  let commas = 0;
  let verbs = 0;
  let best = -Infinity;
  let second = -Infinity;
  let e = re;
  // (isVerbish and isEndCandidate read from the tokens' class bits, set once per distinct word as the facts' `verb`
  // and `end` are, instead of a set lookup each or the facts of every token.)
  for (let m = s + 1; m <= last; m++) {
    const u = toks[m];
    const pu = toks[m - 1];
    if (pu.k === 0 && (pu.m & M_VERBISH) !== 0) verbs++;
    if (!(u.q < 0 && (u.k !== 0 || (u.m & M_END_WORD) !== 0))) continue;
    const sc = endScore(toks, m, s, re, cue, commas, verbs);
    if (sc > best) {
      second = best;
      best = sc;
      e = m;
    } else if (sc > second) second = sc;
    if (u.w === ',') commas++;
  }
  const rest = restScore(toks, s, re, cue, commas, verbs);
  if (rest > best) {
    lastLimit.margin = rest - best;
    return re;
  }
  lastLimit.margin = best - Math.max(rest, second);
  return e;
}

// ---------------------------------------------------------------------------------------------------------------
// Left contents ("…, X said." / "According to X, …" / "…, according to X."): where the content starts. Walking
// right from the unit start, the candidates are the start itself and every token after punctuation; the first
// whose "content starts here" probability passes 0.5 opens the content. (Datelines, "But", "In fact," and
// introductory phrases stand outside the content in PARC.)
const LM = decodeNested(raw.left);
/** How many tokens into a left content a start is looked for. */
export const LEFT_WINDOW = 40;

export const isLeftCandidate = (toks: Token[], m: number, ls: number): boolean => {
  if (m === ls) return true;
  const p = toks[m - 1];
  return p.q < 0 && toks[m].k === 0 && (p.k === 1 || (m - 1 === ls && p.k === 0));
};

/** Features of "the left content [ls, le] starts at token m" (verbs: finite verbs in [ls, m)). Shared with training. */
export function leftFeatures(toks: Token[], m: number, ls: number, le: number, cue: string, verbs: number, commas: number, f: Sink): void {
  const t = toks[m];
  const w = cls(t);
  const p = m === ls ? 'START' : cls(toks[m - 1]);
  const v = NUM[verbs > 1 ? 2 : verbs];
  f('w', w);
  f('l', t.l);
  f('p', p);
  f('p|w', p, w);
  f('f0', m === ls ? 'self' : cls(toks[ls]));
  f('f0l', m === ls ? 'self' : toks[ls].l);
  f('v', v);
  f('v|p', v, p);
  f('cm', NUM[commas > 2 ? 3 : commas]);
  f('d', bucket(m - ls));
  f('r', bucket(le - m));
  f('c', cue);
  f('n', cls(toks[m + 1]));
  f('q', t.k === 2 ? 'Q' : toks[ls].k === 2 ? 'Qstart' : '-');
}
const LN = LM.t;
const L_ = (k: string): Tab => LN.get(k);
const [Lw, Ll, Lp, Lpw, Lf0, Lf0l, Lv, Lvp, Lcm, Ld, Lr, Lc, Ln, Lq] = ['w', 'l', 'p', 'p|w', 'f0', 'f0l', 'v', 'v|p', 'cm', 'd', 'r', 'c', 'n', 'q'].map(L_);
export function leftScore(toks: Token[], m: number, ls: number, le: number, cue: string, verbs: number, commas: number): number {
  const t = toks[m];
  const w = cls(t);
  const p = m === ls ? 'START' : cls(toks[m - 1]);
  const v = NUM[verbs > 1 ? 2 : verbs];
  return (
    LM.bias + g1(Lw, w) + g1(Ll, t.l) + g1(Lp, p) + g2(Lpw, p, w) + g1(Lf0, m === ls ? 'self' : cls(toks[ls])) + g1(Lf0l, m === ls ? 'self' : toks[ls].l) +
    g1(Lv, v) + g2(Lvp, v, p) + g1(Lcm, NUM[commas > 2 ? 3 : commas]) + g1(Ld, bucket(m - ls)) + g1(Lr, bucket(le - m)) + g1(Lc, cue) +
    g1(Ln, cls(toks[m + 1])) + g1(Lq, t.k === 2 ? 'Q' : toks[ls].k === 2 ? 'Qstart' : '-')
  );
}

/** Training hook for left contents (as boundaryTrace). */
export const leftTrace: { fn: ((toks: Token[], ls: number, le: number, cue: string) => void) | null } = { fn: null };

/** The first token of a left content first drawn as [ls, le] (inclusive) before the cue with head word `cue`. */
export function refineLeft(toks: Token[], ls: number, le: number, cue: string): number {
  if (leftTrace.fn) {
    leftTrace.fn(toks, ls, le, cue);
    return ls;
  }
  lastLimit.margin = Infinity;
  if (toks[ls].k === 2 && toks[ls].q >= 0) return ls;
  let verbs = 0;
  let commas = 0;
  let best = -Infinity;
  const lim = Math.min(le - 1, ls + LEFT_WINDOW);
  for (let m = ls; m < lim; m++) {
    if (m > ls) {
      const pv = toks[m - 1];
      if (isVerbish(pv)) verbs++;
      if (pv.w === ',') commas++;
    }
    if (toks[m].q >= 0) break;
    if (!isLeftCandidate(toks, m, ls)) continue;
    const sc = leftScore(toks, m, ls, le, cue, verbs, commas);
    if (sc > 0) {
      lastLimit.margin = sc;
      return skipConnective(toks, m, le);
    }
    if (sc > best) best = sc;
  }
  lastLimit.margin = -best;
  return skipConnective(toks, ls, le);
}

/** Discourse connectives ("however", "in fact", "as a result"), as word sequences keyed by their first word. */
const CONNECTIVES = new Map<string, string[][]>();
for (const c of ['however', 'nevertheless', 'nonetheless', 'in fact', 'in contrast', 'by contrast', 'in particular', 'in addition', 'as a result']) {
  const w = c.split(' ');
  const list = CONNECTIVES.get(w[0]) ?? [];
  list.push(w.slice(1));
  CONNECTIVES.set(w[0], list);
}
/**
 * "However, the ferry will sail, Lee said.", "In fact, the pier is safe, she said.": a discourse connective opening
 * the content links it to what came before and stays outside it (PARC).
 */
function skipConnective(toks: Token[], m: number, le: number): number {
  // "Still, …", "Even so, …", "As it stands, …", "As for the cost, …", "Details aside, …": with their comma.
  if (toks[m].q < 0 && toks[m].k === 0) {
    let k = -1;
    const l = toks[m].l;
    if (l === 'still' || l === 'meanwhile') k = m + 1;
    else if (l === 'even' && toks[m + 1]?.l === 'so') k = m + 2;
    else if (l === 'as' && toks[m + 1]?.l === 'it' && toks[m + 2]?.l === 'stands') k = m + 3;
    else if (l === 'as' && toks[m + 1]?.l === 'for') {
      k = m + 2;
      while (k < le && k < m + 8 && toks[k].k === 0 && toks[k].q < 0) k++;
    } else if (toks[m + 1]?.l === 'aside' && toks[m + 1].q < 0) k = m + 2;
    if (k > m && k + 1 < le && toks[k].w === ',' && toks[k].q < 0) return k + 1;
  }
  const list = CONNECTIVES.get(toks[m].l);
  if (!list || toks[m].q >= 0) return m;
  for (const rest of list) {
    let k = m + 1;
    while (k - m - 1 < rest.length && k < le && toks[k].k === 0 && toks[k].l === rest[k - m - 1]) k++;
    if (k - m - 1 < rest.length) continue;
    if (k < le && toks[k].w === ',') k++;
    return k + 1 < le && toks[k].k === 0 ? k : m;
  }
  return m;
}
