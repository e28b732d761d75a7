// How sure the analyzer is of a reported statement's span: a small logistic model over the finished attribution
// (its cue, type, source, where its content stands and what the content holds), trained on the train split of
// PolNeAR by scripts/train-confidence.mjs to predict that the content span is exactly the one an annotator marks
// (weights in confidence-model.json, compact format of model-codec.ts). Reported (indirect or mixed) statements
// under the model's threshold are left out: most are no attribution at all ("filed for bankruptcy", "known as")
// or one whose limits the rules drew wrong. Direct quotations, transcript turns ("LEE: …") and nested statements
// with a plain speech verb ("Lee said Ortiz told him that …") are always kept. AnalyzeOptions.keepUncertain keeps all.
import type { Attribution, Span } from './model';

/** What the rules knew of an attribution when they drew it: the cue's score and the boundary model's margin. */
export interface RuleFacts {
  cueScore?: number;
  margin?: number;
}
import model from './confidence-model.json';
import { decodeNested, type EncodedModel, type Nest } from './model-codec';

interface ConfidenceModel extends EncodedModel {
  /** Probability under which an eligible attribution is left out. */
  threshold: number;
}

const M = model as ConfidenceModel;

/** Probability under which a reported statement is left out. */
export const CONFIDENCE_THRESHOLD: number = M.threshold;

/** The training script's hook: sees every eligible attribution's features and, with keepAll, keeps them all. */
export const confidenceTrace: { fn: ((text: string, a: Attribution, features: string[]) => void) | null; keepAll: boolean } = { fn: null, keepAll: false };

// The templates, in the order the walker below emits them; a feature is "template=value".
const TEMPLATES = [
  'cue', 'cl', 'ty', 'v', 'par', 'ch', 'sb', 'side', 'len', 'w', 'fw', 'q0', 'bef', 'aft', 'sp', 'gap', 'nc',
  'ty|side', 'cl|side', 'cl|sb', 'ty|sb', 'side|fw', 'cl|w', 'ty|len', 'side|aft', 'side|bef', 'par|ty',
  'has', 'has|side', 'pty', 'pty|person', 'pty|cl', 'sh', 'cf', 'cn', 'pe', 'ps', 'side|pe', 'side|ps', 'cl|pe',
  'pe|ps', 'cm', 'last', 'first', 'q1', 'q01', 'em', 'em|side', 'em|ty', 'cs', 'cs|side',
] as const;
type Template = (typeof TEMPLATES)[number];
const T = Object.fromEntries(TEMPLATES.map((t, i) => [t, i])) as Record<Template, number>;

/** Per template, value → weight, or for a pair template first value → second value → weight (decoded on first use). */
let tables: Nest[] | null = null;
function weights(): Nest[] {
  if (tables) return tables;
  const nested = decodeNested(M).t;
  return (tables = TEMPLATES.map((t) => nested.get(t) ?? new Map()));
}

const FIRST_WORDS = new Set(['that', 'the', 'he', 'she', 'they', 'it', 'we', 'i', 'a', 'to', 'if', 'whether', 'there', 'this', 'his', 'her']);
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
  return plain ? w : w.toLowerCase().replace(NOT_AZ, '');
}
/** What the scorer of content spans ignores at both ends: white space, quotation marks, punctuation. */
const trims = (c: number): boolean => (c < 128 ? TRIM_ASCII[c] === 1 : c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x2014 || c === 0x2013 || isSpace(c));
const TRIM_ASCII = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f"\'`.,;:!?()[]-') TRIM_ASCII[ch.charCodeAt(0)] = 1;
/** [A-Za-z0-9_] */
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** The word `w` stands at i and ends there (before `end`). */
const wordAt = (text: string, i: number, end: number, w: string): boolean => i + w.length <= end && text.startsWith(w, i) && !isWordCode(text.charCodeAt(i + w.length));
const CLOSE_QUOTE = /["”’']/;
const END_SKIP = ' \t"”’\'.,;:!?)';
const START_SKIP = ' \t"“‘\'(';
const OPEN_QUOTE = /["“'‘«]/;
const NOT_AZ = /[^a-z]/g;

const log2Bucket = (n: number): number => (n <= 0 ? 0 : Math.min(12, Math.floor(Math.log2(n))));
const NUM = Array.from({ length: 13 }, (_, i) => String(i));
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 160 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

const hullOf = (spans: Span[]): Span => {
  let s = spans[0][0];
  let e = spans[0][1];
  for (let i = 1; i < spans.length; i++) {
    if (spans[i][0] < s) s = spans[i][0];
    if (spans[i][1] > e) e = spans[i][1];
  }
  return [s, e];
};

/** The cue's words, lower-cased, joined by "_" (the model's values hold no spaces). */
function cueWords(text: string, a: Attribution): string {
  return a.cue ? text.slice(a.cue[0], a.cue[1]).toLowerCase().replace(/\s+/g, '_') : '-';
}

/** The plain speech verbs: nested in another statement ("Lee said Ortiz told him that …"), they are reported whatever their span. */
const SPEECH = /^(?:said|says|say|told|tells|tell|added|adds|stated|states|announced|declared|wrote|writes)(?:_|$)/;

/** Direct quotations, transcript turns and nested statements with a plain speech verb are kept whatever the model says. */
export function eligible(text: string, a: Attribution, cue = cueWords(text, a)): boolean {
  if (a.type === 'direct' || a.content.length === 0) return false;
  return cue.slice(cue.lastIndexOf('_') + 1) !== ':' && !(a.parent >= 0 && SPEECH.test(cue));
}

/** The first non-space character before `i` (exclusive) within two characters, or "SP". */
function charBefore(text: string, i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (!isSpace(text.charCodeAt(k))) return text[k] === '|' ? '¦' : text[k];
  return 'SP';
}
function charAfter(text: string, i: number): string {
  for (let k = i; k < Math.min(text.length, i + 2); k++) if (!isSpace(text.charCodeAt(k))) return text[k] === '|' ? '¦' : text[k];
  return 'SP';
}

/**
 * Walks the model's features of one attribution, calling emit(template, value) for each; `children`: how many
 * attributions nest in it; `parent`: the one it nests in. Returns false (emitting nothing) for an empty content.
 */
function walk(text: string, a: Attribution, cue: string, children: number, parent: Attribution | undefined, facts: RuleFacts | undefined, emit: (t: number, v: string, v2?: string) => void): boolean {
  const [rawS, rawE] = hullOf(a.content);
  let s = rawS;
  let e = rawE;
  while (s < e && trims(text.charCodeAt(s))) s++;
  while (e > s && trims(text.charCodeAt(e - 1))) e--;
  if (s >= e) return false;
  const cueLast = cue.slice(cue.lastIndexOf('_') + 1);
  // The source's words: how many, the first and the last.
  let nSrc = 0;
  let srcFirst = '';
  let srcLast = '';
  if (a.source) {
    const [ss, se] = a.source;
    for (let k = ss; k < se; ) {
      while (k < se && isSpace(text.charCodeAt(k))) k++;
      if (k >= se) break;
      const w0 = k;
      while (k < se && !isSpace(text.charCodeAt(k))) k++;
      if (nSrc === 0) srcFirst = text.slice(w0, k);
      else srcLast = text.slice(w0, k);
      nSrc++;
    }
    if (nSrc === 1) srcLast = srcFirst;
  }
  const side = a.cue ? (s >= a.cue[1] ? 'R' : e <= a.cue[0] ? 'L' : 'M') : 'N';
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
          else if (text.startsWith('according to', k) && k + 12 <= e) has |= HAS.acc;
        } else if (c === 119 /* w */) {
          if (wordAt(text, k, e, 'while')) has |= HAS.while;
          else if (wordAt(text, k, e, 'when')) has |= HAS.when;
        }
      }
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
  const first = text.slice(s, fEnd);
  const last = text.slice(lStart, e);
  const firstLower = first.toLowerCase();
  const c0 = first.charCodeAt(0);
  const fw = FIRST_WORDS.has(firstLower) ? firstLower : c0 >= 65 && c0 <= 90 ? 'CAP' : c0 >= 97 && c0 <= 122 ? 'low' : 'oth';
  const q0 = OPEN_QUOTE.test(text[rawS] ?? '') ? 'q' : 'n';
  const q1 = CLOSE_QUOTE.test(text[rawE - 1] ?? '') ? 'q' : 'n';
  const before = charBefore(text, rawS);
  const after = charAfter(text, rawE);
  const gap = a.cue ? (side === 'R' ? s - a.cue[1] : side === 'L' ? a.cue[0] - e : 0) : -1;
  const sb = nSrc === 0 ? 'S0' : nSrc === 1 ? (PRONOUN.has(srcFirst.toLowerCase()) ? 'Spro' : 'S1') : nSrc <= 3 ? 'S2' : 'S4';
  const len = NUM[log2Bucket(e - s)];
  const w = NUM[log2Bucket(nWords)];
  const nested = a.parent >= 0 ? 'true' : 'false';
  // Where the content stands in its paragraph and sentence.
  let x = rawE;
  while (x < text.length && END_SKIP.includes(text[x])) x++;
  const pe = x >= text.length || text[x] === '\n' || text[x] === '\r' ? 'P' : 'n';
  let y = rawS - 1;
  while (y >= 0 && START_SKIP.includes(text[y])) y--;
  const ps = y < 0 || text[y] === '\n' || text[y] === '\r' ? 'P' : '.!?:'.includes(text[y]) ? 'S' : 'n';
  // Nested in a quotation or a transcript turn ("LEE: Well, I think …"), with a first- or second-person source.
  const pty = parent ? parent.type + (cueWords(text, parent).endsWith(':') ? 'C' : '') : 'none';
  const person = nSrc === 1 && /^(?:i|we|you)$/i.test(srcFirst) ? '12' : nSrc ? '3' : '0';
  const head = nSrc ? lettersLower(srcLast) : '-';
  const us = cue.indexOf('_');
  const cueFirst = us < 0 ? cue : cue.slice(0, us);
  let cueWordsN = 1;
  for (let k = 0; k < cue.length && cueWordsN < 4; k++) if (cue.charCodeAt(k) === 95) cueWordsN++;

  emit(T.cue, cue);
  emit(T.cl, cueLast);
  emit(T.ty, a.type);
  emit(T.v, a.vague ? 'true' : 'false');
  emit(T.par, nested);
  emit(T.ch, NUM[Math.min(2, children)]);
  emit(T.sb, sb);
  emit(T.side, side);
  emit(T.len, len);
  emit(T.w, w);
  emit(T.fw, fw);
  emit(T.q0, q0);
  emit(T.bef, before);
  emit(T.aft, after);
  emit(T.sp, NUM[Math.min(3, breaks)]);
  emit(T.gap, NUM[log2Bucket(gap)]);
  emit(T.nc, NUM[Math.min(12, a.content.length)]);
  emit(T['ty|side'], a.type, side);
  emit(T['cl|side'], cueLast, side);
  emit(T['cl|sb'], cueLast, sb);
  emit(T['ty|sb'], a.type, sb);
  emit(T['side|fw'], side, fw);
  emit(T['cl|w'], cueLast, w);
  emit(T['ty|len'], a.type, len);
  emit(T['side|aft'], side, after);
  emit(T['side|bef'], side, before);
  emit(T['par|ty'], nested, a.type);
  for (let g = 0; g < INNER_NAMES.length; g++) {
    if (has & (1 << g)) {
      emit(T.has, INNER_NAMES[g]);
      emit(T['has|side'], INNER_NAMES[g], side);
    }
  }
  emit(T.pty, pty);
  emit(T['pty|person'], pty, person);
  emit(T['pty|cl'], pty, cueLast);
  emit(T.sh, head);
  emit(T.cf, cueFirst);
  emit(T.cn, NUM[cueWordsN]);
  emit(T.pe, pe);
  emit(T.ps, ps);
  emit(T['side|pe'], side, pe);
  emit(T['side|ps'], side, ps);
  emit(T['cl|pe'], cueLast, pe);
  emit(T['pe|ps'], pe, ps);
  emit(T.cm, NUM[commas]);
  emit(T.last, lettersLower(last));
  emit(T.first, lettersLower(firstLower));
  emit(T.q1, q1);
  emit(T.q01, q0 + q1 + side);
  // How sure the rules were: the boundary model's margin for the limit it drew, the cue model's score.
  const m = facts?.margin;
  const em = m === undefined ? 'none' : m === Infinity ? 'inf' : m < 0.25 ? '0' : m < 0.5 ? '1' : m < 1 ? '2' : m < 2 ? '3' : m < 4 ? '4' : '5';
  const cs = facts?.cueScore === undefined ? 'none' : NUM[Math.max(0, Math.min(9, Math.floor(facts.cueScore * 10)))];
  emit(T.em, em);
  emit(T['em|side'], em, side);
  emit(T['em|ty'], em, a.type);
  emit(T.cs, cs);
  emit(T['cs|side'], cs, side);
  return true;
}

/** The model's features of one attribution ("template=value", "pair|template=first|second"); `children`: how many attributions nest in it; `parent`: the one it nests in. */
export function confidenceFeatures(text: string, a: Attribution, children: number, parent?: Attribution, facts?: RuleFacts): string[] {
  const f: string[] = [];
  walk(text, a, cueWords(text, a), children, parent, facts, (t, v, v2) => f.push(TEMPLATES[t] + '=' + v + (v2 === undefined ? '' : '|' + v2)));
  return f;
}

/** Probability that the attribution's content span is exact, from its features (as confidenceFeatures gives them). */
export function confidence(features: string[]): number {
  const W = weights();
  let z = M.bias;
  for (const f of features) {
    const eq = f.indexOf('=');
    const i = (T as Record<string, number | undefined>)[f.slice(0, eq)];
    if (i === undefined) continue;
    const bar = TEMPLATES[i].includes('|') ? f.indexOf('|', eq) : -1;
    const x = W[i].get(bar < 0 ? f.slice(eq + 1) : f.slice(eq + 1, bar));
    const y = bar < 0 ? x : x instanceof Map ? x.get(f.slice(bar + 1)) : undefined;
    if (typeof y === 'number') z += y;
  }
  return 1 / (1 + Math.exp(-z));
}

let zSum = 0;
let zTables: Nest[] = [];
const addWeight = (t: number, v: string, v2?: string): void => {
  const x = zTables[t].get(v);
  if (x === undefined) return;
  if (v2 === undefined) {
    if (typeof x === 'number') zSum += x;
  } else if (x instanceof Map) {
    const y = x.get(v2);
    if (typeof y === 'number') zSum += y;
  }
};

/** The same probability as confidence(confidenceFeatures(…)), without building the feature strings; null for an empty content. */
export function attributionConfidence(text: string, a: Attribution, children: number, parent?: Attribution, facts?: RuleFacts, cue = cueWords(text, a)): number | null {
  zTables = weights();
  zSum = M.bias;
  if (!walk(text, a, cue, children, parent, facts, addWeight)) return null;
  return 1 / (1 + Math.exp(-zSum));
}

/**
 * The attributions worth reporting: every direct quotation and transcript turn, and the reported statements the
 * model rates at or above the threshold (all of them with `keepAll`); each rated one gets its `confidence`. Returns
 * the input array itself when nothing is left out (`ids` and `parent` are then unchanged); else a new array, for
 * which the caller renumbers and nests again.
 */
export function keepConfident(text: string, atts: Attribution[], keepAll = false, facts?: Map<Attribution, RuleFacts>): Attribution[] {
  if (atts.length === 0) return atts;
  const children = new Int32Array(atts.length);
  for (const a of atts) if (a.parent >= 0 && a.parent < atts.length) children[a.parent]++;
  let out: Attribution[] | null = null;
  for (let i = 0; i < atts.length; i++) {
    const a = atts[i];
    let keep = true;
    const cue = a.type === 'direct' ? '' : cueWords(text, a);
    if (eligible(text, a, cue)) {
      const parent = a.parent >= 0 ? atts[a.parent] : undefined;
      if (confidenceTrace.fn) {
        const f = confidenceFeatures(text, a, children[i], parent, facts?.get(a));
        confidenceTrace.fn(text, a, f);
      }
      const p = attributionConfidence(text, a, children[i], parent, facts?.get(a), cue);
      if (p !== null) {
        a.confidence = Math.round(p * 1000) / 1000;
        keep = keepAll || confidenceTrace.keepAll || p >= CONFIDENCE_THRESHOLD;
      }
    }
    if (!keep && out === null) out = atts.slice(0, i);
    else if (keep && out !== null) out.push(a);
  }
  return out ?? atts;
}
