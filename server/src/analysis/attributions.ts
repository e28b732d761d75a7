// Attribution relations (PARC style): source, cue and content, for direct quotes, reported speech and mixed quotes.
//
// One linear pass per paragraph: tokenize once, mark the tokens inside quotation marks, group sentences into
// "units" (sentences joined where a quotation runs across a sentence boundary), then score every token outside
// quotation marks as a possible cue (cues.ts: a small logistic model trained on PolNeAR's train split plus a
// hand-made lexicon). Each accepted cue gets a source (the subject noun phrase before it, or the one after it in
// "…, said Putin") and a content: what follows it ("said (that) …", "said: “…”") or, when nothing follows, what
// precedes it ("“…,” Putin said." / "…, officials said."). Quotes split by their cue are one attribution with two
// content spans; quotation paragraphs with no cue of their own continue the previous speaker.
import type { Attribution, AttributionType, Quote, Sentence, Span } from './model';
import type { ParagraphCache } from './reuse';
import { CUE_FORMS, PRONOUNS, ROLE_NOUNS, VAGUE_SOURCES } from './lexicon';
import { cueScore, cueScoreSkipping, CUE_LOW, CUE_THRESHOLD, cueWordInfo, isCueWord, punctShape } from './cues';
import type { CueWordInfo } from './cues';
import { boundaryClasses, boundaryTrace, FINITE, lastLimit, refineLeft, refineRight, rightEnd, rightStart } from './boundary';
import { keepConfident, type RuleFacts } from './confidence';

export interface Token {
  s: number;
  e: number;
  w: string; // the surface form
  l: string; // lower case
  /** Index of the top-level quote holding this token (marks included), or -1 outside quotes. */
  q: number;
  /** 0 word, 1 punctuation, 2 quotation mark. */
  k: number;
  /** Cue probability, once computed (cues.ts). */
  p?: number;
  /** Shape class, once computed (cues.ts). */
  sh?: number;
  /** The cue model's facts about the word (cues.ts), shared by all tokens of the word; null for punctuation. */
  v?: CueWordInfo | null;
  /** v.at (wordFlags) for a word, read without following v; 0 for punctuation. */
  at: number;
  /** The word classes of l (wordClasses: one bit per word set the rules ask about most), computed once per word. */
  m: number;
}

// Character classes for the tokenizer, one table read per character: 1 word, 2 space, 4 quotation mark. Filled by
// ranges (a test per character would cost the server's start a few ms): word characters are ASCII letters and
// digits, U+00C0–U+1FFF but × and ÷, and U+3000–U+FFEF.
const CHAR_CLASS = new Uint8Array(65536);
for (const [a, b] of [[48, 57], [65, 90], [97, 122], [0xc0, 0x1fff], [0x3000, 0xffef]]) CHAR_CLASS.fill(1, a, b + 1);
CHAR_CLASS[0xd7] = CHAR_CLASS[0xf7] = 0;
for (const c of [32, 10, 13, 9, 0xa0, 0x2009, 0x202f, 0x200a, 12]) CHAR_CLASS[c] = 2;
for (const c of [34, 39, 96, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb]) CHAR_CLASS[c] = 4;

// The vocabulary: each distinct surface form once, with its lower case and the cue model's facts about it (one
// object, CueWordInfo, that the tokens share as v), so that a token costs one map lookup and the later set lookups
// hit strings whose hash is already known. Bounded: cleared when full, however many documents pass through.
type Word = CueWordInfo;
// Open addressing on a hash of the characters (computed while scanning the word). The probe reads only typed
// arrays: each slot holds the hash, the word index + 1, the length and the offset of the word's characters side by
// side (one cache line), and the words' characters are kept in one contiguous pool, so that a lookup touches a few
// cache lines instead of a chain of heap objects.
const VOCAB_MAX = 1 << 15;
const VOCAB_MASK = (1 << 16) - 1;
const vocabSlot = new Int32Array((VOCAB_MASK + 1) * 4);
const vocab: Word[] = [];
// What a token copies from its word, by word id, in arrays apart from the word's object: the tokenizer reads a few
// compact arrays (pointers and bytes) and leaves the objects, spread over the heap, to the few tokens that need them.
// The surface, lower case, facts object and word classes of word id side by side at 4 id … 4 id + 3 (one cache line);
// the word's shape, flags and whether it may be a cue ride in its slot (VOCAB_INFO below), read with the probe.
const vocabWLV: (string | Word | number)[] = [];
/**
 * A slot's second number: the word id + 1 in the low 16 bits, then (from bit 16) 1 when the word may be a cue (a
 * token's p starts undefined; else it never is, p starts 0), its flags (wordFlags, 4 bits) and its shape (4 bits).
 */
const VOCAB_INFO = 16;
const VOCAB_CHARS = 1 << 20;
let vocabChars = new Uint16Array(VOCAB_CHARS);
let vocabCharsUsed = 0;

function findWord(text: string, i: number, j: number, h: number): number {
  const len = j - i;
  let at = (h & VOCAB_MASK) << 2;
  for (let x = vocabSlot[at + 1]; x !== 0; x = vocabSlot[at + 1]) {
    if (vocabSlot[at] === h && vocabSlot[at + 2] === len) {
      const o = vocabSlot[at + 3] - i;
      let k = i;
      while (k < j && vocabChars[o + k] === text.charCodeAt(k)) k++;
      if (k === j) return x;
    }
    at = (at + 4) & ((VOCAB_MASK << 2) | 3);
  }
  return addWord(text, i, j, h, at);
}

/**
 * The words' facts by surface, kept across the clearings of the vocabulary (a word's facts, its boundary facts
 * included, depend on the word alone): after a clearing, the words that come back cost one map lookup, not their
 * facts computed again. Bounded by the vocabulary's own size and cleared when full: the language server lives for
 * days, and 128K words' facts would hold ~30 MB (48K held 11 MB).
 */
const VOCAB_KEPT_MAX = VOCAB_MAX;
const vocabKept = new Map<string, Word>();

/** A new word for findWord: `at` is its free slot. Apart so that findWord stays small enough to be inlined. */
function addWord(text: string, i: number, j: number, h: number, at: number): number {
  const len = j - i;
  if (vocab.length >= VOCAB_MAX || vocabCharsUsed + len > vocabChars.length) {
    vocabSlot.fill(0);
    vocab.length = 0;
    vocabWLV.length = 0;
    vocabCharsUsed = 0;
    // A single word longer than the pool (a text without spaces) gets a pool of its own size.
    if (len > vocabChars.length) vocabChars = new Uint16Array(len);
    at = (h & VOCAB_MASK) << 2;
  }
  const key = text.slice(i, j);
  let word = vocabKept.get(key);
  if (word === undefined) {
    // A copy for long words: V8 slices of 13+ characters point into (and keep alive) the whole text.
    const w = key.length < 13 ? key : key.split('').join('');
    const lower = w.toLowerCase();
    const l = lower === w ? w : lower;
    word = cueWordInfo(w, l);
    word.at = wordFlags(l);
    word.caps = allCaps(w);
    word.m = wordClasses(l);
    if (vocabKept.size >= VOCAB_KEPT_MAX) vocabKept.clear();
    vocabKept.set(w, word);
  }
  const id = vocab.length;
  vocab.push(word);
  vocabWLV.push(word.w, word.l, word, word.m);
  const x = (id + 1) | (((word.p0 === undefined ? 1 : 0) | (word.at << 1) | (word.sh << 5)) << VOCAB_INFO);
  vocabSlot[at] = h;
  vocabSlot[at + 1] = x;
  vocabSlot[at + 2] = len;
  vocabSlot[at + 3] = vocabCharsUsed;
  for (let k = i; k < j; k++) vocabChars[vocabCharsUsed++] = text.charCodeAt(k);
  return x;
}

// Punctuation: one string and shape per character code (the common range; others are made on the fly).
const PUNCT_N = 0x2100;
const punctW: string[] = new Array<string>(PUNCT_N).fill('');
const punctSh = new Int8Array(PUNCT_N);
const punctM = new Int32Array(PUNCT_N);

/** Tokens of text[s, e): words (with inner ' ’ - . &), quotation marks ('' and `` as one), other punctuation. Linear. */
// Every token is created with all its fields: one object shape for all.
// With `reuse`, the array and the token objects are those of the previous call (findAttributions holds no token
// past its paragraph), so that a document's pass allocates next to nothing; bounded to POOL_MAX tokens.
export function tokenize(text: string, s: number, e: number, reuse = false): Token[] {
  const out: Token[] = reuse && poolOut.length <= POOL_MAX ? poolOut : [];
  // The reused array is overwritten in place and cut to its length at the end: emptying it first (length = 0)
  // would drop its backing store, and the pushes would then allocate it again, growing, for every paragraph.
  let n = 0;
  let nc = 0;
  let nm = 0;
  let nt = 0;
  const pool = reuse ? tokPool : null;
  const put = (s0: number, e0: number, w: string, l: string, k: number, p: number | undefined, sh: number, v: CueWordInfo | null, at: number, m: number): void => {
    let t: Token;
    if (pool !== null && n < POOL_MAX) {
      const old = pool[n];
      if (old === undefined) pool[n] = t = { s: s0, e: e0, w, l, q: -1, k, p, sh, v, at, m };
      else {
        t = old;
        t.s = s0;
        t.e = e0;
        t.w = w;
        t.l = l;
        t.q = -1;
        t.k = k;
        t.p = p;
        t.sh = sh;
        t.v = v;
        t.at = at;
        t.m = m;
      }
    } else t = { s: s0, e: e0, w, l, q: -1, k, p, sh, v, at, m };
    if (n < out.length) out[n] = t;
    else out.push(t);
    n++;
  };
  let i = s;
  while (i < e) {
    const c = text.charCodeAt(i);
    const cls = CHAR_CLASS[c];
    if (cls & 2) {
      i++;
      continue;
    }
    if (cls & 1) {
      let j = i + 1;
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      for (;;) {
        let d = 0;
        while (j < e && CHAR_CLASS[(d = text.charCodeAt(j))] & 1) {
          h = Math.imul(h ^ d, 0x01000193);
          j++;
        }
        d = text.charCodeAt(j);
        if (j + 1 < e && (d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 38) && CHAR_CLASS[text.charCodeAt(j + 1)] & 1) {
          h = Math.imul(Math.imul(h ^ d, 0x01000193) ^ text.charCodeAt(j + 1), 0x01000193);
          j += 2;
          continue;
        }
        break;
      }
      const x = findWord(text, i, j, h);
      const info = x >>> VOCAB_INFO;
      const id4 = ((x & 0xffff) - 1) * 4;
      const cand = info & 1;
      const at = (info >> 1) & 15;
      if (info & 31) {
        if (nc === candAt.length) candAt = grow(candAt);
        candAt[nc++] = n;
      }
      put(i, j, vocabWLV[id4] as string, vocabWLV[id4 + 1] as string, 0, cand === 1 ? undefined : 0, info >> 5, vocabWLV[id4 + 2] as Word, at, vocabWLV[id4 + 3] as number);
      i = j;
      continue;
    }
    if ((c === 39 && text.charCodeAt(i + 1) === 39) || (c === 96 && text.charCodeAt(i + 1) === 96)) {
      const w = c === 39 ? "''" : '``';
      if (nm === markAt.length) markAt = grow(markAt);
      markAt[nm++] = n;
      put(i, i + 2, w, w, 2, undefined, 1, null, 0, wordClasses(w));
      i += 2;
      continue;
    }
    const k = cls & 4 ? 2 : 1;
    let w: string;
    let sh: number;
    let m: number;
    if (c < PUNCT_N) {
      w = punctW[c];
      if (w === '') {
        w = punctW[c] = text[i];
        punctSh[c] = punctShape(k, w);
        punctM[c] = wordClasses(w);
      }
      sh = punctSh[c];
      m = punctM[c];
    } else {
      w = text[i];
      sh = punctShape(k, w);
      m = wordClasses(w);
    }
    if (k === 2) {
      if (nm === markAt.length) markAt = grow(markAt);
      markAt[nm++] = n;
    }
    if (c === 46 || c === 63 || c === 33 || c === 0x201d || c === 34) {
      if (nt === termAt.length) termAt = grow(termAt);
      termAt[nt++] = n;
    }
    put(i, i + 1, w, w, k, undefined, sh, null, 0, m);
    i++;
  }
  out.length = n;
  candN = nc;
  markN = nm;
  termN = nt;
  if (out === poolOut && out.length > POOL_MAX) poolOut = [];
  return out;
}
/**
 * The last tokenize call's words that processUnit's scan may stop at (a word that may be a cue, or with word flags):
 * their indexes in order, candAt[0, candN); and its quotation marks, markAt[0, markN). processUnit's scans visit
 * these alone, not every token.
 */
let candAt: Int32Array<ArrayBuffer> = new Int32Array(1024);
let candN = 0;
let markAt: Int32Array<ArrayBuffer> = new Int32Array(1024);
let markN = 0;
/** The last tokenize call's marks that may end a sentence before a line break (. ? ! ” "), by index in order. */
let termAt: Int32Array<ArrayBuffer> = new Int32Array(1024);
let termN = 0;
const grow = (x: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const y = new Int32Array(x.length * 2);
  y.set(x);
  return y;
};
/** The first index into at[0, n) whose token is at or after token i. */
function firstFrom(at: Int32Array<ArrayBuffer>, n: number, i: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const POOL_MAX = 1 << 14;
const tokPool: Token[] = [];
let poolOut: Token[] = [];

// ---------------------------------------------------------------------------------------------------------------
// Word classes (facts about English).

const set = (s: string) => new Set(s.split(' '));
/** Auxiliaries and adverbs that may stand between a source and its cue ("has also said"). */
const AUX = set(
  "has have had is was were are am be been being will would could can did does do shall should may might must 's ’s 'd ’d 've ’ve 'll ’ll " +
    "also not n't n’t never always just then later again still even previously already recently first once often publicly privately " +
    'repeatedly reportedly allegedly further quickly firmly flatly strongly angrily separately earlier subsequently initially ' +
    'openly only since ultimately apparently clearly explicitly immediately finally simply frequently specifically actually really',
);
const DET = set('the a an this that these those his her their its our my your another some many several both all each every no any one two three four five most few');
/** Words that cannot end (head) a source noun phrase. */
const NOT_SOURCE_HEAD = set(
  'the a an of for at in on to with by from as into about over under after before than that which who whom whose what when where while ' +
    'if because since though although and or but nor so yet not no this these those there here very more most less also then now today ' +
    'tonight yesterday tomorrow week weekend year month ago last next is was were are be been has have had do does did will would could ' +
    'can should may might must it its them him her me us my your our their his says said say told tell asked would-be such same other ' +
    'how why whether only just even still much many any some all both either neither each every per via up down out off new old ' +
    'despite besides without upon amid against toward towards among',
);
const SUBJ_PRONOUNS = set('he she they we i it you');
/** An auxiliary, modal or past-tense verb: a noun phrase before it is a clause's subject ("said the event brought …"). */
const clauseVerb = (u: Token): boolean => u.k === 0 && u.q < 0 && (((u.m & M_BE_HAVE) !== 0) || (!isCap(u) && pastVerb(u.l)));
/** Words that qualify a title at the start of a source ("former Air Force general …"). */
const TITLE_MODIFIERS = set('former retired acting deputy senior chief top longtime veteran outgoing incoming interim');
/** Participles that start a second attribution after a comma ("…, adding that …"). */
const PREP_SKIP = set('in on at via during to from before after over by with through last this earlier late early on');
const TIME_WORDS = set(
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night week weekend ' +
    'month year earlier later recently statement interview letter email e-mail release conference speech briefing call post tweet ' +
    'reporters journalists him her them me us interviewer reporter journalist audience crowd supporters',
);
const LISTENER = set(
  'reporters journalists him her them me us you lawmakers parliament congress supporters listeners viewers the a an his their its ' +
    'interviewer reporter journalist audience crowd members voters police investigators colleagues students',
);
const CLAUSE_STOP = set('who which whose whom');
/** Words that start an adverbial or appositive, not a reported clause, after a cue. */
const ADVERBIAL_START = set('in at on of during before after when while as about to with by from via over through since until who whose which whom');

// Word classes: a token's m has bit M_X set when X.has(t.l), for the word sets the rules ask about most (computed
// once per word by the tokenizer's vocabulary: a test of m stands for a set lookup).
const M_DET = 1 << 0;
const M_SUBJ_PRONOUNS = 1 << 1;
const M_NOT_SOURCE_HEAD = 1 << 2;
const M_AUX = 1 << 3;
const M_DAY_WORDS = 1 << 4;
const M_ROLE_NOUNS = 1 << 5;
const M_BE_HAVE = 1 << 6;
const M_TELL_VERBS = 1 << 7;
const M_OCCASION_PREPS = 1 << 8;
const M_OCCASIONS = 1 << 9;
const M_LEAD_SUBORDINATORS = 1 << 10;
const M_CLAUSE_STOP = 1 << 11;
const M_WHEN_LINKS = 1 << 12;
const M_QUANT_HEADS = 1 << 13;
const M_POSSESSIVES = 1 << 14;
const M_INTRO_OPENERS = 1 << 15;
const M_FLOATING = 1 << 16;
const M_BE = 1 << 17;
const M_PREP_SKIP = 1 << 18;
const M_TIME_WORDS = 1 << 19;
const M_ADVERBIAL_START = 1 << 20;
const M_LISTENER = 1 << 21;
const M_NUMERAL_DET = 1 << 22;
const M_OBJ_PRONOUNS = 1 << 23;
const M_ING_LINKS = 1 << 24;
const M_ING_PREPS = 1 << 25;
const M_ING_OPENERS = 1 << 26;
const M_DAY_PARTS = 1 << 27;
const M_TITLE_MODIFIERS = 1 << 28;
const M_CUE_ADVERBS_BEFORE_QUOTE = 1 << 29;
// (Bits 30 and 31 are boundary.ts's M_END_WORD and M_VERBISH.)
/** The sets behind the bits, in the order of the bits above (a function: most are defined further down). */
const WORD_CLASS_SETS = (): Set<string>[] => [DET, SUBJ_PRONOUNS, NOT_SOURCE_HEAD, AUX, DAY_WORDS, ROLE_NOUNS, BE_HAVE, TELL_VERBS, OCCASION_PREPS, OCCASIONS, LEAD_SUBORDINATORS, CLAUSE_STOP, WHEN_LINKS, QUANT_HEADS, POSSESSIVES, INTRO_OPENERS, FLOATING, BE, PREP_SKIP, TIME_WORDS, ADVERBIAL_START, LISTENER, NUMERAL_DET, OBJ_PRONOUNS, ING_LINKS, ING_PREPS, ING_OPENERS, DAY_PARTS, TITLE_MODIFIERS, CUE_ADVERBS_BEFORE_QUOTE];
let classSets: Set<string>[] | null = null;
let classWords: Set<string> | null = null;
/** The bits of m for a token whose lower case is l. */
function wordClasses(l: string): number {
  if (classSets === null) {
    classSets = WORD_CLASS_SETS();
    classWords = new Set(classSets.flatMap((x) => [...x]));
  }
  // The boundary scorers' two bits (boundary.ts), then the sets. (Most words are in none of the sets: one lookup in
  // their union answers.)
  const bc = boundaryClasses(l);
  if (!classWords!.has(l)) return bc;
  let m = bc;
  for (let b = 0; b < classSets.length; b++) if (classSets[b].has(l)) m |= 1 << b;
  return m;
}

/** cueTok(t), read from the token's word facts when it has them. */
const cueTok = (t: Token): boolean => (t.v ? t.v.cue : isCueWord(t.l));
const isCap = (t: Token) => t.k === 0 && t.w.charCodeAt(0) >= 65 && t.w.charCodeAt(0) <= 90;
const allCaps = (w: string): boolean => w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w);
/** allCaps of a word's surface, read from its facts (the tokenizer's vocabulary) when it has them. */
const isAllCaps = (t: Token) => t.k === 0 && (t.v ? t.v.caps : allCaps(t.w));

// ---------------------------------------------------------------------------------------------------------------

export interface AttributionInput {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
  /** Per-paragraph results of the last analysis of the same document (see reuse.ts). */
  cache?: ParagraphCache<unknown>;
  /** Keep the reported statements the confidence model would leave out (AnalyzeOptions.keepUncertain). */
  keepUncertain?: boolean;
}

/** A quotation unit with no cue of its own, linked to a speaker after all paragraphs are read. */
interface Bare {
  span: Span;
  para: number;
  paraStart: boolean;
  /** Index of its top-level quote. */
  quote: number;
}

/**
 * One paragraph's raws and bare quotations, with offsets relative to the paragraph's start and quote indices relative
 * to its first quote; `shared[i]` is the index (in `raws`) of the raw raws[i] shares its source with, or -1.
 */
interface ParagraphRaws {
  raws: Raw[];
  shared: number[];
  bare: Bare[];
}

/**
 * Everything the work on one paragraph reads: its characters with two of context on each side, its sentence breaks,
 * and the spans of the top-level quotations that reach into it (a quotation may run on past the paragraph).
 */
function paragraphKey(text: string, sentences: Sentence[], top: Quote[], ps: number, pe: number, si: number, sj: number, qp: number): string {
  const from = Math.max(0, ps - 2);
  let k = `${ps - from}|`;
  for (let i = si; i < sj; i++) k += `${sentences[i].span[0] - ps},${sentences[i].span[1] - ps};`;
  k += '|';
  for (let q = qp; q < top.length && top[q].span[0] < pe + 2; q++) {
    const x = top[q];
    k += `${x.span[0] - ps},${x.span[1] - ps},${x.inner[0] - ps},${x.inner[1] - ps};`;
  }
  return k + '|' + text.slice(from, Math.min(text.length, pe + 2));
}

const shift = (sp: Span, by: number): Span => [sp[0] + by, sp[1] + by];

/** Copies of raws[r0..] and bare[b0..] relative to `ps` and `qp`, or null if a raw shares a source outside them. */
function keepRaws(raws: Raw[], r0: number, bare: Bare[], b0: number, ps: number, qp: number): ParagraphRaws | null {
  const out: ParagraphRaws = { raws: [], shared: [], bare: [] };
  for (let i = r0; i < raws.length; i++) {
    const r = raws[i];
    const k = r.sharedWith ? raws.indexOf(r.sharedWith, r0) : -1;
    if (r.sharedWith && k < 0) return null;
    out.shared.push(k < 0 ? -1 : k - r0);
    out.raws.push({ ...r, source: r.source && shift(r.source, -ps), cue: shift(r.cue, -ps), content: r.content.map((c) => shift(c, -ps)), para: 0, sharedWith: undefined });
  }
  for (let i = b0; i < bare.length; i++) {
    const b = bare[i];
    out.bare.push({ span: shift(b.span, -ps), para: 0, paraStart: b.paraStart, quote: b.quote - qp });
  }
  return out;
}

/** Appends fresh copies of a kept paragraph's raws, placed at `ps` in paragraph `para`. */
function restoreRaws(kept: ParagraphRaws, ps: number, para: number, qp: number, raws: Raw[], bare: Bare[]): void {
  const r0 = raws.length;
  for (const r of kept.raws) {
    const content: Span[] = [];
    for (const c of r.content) content.push([c[0] + ps, c[1] + ps]);
    // Every field of the kept raw, with its offsets placed (a field added to Raw is kept without a change here).
    raws.push({ ...r, source: r.source && [r.source[0] + ps, r.source[1] + ps], cue: [r.cue[0] + ps, r.cue[1] + ps], content, para });
  }
  for (let i = 0; i < kept.shared.length; i++) if (kept.shared[i] >= 0) raws[r0 + i].sharedWith = raws[r0 + kept.shared[i]];
  for (const b of kept.bare) bare.push({ span: shift(b.span, ps), para, paraStart: b.paraStart, quote: b.quote + qp });
}

interface Raw {
  source: Span | null;
  sourceHead: string;
  cue: Span;
  content: Span[];
  /** Unit index and paragraph, for linking continuation quotes. */
  para: number;
  direct: boolean;
  vague: boolean;
  /** The content was taken from before the cue ("…, X said."). */
  left: boolean;
  /** The cue ends the paragraph with a colon: its content is the next paragraph. */
  colonEnd: boolean;
  // (The fields below are given, undefined when unknown, by every raw literal, in this order: all raws share one
  // object shape, so that the loops over them read each field from one place.)
  score: number | undefined;
  /** How sure the boundary model was of the content's limit (lastLimit.margin), when it drew it. */
  margin: number | undefined;
  /** "…,” Lee said, adding …": the raw whose source this one shares (a participle after a comma or "and"). */
  sharedWith: Raw | undefined;
  /** "Asked whether …" / "when asked about …": a question, never the speaker of a quotation after it. */
  question: boolean | undefined;
}

const NESTED_MIN = 0.9;
/** A cue inside the content of a cue of at least NESTED_OUTER after it is dropped below this score. */
const NESTED_RIGHT_MIN = 0.95;
const NESTED_OUTER = 0.5;
/** Longest unit analyzed at once, in tokens; real sentences are far shorter. */
const MAX_UNIT_TOKENS = 800;
const BE = set('is was were are am be been being');
const BE_HAVE = set('is was were are has have had will would could can should may might must');
/** A past participle form ("asked", "told", "known"). */
const PARTICIPLE = (l: string): boolean => l.endsWith('ed') || l === 'told' || l === 'said' || l === 'known' || l === 'shown' || l === 'thought' || l === 'written' || l === 'found' || l === 'understood';
const NOT_LY_ADVERB = set('family assembly rally ally supply monopoly anomaly bully belly jelly lily folly italy july early daily weekly monthly yearly quarterly elderly');
const LY_ADVERB = (t: Token): boolean => t.l.length > 5 && t.l.endsWith('ly') && !isCap(t) && !NOT_LY_ADVERB.has(t.l);
/** "…, before insisting …": words that join a participle cue to the clause whose subject speaks. */
const ING_LINKS = set('before after also then later again');
const SKIP_ADVERBS = set('together perhaps jointly');
const OBJ_PRONOUNS = set('him her them me us');
const NUMERAL_DET = set('two three four five several few many');
/** Participles that date a report ("a poll released in May"). */
const PUBLISHED = set('released published conducted taken issued completed');
/** Predicates of an impersonal report ("it was revealed that …", "it is unclear whether …"). */
const IT_PREDICATES = set('revealed announced reported confirmed disclosed learned known assumed believed understood rumored rumoured alleged claimed unclear uncertain doubtful');
/** Words that open the reported clause after an impersonal predicate. */
const IT_CLAUSE = set('that whether who what how why if');
/** Words that open a subordinate clause with a cue of its own after a comma (", though she admitted …"). */
const SUBORDINATORS = set('though although while whereas because since as even but and yet');
/** Cue verbs that invert with their source ("…, said Lee", "…, added the mayor"). */
const INVERTIBLE = set(
  'say add write ask explain note continue tell reply respond recall observe remark argue insist warn declare conclude admit ' +
    'agree concede confirm report state announce predict suggest claim counter complain boast caution acknowledge quote ' +
    'answer retort proclaim reiterate repeat emphasize emphasise stress point out maintain contend assert estimate testify ' +
    'comment tweet post charge allege deny disclose reveal believe think hope fear worry lament shout yell whisper recount ' +
    // surface forms of verbs outside the lexicon
    'read reads continued continues exclaimed quipped joked joke jokes cracked beamed',
);
/** Prepositions before a participle cue whose speaker is the clause's subject ("Lee began by saying …", "… for saying …"). */
const ING_PREPS = set('for from of about without despite besides');
/** Words that open a clause-initial participle phrase ("While saying …, Lee …"). */
const ING_OPENERS = set('while after before since when upon despite');
/** The first word token of [a, …) (or a when none). */
const firstWord = (toks: Token[], a: number): number => {
  let f = a;
  while (f < toks.length && f < a + 4 && toks[f].k !== 0) f++;
  return f;
};
/** Quantifiers that float after their noun phrase ("the senators all said"). */
const FLOATING = set('all both each');
/** Adverbs set off by commas between a source and its cue ("Critics, however, say …"). */
const INTERJECTED = set('however meanwhile though too instead nonetheless nevertheless likewise moreover');
const DAY_PARTS = set('morning afternoon evening night');
const WHEN_LINKS = set('on in last this early late earlier later');
const OCCASIONS = set('interview statement speech letter conference briefing address op-ed column post tweet email e-mail memo');
const OCCASION_PREPS = set('in at during');
const DAY_WORDS = set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight');
// Boundary rules tried on PolNeAR train/dev and left off because they lowered the scores (kept for retuning).
const STOP_COMMA = false;
const STOP_PREP = false;
const ING_STOP = false;
const COMMA_STOPS = set('but though although which who while whereas even as');
const NP_END_PREP = set('in on at during since before after amid while when from over into through because despite');
/** Cue verbs whose content is a clause ("said the talks failed"), not a noun phrase. */
const CLAUSAL = set(
  'say tell add note stress argue claim insist warn suggest assert believe explain state declare confirm acknowledge admit allege ' +
    'contend maintain predict estimate reveal write testify recall remark observe emphasize emphasise announce report indicate ' +
    'concede think expect hope fear agree caution deny disclose conclude reiterate counter complain boast tweet pledge vow promise ' +
    'assure know find show learn understand doubt forecast hint imply signal reply respond ask worry lament feel guess reckon ' +
    'speculate proclaim repeat answer post',
);
const OUTER_THAT = true;
/** Verbs of impression: "seemed unmoved", "appears to have stalled" (no speaker; PARC keeps the subject in the content). */
const SEEM_CUES = set('seem seems seemed appear appears appeared look looks looked sound sounds sounded');
const JOIN_NEXT = true;
const PART_SKIP = true;
const OUTER_ING = false;
const VAGUE_ADVERBS = set('reportedly allegedly purportedly supposedly reputedly');
const VAGUE_ADVERB_CUES = false;
/** Passive cues whose subject belongs to a "to" content: "{The vote} is expected to fail", "{Lee} was known to fish". */
const RAISING = set('expected permitted allowed known thought believed projected forecast supposed rumored rumoured slated');
const VAGUE_PASSIVE = set('said thought believed reported rumored rumoured understood alleged expected');
const AND_ADVERBS = set('even also then later again still never once now often soon');
const CUE_ADVERBS_BEFORE_QUOTE = set('later then again also once too');
/** "he's", "she’d", "they're": a subject pronoun with its verb. */
const PRONOUN_CONTRACTION = /^(?:he|she|they|we|i|it|you)['’]/;
/** PRONOUN_CONTRACTION.test(l), the regex run only on a word with an apostrophe where it needs one (index 1 to 4). */
const pronounContraction = (l: string): boolean => {
  const n = l.length < 5 ? l.length : 5;
  for (let x = 1; x < n; x++) {
    const c = l.charCodeAt(x);
    if (c === 39 || c === 0x2019) return PRONOUN_CONTRACTION.test(l);
  }
  return false;
};
/** Tell verbs whose listener belongs to a "to" content ("urged the council to act"). */
const TELL_TO = set('told urged asked warned');
const TELL_VERBS = set('told tell tells telling assured assure assures informed reminded warned urged asked');
/** An -ly adverb (not a cue verb like "reply") or a negated auxiliary: "quickly", "openly", "didn't", "can't". */
const ADVERB_HEAD = (l: string): boolean =>
  (l.length > 4 && l.endsWith('ly') && !CUE_FORMS.has(l) && !VAGUE_ADVERBS.has(l)) || l.endsWith("n't") || l.endsWith('n’t') || l === 'not' || l === 'never';
/** Nouns that carry content: "a statement that …", "his assertion that …". */
const NOUN_CUES = set(
  'statement assertion claim claims warning announcement belief insistence suggestion promise pledge denial argument view fear ' +
    'hope report assurance admission allegation allegations accusation conviction prediction contention remark comment vow',
);
const POSSESSIVES = set('his her their its our my');
/** processUnit's facts about a word besides its cue score: 1 "is/was/are/were" (vague passive), 2 a noun cue, 4 "according", 8 a poll word. */
const wordFlags = (l: string): number =>
  (l === 'is' || l === 'was' || l === 'are' || l === 'were' ? 1 : 0) | (NOUN_CUES.has(l) ? 2 : 0) | (l === 'according' ? 4 : 0) | (l === 'poll' || l === 'polls' || l === 'survey' || l === 'surveys' ? 8 : 0);
const NOMINAL = true;
/** "{The plan} was rejected by voters": a passive cue's subject is its content. */
const PASSIVE_CONTENT = true;
/** "said earlier on Friday during a news conference that …", "is telling a packed crowd in Windham that …". */
const THAT_FAR = true;
/** Stance verbs whose content may be a single name or pronoun: "endorsed Ruiz", "backs him". */
const OBJECT_CUES = set(
  'endorse endorses endorsed endorsing support supports supported supporting back backs backed backing oppose opposes opposed opposing ' +
    'favor favors favored favoring favour favours favoured favouring',
);
/** A cue whose content may be a lone name or object pronoun ("praised Ruiz", "opposed him"): any cue but a clausal verb. */
const objectCue = (t: Token, lemma: string | undefined): boolean => !(lemma && CLAUSAL.has(lemma)) && !t.l.endsWith('ing');
/** A lone object: a capitalized word or an object pronoun. */
const singleObject = (t: Token | undefined): boolean => !!t && t.q < 0 && t.k === 0 && (isCap(t) || t.l === 'him' || t.l === 'her' || t.l === 'them');
/** singleObject for the token starting at offset s (searched in [from, b)). */
function singleObjectAt(toks: Token[], s: number, from: number, b: number): boolean {
  for (let k = from; k < b && k < from + 12; k++) if (toks[k].s === s) return singleObject(toks[k]);
  return false;
}
const THAT_SKIP = false;
/** One-word answers after "say" ("said yes", "says so"). */
const ANSWER_WORDS = set('yes no so');
const OUTER_MAX = 0.8;

/** Top-level quotes: those not contained in another quote. */
export function topLevelQuotes(quotes: Quote[]): Quote[] {
  const top: Quote[] = [];
  for (const q of quotes) {
    // (An empty array is not read at index -1: a negative index is a property lookup, ~50 ns, not an element read.)
    const last = top.length > 0 ? top[top.length - 1] : undefined;
    if (last && q.span[0] >= last.span[0] && q.span[1] <= last.span[1]) continue;
    top.push(q);
  }
  return top;
}

/**
 * Calls `f` once per paragraph with its tokens (quote membership set) and its units: token ranges of sentences,
 * joined where a quotation runs across a sentence boundary. Shared with scripts/train-cues.mjs.
 */
export function forEachParagraph(
  text: string,
  sentences: Sentence[],
  top: Quote[],
  f: (toks: Token[], units: [number, number][], para: number, paraEnd: number) => void,
  /** The tokens are valid only during f's call (tokenize's reuse). */
  reuse = false,
  /**
   * Asked before each paragraph (sentences [si, sj), characters [ps, pe), qp the first top-level quote not before
   * it): true skips it (its results were reused).
   */
  skip?: (ps: number, pe: number, para: number, si: number, sj: number, qp: number) => boolean,
): void {
  let qp = 0;
  let si = 0;
  while (si < sentences.length) {
    const para = sentences[si].paragraph;
    let sj = si;
    while (sj < sentences.length && sentences[sj].paragraph === para) sj++;
    const ps = sentences[si].span[0];
    const pe = sentences[sj - 1].span[1];
    while (qp < top.length && top[qp].span[1] <= ps) qp++;
    if (skip?.(ps, pe, para, si, sj, qp)) {
      si = sj;
      continue;
    }
    const toks = tokenize(text, ps, pe, reuse);
    let qk = qp;
    // The current quote's span in locals (Infinity past the last quote).
    let qs = qk < top.length ? top[qk].span[0] : Infinity;
    let qe = qk < top.length ? top[qk].span[1] : Infinity;
    for (let x = 0; x < toks.length; x++) {
      const t = toks[x];
      const ts = t.s;
      while (qe <= ts) {
        qk++;
        qs = qk < top.length ? top[qk].span[0] : Infinity;
        qe = qk < top.length ? top[qk].span[1] : Infinity;
      }
      if (qs <= ts && ts < qe) t.q = qk;
    }
    const units: [number, number][] = [];
    let ti = 0;
    // (tokenize's list of terminal marks, termAt, stands for a test of every token.)
    let tm = 0;
    for (let k = si; k < sj; k++) {
      const end = sentences[k].span[1];
      // The first token at or after ti that starts at or after the sentence's end (the tokens are in order).
      let tj = ti;
      let hi = toks.length;
      while (tj < hi) {
        const mid = (tj + hi) >>> 1;
        if (toks[mid].s < end) tj = mid + 1;
        else hi = mid;
      }
      if (tj === ti) continue;
      // Sub-units: a line break after terminal punctuation also ends a sentence.
      let from = ti;
      while (tm < termN && termAt[tm] < ti) tm++;
      for (let m = ti + 1; m <= tj; m++) {
        if (m < tj) {
          // The next terminal mark before tj - 1 (m - 1 is one), else straight to m = tj.
          if (tm < termN && termAt[tm] < tj - 1) m = termAt[tm++] + 1;
          else m = tj;
        }
        if (m < tj) {
          const pt = toks[m - 1];
          let nl = false;
          for (let x = pt.e; x < toks[m].s; x++) if (text.charCodeAt(x) === 10) nl = true;
          if (!nl) continue;
          if (pt.k === 2 && pt.q >= 0 && pt.q === toks[m].q) continue;
        }
        const prev = units.length > 0 ? units[units.length - 1] : undefined;
        if (prev && toks[from - 1].q >= 0 && toks[from - 1].q === toks[from].q) prev[1] = m;
        else units.push([from, m]);
        from = m;
      }
      ti = tj;
    }
    if (ti < toks.length) {
      if (units.length) units[units.length - 1][1] = toks.length;
      else units.push([ti, toks.length]);
    }
    f(toks, units, para, pe);
    si = sj;
  }
}

/** Finds attributions; speakers are left unresolved (-1) for speakers.ts. */
export function findAttributions({ text, sentences, quotes, cache, keepUncertain }: AttributionInput): Attribution[] {
  const top = topLevelQuotes(quotes);
  const raws: Raw[] = [];
  const bare: Bare[] = [];
  // With a cache, a paragraph seen by the last analysis (same characters, breaks and quotations) is not redone.
  let key = '';
  let keyAt = 0;
  let qpAt = 0;
  const reused = cache
    ? (ps: number, pe: number, para: number, si: number, sj: number, qp: number): boolean => {
        key = paragraphKey(text, sentences, top, ps, pe, si, sj, qp);
        keyAt = ps;
        qpAt = qp;
        const hit = cache.get(key) as ParagraphRaws | undefined;
        if (hit) restoreRaws(hit, ps, para, qp, raws, bare);
        return !!hit;
      }
    : undefined;
  forEachParagraph(text, sentences, top, (toks, units, para, pe) => {
    const r0 = raws.length;
    const b0 = bare.length;
    for (let u = 0; u < units.length; u++) {
      const a = units[u][0];
      let b = units[u][1];
      // "“Who pays?” Lee asked.": a quotation ending in "?" or "!" ends a sentence, but its cue follows it.
      while (u + 1 < units.length && cueAfterQuote(toks, units[u + 1][0], units[u + 1][1])) b = units[++u][1];
      // A "sentence" of thousands of words is no sentence (a list, a table, a broken text): cut it into pieces so
      // that the work per unit stays bounded and the whole pass linear.
      for (let x = a; x < b; x += MAX_UNIT_TOKENS) {
        const y = Math.min(b, x + MAX_UNIT_TOKENS);
        if (x === 0 || mayAttribute(toks, x, y)) processUnit(text, toks, x, y, para, pe, raws, top, bare);
      }
    }
    if (cache) {
      const kept = keepRaws(raws, r0, bare, b0, keyAt, qpAt);
      if (kept) cache.set(key, kept);
    }
  }, true, reused);

  // Link the parts: a quotation unit following a direct attribution in the same paragraph extends it; other bare
  // quotation units borrow the nearest speaker (same paragraph, else the paragraph before, else the one after).
  const colonNext = new Map<number, Raw>();
  for (const r of raws) if (r.colonEnd) colonNext.set(r.para + 1, r);
  const out: Raw[] = raws;
  // The searches below are those of lastBefore(raws, …) and raws.find(…), without scanning every raw per quotation:
  // raws[0, nA) come from the units in paragraph order (each cue inside its own paragraph, so a raw of a later
  // paragraph never has a cue before the quotation); raws[nA, …) are appended here, in paragraph order too, and
  // none of a later paragraph than the current quotation.
  const nA = raws.length;
  const firstWithPara = (lo: number, hi: number, para: number): number => {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (raws[mid].para < para) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The last raw (by index) with minPara <= para <= maxPara and cue[0] < pos. */
  const lastBeforeIn = (pos: number, minPara: number, maxPara: number): Raw | undefined => {
    for (let k = raws.length - 1; k >= nA; k--) {
      const r = raws[k];
      if (r.para < minPara) break;
      if (r.para <= maxPara && r.cue[0] < pos && !r.question) return r;
    }
    for (let k = firstWithPara(0, nA, maxPara + 1) - 1; k >= 0; k--) {
      const r = raws[k];
      if (r.para < minPara) break;
      if (r.cue[0] < pos && !r.question) return r;
    }
    return undefined;
  };
  /** The paragraph a direct quotation has been carried on to ("“…,” Lee said.¶“…”¶“…”"). */
  const joined = new Map<Raw, number>();
  /** The cue's first word ends in "-ing": a participle trailing another cue ("…,” Lee said, adding …). */
  const ingCue = (r: Raw): boolean => {
    let e = r.cue[0];
    while (e < r.cue[1] && text.charCodeAt(e) !== 32) e++;
    return e - r.cue[0] > 4 && text.startsWith('ing', e - 3);
  };
  /** "“…,” Lee said, referring to the ferry. “…”": the direct raw before the trailing participle cues. */
  const directBefore = (r: Raw | undefined, pos: number, para: number): Raw | undefined => {
    let cur = r;
    for (let n = 0; cur && !cur.direct && n < 3 && ingCue(cur); n++) cur = lastBeforeIn(cur.cue[0], para, para);
    if (cur && cur.direct) return cur;
    // "“…,” said Lee, organizer of a group called …. “…”": a cue in the frame of a direct quotation just before.
    if (r && !r.direct && !r.left) {
      const d = lastBeforeIn(r.cue[0], para, para);
      if (d && d.direct && d.left && r.cue[0] - d.cue[1] < 150) return d;
    }
    return r;
  };
  for (const bq of bare) {
    const prevSame = PART_SKIP ? directBefore(lastBeforeIn(bq.span[0], bq.para, bq.para), bq.span[0], bq.para) : lastBeforeIn(bq.span[0], bq.para, bq.para);
    if (prevSame && prevSame.direct && !prevSame.left && bq.span[0] - (prevSame.content.length > 0 ? prevSame.content[prevSame.content.length - 1][1] : 0) < 400) {
      prevSame.content.push(bq.span);
      continue;
    }
    if (prevSame && prevSame.direct && prevSame.left) {
      prevSame.content.push(bq.span);
      continue;
    }
    // "The fees are “too high,” Lee said. “…”", "The board may wait, Lee said. “…”": a quotation after a statement
    // that its cue trails goes on with it.
    if (prevSame && prevSame.left && prevSame.content.length === 1) {
      prevSame.content.push(bq.span);
      continue;
    }
    // "“…,” Lee said, citing …. “…”": the quotation continues the direct quotation of the main cue, not the participle.
    const main = prevSame?.sharedWith;
    if (main && main.direct && !prevSame!.direct && main.para === bq.para && /^[a-z]+ing\b/.test(text.slice(prevSame!.cue[0], prevSame!.cue[1]))) {
      main.content.push(bq.span);
      continue;
    }
    const colon = colonNext.get(bq.para);
    if (colon && bq.paraStart) {
      if (colon.content.length === 0) colon.content.push(bq.span);
      else colon.content.push(bq.span);
      continue;
    }
    const prevAny = prevSame ?? lastBeforeIn(bq.span[0], bq.para - 2, bq.para);
    // "“…,” Lee said.¶“…”": a quotation opening the next paragraph, with no cue of its own, goes on with the
    // direct quotation that closed the paragraph before: one content.
    if (JOIN_NEXT && !prevSame && bq.paraStart && prevAny && (prevAny.direct || (prevAny.left && prevAny.content.length === 1 && quoteIn(text, prevAny.content[0]))) && (joined.get(prevAny) ?? prevAny.para) === bq.para - 1 && !prevAny.colonEnd) {
      prevAny.content.push(bq.span);
      joined.set(prevAny, bq.para);
      continue;
    }
    let next: Raw | undefined;
    for (let k = firstWithPara(0, nA, bq.para); k < nA && raws[k].para === bq.para && !next; k++) if (raws[k].cue[0] > bq.span[1]) next = raws[k];
    for (let k = firstWithPara(nA, raws.length, bq.para); k < raws.length && !next; k++) if (raws[k].para === bq.para && raws[k].cue[0] > bq.span[1]) next = raws[k];
    const from = prevAny ?? next;
    out.push({
      source: from?.source ?? null,
      sourceHead: from?.sourceHead ?? '',
      cue: from?.cue ?? [bq.span[0], bq.span[0]],
      content: [bq.span],
      para: bq.para,
      direct: true,
      vague: from?.vague ?? false,
      left: false,
      colonEnd: false,
      score: undefined,
      margin: undefined,
      sharedWith: undefined,
      question: undefined,
    });
  }

  const result: Attribution[] = [];
  const quoteAt = new Map<number, Quote>();
  for (const q of top) quoteAt.set(q.span[0], q);
  const byContent = new Map<number | string, number>();
  /** What the confidence model reads besides each attribution (below), by the attribution's place in `result`. */
  let facts: RuleFacts[] = [];
  for (const r of out) {
    if (!r.content.length) continue;
    const type = typeOf(text, r, top, quoteAt);
    // A whole quotation as content: the words inside the marks.
    // (A new array, as map() made, without a closure and a builtin call per raw.)
    const spans = r.content;
    const mapped: Span[] = [];
    for (let x = 0; x < spans.length; x++) {
      const c = spans[x];
      const q = quoteAt.get(c[0]);
      mapped.push(q && q.span[1] === c[1] && q.inner[1] > q.inner[0] ? q.inner : c);
    }
    r.content = mapped;
    const hasCue = r.cue[1] > r.cue[0];
    // Two cues over one content ("has since said …" and its "said …", "issued a statement …" and its nominal
    // "statement …"): one attribution.
    const key = contentKey(text, r.content);
    const prev = byContent.get(key);
    if (prev !== undefined) {
      const p = result[prev];
      // (The shorter cue is the word that reports the content, "found" in "a poll released in May found …", unless
      // only adverbs stand before it, "now says"; the source stays that of the first, whose subject it is.)
      if (hasCue && (!p.cue || preferCue(text, r.cue, p.cue))) {
        p.cue = r.cue;
        if (!p.source) p.source = r.source;
      } else if (!p.source && r.source) p.source = r.source;
      continue;
    }
    byContent.set(key, result.length);
    const att: Attribution = {
      // (Its place in `facts` until the attributions are sorted and numbered.)
      id: result.length,
      source: r.source,
      cue: hasCue ? r.cue : null,
      content: r.content,
      type,
      speaker: -1,
      vague: r.vague,
      parent: -1,
    };
    result.push(att);
    // What the confidence model reads besides the attribution: the cue's score and the boundary model's margin.
    facts.push({ cueScore: r.score, margin: r.margin });
  }
  // (Most often already in order: the sort, which is stable, would leave it as it is.)
  if (!inOrder(result)) result.sort(byPlace);
  const made = facts;
  facts = new Array<RuleFacts>(result.length);
  for (let i = 0; i < result.length; i++) {
    facts[i] = made[result[i].id];
    result[i].id = i;
  }
  // "Lee plans to visit the port, according to an aide": the clause before a trailing "according to" is its one
  // content; a cue inside it ("plans") reports no content of its own when its content ends where the clause ends.
  let dropped = false;
  for (const a of result) {
    if (a.id < 0 || !a.cue || a.cue[1] - a.cue[0] !== 12 || a.content.length !== 1 || a.cue[0] < a.content[0][1] || !/^according to$/i.test(text.slice(a.cue[0], a.cue[1]))) continue;
    const [cs, ce] = a.content[0];
    const end = trimSpanPunct(text, cs, ce)[1];
    for (let k = Math.max(0, a.id - 6); k < result.length && k <= a.id + 6; k++) {
      const b = result[k];
      if (b.cue && b !== a && b.content.length === 1 && !SPEECH_HEADS.test(text.slice(b.cue[0], b.cue[1])) && cs <= b.cue[0] && b.cue[1] <= ce && trimSpanPunct(text, b.content[0][0], b.content[0][1])[1] === end) {
        b.id = -1;
        dropped = true;
      }
    }
  }
  if (dropped) {
    const kept: Attribution[] = [];
    const keptFacts: RuleFacts[] = [];
    for (let i = 0; i < result.length; i++) {
      if (result[i].id < 0) continue;
      kept.push(result[i]);
      keptFacts.push(facts[i]);
    }
    result.length = 0;
    result.push(...kept);
    result.forEach((x, i) => (x.id = i));
    facts = keptFacts;
  }
  nest(result);
  // Reported statements the confidence model rates too low are left out (confidence.ts), unless keepUncertain.
  const kept = keepConfident(text, result, keepUncertain, facts);
  if (kept !== result) {
    kept.forEach((x, i) => (x.id = i));
    nest(kept);
  }
  return kept;
}

/** The order of the attributions: by content start, then by cue start. */
const byPlace = (a: Attribution, b: Attribution): number => a.content[0][0] - b.content[0][0] || (a.cue?.[0] ?? 0) - (b.cue?.[0] ?? 0);
/** No two neighbours out of byPlace's order. */
function inOrder(xs: Attribution[]): boolean {
  for (let i = 1; i < xs.length; i++) if (byPlace(xs[i - 1], xs[i]) > 0) return false;
  return true;
}

/** Nesting: an attribution whose cue lies inside another's content (the innermost such one). */
function nest(result: Attribution[]): void {
  // The hull of each attribution's content spans, by id: an attribution whose hull does not hold a cue has no
  // span that does, and its spans are not read.
  const n = result.length;
  if (hullS.length < n) {
    hullS = new Float64Array(n * 2);
    hullE = new Float64Array(n * 2);
  }
  for (let k = 0; k < n; k++) {
    const content = result[k].content;
    let s = Infinity;
    let e = -Infinity;
    for (let x = 0; x < content.length; x++) {
      const c = content[x];
      if (c[0] < s) s = c[0];
      if (c[1] > e) e = c[1];
    }
    hullS[k] = s;
    hullE[k] = e;
  }
  for (const a of result) {
    if (!a.cue) continue;
    const cs = a.cue[0];
    const ce = a.cue[1];
    let best = -1;
    let bestLen = Infinity;
    for (let k = a.id - 1; k >= 0 && k >= a.id - 12; k--) {
      if (!(hullS[k] <= cs && ce <= hullE[k])) continue;
      const b = result[k];
      for (let x = 0; x < b.content.length; x++) {
        const c = b.content[x];
        if (c[0] <= cs && ce <= c[1] && c[1] - c[0] < bestLen && b.cue !== a.cue) {
          best = b.id;
          bestLen = c[1] - c[0];
        }
      }
    }
    a.parent = best;
  }
}
let hullS = new Float64Array(64);
let hullE = new Float64Array(64);

/** Speech verbs, whose nested relation under "according to" is a relation of its own ("Lee said …, according to …"). */
const SPEECH_HEADS = /^(?:said|says|say|told|tells|tell|added|stated|announced|declared|wrote)\b/i;

/** Of two cues ending at one content, whether `x` is better than `y`: the shorter, unless the longer only adds one or two words that are no cue ("now says", "long said"). */
function preferCue(text: string, x: Span, y: Span): boolean {
  const [short, long] = x[1] - x[0] <= y[1] - y[0] ? [x, y] : [y, x];
  let adverbs = short !== long && long[0] < short[0];
  if (adverbs) {
    const extra = text.slice(long[0], short[0]).toLowerCase();
    adverbs = /^[a-z]+ (?:[a-z]+ )?$/.test(extra) && extra.split(' ').every((w) => w === '' || (!isCueWord(w) && !DET.has(w)));
  }
  return adverbs ? long === x : short === x && x !== y;
}

/**
 * The hull of a content without the quotation marks, punctuation and spaces at its ends, as a key: one number
 * (s (n + 1) + e, exact below 2^53), or "s,e" in a huge text.
 */
function contentKey(text: string, content: Span[]): number | string {
  let s = content[0][0];
  let e = content[0][1];
  for (const c of content) {
    if (c[0] < s) s = c[0];
    if (c[1] > e) e = c[1];
  }
  while (s < e && CHAR_CLASS[text.charCodeAt(s)] !== 1) s++;
  while (e > s && CHAR_CLASS[text.charCodeAt(e - 1)] !== 1) e--;
  return text.length < 1 << 26 ? s * (text.length + 1) + e : s + ',' + e;
}

function lastBefore(raws: Raw[], pos: number, ok: (r: Raw) => boolean): Raw | undefined {
  for (let k = raws.length - 1; k >= 0; k--) {
    const r = raws[k];
    if (r.cue[0] < pos && ok(r)) return r;
  }
  return undefined;
}

function typeOf(text: string, r: Raw, top: Quote[], quoteAt: Map<number, Quote>): AttributionType {
  let quoted = 0;
  let total = 0;
  for (const c of r.content) {
    total += c[1] - c[0];
    // Quotations starting inside the content, left to right, each counted up to its end (a binary search in the
    // sorted top-level quotes, not a scan of the characters).
    let i = c[0];
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (top[mid].span[0] < i) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < top.length && top[k].span[0] < c[1]; k++) {
      const at = top[k].span[0];
      if (at < i) continue;
      const ch = text.charCodeAt(at);
      if (ch === 0x201c || ch === 34 || ch === 0xab || ch === 0x2018 || ch === 96 || (ch === 39 && text.charCodeAt(at + 1) === 39)) {
        const q = quoteAt.get(at)!;
        quoted += Math.min(q.span[1], c[1]) - q.span[0];
        i = q.span[1];
      }
    }
  }
  if (quoted === 0) return 'indirect';
  return quoted >= total - 3 ? 'direct' : 'mixed';
}

// Which characters trimSpanPunct drops at the start (bit 1: /[\s,:;—–-]/) and at the end (bit 2: /[\s,.;:—–-]/).
// Set from the list of the characters \s matches (a loop testing all 65,536 would cost the server's start ~5 ms).
const JS_WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const TRIM_CLASS = new Uint8Array(65536);
for (const ch of JS_WHITE_SPACE + ',:;—–-') TRIM_CLASS[ch.charCodeAt(0)] |= 1;
for (const ch of JS_WHITE_SPACE + ',.;:—–-') TRIM_CLASS[ch.charCodeAt(0)] |= 2;
const trimSpanPunct = (text: string, s: number, e: number): Span => {
  while (s < e && TRIM_CLASS[text.charCodeAt(s)] & 1) s++;
  while (e > s && TRIM_CLASS[text.charCodeAt(e - 1)] & 2) e--;
  return [s, e];
};

/** The quote token run starting at token i (a quotation mark opening quote q): index after its last token. */
function quoteEnd(toks: Token[], i: number, b: number): number {
  const q = toks[i].q;
  let j = i;
  while (j < b && toks[j].q === q) j++;
  return j;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Token k (a "/") stands between two numbers ("9/11", "24/7"). */
const digitsAround = (toks: Token[], k: number): boolean =>
  toks[k - 1].k === 0 && toks[k + 1]?.k === 0 && isDigit(toks[k - 1].w.charCodeAt(0)) && isDigit(toks[k + 1].w.charCodeAt(0)) && toks[k - 1].e === toks[k].s && toks[k].e === toks[k + 1].s;
/** Quantities that head "… of X" in a source ("46 percent of voters", "a majority of residents"). */
const QUANT_HEADS = set('percent majority minority half third quarter two-thirds three-quarters plurality share number most many some all none');
/** Words that qualify a number ("about 40%"). */
const NUMBER_HEDGES = set('about nearly almost roughly some only just around over under fewer');
/** Tokens k - 1, k are "close to" or "familiar with" (k - 1 >= a). */
const closeTo = (toks: Token[], k: number, a: number): boolean =>
  k - 1 >= a && ((toks[k].l === 'to' && toks[k - 1].l === 'close') || (toks[k].l === 'with' && toks[k - 1].l === 'familiar'));
/** A source noun phrase ending at token j (inclusive), walking left; returns its first token or -1. */
function npLeft(toks: Token[], j: number, a: number): number {
  const t = toks[j];
  // "42% say …", "about 40% of voters": a percentage heads the phrase.
  if (t.w === '%' && t.q < 0 && j - 1 >= a && toks[j - 1].k === 0 && isDigit(toks[j - 1].w.charCodeAt(0))) {
    const st = j - 1;
    return st - 1 >= a && toks[st - 1].k === 0 && toks[st - 1].q < 0 && NUMBER_HEDGES.has(toks[st - 1].l) ? st - 1 : st;
  }
  if (t.k !== 0 || t.q >= 0) return -1;
  // A relative pronoun right before its cue is the source ("Ana Lee, who said …").
  if (t.l === 'who' || t.l === 'which') return j;
  // "people close to him", "a person familiar with them": an object pronoun ends the phrase.
  // "most of them", "two of us": a quantity of a pronoun.
  if (((t.m & M_OBJ_PRONOUNS) !== 0) && j - 2 >= a && toks[j - 1].l === 'of' && toks[j - 2].q < 0 && (((toks[j - 2].m & M_QUANT_HEADS) !== 0) || ((toks[j - 2].m & M_NUMERAL_DET) !== 0) || isDigit(toks[j - 2].w.charCodeAt(0)))) {
    const st = j - 2;
    return st - 1 >= a && toks[st - 1].q < 0 && (toks[st - 1].l === 'the' || toks[st - 1].l === 'a' || NUMBER_HEDGES.has(toks[st - 1].l)) ? st - 1 : st;
  }
  if (((t.m & M_NOT_SOURCE_HEAD) !== 0) && (t.m & M_SUBJ_PRONOUNS) === 0 && !(((t.m & M_OBJ_PRONOUNS) !== 0) && closeTo(toks, j - 1, a))) return -1;
  if ((t.m & M_SUBJ_PRONOUNS) !== 0) return t.l === 'it' || t.l === 'you' ? j : j;
  if (cueTok(t) && !isCap(t)) return -1;
  let start = j;
  let n = 0;
  for (let k = j - 1; k >= a && n < 12; k--, n++) {
    const u = toks[k];
    if (u.q >= 0) break;
    if (u.k === 1) {
      if ((u.w === '.' || u.w === '-' || u.w === '&') && k > a && toks[k - 1].k === 0 && isCap(toks[k - 1])) continue;
      // "9/11 widow Ana Lee"
      if (u.w === '/' && k > a && digitsAround(toks, k)) continue;
      if (u.w === '(' || u.w === ')') break;
      break;
    }
    if (u.k !== 0) break;
    if (u.l === "'s" || u.l === '’s') continue;
    if ((u.m & M_DET) !== 0) {
      if (u.l === 'that' || u.l === 'this') break;
      start = k;
      // "one county official": a numeral determiner ends the phrase like an article.
      if (u.l === 'one') break;
      // "the three commissioners", "its two founders": an article or possessive before a numeral.
      if (((u.m & M_NUMERAL_DET) !== 0) && k - 1 >= a && toks[k - 1].q < 0 && (toks[k - 1].l === 'the' || toks[k - 1].l === 'these' || toks[k - 1].l === 'those' || ((toks[k - 1].m & M_POSSESSIVES) !== 0))) {
        start = k - 1;
        break;
      }
      // "Mr. Harlan of the River Trust", "the head of the port authority": the head before "of/for/at the".
      if (k - 2 >= a && (toks[k - 1].l === 'of' || toks[k - 1].l === 'for' || toks[k - 1].l === 'at') && toks[k - 2].k === 0 && toks[k - 2].q < 0 && (((toks[k - 2].m & M_NOT_SOURCE_HEAD) === 0 && (((toks[k - 2].m & M_ROLE_NOUNS) !== 0) || isCap(toks[k - 2]))) || (toks[k - 1].l === 'of' && ((toks[k - 2].m & M_QUANT_HEADS) !== 0)))) {
        start = k - 2;
        k -= 2;
        continue;
      }
      // "sources close to the mayor", "a person familiar with the talks".
      if (closeTo(toks, k - 1, a) && k - 3 >= a && toks[k - 3].k === 0 && toks[k - 3].q < 0 && (toks[k - 3].m & M_NOT_SOURCE_HEAD) === 0) {
        start = k - 3;
        k -= 3;
        n = 0;
        continue;
      }
      // Coordinated sources: "officials and several experts".
      if (k - 2 >= a && toks[k - 1].l === 'and' && toks[k - 2].k === 0 && (((toks[k - 2].m & M_ROLE_NOUNS) !== 0) || isCap(toks[k - 2]))) {
        k -= 1;
        continue;
      }
      break;
    }
    if (isCap(u)) {
      start = k;
      continue;
    }
    if (closeTo(toks, k, a) && k - 2 >= a && toks[k - 2].k === 0 && toks[k - 2].q < 0) {
      // "sources close to the mayor", "Those familiar with the talks".
      start = k - 2;
      k -= 2;
      n = 0;
      continue;
    }
    if (u.l === 'of' || u.l === 'for' || u.l === 'at' || u.l === 'on' || u.l === 'in' || u.l === 'and') {
      // "spokesman for the ministry", "officials and experts": only when a head noun precedes.
      // Also "46 percent of voters", "a majority of residents".
      if (k > a && toks[k - 1].k === 0 && (((toks[k - 1].m & M_NOT_SOURCE_HEAD) === 0 && (((toks[k - 1].m & M_ROLE_NOUNS) !== 0) || isCap(toks[k - 1]))) || (u.l === 'of' && ((toks[k - 1].m & M_QUANT_HEADS) !== 0)))) {
        start = k - 1;
        k--;
        continue;
      }
      break;
    }
    if (((u.m & M_NOT_SOURCE_HEAD) !== 0) || cueTok(u) || ((u.m & M_AUX) !== 0)) break;
    // Lowercase modifiers: adjectives and nouns in a short run; a title's own modifiers anywhere in it
    // ("former Air Force general Lloyd Newton").
    if (n < 4 || ((u.m & M_TITLE_MODIFIERS) !== 0)) {
      start = k;
      continue;
    }
    break;
  }
  // A sentence-initial function word is not part of a name.
  while (start < j && (toks[start].l === 'but' || toks[start].l === 'and' || toks[start].l === 'so' || toks[start].l === 'yet' || toks[start].l === 'then' || ((toks[start].m & M_LEAD_SUBORDINATORS) !== 0))) start++;
  return start;
}

/** A source noun phrase starting at token i, walking right (inverted "said Putin", "according to the ministry"). */
function npRight(toks: Token[], i: number, b: number, maxLen = 14): number {
  if (i >= b) return -1;
  const t = toks[i];
  if (t.k !== 0 || t.q >= 0) return -1;
  if ((t.m & M_SUBJ_PRONOUNS) !== 0) return i;
  if (((t.m & M_NOT_SOURCE_HEAD) !== 0) && (t.m & M_DET) === 0) return -1;
  // A day or an adverb after the cue is not its speaker ("criticized Saturday", "falsely").
  if (((t.m & M_DAY_WORDS) !== 0) || (!isCap(t) && t.l.length > 4 && t.l.endsWith('ly') && !NOT_LY_ADVERB.has(t.l))) return -1;
  let j = i;
  let last = -1;
  while (j < b && j < i + maxLen) {
    const u = toks[j];
    if (u.q >= 0) break;
    if (u.k === 1 && !(u.w === '.' || u.w === '-' || u.w === '&' || u.w === '(' || u.w === ')' || (u.w === '/' && j > i && j + 1 < b && digitsAround(toks, j)))) break;
    if (u.k === 2) break;
    if (u.k === 0) {
      if (((u.m & M_CLAUSE_STOP) !== 0) || u.l === 'that') break;
      if (j > i && (((u.m & M_AUX) !== 0) || (cueTok(u) && !isCap(u) && /(?:ed|ing|id|ld)$/.test(u.l)))) break;
      if ((u.m & M_NOT_SOURCE_HEAD) === 0 || isCap(u)) last = j;
    }
    j++;
  }
  return last;
}

/** processUnit's state for one unit, shared with the functions it calls (one per kind of attribution). */
interface UnitScan {
  text: string;
  toks: Token[];
  /** The unit's tokens are [a, b) (a past a paragraph label). */
  a: number;
  b: number;
  para: number;
  paraEnd: number;
  raws: Raw[];
  /** The contents found in this unit so far. */
  covered: Span[];
  /** raws.length when the unit began. */
  unitStartRaws: number;
  /** Left contents start here or later (after a question clause that is an attribution of its own). */
  leftFloor: number;
}

/** A cue word on its way from cueAttribution through cueSource to cueContent. */
interface CueAt {
  /** The cue's head token (past a floating quantifier) and its score. */
  i: number;
  t: Token;
  p: number;
  /** A cue of the low band [CUE_LOW, CUE_THRESHOLD): kept only with a plain source before it. */
  lowBand: boolean;
  /** First and last token of the cue. */
  cs: number;
  ce: number;
  adverbHead: boolean;
  /** The source's tokens (-1 when none), or the attribution it shares its source with. */
  srcStart: number;
  srcEnd: number;
  shared: Raw | null;
  /** "…, said Lee": the source follows the cue. */
  inverted: boolean;
  /** The comma that ends a clause-initial participle phrase (its content ends there), else -1. */
  ingComma: number;
}

/**
 * Finds the attributions of one unit (a sentence, or sentences joined by a quotation) and its bare quotations.
 * The work is spread over one function per kind of attribution. As one function of 36 KB of bytecode, V8 took
 * 0.3-0.6 s to optimize it, and did so again each time real text first took a rare path (four times over PolNeAR's
 * train split): a pause of the editor's server, whose optimizing runs on its own thread (server/launch.json).
 */
function processUnit(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  para: number,
  paraEnd: number,
  raws: Raw[],
  top: Quote[],
  bare: Bare[],
): void {
  const a0 = a;
  const unitStartRaws = raws.length;
  const covered: Span[] = [];
  const isParaStart = a === 0;

  // Transcript or headline label: "NAME: text", "Pat Caddell: …" at the start of a paragraph.
  if (isParaStart && b - a > 4) a = paragraphLabel(text, toks, a, b, para, raws, covered);
  const scan: UnitScan = { text, toks, a, b, para, paraEnd, raws, covered, unitStartRaws, leftFloor: a };
  // The tokens that the tests below can let through are among tokenize's candidates (candAt): the scan runs over
  // those alone, in order, from `from` on (each step goes on after the token that the last one returned).
  let from = a;
  for (let c = firstFrom(candAt, candN, a); c < candN; c++) {
    const i = candAt[c];
    if (i >= b) break;
    if (i < from) continue;
    const t = toks[i];
    if (t.q >= 0 || t.k !== 0) continue;
    // Most words can be neither a cue (score fixed at 0) nor one of the special openings below: skip them at once.
    if (t.p === 0 && (t.v ? t.at : wordFlags(t.l)) === 0) continue;
    // Each returns the token to go on after, or -1 when it finds nothing. (Each opens with a test of the word that
    // its flag answers, or "asked": a word with no flag and another surface skips them all.)
    let next = -1;
    if ((t.v ? t.at : wordFlags(t.l)) !== 0 || t.l === 'asked') {
      next = itReport(scan, i, t);
      if (next < 0) next = vagueReport(scan, i, t);
      if (next < 0) next = nominalCue(scan, i, t);
      if (next < 0) next = accordingTo(scan, i, t);
      if (next < 0) next = pollSource(scan, i, t);
      if (next < 0) next = askedQuestion(scan, i, t);
    }
    from = (next >= 0 ? next : cueAttribution(scan, i, t)) + 1;
    if (from <= i) c = firstFrom(candAt, candN, from) - 1;
  }

  // A trailing cue ("…, the source added.") takes the whole clause before it; cues inside that clause are not
  // attributions of their own unless they are strong ("Putin said Kim told him …, officials said").
  if (raws.length - unitStartRaws > 1) dropNested(text, raws, unitStartRaws);

  // A weak cue whose content opens with another cue ("published the results by announcing that …") is not one.
  if (raws.length - unitStartRaws > 1) dropOuter(text, raws, unitStartRaws);

  // Quotations in this unit that no cue covered.
  let frameWords = -1; // frame tokens (outside quotes) that are words, counted up to 2 when first needed
  // (Over tokenize's quotation marks alone, from `from` on: each step goes on after its quotation.)
  from = a;
  for (let c = firstFrom(markAt, markN, a); c < markN; c++) {
    let i = markAt[c];
    if (i >= b) break;
    if (i < from) continue;
    const t = toks[i];
    if (t.q < 0 || t.k !== 2) continue;
    const qe = quoteEnd(toks, i, b);
    from = qe;
    const span: Span = [t.s, toks[qe - 1].e];
    i = qe - 1;
    if (spanCovered(covered, span[0] + 1, span[1] - 1)) continue;
    // "“…” ― Name": a signed quotation.
    // (The signature may stand in the next unit of the paragraph when the quotation ends a sentence.)
    const sb = qe === b ? Math.min(toks.length, b + 8) : b;
    if (qe + 1 < sb && (toks[qe].w === '―' || toks[qe].w === '—') && toks[qe].q < 0 && isCap(toks[qe + 1])) {
      let k = qe + 1;
      while (k < sb && k < qe + 6 && (isCap(toks[k]) || toks[k].w === '.')) k++;
      if (k >= toks.length || toks[k].k === 1 || (k > qe + 2 && toks[k].e <= toks[qe].e + 80 && lineEndsAt(text, toks[k - 1].e, toks[k].s))) {
        raws.push({ source: [toks[qe + 1].s, toks[k - 1].e], sourceHead: toks[k - 1].l, cue: [toks[qe].s, toks[qe].e], content: [span], para, direct: true, vague: false, left: true, colonEnd: false, score: undefined, margin: undefined, sharedWith: undefined, question: undefined });
        continue;
      }
    }
    // Only a quotation that is the whole unit (at most one frame word) stands alone.
    if (frameWords < 0) {
      frameWords = 0;
      for (let x = a0; x < b && frameWords <= 1; x++) if (toks[x].q < 0 && toks[x].k === 0) frameWords++;
    }
    if (frameWords > 1) continue;
    bare.push({ span, para, paraStart: isParaStart && i >= 0, quote: t.q });
  }
}

/** "NAME: text" opening a paragraph: its attribution, and where the rest of the unit starts (else a). */
function paragraphLabel(text: string, toks: Token[], a: number, b: number, para: number, raws: Raw[], covered: Span[]): number {
  let k = a;
  if (toks[k].k === 2) k++;
  const n0 = k;
  while (k < b && k < n0 + 4 && isCap(toks[k])) k++;
  // Also "Dr. Ana Lee:", "Lee to the council:", "Lee at the summit:" and a single name ("Lee: …"), when not a
  // label of the page ("Note:", "Update:").
  let k2 = n0;
  while (k2 < b && k2 < n0 + 7 && (isCap(toks[k2]) || (toks[k2].w === '.' && k2 > n0 && isCap(toks[k2 - 1])) || (k2 > n0 && LABEL_LINKS.has(toks[k2].l)))) k2++;
  if (k2 > k && toks[k2]?.w === ':' && isCap(toks[k2 - 1])) k = k2;
  const oneName = k === n0 + 1 && !LABEL_STOP.has(toks[n0].l) && (toks[n0].m & M_DAY_WORDS) === 0 && !isAllCaps(toks[n0]);
  // ("The Latest: Mourners say …": a headline that holds its own cue is left to it.)
  // ("WASHINGTON ― …" is a dateline; "UPDATE: …" labels the page.)
  // ("Editor’s Note: …", "Bottom Line: …": a page label of several words ends in a label word.)
  const notLabel = (k === n0 + 1 && (toks[k]?.w === '―' || LABEL_STOP.has(toks[n0].l))) || (k > n0 + 1 && LABEL_STOP.has(toks[k - 1].l));
  if (k > n0 && !notLabel && (toks[k]?.w === ':' || toks[k]?.w === '―') && k + 2 < b && (isAllCaps(toks[n0]) || k - n0 >= 2 || (oneName && toks[k].w === ':')) && !(((toks[n0].m & M_DET) !== 0) && hasCue(toks, k + 1, b, k + 1))) {
    const c = trimSpanPunct(text, toks[k + 1].s, toks[b - 1].e);
    // ("Lee: 1,204." is a tally, not a statement: the content needs two words that are not numbers.)
    let lw = 0;
    for (let m = k + 1; m < b && lw < 2; m++) if (toks[m].k === 0 && !isDigit(toks[m].w.charCodeAt(0))) lw++;
    if (c[1] > c[0] && lw >= 2) {
      raws.push({ source: [toks[n0].s, toks[k - 1].e], sourceHead: toks[k - 1].l, cue: [toks[k].s, toks[k].e], content: [c], para, direct: false, vague: false, left: false, colonEnd: false, score: undefined, margin: undefined, sharedWith: undefined, question: undefined });
      covered.push([toks[a].s, toks[b - 1].e]);
      a = k + 1;
    }
  }
  return a;
}

/** "It was revealed in March that …": an impersonal report. */
function itReport(scan: UnitScan, i: number, t: Token): number {
  const { text, toks, a, b, para, raws, covered } = scan;
  // "It was revealed in March that …", "it is unclear who …", "it was doubtful (that) …": an impersonal report.
  if ((t.l === 'is' || t.l === 'was') && i - 1 >= a && toks[i - 1].l === 'it' && toks[i - 1].q < 0 && i + 3 < b && IT_PREDICATES.has(toks[i + 1].l) && toks[i + 1].q < 0) {
    let m = i + 2;
    while (m < b && m < i + 8 && toks[m].q < 0 && toks[m].k === 0 && !IT_CLAUSE.has(toks[m].l) && !CUE_FORMS.has(toks[m].l)) m++;
    if (m + 1 < b && toks[m].q < 0 && IT_CLAUSE.has(toks[m].l) && !spanCovered(covered, toks[i].s, toks[i].e)) {
      let e0 = b - 1;
      while (e0 > m && toks[e0].k === 1 && toks[e0].q < 0) e0--;
      const content = trimSpanPunct(text, toks[m].s, toks[e0].e);
      if (content[1] > content[0] && e0 > m) {
        raws.push({ source: null, sourceHead: '', cue: [t.s, toks[i + 1].e], content: [content], para, direct: false, vague: true, left: false, colonEnd: false, score: 1, margin: undefined, sharedWith: undefined, question: undefined });
        covered.push(content);
        i = m - 1;
        return i;
      }
    }
  }
  return -1;
}

/** "X reportedly …", "X is said to …": a vague attribution without a source. */
function vagueReport(scan: UnitScan, i: number, t: Token): number {
  const { toks, a, b, para, raws, covered } = scan;
  // Vague attribution without a source: "X reportedly …", "X is said to …", "it is thought likely that …".
  const passive = (t.l === 'is' || t.l === 'was' || t.l === 'are' || t.l === 'were') && i + 2 < b && VAGUE_PASSIVE.has(toks[i + 1].l) && (toks[i + 2].l === 'to' || toks[i + 2].l === 'likely' || toks[i + 2].l === 'unlikely' || toks[i + 2].l === 'that');
  // ("reportedly" alone is left to the claims layer, which flags it as a vague claim.)
  if ((VAGUE_ADVERB_CUES && VAGUE_ADVERBS.has(t.l)) || passive) {
    const cueEnd = passive ? i + 1 : i;
    let cs0 = a;
    // (After an introductory clause: "If the plan passes, the pier owners are expected to sue.")
    for (let m = i - 2; m > a && m > i - 12; m--) if (toks[m].w === ',' && toks[m].q < 0) { if (introPhrase(toks, a, m)) cs0 = m + 1; break; }
    while (cs0 < i && (toks[cs0].k !== 0 || SUBJECT_LEADS.has(toks[cs0].l) || ((toks[cs0].m & M_LEAD_SUBORDINATORS) !== 0))) cs0++;
    let ce0 = b - 1;
    while (ce0 > cueEnd && toks[ce0].k === 1) ce0--;
    // "it is said that …": the content is the clause after "that".
    if (passive && toks[i - 1]?.l === 'it') {
      let m = i + 2;
      while (m < b && m < i + 5 && toks[m].l !== 'that') m++;
      if (toks[m]?.l === 'that') cs0 = m;
    }
    if (ce0 > cueEnd && !spanCovered(covered, toks[i].s, toks[i].e)) {
      // (Up to a comment on it: "X is expected to …, but …".)
      const content: Span = [toks[cs0].s, commentCut(toks, cueEnd + 1, toks[ce0].e)];
      raws.push({ source: null, sourceHead: '', cue: [t.s, toks[cueEnd].e], content: [content], para, direct: false, vague: true, left: false, colonEnd: false, score: 1, margin: undefined, sharedWith: undefined, question: undefined });
      covered.push(content);
    }
    i = cueEnd;
    return i;
  }
  return -1;
}

/** "a statement that …", "his assertion that …": a nominal cue. */
function nominalCue(scan: UnitScan, i: number, t: Token): number {
  const { toks, a, b, para, raws, covered } = scan;
  // Nominal cue: "a statement that …", "his assertion that …", "Brandt's claim that …".
  if (NOMINAL && toks[i + 1]?.l === 'that' && NOUN_CUES.has(t.l) && i + 3 < b && toks[i + 2].k === 0 && (toks[i + 2].m & M_AUX) === 0 && i - 1 >= a) {
    const pv = toks[i - 1];
    let source: Span | null = null;
    let head = '';
    if ((pv.m & M_POSSESSIVES) !== 0) {
      source = [pv.s, pv.e];
      head = pv.l;
    } else if ((pv.l === "'s" || pv.l === '’s' || /['’]s$/.test(pv.l)) && i - 2 >= a) {
      const end = pv.l.length > 2 ? i - 1 : i - 2;
      const st = npLeft(toks, end, a);
      if (st >= 0) {
        source = [toks[st].s, pv.l.length > 2 ? pv.e - 2 : toks[end].e];
        head = toks[end].l;
      }
    } else if ((pv.l === 'a' || pv.l === 'the' || pv.l === 'an') && i - 3 >= a && toks[i - 2].k === 0) {
      // "The ministry issued a statement that …": the subject of the verb before.
      let j = i - 3;
      while (j >= a && ((toks[j].m & M_AUX) !== 0)) j--;
      const st = j >= a ? npLeft(toks, j, a) : -1;
      if (st >= 0) {
        source = [toks[st].s, toks[j].e];
        head = toks[j].l;
      }
    }
    if (source) {
      let e = b - 1;
      while (e > i + 1 && toks[e].k === 1 && toks[e].q < 0) e--;
      for (let m = i + 2; m < e; m++) {
        if (toks[m].q < 0 && (toks[m].w === ';' || (toks[m].w === ',' && m + 1 < b && trailingCue(toks, m + 1, b, a)))) {
          e = m - 1;
          break;
        }
      }
      const content: Span = [toks[i + 1].s, toks[e].e];
      raws.push({ source, sourceHead: head, cue: [t.s, t.e], content: [content], para, direct: false, vague: VAGUE_SOURCES.has(head), left: false, colonEnd: false, score: 0.5, margin: undefined, sharedWith: undefined, question: undefined });
      covered.push(content);
      return i;
    }
  }
  return -1;
}

/** "according to X". */
function accordingTo(scan: UnitScan, i: number, t: Token): number {
  const { text, toks, a, b, para, raws, covered } = scan;
  // according to X
  if (t.l === 'according' && toks[i + 1]?.l === 'to') {
    let se = npRight(toks, i + 2, b, 16);
    if (se < 0) return i;
    // "According to early results of exit polls conducted for … by …, most voters …": at the start of the
    // sentence the source runs on to its comma.
    if (toks[se + 1]?.w !== ',') {
      let f0 = a;
      while (f0 < i && (toks[f0].k !== 0 || toks[f0].l === 'but' || toks[f0].l === 'and') && toks[f0].q < 0) f0++;
      if (f0 === i) {
        let m = se + 1;
        while (m < b && m < i + 40 && toks[m].q < 0 && toks[m].k !== 2 && toks[m].w !== ',' && toks[m].w !== ';' && toks[m].w !== ':') m++;
        if (m + 2 < b && toks[m].w === ',') se = m - 1;
      }
    }
    const cue: Span = [t.s, toks[i + 1].e];
    const source: Span = [toks[i + 2].s, toks[se].e];
    let content: Span | null = null;
    let k0 = a;
    while (k0 < i && (toks[k0].k !== 0 || toks[k0].l === 'but' || toks[k0].l === 'and') && toks[k0].q < 0) k0++;
    if (k0 === i) {
      let k = se + 1;
      while (k < b && toks[k].k === 1 && toks[k].q < 0) k++;
      if (k < b) content = trimSpanPunct(text, toks[k].s, toks[b - 1].e);
    } else {
      const ls = skipDateline(toks, refineLeft(toks, a, i - 1, 'according'), i - 1);
      const lead = trimSpanPunct(text, toks[ls].s, toks[i - 1].e);
      const hasRest = se + 2 < b && toks[se + 1].w === ',';
      // "Lee won 58 votes, according to a tally, but …": a whole clause before the cue is the content alone; a
      // subject before it ("The reason, according to Lee, was …") runs on into the rest of the sentence.
      content = hasRest && !clauseBefore(toks, ls, i, se + 2, b) ? trimSpanPunct(text, toks[ls].s, toks[b - 1].e) : lead;
    }
    if (content && content[1] - content[0] > 3) {
      const head = toks[se].l;
      raws.push({ source, sourceHead: head, cue, content: [content], para, direct: false, vague: VAGUE_SOURCES.has(head) || head === 'reports', left: false, colonEnd: false, score: undefined, margin: undefined, sharedWith: undefined, question: undefined });
      covered.push(content);
    }
    i = se;
    return i;
  }
  return -1;
}

/** Words that open a subordinate clause, not a main one ("While most of them were …, according to X, two …"). */
const LEAD_SUBORDINATORS = set('while when if although though because as since whereas whether');
/** Words after which a clause goes on ("… the man whose book, according to X, …"). */
const LEAD_OPEN_ENDS = set('that because whose which who whom and but');
/**
 * "Lee has won 58 votes, according to a tally, but …": tokens [ls, i) before "according to" (at i) form a whole
 * main clause (a finite or past verb, no subordinator first, no open end) and the rest (from k) does not go on with
 * its predicate ("…, according to X, is …").
 */
function clauseBefore(toks: Token[], ls: number, i: number, k: number, b: number): boolean {
  if ((toks[ls].m & M_LEAD_SUBORDINATORS) !== 0) return false;
  let j = i - 1;
  while (j > ls && toks[j].k !== 0) j--;
  if (LEAD_OPEN_ENDS.has(toks[j].l)) return false;
  if (k < b && toks[k].k === 0 && ((toks[k].m & M_BE_HAVE) !== 0)) return false;
  for (let m = ls; m < i; m++) {
    const t = toks[m];
    if (t.k === 0 && !isCap(t) && (((t.m & M_BE_HAVE) !== 0) || pastVerb(t.l))) return true;
  }
  return false;
}

/** "In a new poll released Monday, 50 percent …": the poll as the source. */
function pollSource(scan: UnitScan, i: number, t: Token): number {
  const { text, toks, a, b, para, raws, covered } = scan;
  // "In a new poll released Monday, 50 percent …" / "… leads in the polls": the poll is the source (found from
  // the poll word, which carries a word flag, so that "in" costs nothing elsewhere).
  if ((t.l === 'poll' || t.l === 'polls' || t.l === 'survey' || t.l === 'surveys') && i - 2 >= a) {
    const head = i;
    let n = head - 1;
    while (n > a && n > head - 9 && toks[n].l !== 'in' && toks[n].q < 0 && (toks[n].k === 0 || toks[n].w === '/' || toks[n].w === '-' || toks[n].w === '.') && !(toks[n].k === 0 && (((toks[n].m & M_AUX) !== 0) || toks[n].l === 'that' || cueTok(toks[n])))) n--;
    if (toks[n].l === 'in' && n + 1 < head && (((toks[n + 1].m & M_DET) !== 0) || isCap(toks[n + 1]))) {
      let f = a;
      while (f < n && toks[f].k !== 0) f++;
      let content: Span | null = null;
      let srcEndTok = head;
      if (f === n) {
        // Sentence-initial: the content follows the comma after the poll's noun phrase.
        let c = head + 1;
        while (c < b && c < head + 12 && toks[c].q < 0 && toks[c].w !== ',') c++;
        if (toks[c]?.w === ',' && c + 3 < b && !hasCue(toks, c + 1, b, a)) {
          srcEndTok = c - 1;
          content = trimSpanPunct(text, toks[c + 1].s, toks[b - 1].e);
        }
      } else if (n - f >= 3 && (head + 1 >= b || toks[head + 1].k !== 0 || toks[head + 1].l === 'ahead' || ((toks[head + 1].m & M_PREP_SKIP) !== 0))) {
        // "…, 40 percent chose Trump in a CNN poll": the clause before it.
        content = trimSpanPunct(text, toks[f].s, toks[n - 1].e);
      }
      if (content && content[1] > content[0] && !spanCovered(covered, content[0], content[1])) {
        raws.push({ source: [toks[n + 1].s, toks[srcEndTok].e], sourceHead: t.l, cue: [toks[n].s, toks[n].e], content: [content], para, direct: false, vague: false, left: f !== n, colonEnd: false, score: 0.5, margin: undefined, sharedWith: undefined, question: undefined });
        covered.push(content);
        if (f === n) i = srcEndTok;
        return i;
      }
    }
  }
  return -1;
}

/** "Asked whether …, Lee said …": the question as a content without a source. */
function askedQuestion(scan: UnitScan, i: number, t: Token): number {
  const { text, toks, a, b, para, raws, covered } = scan;
  // "Asked whether …, Lee said …", "When asked about …, she …": the question is the content, with no source.
  let qo = i + 1;
  if (t.l === 'asked' && i + 2 < b && !QUESTION_OPENERS.has(toks[qo].l)) {
    // "Asked on Fox News who …", "Asked by a reporter whether …"
    while (qo < b && qo < i + 7 && toks[qo].q < 0 && (toks[qo].k === 0 || toks[qo].w === '.' || toks[qo].w === '’' || toks[qo].w === "'") && !QUESTION_OPENERS.has(toks[qo].l)) qo++;
    if (!(qo < b && toks[qo].q < 0 && QUESTION_OPENERS.has(toks[qo].l) && toks[qo].l !== 'about' && (toks[i + 1].l === 'on' || toks[i + 1].l === 'by' || toks[i + 1].l === 'in' || toks[i + 1].l === 'during'))) qo = -1;
  }
  if (t.l === 'asked' && qo > i && i + 2 < b && QUESTION_OPENERS.has(toks[qo].l) && toks[qo].q < 0) {
    let f = a;
    while (f < i && toks[f].k !== 0) f++;
    // Also "…,” Lee said when asked whether …": the question inside the sentence.
    const midWhen = f < i - 1 && toks[i - 1].l === 'when' && toks[i - 1].q < 0;
    if (f === i || (f === i - 1 && (toks[f].l === 'when' || toks[f].l === 'once' || toks[f].l === 'if')) || midWhen) {
      const cs1 = toks[qo].l === 'about' ? qo + 1 : qo;
      let m = cs1;
      let end = -1;
      for (; m < b && m < cs1 + 40; m++) {
        const u = toks[m];
        // (A period with a word after it inside the sentence ends an abbreviation: "Mr.", "U.S.".)
        if (u.q < 0 && (u.w === ',' || u.w === ';' || (u.w === '.' && !(m + 1 < b && toks[m + 1].k === 0)))) {
          end = m - 1;
          break;
        }
        if (u.k === 2 && u.q >= 0 && (m + 1 >= b || toks[m + 1].q !== u.q) && toks[m - 1].w === ',') {
          end = m;
          break;
        }
      }
      if (end < 0 && midWhen && m >= b) end = b - 1;
      if (end > cs1 && (m + 2 < b || midWhen)) {
        const content = trimSpanPunct(text, toks[cs1].s, toks[end].e);
        raws.push({ source: null, sourceHead: '', cue: [t.s, qo > i + 1 && toks[qo].l !== 'about' ? t.e : toks[cs1 - 1].e], content: [content], para, direct: false, vague: false, left: false, colonEnd: false, score: 1, margin: undefined, sharedWith: undefined, question: true });
        covered.push(content);
        i = end;
        if (!midWhen) scan.leftFloor = m + 1;
        return i;
      }
    }
  }
  return -1;
}

/** A cue word (or none) at token i: its source and content. Returns the token to go on after. */
function cueAttribution(scan: UnitScan, i: number, t: Token): number {
  const { toks, a, b } = scan;
  // "That said, …", "All told, …": a sentence adverb, no cue.
  if ((t.l === 'said' || t.l === 'told') && i - 1 >= a && toks[i + 1]?.w === ',' && (toks[i - 1].l === (t.l === 'said' ? 'that' : 'all')) && firstWord(toks, a) === i - 1) return i;
  let p = cueScore(toks, i, a, b);
  // "… all suggested that …": the quantifier is not the cue; the verb after it is, scored as if it came right
  // after the source.
  if (((t.m & M_FLOATING) !== 0) && i > a && i + 1 < b && cueTok(toks[i + 1]) && toks[i + 1].q < 0 && toks[i + 1].k === 0 && !isCap(toks[i + 1])) {
    p = Math.max(p, cueScoreSkipping(toks, i + 1, a, b));
    if (p >= CUE_THRESHOLD) t = toks[++i];
  }
  if (p < CUE_LOW) return i;
  /** A cue of the low band: kept only with a plain source before it. */
  const lowBand = p < CUE_THRESHOLD;
  // (A cheap test first: the word before the cue and its auxiliaries could end a source.)
  if (lowBand && !mayEndSource(toks, i - 1, a)) return i;
  // "Several cast members said …": a weak cue word that modifies the noun before a speech verb is no cue.
  if (p < 0.8 && i + 2 < b && !CUE_FORMS.has(t.l) && nounThenSpeech(toks, i + 1, a, b)) return i;
  let ce = i; // last token of the cue
  let cs = i;
  // Passive "was quoted (by Y) as saying"
  if (t.l === 'quoted') {
    let k = i + 1;
    if (toks[k]?.l === 'by') while (k < b && k < i + 10 && toks[k].l !== 'as') k++;
    if (toks[k]?.l === 'as' && /^say/.test(toks[k + 1]?.l ?? '')) ce = k + 1;
    else return i;
  }
  // An adverb or a negated auxiliary taken as the cue ("quickly noted", "didn't mention"): the cue runs on to
  // the verb after it, where the content starts.
  const adverbHead = ce === i && ADVERB_HEAD(t.l);
  if (adverbHead) {
    let m = i + 1;
    while (m < b && m < i + 3 && toks[m].q < 0 && toks[m].k === 0 && ADVERB_HEAD(toks[m].l)) m++;
    if (m < b && m + 1 < b && toks[m].q < 0 && toks[m].k === 0 && (toks[m].m & M_NOT_SOURCE_HEAD) === 0 && (toks[m].m & M_SUBJ_PRONOUNS) === 0) ce = m;
  }
  // Particles: "called for", "pointed out", "spoke about"
  const nx = toks[ce + 1];
  if (nx && nx.q < 0 && (nx.l === 'out' || nx.l === 'for' || nx.l === 'about' || nx.l === 'on' || nx.l === 'of' || nx.l === 'to') && /^(?:call|point|spok|speak|talk|refer|warn|ask|complain|urg|argu|writ|wrote|testif|insist)/.test(t.l)) ce++;
  const cand: CueAt = { i, t, p, lowBand, cs, ce, adverbHead, srcStart: -1, srcEnd: -1, shared: null, inverted: false, ingComma: -1 };
  if (!cueSource(scan, cand)) return cand.i;
  return cueContent(scan, cand);
}

/** A day or a year ("Monday", "2010") between a source and its cue (cueSource); the year regex runs on a 1 or 2 first. */
const when = (u: Token): boolean => ((u.m & M_DAY_WORDS) !== 0) || (u.k === 0 && u.w.length === 4 && (u.w.charCodeAt(0) === 49 || u.w.charCodeAt(0) === 50) && /^(?:19|20)\d\d$/.test(u.w));
/** The source of a cue (in cand); false when the cue has none and is too weak to stand without one. */
function cueSource(scan: UnitScan, cand: CueAt): boolean {
  const { text, toks, a, b, para, raws, covered, unitStartRaws } = scan;
  const { t, p, lowBand, cs, ce } = cand;
  // Source to the left: skip auxiliaries and adverbs.
  let j = cs - 1;
  let beAux = false;
  while (j >= a && toks[j].q < 0 && toks[j].k === 0 && ((toks[j].m & M_AUX) !== 0)) {
    if ((toks[j].m & M_BE) !== 0) beAux = true;
    j--;
  }
  /** The word before the cue and its auxiliaries ("… and then said", "… but did not suggest"). */
  const jAux = j;
  // "The three senators all said …", "Lee and Brandt both denied …": a floating quantifier after the source.
  if (j > a && toks[j].q < 0 && ((toks[j].m & M_FLOATING) !== 0) && (toks[j - 1].k === 0 || toks[j - 1].w === ')') && toks[j - 1].q < 0 && (toks[j - 1].m & M_NOT_SOURCE_HEAD) === 0) {
    j--;
    while (j >= a && toks[j].q < 0 && toks[j].k === 0 && ((toks[j].m & M_AUX) !== 0)) {
      if ((toks[j].m & M_BE) !== 0) beAux = true;
      j--;
    }
  }
  // "Supporters of the levy, however, say …": an adverb set off by commas between the source and its cue.
  if (j - 2 > a && toks[j].w === ',' && toks[j].q < 0 && INTERJECTED.has(toks[j - 1].l) && toks[j - 2].w === ',' && toks[j - 3].k === 0 && toks[j - 3].q < 0) j -= 3;
  // "The board on Monday rejected …", "Lee had basically said …": a day or an adverb between source and cue.
  // Also "who in 2010 said", "tweets early Friday saying", "which together vowed".
  if (j > a && toks[j].q < 0 && (when(toks[j]) || (toks[j].k === 0 && (LY_ADVERB(toks[j]) || SKIP_ADVERBS.has(toks[j].l) || (((toks[j].m & M_DAY_PARTS) !== 0) && when(toks[j - 1])))))) {
    let k = j - 1;
    while (k > a && k > j - 4 && toks[k].q < 0 && (when(toks[k]) || ((toks[k].m & M_WHEN_LINKS) !== 0))) k--;
    while (k >= a && toks[k].q < 0 && toks[k].k === 0 && ((toks[k].m & M_AUX) !== 0)) {
      if ((toks[k].m & M_BE) !== 0) beAux = true;
      k--;
    }
    if (k >= a && toks[k].k === 0 && toks[k].q < 0 && ((toks[k].m & M_NOT_SOURCE_HEAD) === 0 || (((toks[k].m & M_CLAUSE_STOP) !== 0) && when(toks[j]))) && !cueTok(toks[k])) j = k;
  }
  // "Lee in a televised interview appeared to blame …": an occasion between the source and its cue.
  if (j > a + 2 && toks[j].q < 0 && toks[j].k === 0 && ((toks[j].m & M_OCCASIONS) !== 0)) {
    let k = j - 1;
    while (k > a && k > j - 5 && toks[k].q < 0 && toks[k].k === 0 && (toks[k].m & M_OCCASION_PREPS) === 0 && !cueTok(toks[k])) k--;
    if (((toks[k].m & M_OCCASION_PREPS) !== 0) && ((toks[k + 1].m & M_DET) !== 0) && k - 1 >= a && toks[k - 1].k === 0 && toks[k - 1].q < 0 && (isCap(toks[k - 1]) || ((toks[k - 1].m & M_SUBJ_PRONOUNS) !== 0) || ((toks[k - 1].m & M_ROLE_NOUNS) !== 0))) j = k - 1;
  }
  let srcStart = -1;
  let srcEnd = -1;
  let shareLast = false;
  // Passive "was asked", "is known", "were told": the subject is not the speaker.
  // (After an adverb taken as the cue, its verb: "is widely expected to …".)
  const pv = cand.adverbHead && ce > cand.i ? toks[ce] : t;
  const passiveCue = beAux && t.l !== 'quoted' && PARTICIPLE(pv.l);
  if (j >= a && toks[j].q < 0 && !passiveCue) {
    if ((toks[j].w === '—' || toks[j].w === '–') && j - 2 > a) {
      // "Ana Lee — a nurse from Harwich — says …": the name before the dashed appositive.
      let k = j - 1;
      while (k > a && k > j - 30 && toks[k].w !== toks[j].w && toks[k].q < 0 && toks[k].w !== ';') k--;
      if (toks[k].w === toks[j].w && k - 1 >= a && k + 1 < j && (isCap(toks[k - 1]) || ((toks[k - 1].m & M_ROLE_NOUNS) !== 0))) {
        const st = npLeft(toks, k - 1, a);
        if (st >= 0) {
          srcStart = st;
          srcEnd = j - 1;
        }
      }
    } else if (toks[j].w === ',') {
      // Appositive or relative clause: "Name, a … expert at …, said" / "Name, who …, said".
      let k = j - 1;
      while (k > a && k > j - 30 && toks[k].w !== ',' && toks[k].q < 0 && toks[k].w !== ';') k--;
      // "Ana Lee, despite admitting that …, said …": the cue of the phrase between the commas has the source.
      const last = raws.length > unitStartRaws ? raws[raws.length - 1] : undefined;
      if (last && last.source && last.cue[0] > toks[k].s && last.cue[1] <= toks[j].s && last.source[1] <= toks[k].s) shareLast = true;
      // "Rep. Ann Lee (D-Ore.), chair of …, said": the name stands before the parenthesis.
      let kp = k - 1;
      if (k > a && toks[k].w === ',' && toks[kp].w === ')') {
        let m = kp - 1;
        while (m > a && m > kp - 10 && toks[m].w !== '(') m--;
        if (toks[m].w === '(' && m - 1 >= a && isCap(toks[m - 1])) kp = m - 1;
      }
      // "Ana Lee, 63, a nurse from …, said": an age after the name.
      if (k - 3 >= a && toks[k].w === ',' && /^\d{1,3}$/.test(toks[kp].w) && toks[kp - 1].w === ',' && isCap(toks[kp - 2])) kp -= 2;
      if (k > a && toks[k].w === ',' && toks[k + 1] && (((toks[k + 1].m & M_DET) !== 0) || ((toks[k + 1].m & M_CLAUSE_STOP) !== 0) || isCap(toks[k + 1]) || (isCap(toks[kp]) && (toks[kp].m & M_SUBJ_PRONOUNS) === 0))) {
        const st = npLeft(toks, kp, a);
        if (st >= 0 && (isCap(toks[kp]) || ((toks[kp].m & M_ROLE_NOUNS) !== 0))) {
          srcStart = st;
          srcEnd = ((toks[k + 1].m & M_CLAUSE_STOP) !== 0) ? k - 1 : j - 1;
        } else if (st >= 0 && j - 1 > k && isCap(toks[j - 1]) && npLeft(toks, j - 1, k + 1) === k + 1) {
          // "The minister of the economy, Ana Ruiz, argues": the whole phrase, name included.
          srcStart = npLeft(toks, k - 1, a) >= 0 ? st : k + 1;
          srcEnd = j - 1;
        }
      }
    } else {
      // "Sen. Ann Lee (D-Ore.) said": skip the parenthesis.
      let jj = j;
      if (toks[j].w === ')') {
        let k = j - 1;
        while (k > a && k > j - 10 && toks[k].w !== '(') k--;
        if (toks[k].w === '(' && k - 1 >= a) jj = k - 1;
      }
      const st = npLeft(toks, jj, a);
      if (st >= 0) {
        srcStart = st;
        srcEnd = j;
        // "A Harbor Ledger poll released in late August found …": the date belongs to the participle; the
        // source is the noun phrase before it.
        let m = st - 1;
        while (m > a && m > st - 4 && toks[m].k === 0 && toks[m].q < 0 && ((toks[m].m & M_WHEN_LINKS) !== 0)) m--;
        if (m < st - 1 && m > a && PUBLISHED.has(toks[m].l) && toks[m].q < 0 && (isCap(toks[jj]) || ((toks[jj].m & M_DAY_WORDS) !== 0))) {
          const st2 = npLeft(toks, m - 1, a);
          if (st2 >= 0) {
            srcStart = st2;
            srcEnd = m - 1;
          }
        }
      }
    }
  }
  // Passive "The plan was rejected by 60 percent of voters": the subject is the content, the agent the source.
  if (PASSIVE_CONTENT && passiveCue && (pv.m & M_TELL_VERBS) === 0 && j >= a && toks[j].q < 0 && toks[j].k === 0 && !PRONOUNS[toks[j].l] && toks[ce + 1]?.l !== 'that' && (toks[ce + 1]?.l !== 'to' || RAISING.has(pv.l))) {
    const st = npLeft(toks, j, a);
    if (st >= 0) {
      let source: Span | null = null;
      let head = '';
      if (toks[ce + 1]?.l === 'by' && toks[ce + 1].q < 0) {
        const se = npRight(toks, ce + 2, b, 10);
        if (se >= 0) {
          source = [toks[ce + 2].s, toks[se].e];
          head = toks[se].l;
        }
      }
      let content = trimSpanPunct(text, toks[st].s, toks[j].e);
      // "Lee was charged with bribery", "the island is known as …": with a complement after the cue, PARC's
      // content is the whole clause (the subject, the cue and what the cue says of it).
      if (!source && ce + 2 < b && toks[ce + 1].q < 0 && toks[ce + 1].k === 0 && countWords(toks, ce + 1, b) >= 2) {
        const e0 = refineRight(toks, ce + 1, b, CUE_FORMS.get(pv.l) ?? pv.l)[1];
        if (e0 > ce + 2) content = trimSpanPunct(text, toks[subjectStart(toks, a, st)].s, commentCut(toks, ce + 1, toks[e0 - 1].e));
      }
      if (content[1] > content[0] && !spanCovered(covered, content[0], content[1])) {
        raws.push({ source, sourceHead: head, cue: [t.s, toks[ce].e], content: [content], para, direct: false, vague: false, left: true, colonEnd: false, score: p, margin: undefined, sharedWith: undefined, question: undefined });
        covered.push(content);
        return false;
      }
    }
  }
  // Where the cue stands: after a comma/quote (parenthetical or trailing) or at the unit start.
  const prevTok = cs - 1 >= a ? toks[cs - 1] : null;
  let inverted = false;
  let shared: Raw | null = null;
  if (((prevTok && (prevTok.l === 'and' || (prevTok.w === ',' && t.l.endsWith('ing')))) || shareLast) && raws.length > unitStartRaws) {
    // "Authorities announced … and said …", "…, Trump said, adding …": the same source.
    shared = raws[raws.length - 1];
    srcStart = -1;
  }
  if (srcStart < 0 && !shared && !passiveCue && !t.l.endsWith('ing') && (INVERTIBLE.has(CUE_FORMS.get(t.l) ?? '') || INVERTIBLE.has(t.l)) && (!prevTok || prevTok.w === ',' || prevTok.k === 2 || prevTok.q >= 0)) {
    let se = npRight(toks, ce + 1, b, 8);
    // "…, said the levy was fair": a noun phrase followed by its own verb is the reported clause's subject.
    if (se >= 0 && se + 1 < b && clauseVerb(toks[se + 1])) se = -1;
    for (let m = ce + 2; se >= 0 && m <= se; m++) if (clauseVerb(toks[m])) se = -1;
    // "…, said she would …": a pronoun followed by a word opens the reported clause.
    if (se >= 0 && ((toks[ce + 1].m & M_SUBJ_PRONOUNS) !== 0) && se + 1 < b && toks[se + 1].k === 0) se = -1;
    if (se >= 0) {
      // "said Rep. Ann Lee (D-Ore.)": keep the closing parenthesis.
      while (se + 1 < b && (toks[se + 1].w === '.' || toks[se + 1].w === ')') && hasWord(toks, ce + 1, se + 1, '(')) se++;
      srcStart = ce + 1;
      srcEnd = se;
      inverted = true;
    }
  }
  // "Mara Velt, 59, of Arden, who watched the vote, said …": the name that opens the unit, before its relative clause.
  if (srcStart < 0 && !shared && !inverted && prevTok && prevTok.w === ',' && !t.l.endsWith('ing')) {
    let w = -1;
    for (let m = cs - 2; m > a; m--) if (toks[m].l === 'who' && toks[m - 1].w === ',') { w = m; break; }
    let f = a;
    while (f < cs && toks[f].k !== 0) f++;
    if (w > f && isCap(toks[f]) && toks[f].q < 0) {
      const se = npRight(toks, f, w - 1, 6);
      if (se >= f && se < w) {
        srcStart = f;
        srcEnd = se;
      }
    }
  }
  // "Lee rejected the plan, saying …": the participle's speaker is the clause's subject.
  // Also "Lee shook hands and said …", "…, while saying …", "… – saying …".
  const ingCue = t.l.endsWith('ing');
  const coordCue = !!prevTok && prevTok.q < 0 && (prevTok.l === 'and' || prevTok.l === 'but' || (ingCue && (prevTok.w === ',' || prevTok.w === '–' || prevTok.w === '—' || prevTok.l === 'while' || prevTok.l === 'by' || ((prevTok.m & M_ING_LINKS) !== 0) || ((prevTok.m & M_ING_PREPS) !== 0)))) ||
    (ingCue && !!prevTok && prevTok.k === 2 && cs - 2 >= a && toks[cs - 2].w === ',');
  if (srcStart < 0 && !shared && coordCue) {
    const sp = openingSubject(toks, a, cs, ingCue);
    if (sp >= 0) {
      srcStart = subjStart;
      srcEnd = sp;
    }
  }
  /** The comma that ends a clause-initial participle phrase (its content ends there). */
  let ingComma = -1;
  // "Citing new figures, the minister said …": a clause-initial participle speaks for the subject after its comma.
  // Also "While saying that …, Lee …", "After insisting …, the mayor …".
  if (srcStart < 0 && !shared && ingCue && (!prevTok || (prevTok.q < 0 && ((prevTok.m & M_ING_OPENERS) !== 0) && firstWord(toks, a) === cs - 1))) {
    let m = ce + 1;
    while (m < b && m < ce + 30 && !(toks[m].w === ',' && toks[m].q < 0) && toks[m].w !== ';') m++;
    if (m + 2 < b && toks[m].w === ',') {
      const se3 = subjectEnd(toks, m + 1, b);
      if (se3 >= 0) {
        srcStart = m + 1;
        srcEnd = se3;
        ingComma = m;
      }
    }
  }
  // A cue with no source yet: the subject that opens its clause speaks ("The judge frowned, and then said …",
  // "The new reports show …", "Some chanted …"); failing a clean noun phrase, the words that open the clause.
  let srcFallback = false;
  if (srcStart < 0 && !shared && !passiveCue && jAux >= a && toks[jAux].q < 0) {
    // (After "and"/"but" the subject ends before it; else it may be the word right before the cue.)
    const lim = jAux < cs - 1 && (toks[jAux].l === 'and' || toks[jAux].l === 'but') ? jAux : jAux + 1;
    const sp = openingSubject(toks, a, cs, ingCue);
    srcFallback = true;
    if (sp >= 0 && sp < lim) {
      srcStart = subjStart;
      srcEnd = sp;
    } else if (subjStart < lim && toks[subjStart].q < 0 && toks[subjStart].k === 0 && ((toks[subjStart].m & M_NOT_SOURCE_HEAD) === 0 || ((toks[subjStart].m & M_DET) !== 0)) && (toks[subjStart].m & M_INTRO_OPENERS) === 0 && !LY_ADVERB(toks[subjStart])) {
      const se = npRight(toks, subjStart, lim, 8);
      srcStart = subjStart;
      srcEnd = se >= subjStart ? se : subjStart;
    }
  }
  if (lowBand && !shared && (srcStart < 0 || inverted || passiveCue || srcFallback)) return false;
  if (srcStart < 0 && !shared && p < 0.6 && !passiveCue) return false;
  cand.srcStart = srcStart;
  cand.srcEnd = srcEnd;
  cand.shared = shared;
  cand.inverted = inverted;
  cand.ingComma = ingComma;
  return true;
}

/** The content of a cue whose source is known; records the attribution. Returns the token to go on after. */
/**
 * Where the content may start after a cue ending at token `ce` (after the source when it follows the cue): past the
 * listener of a tell verb ("told reporters", "told him (that)", "told the BBC"). Split out of cueContent (which stays small, see
 * ARCHITECTURE.md).
 */
function listenerEnd(toks: Token[], b: number, t: Token, i: number, ce: number, inverted: boolean, srcEnd: number): number {
  let k = (inverted ? srcEnd : ce) + 1;
  // (Not after a particle: "asked about the quota" names the topic.)
  // (TELL_VERBS, read from the token's word-class bit rather than tested with a regex.)
  if (!inverted && ce === i && (t.m & M_TELL_VERBS) !== 0) {
    let n = 0;
    // (A subject pronoun or a verb after the listener opens the reported clause: "told CNN he was …".)
    while (k < b && n < 6 && toks[k].q < 0 && toks[k].k === 0 && (((toks[k].m & M_LISTENER) !== 0) || isCap(toks[k]) || (n > 0 && (toks[k].m & M_NOT_SOURCE_HEAD) === 0 && !cueTok(toks[k]))) && !(n > 0 && (((toks[k].m & M_SUBJ_PRONOUNS) !== 0) || ((toks[k].m & M_BE_HAVE) !== 0) || pronounContraction(toks[k].l)))) {
      k++;
      n++;
      if (toks[k - 1].l === 'him' || toks[k - 1].l === 'her' || toks[k - 1].l === 'them' || toks[k - 1].l === 'me' || toks[k - 1].l === 'us' || toks[k - 1].l === 'reporters' || toks[k - 1].l === 'journalists') break;
    }
    // "told the crowd she would …", "told a news conference they …": a listener with its determiner, then the
    // reported clause's subject pronoun.
    if (k === ce + 1 && k < b && ((toks[k].m & M_DET) !== 0) && toks[k].q < 0) {
      for (let m = k + 1; m < b && m <= k + 4; m++) {
        const u = toks[m];
        if (u.k !== 0 || u.q >= 0 || u.l === 'that' || IT_CLAUSE.has(u.l) || cueTok(u)) break;
        if (((u.m & M_SUBJ_PRONOUNS) !== 0) || pronounContraction(u.l)) {
          if (m > k + 1 && m + 1 < b && toks[m + 1].k === 0) k = m;
          break;
        }
      }
    }
    // "urged the council to act", "asked Lee to resign": the person addressed opens a "to" content (PARC).
    if (k > ce + 1 && k - ce <= 6 && toks[k]?.l === 'to' && toks[k].q < 0 && TELL_TO.has(t.l)) k = ce + 1;
  }
  return k;
}

/**
 * Attributions with no speaker, or null: "The mayor seemed unmoved", "the plan appears to have stalled" (an
 * impression: the subject belongs to the content), "the string of votes known as Super Tuesday", "The board is
 * reportedly planning …" (the noun phrase belongs to the content). `vague`: the attribution is flagged as vague.
 * Split out of cueContent (which stays small, see ARCHITECTURE.md).
 */
function speakerless(
  text: string, toks: Token[], a: number, t: Token, i: number, cs: number, ce: number, srcStart: number, srcEnd: number,
  inverted: boolean, left: boolean, direct: boolean, content: Span[],
): { content: Span[]; vague: boolean } | null {
  const plain = srcStart >= 0 && !inverted && !left && !direct && content.length === 1 && content[0][0] >= toks[ce].e;
  if (SEEM_CUES.has(t.l) && ce === i && plain) {
    // "It seems (like) the vote will fail": an impersonal "it" is no subject of the content; it starts after the cue.
    const impersonal = srcStart === srcEnd && toks[srcStart].l === 'it' && !/^to\b/i.test(text.slice(content[0][0], content[0][0] + 3));
    if (impersonal) {
      const m = /^(?:like|as if|as though)\s+/i.exec(text.slice(content[0][0], Math.min(content[0][1], content[0][0] + 12)));
      return { content: m && content[0][0] + m[0].length < content[0][1] ? [[content[0][0] + m[0].length, content[0][1]]] : content, vague: true };
    }
    return { content: [[toks[subjectStart(toks, a, srcStart)].s, commentCut(toks, ce + 1, content[0][1])]], vague: true };
  }
  if (SEEM_CUES.has(t.l) && ce === cs) return { content, vague: false };
  if (plain && t.l === 'known' && toks[i + 1]?.l === 'as' && srcEnd === i - 1) return { content: [[toks[srcStart].s, content[0][1]]], vague: true };
  if (plain && t.l === 'reportedly') return { content: [[toks[srcStart].s, content[0][1]]], vague: true };
  return null;
}

/**
 * cueContent's exact skips (below): `on` turns them off (the tests compare the results with and without them), and
 * how many candidates each dropped early.
 */
export const contentSkips = { on: true, weak: 0, lowBand: 0 };

function cueContent(scan: UnitScan, cand: CueAt): number {
  const { text, toks, a, b, para, paraEnd, raws, covered, leftFloor } = scan;
  const { i, t, p, lowBand, cs, adverbHead, srcStart, srcEnd, shared, inverted, ingComma } = cand;
  let ce = cand.ce;
  // "…, adding later, “…”": an adverb between the cue and the comma before its quotation belongs to the cue.
  if (!inverted && ce + 3 < b && ((toks[ce + 1].m & M_CUE_ADVERBS_BEFORE_QUOTE) !== 0) && toks[ce + 1].q < 0 && toks[ce + 2].w === ',' && toks[ce + 3].k === 2 && toks[ce + 3].q >= 0) ce++;
  // "told reporters", "told him (that)", "told the BBC" — the listener is not content.
  let k = listenerEnd(toks, b, t, i, ce, inverted, srcEnd);
  const leadPos = inverted || srcStart < 0 ? cs : srcStart;
  // "In the coming months, she vowed to …", "But on Monday, the campaign announced that …": an introductory
  // phrase before the comma is not a content that the cue trails.
  const introLead = leadPos > a && ((toks[leadPos - 1].w === ',' && introPhrase(toks, a, leadPos - 1)) || ((toks[leadPos - 1].w === '—' || toks[leadPos - 1].w === '–') && datelineLead(toks, a, leadPos - 1)));
  const trailing0 = !introLead && leadPos > a && (toks[leadPos - 1].w === ',' || toks[leadPos - 1].k === 2);
  // Adverbials before "that": "said on Friday that", "said in a statement that", "told CNN that".
  if (toks[k] && toks[k].l !== 'that' && toks[k].q < 0 && (!trailing0 || THAT_FAR)) {
    let m = k;
    const ok = ((toks[k].m & M_PREP_SKIP) !== 0) || ((toks[k].m & M_TIME_WORDS) !== 0) || (isCap(toks[k]) && ((t.m & M_TELL_VERBS) !== 0)) || (THAT_FAR && ((t.m & M_TELL_VERBS) !== 0) && (((toks[k].m & M_DET) !== 0) || toks[k].k === 0));
    while (ok && m < b && m < k + (THAT_FAR ? 14 : 9) && toks[m].q < 0 && toks[m].l !== 'that' && toks[m].w !== '.' && toks[m].w !== ';' && !(cueTok(toks[m]) && !isCap(toks[m]))) m++;
    // ("told reporters at a summit that was held …": a relative "that" after a noun opens no reported clause.)
    if (ok && toks[m]?.l === 'that' && !(m > k && m + 1 < b && ((toks[m + 1].m & M_BE_HAVE) !== 0))) k = m;
  }
  // "said Wednesday his government …", "said on Friday the talks …": a day right after the cue is not content.
  if (toks[k] && toks[k].q < 0 && !trailing0) {
    let m = k;
    if (toks[m].l === 'on' && DAY_WORDS.has(toks[m + 1]?.l ?? '')) m++;
    if (((toks[m].m & M_DAY_WORDS) !== 0) && !/^(?:'s|’s)$/.test(toks[m + 1]?.w ?? '')) {
      m++;
      if (toks[m] && /^(?:morning|afternoon|evening|night)$/.test(toks[m].l)) m++;
      if (m < b && toks[m].q < 0 && toks[m].k === 0) k = m;
    }
  }
  // "warning voters that …", "seizing on a report that …": the content starts at "that".
  if (THAT_SKIP && toks[k] && toks[k].l !== 'that' && toks[k].q < 0 && toks[k].k === 0 && (toks[k].m & M_ADVERBIAL_START) === 0 || (THAT_SKIP && toks[k] && (toks[k].l === 'a' || toks[k].l === 'an' || toks[k].l === 'the'))) {
    for (let m = k + 1; m < b && m < k + 7; m++) {
      const u = toks[m];
      if (u.q >= 0 || u.k !== 0 || cueTok(u)) break;
      if (u.l === 'that') {
        if (m + 1 < b && toks[m + 1].k === 0 && (toks[m + 1].m & M_AUX) === 0) k = m;
        break;
      }
    }
  }
  // Right content.
  let rs = k;
  while (rs < b && toks[rs].q < 0 && (toks[rs].w === ':' || toks[rs].w === ',' || toks[rs].w === '—' || toks[rs].w === '-')) rs++;
  const hasColon = rs > k && toks[k].w === ':';
  // Content that is a noun phrase (not a clause): a cue outside the clausal verbs, not followed by "that"/a quote.
  const lemma = t.v ? t.v.lemma : CUE_FORMS.get(t.l);
  const npObject = !(lemma && CLAUSAL.has(lemma)) && toks[rs] && toks[rs].l !== 'that' && toks[rs].q < 0 && toks[rs].l !== 'to' && (toks[rs].m & M_SUBJ_PRONOUNS) === 0;
  // Stop at ";" outside quotes, at ", adding …", at "and said", and before a trailing ", X said".
  let re = rightContentEnd(toks, a, b, rs, npObject); // exclusive
  if (ingComma > rs && ingComma < re) re = ingComma;
  let rightWords = countWords(toks, rs, re);
  // "“…,” Lee said. “…”" read as one sentence: a period right after the cue ends it; what follows is no content.
  if (toks[k]?.w === '.' && toks[k].q < 0) rightWords = 0;
  if (toks[k]?.w === ',' && toks[k + 1] && toks[k + 1].l.endsWith('ing') && cueTok(toks[k + 1])) rightWords = 0;
  // The cue stands after its content: "…, X said", "“…,” said X", "…, X said in an interview".
  const lead0 = inverted || srcStart < 0 ? cs : srcStart;
  const trailingPos = !(introLead && rightWords >= 2 && toks[k]?.w !== ',' && !whenOrWhere(toks, rs, re)) && lead0 > a && (toks[lead0 - 1].w === ',' || toks[lead0 - 1].k === 2 || toks[lead0 - 1].w === '—') && !hasColon;
  let content: Span[] = [];
  let margin: number | undefined;
  /** The first token of a name that stands between a quotation and the appositive source, else -1. */
  let nameFrom = -1;
  let left = false;
  let colonEnd = false;
  let direct = false;
  const quoteBefore = trailingPos && lead0 - 1 >= a && (toks[lead0 - 1].k === 2 || (toks[lead0 - 1].w === ',' && lead0 - 2 >= a && toks[lead0 - 2].k === 2)) && toks[lead0 - 1].q >= -1;
  // "“…,” Lee told cheering supporters in Nashua.": after a quotation, the listener of a tell verb is no content.
  if (quoteBefore && rightWords > 0 && ((t.m & M_TELL_VERBS) !== 0) && !clauseIn(toks, rs, re)) rightWords = 0;
  // "“…,” Lee said matter-of-factly as the crowd left.", "“…,” says a source close to the talks.": after a
  // quotation that ends where its source begins, the quotation is the content, not the words after the cue.
  // (Only a quotation that opens the sentence: not a title quoted in the middle of it.)
  // (Not before a day: "… said this week the loans would be repaid" reports a clause of its own.)
  if (quoteBefore && rightWords > 0 && !(rs < b && (toks[rs].k === 2 || toks[rs].l === 'that' || ((toks[rs].m & M_DAY_WORDS) !== 0) || toks[rs].l === 'this' || toks[rs].l === 'last')) && toks[k]?.w !== ',' && quoteOpensUnit(toks, a, toks[lead0 - 1].k === 2 ? lead0 - 1 : lead0 - 2)) rightWords = 0;
  if (rs < b && toks[rs].k === 2 && toks[rs].q >= 0 && rightWords > 0 && !(quoteBefore && toks[k]?.w === ',')) {
    // "X said: “…”" — the quotation (and what follows it up to the end of the clause when it is a mixed quote).
    const qe = quoteEnd(toks, rs, b);
    const afterQuoteWords = countWords(toks, qe, re);
    if (afterQuoteWords <= 1) {
      content = [[toks[rs].s, toks[qe - 1].e]];
      direct = true;
      // "In other words, he said, “the …”": the words before the cue open the statement that the quotation goes on.
      const lead = trailingPos && !quoteBefore && toks[k]?.w === ',' && lowerAt(toks[rs + 1]) ? leadIn(toks, a, lead0 - 1, lemma ?? t.l) : -1;
      if (lead >= 0 && lead >= scan.leftFloor && !spanCovered(covered, toks[lead].s, toks[lead].e)) {
        content.unshift(trimSpanPunct(text, toks[lead].s, toks[lead0 - 2].e));
        direct = false;
      }
    } else {
      const [s0, e0] = refineRight(toks, rs, re, lemma ?? t.l);
      margin = lastLimit.margin;
      if (s0 > rs) ce = cueThrough(toks, ce, s0);
      content = [trimSpanPunct(text, toks[s0].s, toks[e0 - 1].e)];
    }
  } else if (rightWords === 1 && !trailingPos && (srcStart >= 0 || shared) && ((lemma === undefined && OBJECT_CUES.has(t.l)) || objectCue(t, lemma)) && rs < b && singleObject(toks[rs])) {
    // "Lee endorsed Ruiz.": a stance verb whose content is the one person it backs or opposes.
    content = [[toks[rs].s, toks[rs].e]];
  } else if (rightWords === 1 && srcStart >= 0 && lemma === 'say' && rs < b && toks[rs].q < 0 && ANSWER_WORDS.has(toks[rs].l)) {
    // "Most voters said yes.", "Lee said so.": a one-word answer.
    content = [[toks[rs].s, toks[rs].e]];
  } else if (rightWords >= 2 && !(trailingPos && (toks[k]?.w === ',' || toks[k]?.w === '(' || (toks[k] && ((toks[k].m & M_ADVERBIAL_START) !== 0) && toks[k].l !== 'that') || timeAdverbial(toks, rs, re) || whenOrWhere(toks, rs, re) || timeBeforeComma(toks, rs, re)))) {
    const cue = lemma ?? t.l;
    let s0: number;
    let e00: number;
    if (contentSkips.on && boundaryTrace.fn === null) {
      // Exact skips of a candidate that the tests after this branch surely drop (each would return i): the content
      // drawn here is one span, not direct, with no colon end, so "p < 0.6 with no source, none shared" returns i
      // whatever the span; and a low-band cue without a shared source returns i unless clearOpening holds at the
      // content's start, which is its first token's start (trimSpanPunct moves it only over a mark of
      // TRIM_CLASS's bit 1, and the span ends after that token: trailingOccasion and rightEnd end it past s0). The
      // end, the costly half of refineRight, is then not drawn. (Not while boundaryTrace is on: its training
      // script sees every draw.)
      if (p < 0.6 && srcStart < 0 && !shared) {
        contentSkips.weak++;
        return i;
      }
      s0 = rightStart(toks, rs, re, cue);
      if (lowBand && !shared && (TRIM_CLASS[text.charCodeAt(toks[s0].s)] & 1) === 0 && !clearOpening(text, toks[s0].s)) {
        contentSkips.lowBand++;
        return i;
      }
      e00 = rightEnd(toks, s0, re, cue);
    } else [s0, e00] = refineRight(toks, rs, re, cue);
    margin = lastLimit.margin;
    // "… more school funding in a statement on Thursday": the occasion at the end is not content.
    const e0 = trailingOccasion(toks, s0, e00);
      if (s0 > rs) ce = cueThrough(toks, ce, s0);
    content = [trimSpanPunct(text, toks[s0].s, toks[e0 - 1].e)];
  } else if (hasColon && rs >= b && toks[b - 1].e >= paraEnd - 1) {
    colonEnd = true;
  } else {
    // Left content: from the unit start to the comma before the source (or the cue).
    const lead = inverted || srcStart < 0 ? cs : srcStart;
    let le = lead - 1;
    while (le >= a && toks[le].q < 0 && toks[le].k === 1 && toks[le].w !== '”' && toks[le].w !== "''") le--;
    // "“…,” Ana Ruiz, the head of the riders’ group, said": the name between the quotation and the appositive
    // opens the source; the quotation alone is the content.
    if (!inverted && srcStart >= 0 && le > a + 2 && toks[le].q < 0 && isCap(toks[le]) && toks[lead - 1].w === ',') {
      let n = le;
      while (n > a && n > le - 4 && toks[n - 1].q < 0 && isCap(toks[n - 1])) n--;
      if (toks[n - 1].k === 2 && toks[n - 1].q >= 0 && toks[n - 2].w === ',' && toks[n - 2].q === toks[n - 1].q) {
        nameFrom = n;
        le = n - 1;
      }
    }
    if (le >= leftFloor && (lead - 1 < a || toks[lead - 1].w === ',' || toks[lead - 1].k === 2 || toks[lead - 1].w === '—')) {
      // The first quotation or the unit start.
      const ls = skipDateline(toks, refineLeft(toks, a, le, lemma ?? t.l), le);
      margin = lastLimit.margin;
      const span = trimSpanPunct(text, toks[ls].s, toks[le].e);
      if (span[1] > span[0]) {
        // "…, said Lee, a union leader …": after an inverted source, a comma opens its appositive, not more content;
        // only a predicate ("…, said Lee, is …") continues the clause.
        const mid = rightWords >= 2 && toks[k]?.w === ',' && !(toks[le].k === 2 && toks[ls].k === 2) && (!inverted || predicateAt(toks[k + 1]));
        if (mid) content = [trimSpanPunct(text, toks[ls].s, toks[re - 1].e)];
        else content = [span];
        left = true;
        direct = toks[le].k === 2 && toks[ls].k === 2 && toks[ls].q === toks[le].q;
        // A quotation split by its cue: "“…,” X said, “…”"
        if (direct && !mid) {
          let m = (inverted ? srcEnd : ce) + 1;
          while (m < b && toks[m].q < 0 && toks[m].k === 1) m++;
          // ("“…,” Lee told the council on Monday, “…”", "“…,” she said, but “…”": the rest of the frame first.)
          if (m < b && toks[m].q < 0 && toks[m].k === 0) {
            let n = m;
            while (n < b && n < m + 10 && toks[n].q < 0 && (toks[n].k === 0 || toks[n].w === '.' || toks[n].w === '’' || toks[n].w === "'") && !cueTok(toks[n])) n++;
            if (n < b && toks[n].w === ',' && toks[n].q < 0) {
              n++;
              if (n < b && (toks[n].l === 'but' || toks[n].l === 'and') && toks[n].q < 0) n++;
              if (n < b && toks[n].k === 2 && toks[n].q >= 0) m = n;
            }
          }
          if (m < b && toks[m].k === 2 && toks[m].q >= 0) {
            const qe = quoteEnd(toks, m, b);
            content.push([toks[m].s, toks[qe - 1].e]);
          }
        }
      }
    }
  }
  if (!content.length && !colonEnd) return i;
  // "Lee reported from Port Ellen.", "…, the bureau reported last week.": a byline or a date, not a report's content.
  if (lemma === 'report' && !left && !direct && content.length === 1 && rs < b && toks[rs].s === content[0][0] && (toks[rs].l === 'from' || toks[rs].l === 'last' || toks[rs].l === 'this')) return i;
  // Content must hold more than a bare object: two words or a quotation.
  if (!direct && content.length === 1 && !colonEnd) {
    const words = wordsIn(text, content[0], 2);
    if (words < 2 && !(words === 1 && !left && (srcStart >= 0 || shared) && (OBJECT_CUES.has(t.l) || objectCue(t, lemma)) && singleObjectAt(toks, content[0][0], rs, b)) && !(words === 1 && !left && srcStart >= 0 && lemma === 'say' && content[0][0] === toks[rs]?.s && ANSWER_WORDS.has(toks[rs].l))) return i;
    // (A participle sharing its source, "…, saying …", keeps a content below 0.6.)
    if (p < 0.6 && srcStart < 0 && !shared) return i;
  }
  // A cue of the low band reports a clause that opens plainly: "that …", a quotation, or a pronoun subject.
  if (lowBand && !direct && !(content.length && clearOpening(text, content[0][0])) && !shared) return i;
  let source: Span | null = srcStart >= 0 ? [toks[nameFrom >= 0 ? nameFrom : srcStart].s, toks[srcEnd].e] : shared ? shared.source : null;
  const head = srcEnd >= 0 ? toks[srcEnd].l : shared ? shared.sourceHead : '';
  // "The mayor seemed unmoved", "known as …", "reportedly": no speaker (speakerless below).
  let seemVague = false;
  const noSpeaker = speakerless(text, toks, a, t, i, cs, ce, srcStart, srcEnd, inverted, left, direct, content);
  if (noSpeaker) {
    content = noSpeaker.content;
    source = null;
    seemVague = noSpeaker.vague;
  }
  // "the wall, which he said Mexico would pay for", "what he calls a rigged system": the relative pronoun before the
  // source stands for the content (the cue's object) and opens it; PARC draws the content over source and cue.
  if (!seemVague && !inverted && !left && srcStart > a && content.length === 1 && content[0][0] >= toks[ce].e && relativeObject(toks, a, srcStart) && !/^(?:that|whether|if)\b/i.test(text.slice(content[0][0], content[0][0] + 8))) {
    content = [[toks[srcStart - 1].s, content[0][1]]];
  }
  raws.push({
    source,
    sourceHead: source ? head : '',
    cue: [toks[cs].s, toks[ce].e],
    content,
    para,
    direct,
    vague: seemVague || VAGUE_SOURCES.has(head) || t.l === 'reportedly',
    left,
    colonEnd,
    score: p,
    margin,
    sharedWith: shared ?? undefined,
    question: undefined,
  });
  for (const c of content) covered.push(c);
  return inverted ? srcEnd : adverbHead ? ce : i;
}

const SUBJECT_LINKS = set('of for from among on with in at to about nor the a an');
const SUBJECT_LEADS = set('and but still now however indeed yet so');
/**
 * "The outline of a strategy seems clear", "Neither Lee nor her aides were charged": the subject of an impression or
 * a passive that the noun phrase finder cut at a preposition runs back to the start of its clause (the unit start,
 * after a leading "And"/"But"), when the words before contain no punctuation and no verb.
 */
function subjectStart(toks: Token[], a: number, st: number): number {
  if (st <= a || !SUBJECT_LINKS.has(toks[st - 1].l) || toks[st - 1].q >= 0) return st;
  let f = a;
  // (After an introductory clause: "If Lee wins, the losing side in the vote is expected to …".)
  for (let m = st - 2; m > a && m > st - 12; m--) if (toks[m].w === ',' && toks[m].q < 0) { f = m + 1; break; }
  while (f < st && (toks[f].k !== 0 || SUBJECT_LEADS.has(toks[f].l) || ((toks[f].m & M_LEAD_SUBORDINATORS) !== 0))) f++;
  if (f >= st - 1) return st;
  for (let m = f; m < st; m++) {
    const u = toks[m];
    if (u.k !== 0 || u.q >= 0 || ((u.m & M_BE_HAVE) !== 0) || u.l === 'said' || u.l === 'says' || u.l === 'told' || u.l === 'did' || u.l === 'does' || u.l === 'do') return st;
  }
  return f;
}
const COMMENT_WORDS = set('but and with while which who as');
/**
 * The end (a character offset) of an impression or a passive's complement before a comment on it (", but …",
 * ", with …", ", killing …"): the first such comma outside quotations after token `from`; else `end`.
 */
function commentCut(toks: Token[], from: number, end: number): number {
  for (let m = from; m + 1 < toks.length && toks[m + 1].e <= end; m++) {
    const u = toks[m];
    if (u.q >= 0 || u.w !== ',') continue;
    const n = toks[m + 1];
    if (n.q < 0 && n.k === 0 && (COMMENT_WORDS.has(n.l) || (n.l.length > 4 && n.l.endsWith('ing')))) return toks[m - 1].e;
  }
  return end;
}

const RELATIVE_OBJECTS = set('which who whom what');
const RELATIVE_PREPS = set('in during at to for from on with by of under after before through about into over among against upon within without between');
const RELATIVE_SOURCE = set('he she they i we it you the a an some many most officials critics experts analysts advocates economists');
/**
 * "…, which he said …": the source at token f follows a relative pronoun that is not the object of a preposition ("in
 * which he said …") and is a plain subject (a pronoun, a name, a noun phrase with its determiner).
 */
function relativeObject(toks: Token[], a: number, f: number): boolean {
  const r = toks[f - 1];
  if (r.k !== 0 || r.q >= 0 || !RELATIVE_OBJECTS.has(r.l)) return false;
  if (f - 2 >= a && RELATIVE_PREPS.has(toks[f - 2].l)) return false;
  const s = toks[f];
  return s.k === 0 && (isCap(s) || RELATIVE_SOURCE.has(s.l));
}

/** /(?:ed|id|ld)$/ (a past form: "added", "said", "told"), without a regex run per token. */
const pastSuffix = (l: string): boolean => l.endsWith('ed') || l.endsWith('id') || l.endsWith('ld');

/**
 * Where a right content that starts at token rs ends (exclusive): at ";" outside quotes, before ", adding …", "and said",
 * a trailing ", X said", a comment on the clause, or (npObject) the prepositional phrase after a transitive cue's object.
 */
function rightContentEnd(toks: Token[], a: number, b: number, rs: number, npObject: boolean): number {
for (let m = rs + 1; m < b; m++) {
  const u = toks[m];
  // "said she felt … because “most people don’t know,” she said.": a quotation closed after a comma, then a cue
  // that trails it, ends the content.
  if (u.k === 2 && u.q >= 0 && toks[m - 1].w === ',' && m + 2 < b && toks[m + 1].q < 0 && trailingCue(toks, m + 1, b, a, true)) return m + 1;
  if (u.q >= 0) continue;
  if (u.w === ';') {
    return m;
  }
  if (u.w === ',' && m + 1 < b && toks[m + 1].q < 0 && toks[m + 1].l.endsWith('ing') && cueTok(toks[m + 1]) && cueScore(toks, m + 1, a, b) >= CUE_THRESHOLD) {
    return m;
  }
  if (u.l === 'and' && m + 1 < b && cueTok(toks[m + 1]) && pastSuffix(toks[m + 1].l) && cueScore(toks, m + 1, a, b) >= CUE_THRESHOLD) {
    return m;
  }
  // "… and even questioned …", "… and says …": a second speech verb of the same subject (after an adverb, in any tense).
  if (u.l === 'and' && m + 2 < b) {
    const v = LY_ADVERB(toks[m + 1]) || AND_ADVERBS.has(toks[m + 1].l) ? m + 2 : m + 1;
    if (v > m + 1 || !pastSuffix(toks[v].l)) {
      if (toks[v].k === 0 && toks[v].q < 0 && !isCap(toks[v]) && (pastSuffix(toks[v].l) || toks[v].l.endsWith('s') || toks[v].l.endsWith('ing')) && cueTok(toks[v]) && cueScore(toks, v, a, b) >= CUE_THRESHOLD) return m;
    }
  }
  // (Also ", though she acknowledged …", "and while officials said …".)
  if ((u.l === 'and' || u.l === 'but' || u.l === 'while' || u.w === ',') && m > rs + 2 && (clauseWithCue(toks, m + 1, b, a) || (m + 2 < b && SUBORDINATORS.has(toks[m + 1].l) && clauseWithCue(toks, m + 2, b, a)))) {
    return m;
  }
  if (u.w === ',' && m + 2 < b && trailingCue(toks, m + 1, b, a)) {
    return m;
  }
  // A comment on the clause: ", but …", ", which …", " — …".
  if (STOP_COMMA && m > rs + 1 && (u.w === ',' || u.w === '—' || u.w === '―' || u.w === '(') && m + 1 < b && toks[m + 1].q < 0 && (u.w !== ',' || COMMA_STOPS.has(toks[m + 1].l) || (ING_STOP && /ing$/.test(toks[m + 1].l) && toks[m + 1].l.length > 5))) {
    return m;
  }
  // A transitive cue's object ends before a prepositional phrase ("attacked Machado in tweets").
  if (STOP_PREP && npObject && m > rs && u.k === 0 && NP_END_PREP.has(u.l)) {
    return m;
  }
}
  return b;
}

/**
 * Whether processUnit can find anything in [a, b) (a > 0: no paragraph label): a word outside quotes that may be a
 * cue or open a special form, or a quotation mark inside a quote. Most units hold neither and skip the call.
 */
function mayAttribute(toks: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.q < 0 ? t.k === 0 && !(t.p === 0 && (t.v ? t.at : wordFlags(t.l)) === 0) : t.k === 2) return true;
  }
  return false;
}

/** Only spaces and then a line break stand in text[s, e) ("Ana Lee \u00a0\n"). */
function lineEndsAt(text: string, s: number, e: number): boolean {
  for (let x = s; x < e; x++) {
    const c = text.charCodeAt(x);
    if (c === 10) return true;
    if (c !== 32 && c !== 0xa0 && c !== 9 && c !== 13) return false;
  }
  return false;
}

/** Some span of `covered` holds [s, e]. (A function of its own: a closure in processUnit's loops would capture them.) */
function spanCovered(covered: Span[], s: number, e: number): boolean {
  for (let k = 0; k < covered.length; k++) {
    const c = covered[k];
    if (c[0] <= s && e <= c[1]) return true;
  }
  return false;
}

/** Some token in [s, e) has surface w. */
function hasWord(toks: Token[], s: number, e: number, w: string): boolean {
  for (let k = s; k < e && k < toks.length; k++) if (toks[k].w === w) return true;
  return false;
}

/** processUnit's nested-cue filter over the unit's raws (those from unitStartRaws on). */
function dropNested(text: string, raws: Raw[], unitStartRaws: number): void {
  const mine = raws.slice(unitStartRaws);
  const keep = mine.filter((r) => {
    if (r.left) return true;
    if (mine.some((o) => o !== r && o.left && !o.direct && o.content.length > 0 && o.content[0][0] <= r.cue[0] && r.cue[1] <= o.content[0][1] && (r.score ?? 0) < NESTED_MIN)) return false;
    // A weak cue inside the reported clause of a report ("Lee says that the team avoided …"): not a relation of its
    // own, unless it reports a clause of its own ("… said Brandt told him that …", "… issued a statement that …").
    const c = r.content[0];
    if (c && text.startsWith('that ', c[0])) return true;
    return !mine.some((o) => o !== r && !o.left && !o.direct && (o.score ?? 0) >= NESTED_OUTER && o.content.length > 0 && o.content[0][0] <= r.cue[0] && r.cue[1] <= o.content[0][1] && (r.score ?? 1) < NESTED_RIGHT_MIN);
  });
  raws.length = unitStartRaws;
  raws.push(...keep);
}

/** processUnit's outer-cue filter over the unit's raws (those from unitStartRaws on). */
function dropOuter(text: string, raws: Raw[], unitStartRaws: number): void {
  const mine = raws.slice(unitStartRaws);
  const keep = mine.filter((r) => {
    if (r.left || r.direct || (r.score ?? 1) >= OUTER_MAX) return true;
    const c = r.content[0];
    if (!c) return true;
    if (OUTER_THAT && /^that\b/i.test(text.slice(c[0], c[0] + 5))) return true;
    return !mine.some((o) => o !== r && o.cue[0] >= c[0] && o.cue[0] - c[0] < 50 && o.cue[1] <= c[1] && (!OUTER_ING || /ing$/.test(text.slice(o.cue[0], o.cue[1]))));
  });
  raws.length = unitStartRaws;
  raws.push(...keep);
}

/** The quotation whose closing mark is token m opens unit [a, …) (only punctuation before it). */
function quoteOpensUnit(toks: Token[], a: number, m: number): boolean {
  const q = toks[m].q;
  if (q < 0) return false;
  let f = a;
  while (f < m && toks[f].k === 1) f++;
  return f < m && toks[f].q === q;
}

/** Token j, or the first before it that is no auxiliary, could end a source noun phrase or link a cue to one. */
function mayEndSource(toks: Token[], j: number, a: number): boolean {
  while (j >= a && toks[j].q < 0 && toks[j].k === 0 && ((toks[j].m & M_AUX) !== 0)) j--;
  if (j < a || toks[j].q >= 0) return false;
  const u = toks[j];
  if (u.k !== 0) return u.k === 2 || u.w === ',' || u.w === ')' || u.w === '—' || u.w === '–';
  // (Also the words that link a participle or a coordinated cue to its clause's subject: "and", "by saying".)
  return (u.m & M_NOT_SOURCE_HEAD) === 0 || ((u.m & M_SUBJ_PRONOUNS) !== 0) || ((u.m & M_FLOATING) !== 0) || u.l === 'and' || u.l === 'but' || u.l === 'by' || u.l === 'while' || ((u.m & M_ING_LINKS) !== 0) || ((u.m & M_ING_PREPS) !== 0) || ((u.m & M_ING_OPENERS) !== 0);
}

/** The content starting at offset s opens with "that", a quotation mark or a subject pronoun. */
function clearOpening(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  if (c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 0xab || c === 96) return true;
  let e = s;
  while (e < text.length && e < s + 5 && (CHAR_CLASS[text.charCodeAt(e)] & 1) !== 0) e++;
  const w = text.slice(s, e).toLowerCase();
  return w === 'that' || (SUBJ_PRONOUNS.has(w) && w !== 'you');
}

/** openingSubject's first token (valid when it returns >= 0). */
let subjStart = -1;
/**
 * The subject noun phrase that opens the clause of a cue at token cs (unit [a, …)): "The mayor shook hands and said …",
 * "By the end of the day, the mayor … and said …". Returns its last token (its first in subjStart), or -1.
 */
function openingSubject(toks: Token[], a: number, cs: number, ingCue: boolean): number {
  let f = a;
  while (f < cs && (toks[f].k !== 0 || toks[f].l === 'but' || toks[f].l === 'and')) f++;
  // "By the end of the day, the mayor … and said …": the subject follows an introductory phrase.
  if (f < cs && toks[f].q < 0 && ((toks[f].m & M_INTRO_OPENERS) !== 0)) {
    let m = f + 1;
    while (m < cs && m < f + 12 && toks[m].q < 0 && toks[m].w !== ',') m++;
    if (m + 1 < cs && toks[m].w === ',' && introPhrase(toks, f, m)) f = m + 1;
  }
  subjStart = f;
  const se = f < cs && toks[f].q < 0 && (isCap(toks[f]) || ((toks[f].m & M_SUBJ_PRONOUNS) !== 0) || ((toks[f].m & M_DET) !== 0)) ? npRight(toks, f, cs - 1, 6) : -1;
  const h = se >= 0 ? toks[se] : null;
  // "The mayor shook hands and said …": the subject is the noun phrase the clause opens with.
  const se2 = f < cs && toks[f].q < 0 ? subjectEnd(toks, f, cs - 1) : -1;
  if (se2 >= 0) return se2;
  if (h && se + 1 < cs - 1 && (toks[se + 1].k === 0 || (ingCue && toks[se + 1].w === ',' && isCap(h))) && (h.m & M_DAY_WORDS) === 0 && (h.m & M_DET) === 0 && (isCap(h) || ((h.m & M_SUBJ_PRONOUNS) !== 0) || ((h.m & M_ROLE_NOUNS) !== 0))) return se;
  return -1;
}

/** Unit [a, b) follows a quotation closed by "?" or "!" and opens with a speaker and a cue ("Lee asked."). */
function cueAfterQuote(toks: Token[], a: number, b: number): boolean {
  if (a < 2 || toks[a - 1].k !== 2 || toks[a - 1].q < 0 || (toks[a - 2].w !== '?' && toks[a - 2].w !== '!')) return false;
  if (!isCap(toks[a]) && (toks[a].m & M_DET) === 0) return false;
  for (let k = a + 1; k < b && k < a + 7; k++) {
    const u = toks[k];
    if (u.k !== 0 || u.q >= 0) return false;
    if (!isCap(u) && cueTok(u)) return cueScore(toks, k, a, b) >= CUE_THRESHOLD;
  }
  return false;
}

/**
 * The head of the subject noun phrase that opens a clause at token f (before token e): determiners, names, role
 * nouns and up to two modifiers, followed by a lower-case word (its verb). -1 when the clause does not open so.
 */
function subjectEnd(toks: Token[], f: number, e: number): number {
  const t0 = toks[f];
  if (t0.k !== 0) return -1;
  if (((t0.m & M_SUBJ_PRONOUNS) !== 0) && t0.l !== 'it' && t0.l !== 'you') return f + 1 < e && toks[f + 1].k === 0 ? f : -1;
  let head = -1;
  let mods = 0;
  let k = f;
  for (; k < e && k < f + 8; k++) {
    const u = toks[k];
    if (u.q >= 0) return -1;
    if (u.k === 1) {
      if ((u.w === '.' || u.w === '-') && head === k - 1) continue;
      break;
    }
    if (u.l === "'s" || u.l === '’s') continue;
    if (k === f && ((u.m & M_DET) !== 0) && u.l !== 'that' && u.l !== 'this') continue;
    if (isCap(u) && (u.m & M_NOT_SOURCE_HEAD) === 0) head = k;
    else if ((u.m & M_ROLE_NOUNS) !== 0) head = k;
    else if (head < 0 && mods < 3 && k > f && (u.m & M_NOT_SOURCE_HEAD) === 0 && (u.m & M_AUX) === 0 && !cueTok(u) && !pastVerb(u.l)) mods++;
    else break;
  }
  // "The harbor master toured …": after a determiner, the last modifier before a past-tense verb heads the phrase.
  if (head < 0 && mods > 0 && ((t0.m & M_DET) !== 0) && k < e && k === f + 1 + mods && pastVerb(toks[k].l)) head = k - 1;
  if (head < 0 || k >= e || k !== head + 1 || toks[k].k !== 0 || isCap(toks[k]) || ((toks[head].m & M_DAY_WORDS) !== 0)) return -1;
  return head;
}

const PAST_IRREGULAR = set('began went took made gave came got met spent sought brought led left held ran saw won lost kept sent stood spoke found thought felt meant became grew fell rose');
/** A past-tense verb form ("toured", "began"). */
const pastVerb = (l: string): boolean => (l.length > 3 && l.endsWith('ed')) || PAST_IRREGULAR.has(l);

/** Some word in [s, e) passes as a cue (unit [a, e)). */
function hasCue(toks: Token[], s: number, e: number, a: number): boolean {
  for (let k = s; k < e; k++) if (toks[k].q < 0 && toks[k].k === 0 && cueTok(toks[k]) && cueScore(toks, k, a, e) >= CUE_THRESHOLD) return true;
  return false;
}

/** Tokens [s, e) hold a clause of their own: "that", "to", a quotation, or a finite or past verb. */
function clauseIn(toks: Token[], s: number, e: number): boolean {
  for (let m = s; m < e; m++) {
    const u = toks[m];
    if (u.k === 2) return true;
    if (u.k !== 0 || u.q >= 0) continue;
    if (u.l === 'that' || u.l === 'to' || ((u.m & M_BE_HAVE) !== 0) || (m > s && pastVerb(u.l) && !isCap(u))) return true;
  }
  return false;
}

/** Words inside a speaker label: "Lee to the council:", "Lee at the summit:". */
const LABEL_LINKS = set('to at of on and the');
/** Single capitalized words before a colon that label the page, not a speaker. */
const LABEL_STOP = set(
  'note notes update updated updates photo photos source sources editor correction related read watch video see also ' +
    'transcript warning disclaimer credit image file files tags tag topics subject date location by from to cc re q a question ' +
    'answer summary background abstract full text caption share comments comment advertisement ad contact email phone ' +
    'fact check bottom line analysis opinion editorial commentary exclusive breaking live latest contributing twitter ' +
    'facebook instagram follow',
);

/** Words that open the question after a sentence-initial "Asked". */
const QUESTION_OPENERS = set('whether if about what how why who when where which');

/** Words that open a time or place adverbial after a cue ("said this week", "said outside the court"). */
const TIME_OPENERS = set(
  'this last earlier later outside inside today yesterday tonight recently afterward afterwards shortly late early then again ' +
    'here there repeatedly monday tuesday wednesday thursday friday saturday sunday ' +
    // "said several months after her release", "said in a statement", "said as he entered the talks"
    'several few two three four five six seven eight nine ten moments minutes hours days weeks months years ' +
    'at during after before in on while when as',
);
/** "…, lawmakers said Friday afternoon, as they …": a short time or place adverbial up to a comma opens [s, e). */
function timeBeforeComma(toks: Token[], s: number, e: number): boolean {
  for (let m = s + 1; m < e && m < s + 9; m++) if (toks[m].w === ',') return timeAdverbial(toks, s, m);
  // (Also when the content was cut at that comma: "…, Lee said Tuesday in Port Ellen, noting …".)
  return e < toks.length && e - s < 9 && toks[e].w === ',' && toks[e].q < 0 && timeAdverbial(toks, s, e);
}
/**
 * Tokens [s, e) (up to the end of the unit) are only a day or the occasion of a statement: "Monday morning",
 * "late on Friday", "in his interview", "during a news conference".
 */
function whenOrWhere(toks: Token[], s: number, e: number): boolean {
  while (e > s && toks[e - 1].k === 1) e--;
  if (s >= e || e - s > 6) return false;
  let day = true;
  for (let m = s; m < e && day; m++) {
    const u = toks[m];
    day = u.k === 0 && u.q < 0 && (((u.m & M_DAY_WORDS) !== 0) || ((u.m & M_DAY_PARTS) !== 0) || ((u.m & M_WHEN_LINKS) !== 0));
  }
  if (day) return true;
  const last = toks[e - 1];
  if ((toks[s].m & M_OCCASION_PREPS) === 0 || last.k !== 0 || (last.m & M_OCCASIONS) === 0 || !(DET.has(toks[s + 1]?.l ?? '') || POSSESSIVES.has(toks[s + 1]?.l ?? ''))) return false;
  for (let m = s; m < e; m++) if (toks[m].k !== 0 || toks[m].q >= 0) return false;
  return true;
}
/** Token k is a lower-case noun-like word followed by a speech verb that passes as a cue ("members said"). */
function nounThenSpeech(toks: Token[], k: number, a: number, b: number): boolean {
  const u = toks[k];
  const v = toks[k + 1];
  if (u.k !== 0 || u.q >= 0 || isCap(u) || ((u.m & M_NOT_SOURCE_HEAD) !== 0) || ((u.m & M_AUX) !== 0) || cueTok(u) || v.k !== 0 || v.q >= 0) return false;
  const lemma = CUE_FORMS.get(v.l);
  return lemma !== undefined && CLAUSAL.has(lemma) && cueScore(toks, k + 1, a, b) >= 0.5;
}
/** The end of [s, e) without a closing occasion ("… in a statement", "… in an interview on Monday"). */
function trailingOccasion(toks: Token[], s: number, e: number): number {
  let end = e;
  while (end > s && toks[end - 1].k === 1) end--;
  for (let p = end - 3; p > s + 1 && p >= end - 9; p--) {
    if (toks[p].q >= 0) return e;
    if ((toks[p].m & M_OCCASION_PREPS) === 0) continue;
    let q = p + 2;
    while (q < end && q < p + 5 && (toks[q].m & M_OCCASIONS) === 0) q++;
    if (q >= end || (toks[q].m & M_OCCASIONS) === 0 || !whenOrWhere(toks, p, q + 1)) continue;
    if (q + 1 === end || whenOrWhere(toks, q + 1, end)) return p;
  }
  return e;
}
/** Tokens [s, e) are a short time or place adverbial: no verb, no "that", at most 6 words. */
function timeAdverbial(toks: Token[], s: number, e: number): boolean {
  if (s >= e || toks[s].k !== 0 || toks[s].q >= 0 || !TIME_OPENERS.has(toks[s].l)) return false;
  let n = 0;
  for (let m = s; m < e; m++) {
    const u = toks[m];
    if (u.q >= 0 || u.k === 2) return false;
    if (u.k !== 0) continue;
    if (++n > 6 || u.l === 'that' || ((u.m & M_BE_HAVE) !== 0) || u.l === 'did' || (m > s && cueTok(u))) return false;
  }
  return true;
}

/** Words that open an introductory phrase or clause ("In May, …", "But on Monday, …", "Although …, …"). */
const INTRO_OPENERS = set(
  'in on at for during after before since with without despite amid as by over under through throughout following when while ' +
    'although though if because but and yet so then still however meanwhile later earlier last this next once even unlike like ' +
    'instead also besides beyond within upon until among to from ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december yesterday today tonight',
);
/** Tokens [a, e) are a dateline ("HARWICH, Maine (AP)"): capitalized words, commas, periods and a parenthesis. */
function datelineLead(toks: Token[], a: number, e: number): boolean {
  if (e - a < 1 || !isAllCaps(toks[a])) return false;
  for (let m = a; m < e; m++) {
    const u = toks[m];
    if (u.q >= 0 || u.k === 2) return false;
    if (u.k === 1 ? !(u.w === ',' || u.w === '.' || u.w === '(' || u.w === ')') : !isCap(u) && !/^\d/.test(u.w)) return false;
  }
  return true;
}

/** A left content that opens with a dateline ("HARWICH, Maine ― …"): its first token after the dash (before e). */
function skipDateline(toks: Token[], s: number, e: number): number {
  if (!isCap(toks[s])) return s;
  for (let d = s + 1; d < e && d < s + 12; d++) {
    const w = toks[d].w;
    if (w === '―' || w === '—' || w === '–' || w === '-' || w === '--') return (datelineLead(toks, s, d) || agencyLead(toks, s, d)) && d + 1 <= e ? d + 1 : s;
  }
  return s;
}
/** Tokens [a, e) are a dateline with an agency ("New York (AFP)", "Port Ellen (Reuters)"): capitalized words, commas, periods, then the agency in parentheses. */
function agencyLead(toks: Token[], a: number, e: number): boolean {
  if (e - a < 4 || toks[e - 1].w !== ')' || toks[e - 3].w !== '(' || !isCap(toks[e - 2])) return false;
  for (let m = a; m < e - 3; m++) {
    const u = toks[m];
    if (u.q >= 0 || u.k === 2) return false;
    if (u.k === 1 ? !(u.w === ',' || u.w === '.') : !isCap(u)) return false;
  }
  return true;
}

/** Tokens [a, e) (e: the comma before the source) are an introductory phrase, with no quotation in it. */
function introPhrase(toks: Token[], a: number, e: number): boolean {
  let f = a;
  while (f < e && toks[f].k === 1) f++;
  if (f >= e || toks[f].k !== 0) return false;
  for (let m = f; m < e; m++) if (toks[m].q >= 0 || toks[m].k === 2) return false;
  const u = toks[f];
  if (((u.m & M_INTRO_OPENERS) !== 0) || (isCap(u) && u.l.endsWith('ing') && f + 1 < e && !cueTok(u))) return true;
  // "More recently, …", "Headed into the vote, …", "Minutes later, …": a short phrase of a few words, or one opening
  // with a participle.
  if (isCap(u) && f + 1 < e && ((e - f <= 3 && !cueTok(u)) || (u.l.endsWith('ed') && u.l.length > 4 && !cueTok(u)))) {
    for (let m = f; m < e; m++) if (toks[m].k !== 0 || (m > f && (cueTok(toks[m]) || ((toks[m].m & M_BE_HAVE) !== 0)))) return false;
    return true;
  }
  return false;
}

/** A token that opens a predicate: a finite verb or auxiliary, or a past-tense form ("grew", "rose" aside). */
const predicateAt = (t: Token | undefined): boolean => !!t && t.k === 0 && t.q < 0 && (FINITE.has(t.l) || (t.l.length > 4 && t.l.endsWith('ed')));

/** The cue's last token once its content starts at token s: the last word before s ("railed against"). */
function cueThrough(toks: Token[], ce: number, s: number): number {
  let m = s - 1;
  while (m > ce && toks[m].k !== 0) m--;
  return m;
}

/** A new clause with its own cue starts at token m: "[and] Democrats accused …", "[while] the mayor said …". */
function clauseWithCue(toks: Token[], m: number, b: number, a: number): boolean {
  if (m >= b || toks[m].q >= 0 || toks[m].k !== 0) return false;
  // (Also "… while 73 percent said …".)
  if (!(isCap(toks[m]) || ((toks[m].m & M_SUBJ_PRONOUNS) !== 0) || ((toks[m].m & M_DET) !== 0) || ((toks[m].m & M_ROLE_NOUNS) !== 0) || (isDigit(toks[m].w.charCodeAt(0)) && m + 1 < b && (toks[m + 1].l === 'percent' || toks[m + 1].w === '%')))) return false;
  for (let k = m; k < b && k < m + 7; k++) {
    const u = toks[k];
    if (u.q >= 0 || u.k === 2) return false;
    if (u.k === 0 && k > m && !u.l.endsWith('ing') && cueTok(u) && cueScore(toks, k, a, b) >= CUE_LOW) {
      let j = k - 1;
      while (j > m && ((toks[j].m & M_AUX) !== 0)) j--;
      return npLeft(toks, j, m) === m;
    }
    if (u.k === 1 && u.w !== '.' && u.w !== '-') return false;
  }
  return false;
}

/** ", X said" / ", said X" ending the unit at token m (the token after the comma). */
function trailingCue(toks: Token[], m: number, b: number, a: number, orPeriod = false): boolean {
  // up to 6 tokens of NP then a cue, then the unit end or a comma
  for (let k = m; k < b && k < m + 7; k++) {
    const u = toks[k];
    if (u.q >= 0) return false;
    if (u.k === 0 && cueTok(u) && cueScore(toks, k, a, b) >= CUE_THRESHOLD) {
      if (k === m && !(toks[k + 1] && (isCap(toks[k + 1]) || ((toks[k + 1].m & M_SUBJ_PRONOUNS) !== 0) || ((toks[k + 1].m & M_DET) !== 0)))) return false;
      if (k > m && npLeft(toks, k - 1, m) !== m && (toks[k - 1].m & M_AUX) === 0) return false;
      let e = k + 1;
      if (k === m) e = npRight(toks, k + 1, b, 8) + 1;
      if (e <= 0) return false;
      while (e < b && toks[e].k === 1 && toks[e].w !== ',' && !(orPeriod && toks[e].w === '.')) e++;
      return e >= b || toks[e].w === ',' || (orPeriod && toks[e].w === '.');
    }
    if (u.k !== 0) return false;
  }
  return false;
}

function countWords(toks: Token[], s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) if (toks[i].k === 0) n++;
  return n;
}

/** Runs of word characters in span, counted up to `max`. */
function wordsIn(text: string, span: Span, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = span[0]; i < span[1]; i++) {
    const w = (CHAR_CLASS[text.charCodeAt(i)] & 1) !== 0;
    if (w && !inWord && ++n >= max) return n;
    inWord = w;
  }
  return n;
}

/** A quotation mark in text[span]. */
function quoteIn(text: string, span: Span): boolean {
  for (let i = span[0]; i < span[1]; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34 || (c === 39 && text.charCodeAt(i + 1) === 39)) return true;
  }
  return false;
}

/** A word starting with a lower-case letter. */
function lowerAt(t: Token | undefined): boolean {
  if (!t || t.k !== 0) return false;
  const c = t.w.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/**
 * The first token of the words before ", X said, “…”" when they open the statement: at least two words outside
 * quotation marks and no cue of their own; else -1. (le: the comma before the source.)
 */
function leadIn(toks: Token[], a: number, le: number, cue: string): number {
  if (le <= a || toks[le].w !== ',') return -1;
  let words = 0;
  for (let m = a; m < le; m++) {
    const u = toks[m];
    if (u.q >= 0) return -1;
    if (u.k === 0) words++;
  }
  if (words < 2 || hasCue(toks, a, le, a)) return -1;
  const ls = skipDateline(toks, refineLeft(toks, a, le - 1, cue), le - 1);
  return ls < le ? ls : -1;
}

export { PRONOUNS };
