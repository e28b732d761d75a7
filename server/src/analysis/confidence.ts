// How sure the analyzer is of a reported statement's span: a small logistic model over the finished attribution
// (its cue, type, source, where its content stands and what the content holds), trained on the train split of
// PolNeAR by scripts/train-confidence.mjs to predict that the content span is exactly the one an annotator marks
// (weights in confidence-model.json, compact format of model-codec.ts). Reported (indirect or mixed) statements
// under the model's threshold are left out: most are no attribution at all ("filed for bankruptcy", "known as")
// or one whose limits the rules drew wrong. Direct quotations, transcript turns ("LEE: …") and nested statements
// with a plain speech verb ("Lee said Ortiz told him that …") are always kept. AnalyzeOptions.keepUncertain keeps all.
import type { Attribution } from './model';
import model from './confidence-model.json';
import { decodeNested, type EncodedModel, type Nest } from './model-codec';

/** What the rules knew of an attribution when they drew it: the cue's score and the boundary model's margin. */
export interface RuleFacts {
  cueScore?: number;
  margin?: number;
}

interface ConfidenceModel extends EncodedModel {
  /** Probability under which an eligible attribution is left out. */
  threshold: number;
}

const M = model as ConfidenceModel;

/** Probability under which a reported statement is left out. */
export const CONFIDENCE_THRESHOLD: number = M.threshold;

/** The training script's hook: sees every eligible attribution's features (it analyzes with keepUncertain). */
export const confidenceTrace: { fn: ((text: string, a: Attribution, features: string[]) => void) | null } = { fn: null };

// The templates, in the order confidenceFeatures emits them; a feature is "template=value". A new template goes
// into confidenceFeatures and, at the same place in the sum, into attributionConfidence (test/unit/confidence-fast).
const TEMPLATES = [
  'cue', 'cl', 'ty', 'v', 'par', 'ch', 'sb', 'side', 'len', 'w', 'fw', 'q0', 'bef', 'aft', 'sp', 'gap', 'nc',
  'ty|side', 'cl|side', 'cl|sb', 'ty|sb', 'side|fw', 'cl|w', 'ty|len', 'side|aft', 'side|bef', 'par|ty',
  'has', 'has|side', 'pty', 'pty|person', 'pty|cl', 'sh', 'cf', 'cn', 'pe', 'ps', 'side|pe', 'side|ps', 'cl|pe',
  'pe|ps', 'cm', 'last', 'first', 'q1', 'q01', 'em', 'em|side', 'em|ty', 'cs', 'cs|side',
] as const;
type Template = (typeof TEMPLATES)[number];
const T = Object.fromEntries(TEMPLATES.map((t, i) => [t, i])) as Record<Template, number>;

// The values of the templates with a closed set of values. walk() below gives each such value as its index in
// its list, so that the scorer reads a weight from a typed array instead of a map keyed by a string.
const TY = ['direct', 'indirect', 'mixed'] as const;
const BOOL = ['false', 'true'] as const;
const SB = ['S0', 'Spro', 'S1', 'S2', 'S4'] as const;
const SIDE = ['R', 'L', 'M', 'N'] as const;
const PE = ['P', 'n'] as const;
const PS = ['P', 'S', 'n'] as const;
const PERSON = ['12', '3', '0'] as const;
const QN = ['q', 'n'] as const;
/** The boundary model's margin, bucketed. */
const EM = ['none', 'inf', '0', '1', '2', '3', '4', '5'] as const;
/** The cue's score in tenths; the last value stands for a score that is not a number (no weight). */
const CS = ['none', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'undefined'] as const;
const CS_NAN = CS.length - 1;
/** The parent's type, "C" after a transcript turn's colon, or "none". */
const PTY = ['none', 'direct', 'indirect', 'mixed', 'directC', 'indirectC', 'mixedC'] as const;
const log2Bucket = (n: number): number => (n <= 0 ? 0 : Math.min(12, Math.floor(Math.log2(n))));
const NUM = Array.from({ length: 13 }, (_, i) => String(i));
/** The first words with a value of their own ("fw=that"), then the classes of the others. */
const FW = ['that', 'the', 'he', 'she', 'they', 'it', 'we', 'i', 'a', 'to', 'if', 'whether', 'there', 'this', 'his', 'her', 'CAP', 'low', 'oth'];
const FW_INDEX = new Map(FW.slice(0, FW.length - 3).map((w, i) => [w, i]));
const FW_CAP = FW.length - 3;
const PRONOUN = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
// What a content holds: ", which", ", who", ", and", "but", "because", ", as", "after", "while", "when",
// "according to", ", …ing", a quotation mark, ";", a dash, "(": one "has=" value each (one bit of HAS).
const INNER_NAMES = ['which', 'who', 'and', 'but', 'because', 'as', 'after', 'while', 'when', 'acc', 'ing', 'inq', 'semi', 'dash', 'paren'] as const;
const HAS = Object.fromEntries(INNER_NAMES.map((n, i) => [n, 1 << i])) as Record<(typeof INNER_NAMES)[number], number>;
/** The word lower-cased, with its characters other than a-z left out ("Trump’s" → "trumps"). */
function lettersLower(w: string): string {
  let plain = true;
  for (let i = 0; i < w.length && plain; i++) {
    const c = w.charCodeAt(i);
    plain = c >= 97 && c <= 122;
  }
  if (plain) return w;
  // (A word whose lower case is all a-z, "Trump" → "trump", needs no replace.)
  const lower = w.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) return lower.replace(NOT_AZ, '');
  }
  return lower;
}
/** What the scorer of content spans ignores at both ends: white space, quotation marks, punctuation. */
const trims = (c: number): boolean => (c < 128 ? TRIM_ASCII[c] === 1 : c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x2014 || c === 0x2013 || isSpace(c));
const TRIM_ASCII = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f"\'`.,;:!?()[]-') TRIM_ASCII[ch.charCodeAt(0)] = 1;
/** [A-Za-z0-9_] */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** The word `w` stands at i and ends there (before `end`). */
const wordAt = (text: string, i: number, end: number, w: string): boolean => i + w.length <= end && text.charCodeAt(i + 1) === w.charCodeAt(1) && text.startsWith(w, i) && !isWordCode(text.charCodeAt(i + w.length));
/** ["”’'] */
const isCloseQuote = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39;
/** ["“'‘«] */
const isOpenQuote = (c: number): boolean => c === 34 || c === 0x201c || c === 39 || c === 0x2018 || c === 0xab;
/** What may stand between a content's end and the end of its paragraph: [ \t"”’'.,;:!?)] */
const isEndSkip = (c: number): boolean => c === 32 || c === 9 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41;
/** What may stand between a paragraph's start and a content: [ \t"“‘'(] */
const isStartSkip = (c: number): boolean => c === 32 || c === 9 || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40;
const NOT_AZ = /[^a-z]/g;

// (Wider than text.ts's isSpace: the white space of a regex's \s but U+1680, as the features were first defined.)
// (Printable ASCII and the C1 range first: most characters are letters, and no white space lies in 33–159.)
const isSpace = (c: number): boolean => (c > 32 && c < 160 ? false : c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
/** The white space of a regex's \s. */
const isRegexSpace = (c: number): boolean => isSpace(c) || c === 0x1680;

/** The cue's words, lower-cased, joined by "_" (the model's values hold no spaces). */
function cueWords(text: string, a: Attribution): string {
  if (!a.cue) return '-';
  const [s, e] = a.cue;
  let k = s;
  while (k < e && !isRegexSpace(text.charCodeAt(k))) k++;
  const lower = text.slice(s, e).toLowerCase();
  return k < e ? lower.replace(/\s+/g, '_') : lower;
}

/** The plain speech verbs: nested in another statement ("Lee said Ortiz told him that …"), they are reported whatever their span. */
const SPEECH = /^(?:said|says|say|told|tells|tell|added|adds|stated|states|announced|declared|wrote|writes)(?:_|$)/;

/** Direct quotations, transcript turns and nested statements with a plain speech verb are kept whatever the model says. */
export function eligible(text: string, a: Attribution, cue = cueWords(text, a)): boolean {
  if (a.type === 'direct' || a.content.length === 0) return false;
  // The cue's last word is not ":".
  return cue !== ':' && !cue.endsWith('_:') && !(a.parent >= 0 && SPEECH.test(cue));
}

/** The code of the first non-space character before `i` (exclusive) within two characters ("|" as "¦"), or -1 ("SP"). */
function charBefore(text: string, i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const c = text.charCodeAt(k);
    if (!isSpace(c)) return c === 124 ? 0xa6 : c;
  }
  return -1;
}
function charAfter(text: string, i: number): number {
  for (let k = i; k < Math.min(text.length, i + 2); k++) {
    const c = text.charCodeAt(k);
    if (!isSpace(c)) return c === 124 ? 0xa6 : c;
  }
  return -1;
}
const charValue = (c: number): string => (c < 0 ? 'SP' : String.fromCharCode(c));

/** One attribution's feature values (walk() below), the closed ones as indexes in their lists. */
class Values {
  cue = '';
  ty = 0;
  v = 0;
  par = 0;
  ch = 0;
  sb = 0;
  side = 0;
  len = 0;
  w = 0;
  fw = 0;
  q0 = 0;
  /** The characters before and after the content (charBefore, charAfter). */
  bef = 0;
  aft = 0;
  sp = 0;
  gap = 0;
  nc = 0;
  has = 0;
  pty = 0;
  person = 0;
  /** The source's last word, or "-". */
  head = '';
  cn = 0;
  pe = 0;
  ps = 0;
  cm = 0;
  last = '';
  first = '';
  q1 = 0;
  em = 0;
  cs = 0;
}
const values = new Values();

/**
 * The model's feature values of one attribution, into `f`; `children`: how many attributions nest in it;
 * `parent`: the one it nests in; `rule`: what the rules knew of it. Returns false for an empty content.
 */
function walk(text: string, a: Attribution, cue: string, children: number, parent: Attribution | undefined, rule: RuleFacts | undefined, f: Values): boolean {
  // (The hull of the content's spans, hullOf's, without an array.)
  const spans = a.content;
  let rawS = spans[0][0];
  let rawE = spans[0][1];
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < rawS) rawS = spans[i][0];
    if (spans[i][1] > rawE) rawE = spans[i][1];
  }
  let s = rawS;
  let e = rawE;
  while (s < e && trims(text.charCodeAt(s))) s++;
  while (e > s && trims(text.charCodeAt(e - 1))) e--;
  if (s >= e) return false;
  // The source's words: how many, the first and the last.
  let nSrc = 0;
  let srcFirst = '';
  let srcLast = '';
  if (a.source) {
    const ss = a.source[0];
    const se = a.source[1];
    // (The first and last words' limits; only those two are sliced.)
    let f0 = 0;
    let f1 = 0;
    let l0 = 0;
    let l1 = 0;
    for (let k = ss; k < se; ) {
      while (k < se && isSpace(text.charCodeAt(k))) k++;
      if (k >= se) break;
      const w0 = k;
      while (k < se && !isSpace(text.charCodeAt(k))) k++;
      if (nSrc === 0) {
        f0 = w0;
        f1 = k;
      } else {
        l0 = w0;
        l1 = k;
      }
      nSrc++;
    }
    if (nSrc >= 1) srcFirst = text.slice(f0, f1);
    srcLast = nSrc === 1 ? srcFirst : nSrc > 1 ? text.slice(l0, l1) : '';
  }
  const side = a.cue ? (s >= a.cue[1] ? 0 : e <= a.cue[0] ? 1 : 2) : 3;
  // The content's words: how many, the first and the last.
  let nWords = 1;
  let fEnd = s;
  while (fEnd < e && !isSpace(text.charCodeAt(fEnd))) fEnd++;
  let lStart = e;
  while (lStart > s && !isSpace(text.charCodeAt(lStart - 1))) lStart--;
  // One pass over the content: its words, commas, sentence breaks, and what it holds (connectives, quotation
  // marks, punctuation: the bits of HAS).
  let commas = 0;
  let breaks = 0;
  let has = 0;
  let prevSpace = false;
  let prevWord = false;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isWordCode(c)) {
      if (!prevWord) {
        if (prevSpace && k > fEnd && k <= lStart) nWords++;
        if (c === 98 /* b */) {
          if (wordAt(text, k, e, 'because')) has |= HAS.because;
          else if (prevSpace && wordAt(text, k, e, 'but')) has |= HAS.but;
        } else if (c === 97 /* a */) {
          if (wordAt(text, k, e, 'after')) has |= HAS.after;
          else if (text.charCodeAt(k + 1) === 99 /* c */ && text.startsWith('according to', k) && k + 12 <= e) has |= HAS.acc;
        } else if (c === 119 /* w */) {
          if (wordAt(text, k, e, 'while')) has |= HAS.while;
          else if (wordAt(text, k, e, 'when')) has |= HAS.when;
        }
      }
      // (The rest of the word changes nothing but these two flags: skipped at once.)
      while (k + 1 < e && isWordCode(text.charCodeAt(k + 1))) k++;
      prevWord = true;
      prevSpace = false;
      continue;
    }
    prevWord = false;
    const sp = isSpace(c);
    if (!sp) {
      if (prevSpace && k > fEnd && k <= lStart) nWords++;
      if (c === 44) {
        if (commas < 4) commas++;
        if (text.charCodeAt(k + 1) === 32 && k + 2 < e) {
          const n = k + 2;
          if (wordAt(text, n, e, 'which')) has |= HAS.which;
          else if (wordAt(text, n, e, 'who')) has |= HAS.who;
          else if (wordAt(text, n, e, 'and')) has |= HAS.and;
          else if (wordAt(text, n, e, 'as')) has |= HAS.as;
          else if (wordAt(text, n, e, 'but')) has |= HAS.but;
          else {
            let m = n;
            while (m < e && isWordCode(text.charCodeAt(m))) m++;
            if (m - n > 3 && text.startsWith('ing', m - 3)) has |= HAS.ing;
          }
        }
      } else if (c === 34 || c === 0x201c || c === 0x201d) has |= HAS.inq;
      else if (c === 59) has |= HAS.semi;
      else if (c === 0x2014 || (c === 45 && prevSpace && text.charCodeAt(k + 1) === 32)) has |= HAS.dash;
      else if (c === 40) has |= HAS.paren;
      else if (c === 46 || c === 33 || c === 63) {
        // A sentence break: ". A", ".” A", "? “…"
        let j = k + 1;
        const q = text.charCodeAt(j);
        if (q === 34 || q === 0x201d || q === 0x2019) j++;
        const j0 = j;
        while (j < e && isSpace(text.charCodeAt(j))) j++;
        const n = text.charCodeAt(j);
        if (j > j0 && j < e && ((n >= 65 && n <= 90) || n === 0x201c || n === 34)) breaks++;
      }
    }
    prevSpace = sp;
  }
  const firstLower = text.slice(s, fEnd).toLowerCase();
  const c0 = text.charCodeAt(s);
  const gap = a.cue ? (side === 0 ? s - a.cue[1] : side === 1 ? a.cue[0] - e : 0) : -1;
  // Where the content stands in its paragraph and sentence.
  let x = rawE;
  while (x < text.length && isEndSkip(text.charCodeAt(x))) x++;
  const xc = text.charCodeAt(x);
  let y = rawS - 1;
  while (y >= 0 && isStartSkip(text.charCodeAt(y))) y--;
  const yc = text.charCodeAt(y);
  let cueWordsN = 1;
  for (let k = 0; k < cue.length && cueWordsN < 4; k++) if (cue.charCodeAt(k) === 95) cueWordsN++;
  // Nested in a quotation or a transcript turn ("LEE: Well, I think …"): the parent's cue ends with a colon.
  const pc = parent ? parent.cue : null;
  const colon = pc ? pc[1] > pc[0] && text.charCodeAt(pc[1] - 1) === 58 : false;

  f.cue = cue;
  f.ty = TY.indexOf(a.type);
  f.v = a.vague ? 1 : 0;
  f.par = a.parent >= 0 ? 1 : 0;
  f.ch = Math.min(2, children);
  // (The one source word's lower case answers both "sb" and "person": /^(?:i|we|you)$/i matches just the words
  // whose lower case is "i", "we" or "you", checked for every UTF-16 unit in every place of the three words.)
  const srcLower = nSrc === 1 ? srcFirst.toLowerCase() : '';
  f.sb = nSrc === 0 ? 0 : nSrc === 1 ? (PRONOUN.has(srcLower) ? 1 : 2) : nSrc <= 3 ? 3 : 4;
  f.side = side;
  f.len = log2Bucket(e - s);
  f.w = log2Bucket(nWords);
  f.fw = FW_INDEX.get(firstLower) ?? (c0 >= 65 && c0 <= 90 ? FW_CAP : c0 >= 97 && c0 <= 122 ? FW_CAP + 1 : FW_CAP + 2);
  f.q0 = isOpenQuote(text.charCodeAt(rawS)) ? 0 : 1;
  f.bef = charBefore(text, rawS);
  f.aft = charAfter(text, rawE);
  f.sp = Math.min(3, breaks);
  f.gap = log2Bucket(gap);
  f.nc = Math.min(12, a.content.length);
  f.has = has;
  f.pty = parent ? TY.indexOf(parent.type) + (colon ? 4 : 1) : 0;
  f.person = nSrc === 1 && (srcLower === 'i' || srcLower === 'we' || srcLower === 'you') ? 0 : nSrc ? 1 : 2;
  f.head = nSrc ? lettersLower(srcLast) : '-';
  f.cn = cueWordsN;
  f.pe = x >= text.length || xc === 10 || xc === 13 ? 0 : 1;
  f.ps = y < 0 || yc === 10 || yc === 13 ? 0 : yc === 46 || yc === 33 || yc === 63 || yc === 58 ? 1 : 2;
  f.cm = commas;
  f.last = lettersLower(text.slice(lStart, e));
  f.first = lettersLower(firstLower);
  f.q1 = isCloseQuote(text.charCodeAt(rawE - 1)) ? 0 : 1;
  // How sure the rules were: the boundary model's margin for the limit it drew, the cue model's score.
  const m = rule?.margin;
  f.em = m === undefined ? 0 : m === Infinity ? 1 : m < 0.25 ? 2 : m < 0.5 ? 3 : m < 1 ? 4 : m < 2 ? 5 : m < 4 ? 6 : 7;
  const cs = rule?.cueScore === undefined ? -1 : Math.max(0, Math.min(9, Math.floor(rule.cueScore * 10)));
  f.cs = cs < 0 ? 0 : cs >= 0 ? cs + 1 : CS_NAN;
  return true;
}

/** The model's features of one attribution ("template=value", "pair|template=first|second"); `children`: how many attributions nest in it; `parent`: the one it nests in. */
export function confidenceFeatures(text: string, a: Attribution, children: number, parent?: Attribution, rule?: RuleFacts): string[] {
  const f = values;
  if (!walk(text, a, cueWords(text, a), children, parent, rule, f)) return [];
  const out: string[] = [];
  const emit = (t: Template, v: string, v2?: string): void => void out.push(t + '=' + v + (v2 === undefined ? '' : '|' + v2));
  const cue = f.cue;
  const us = cue.indexOf('_');
  const cueFirst = us < 0 ? cue : cue.slice(0, us);
  const cueLast = cue.slice(cue.lastIndexOf('_') + 1);
  const [ty, side, sb, len, w, fw, bef, aft, nested] = [TY[f.ty], SIDE[f.side], SB[f.sb], NUM[f.len], NUM[f.w], FW[f.fw], charValue(f.bef), charValue(f.aft), BOOL[f.par]];
  const [pty, pe, ps, q0, q1] = [PTY[f.pty], PE[f.pe], PS[f.ps], QN[f.q0], QN[f.q1]];
  emit('cue', cue);
  emit('cl', cueLast);
  emit('ty', ty);
  emit('v', BOOL[f.v]);
  emit('par', nested);
  emit('ch', NUM[f.ch]);
  emit('sb', sb);
  emit('side', side);
  emit('len', len);
  emit('w', w);
  emit('fw', fw);
  emit('q0', q0);
  emit('bef', bef);
  emit('aft', aft);
  emit('sp', NUM[f.sp]);
  emit('gap', NUM[f.gap]);
  emit('nc', NUM[f.nc]);
  emit('ty|side', ty, side);
  emit('cl|side', cueLast, side);
  emit('cl|sb', cueLast, sb);
  emit('ty|sb', ty, sb);
  emit('side|fw', side, fw);
  emit('cl|w', cueLast, w);
  emit('ty|len', ty, len);
  emit('side|aft', side, aft);
  emit('side|bef', side, bef);
  emit('par|ty', nested, ty);
  for (let g = 0; g < INNER_NAMES.length; g++) {
    if (f.has & (1 << g)) {
      emit('has', INNER_NAMES[g]);
      emit('has|side', INNER_NAMES[g], side);
    }
  }
  emit('pty', pty);
  emit('pty|person', pty, PERSON[f.person]);
  emit('pty|cl', pty, cueLast);
  emit('sh', f.head);
  emit('cf', cueFirst);
  emit('cn', NUM[f.cn]);
  emit('pe', pe);
  emit('ps', ps);
  emit('side|pe', side, pe);
  emit('side|ps', side, ps);
  emit('cl|pe', cueLast, pe);
  emit('pe|ps', pe, ps);
  emit('cm', NUM[f.cm]);
  emit('last', f.last);
  emit('first', f.first);
  emit('q1', q1);
  emit('q01', q0 + q1 + side);
  const [em, cs] = [EM[f.em], CS[f.cs]];
  emit('em', em);
  emit('em|side', em, side);
  emit('em|ty', em, ty);
  emit('cs', cs);
  emit('cs|side', cs, side);
  return out;
}

/** Per template, value → weight, or for a pair template first value → second value → weight (decoded on first use). */
let nests: Map<string, Nest> | null = null;
const nested = (): Map<string, Nest> => (nests ??= decodeNested(M).t);

/** Probability that the attribution's content span is exact, from its features (as confidenceFeatures gives them). */
export function confidence(features: string[]): number {
  const W = nested();
  let z = M.bias;
  for (const f of features) {
    const eq = f.indexOf('=');
    const i = (T as Record<string, number | undefined>)[f.slice(0, eq)];
    if (i === undefined) continue;
    const bar = TEMPLATES[i].includes('|') ? f.indexOf('|', eq) : -1;
    const x = W.get(TEMPLATES[i])?.get(bar < 0 ? f.slice(eq + 1) : f.slice(eq + 1, bar));
    const y = bar < 0 ? x : x instanceof Map ? x.get(f.slice(bar + 1)) : undefined;
    if (typeof y === 'number') z += y;
  }
  return 1 / (1 + Math.exp(-z));
}

// The scorer's tables: the weights of a closed template as a typed array over its values (a pair's index is
// first × the second's count + second; 0 where the model has no weight: adding 0 leaves the sum as it is, so
// the sum is the one over the feature strings, term by term in the same order).
const one = (t: Template, vals: readonly string[]): Float64Array => {
  const nest = nested().get(t);
  return Float64Array.from(vals, (v) => {
    const x = nest?.get(v);
    return typeof x === 'number' ? x : 0;
  });
};
const pair = (t: Template, v1s: readonly string[], v2s: readonly string[]): Float64Array => {
  const nest = nested().get(t);
  const out = new Float64Array(v1s.length * v2s.length);
  v1s.forEach((v1, i) => {
    const x = nest?.get(v1);
    if (x instanceof Map)
      v2s.forEach((v2, j) => {
        const y = x.get(v2);
        if (typeof y === 'number') out[i * v2s.length + j] = y;
      });
  });
  return out;
};
const weightOf = (t: Template, v: string): number => {
  const x = nested().get(t)?.get(v);
  return typeof x === 'number' ? x : 0;
};
const Q01 = QN.flatMap((q0) => QN.flatMap((q1) => SIDE.map((side) => q0 + q1 + side)));

/** The fast path adds no weight for a cue score that is not a number (its feature value is no string). */
const nanless = (t: Float64Array): Float64Array => t.fill(0, CS_NAN * (t.length / CS.length));

function buildTables() {
  return {
    ty: one('ty', TY), v: one('v', BOOL), par: one('par', BOOL), ch: one('ch', NUM), sb: one('sb', SB), side: one('side', SIDE),
    len: one('len', NUM), w: one('w', NUM), fw: one('fw', FW), q0: one('q0', QN), sp: one('sp', NUM), gap: one('gap', NUM),
    nc: one('nc', NUM), tySide: pair('ty|side', TY, SIDE), tySb: pair('ty|sb', TY, SB), sideFw: pair('side|fw', SIDE, FW),
    tyLen: pair('ty|len', TY, NUM), parTy: pair('par|ty', BOOL, TY), has: one('has', INNER_NAMES), hasSide: pair('has|side', INNER_NAMES, SIDE),
    pty: one('pty', PTY), ptyPerson: pair('pty|person', PTY, PERSON), cn: one('cn', NUM), pe: one('pe', PE), ps: one('ps', PS),
    sidePe: pair('side|pe', SIDE, PE), sidePs: pair('side|ps', SIDE, PS), pePs: pair('pe|ps', PE, PS), cm: one('cm', NUM),
    q1: one('q1', QN), q01: one('q01', Q01), em: one('em', EM), emSide: pair('em|side', EM, SIDE), emTy: pair('em|ty', EM, TY),
    cs: nanless(one('cs', CS)), csSide: nanless(pair('cs|side', CS, SIDE)), sh: nested().get('sh'), last: nested().get('last'), first: nested().get('first'),
  };
}
let tables: ReturnType<typeof buildTables> | null = null;

// The weights that depend on the cue alone, once per distinct cue, in one array: "cue", "cl", "cf", then
// "cl|side" by side, "cl|sb" by sb, "cl|w" by w, "cl|pe" by pe, "pty|cl" by pty.
const C_CUE = 0;
const C_CL = 1;
const C_CF = 2;
const C_SIDE = 3;
const C_SB = C_SIDE + SIDE.length;
const C_W = C_SB + SB.length;
const C_PE = C_W + NUM.length;
const C_PTY = C_PE + PE.length;
const cueTables = new Map<string, Float64Array>();
/** The last cue asked for and its weights (consecutive attributions often share their cue, most often "said"). */
let lastCue = '';
let lastCueWeights: Float64Array | null = null;
function cueWeights(cue: string): Float64Array {
  if (cue === lastCue && lastCueWeights !== null) return lastCueWeights;
  let r = cueTables.get(cue);
  if (r === undefined) r = newCueWeights(cue);
  lastCue = cue;
  lastCueWeights = r;
  return r;
}
function newCueWeights(cue: string): Float64Array {
  if (cueTables.size >= 4096) cueTables.clear();
  const us = cue.indexOf('_');
  const cl = [cue.slice(cue.lastIndexOf('_') + 1)];
  const r = new Float64Array(C_PTY + PTY.length);
  r[C_CUE] = weightOf('cue', cue);
  r[C_CL] = weightOf('cl', cl[0]);
  r[C_CF] = weightOf('cf', us < 0 ? cue : cue.slice(0, us));
  r.set(pair('cl|side', cl, SIDE), C_SIDE);
  r.set(pair('cl|sb', cl, SB), C_SB);
  r.set(pair('cl|w', cl, NUM), C_W);
  r.set(pair('cl|pe', cl, PE), C_PE);
  r.set(pair('pty|cl', PTY, cl), C_PTY);
  cueTables.set(cue, r);
  return r;
}
// The weights of the character before or after a content (charBefore, charAfter), once per character: "bef",
// "aft", then "side|bef" and "side|aft" by side.
const H_BEF = 0;
const H_AFT = 1;
const H_SIDE_BEF = 2;
const H_SIDE_AFT = H_SIDE_BEF + SIDE.length;
const charTables = new Map<number, Float64Array>();
function charWeights(c: number): Float64Array {
  let r = charTables.get(c);
  if (r !== undefined) return r;
  if (charTables.size >= 4096) charTables.clear();
  const v = [charValue(c)];
  r = new Float64Array(H_SIDE_AFT + SIDE.length);
  r[H_BEF] = weightOf('bef', v[0]);
  r[H_AFT] = weightOf('aft', v[0]);
  r.set(pair('side|bef', SIDE, v), H_SIDE_BEF);
  r.set(pair('side|aft', SIDE, v), H_SIDE_AFT);
  charTables.set(c, r);
  return r;
}
const weightIn = (nest: Nest | undefined, v: string): number => {
  const x = nest?.get(v);
  return typeof x === 'number' ? x : 0;
};

/** The same probability as confidence(confidenceFeatures(…)), without building the feature strings; null for an empty content. */
export function attributionConfidence(text: string, a: Attribution, children: number, parent?: Attribution, rule?: RuleFacts, cue = cueWords(text, a)): number | null {
  const f = values;
  if (!walk(text, a, cue, children, parent, rule, f)) return null;
  const W = (tables ??= buildTables());
  const c = cueWeights(f.cue);
  const b = charWeights(f.bef);
  const af = charWeights(f.aft);
  const { ty, side, sb, w, len, pe, ps, pty } = f;
  // Term by term in the order of confidenceFeatures.
  let z = M.bias;
  z += c[C_CUE];
  z += c[C_CL];
  z += W.ty[ty];
  z += W.v[f.v];
  z += W.par[f.par];
  z += W.ch[f.ch];
  z += W.sb[sb];
  z += W.side[side];
  z += W.len[len];
  z += W.w[w];
  z += W.fw[f.fw];
  z += W.q0[f.q0];
  z += b[H_BEF];
  z += af[H_AFT];
  z += W.sp[f.sp];
  z += W.gap[f.gap];
  z += W.nc[f.nc];
  z += W.tySide[ty * SIDE.length + side];
  z += c[C_SIDE + side];
  z += c[C_SB + sb];
  z += W.tySb[ty * SB.length + sb];
  z += W.sideFw[side * FW.length + f.fw];
  z += c[C_W + w];
  z += W.tyLen[ty * NUM.length + len];
  z += af[H_SIDE_AFT + side];
  z += b[H_SIDE_BEF + side];
  z += W.parTy[f.par * TY.length + ty];
  for (let g = 0; g < INNER_NAMES.length; g++) {
    if (f.has & (1 << g)) {
      z += W.has[g];
      z += W.hasSide[g * SIDE.length + side];
    }
  }
  z += W.pty[pty];
  z += W.ptyPerson[pty * PERSON.length + f.person];
  z += c[C_PTY + pty];
  z += weightIn(W.sh, f.head);
  z += c[C_CF];
  z += W.cn[f.cn];
  z += W.pe[pe];
  z += W.ps[ps];
  z += W.sidePe[side * PE.length + pe];
  z += W.sidePs[side * PS.length + ps];
  z += c[C_PE + pe];
  z += W.pePs[pe * PS.length + ps];
  z += W.cm[f.cm];
  z += weightIn(W.last, f.last);
  z += weightIn(W.first, f.first);
  z += W.q1[f.q1];
  z += W.q01[(f.q0 * QN.length + f.q1) * SIDE.length + side];
  z += W.em[f.em];
  z += W.emSide[f.em * SIDE.length + side];
  z += W.emTy[f.em * TY.length + ty];
  z += W.cs[f.cs];
  z += W.csSide[f.cs * SIDE.length + side];
  return 1 / (1 + Math.exp(-z));
}

/** keepConfident's count of children by attribution (reused). */
let childCounts = new Int32Array(64);

/**
 * The attributions worth reporting: every direct quotation and transcript turn, and the reported statements the
 * model rates at or above the threshold (all of them with `keepAll`); each rated one gets its `confidence`. `facts[i]`:
 * what the rules knew of atts[i]. Returns
 * the input array itself when nothing is left out (`ids` and `parent` are then unchanged); else a new array, for
 * which the caller renumbers and nests again.
 */
export function keepConfident(text: string, atts: Attribution[], keepAll = false, facts?: (RuleFacts | undefined)[]): Attribution[] {
  if (atts.length === 0) return atts;
  // (One array for every call, grown when needed: a typed array per article costs more than its zeroing.)
  if (childCounts.length < atts.length) childCounts = new Int32Array(atts.length * 2);
  const children = childCounts;
  children.fill(0, 0, atts.length);
  for (const a of atts) if (a.parent >= 0 && a.parent < atts.length) children[a.parent]++;
  let out: Attribution[] | null = null;
  for (let i = 0; i < atts.length; i++) {
    const a = atts[i];
    let keep = true;
    const cue = a.type === 'direct' ? '' : cueWords(text, a);
    if (eligible(text, a, cue)) {
      const parent = a.parent >= 0 ? atts[a.parent] : undefined;
      const rule = facts?.[i];
      if (confidenceTrace.fn) confidenceTrace.fn(text, a, confidenceFeatures(text, a, children[i], parent, rule));
      const p = attributionConfidence(text, a, children[i], parent, rule, cue);
      if (p !== null) {
        a.confidence = Math.round(p * 1000) / 1000;
        keep = keepAll || p >= CONFIDENCE_THRESHOLD;
      }
    }
    if (!keep && out === null) out = atts.slice(0, i);
    else if (keep && out !== null) out.push(a);
  }
  return out ?? atts;
}
