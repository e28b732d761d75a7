// Re-anchoring: where is an annotation now that the article text changed (inside the editor or outside it)?
// 1. position: the TextPositionSelector still covers the same exact text;
// 2. quote: the exact text occurs elsewhere — the occurrence whose prefix/suffix context matches best (then nearest);
// 3. fuzzy: the text was edited — candidate spans between context and seed occurrences, scored by a bounded
//    Levenshtein distance; accepted when similar enough.
// Nothing found → orphan: the annotation is kept (with its last selectors) and listed, never dropped.
// Bounded work: at most MAX_HITS occurrences per needle, MAX_PAIRS candidates, and fuzzy only for spans up to
// MAX_FUZZY_LEN code units, so one annotation costs O(text) for the searches plus a bounded constant.
import type { Span } from '../analysis/model';
import type { NewsAnnotation, TextQuote } from './webAnnotation';

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface Anchored {
  span: Span;
  method: AnchorMethod;
}

const MAX_HITS = 64;
const MAX_PAIRS = 128;
const MAX_FUZZY_LEN = 2000;
/** Minimum similarity (1 - distance / longer length) for a fuzzy match. */
export const FUZZY_THRESHOLD = 0.7;
/** …when both the prefix and the suffix context still frame the candidate (the edit was inside the span). */
export const FRAMED_THRESHOLD = 0.5;

function occurrences(text: string, needle: string, limit = 10_000): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0 && out.length < limit; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Levenshtein distance of a and b, or Infinity as soon as it must exceed max. O(|a|·|b|) worst case, bounded by callers. */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Infinity;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] <= max ? prev[b.length] : Infinity;
}

const nearest = (list: number[], to: number, k: number) => (list.length <= k ? list : [...list].sort((x, y) => Math.abs(x - to) - Math.abs(y - to)).slice(0, k));

function byQuote(text: string, q: TextQuote, old: Span): Span | null {
  const hits = occurrences(text, q.exact);
  if (!hits.length) return null;
  if (hits.length === 1) return [hits[0], hits[0] + q.exact.length];
  let best = -1;
  let bestScore = -1;
  let bestDist = Infinity;
  for (const h of hits) {
    const score = commonSuffix(text.slice(Math.max(0, h - q.prefix.length), h), q.prefix) + commonPrefix(text.slice(h + q.exact.length, h + q.exact.length + q.suffix.length), q.suffix);
    const dist = Math.abs(h - old[0]);
    if (score > bestScore || (score === bestScore && dist < bestDist)) {
      best = h;
      bestScore = score;
      bestDist = dist;
    }
  }
  return [best, best + q.exact.length];
}

/** How far from where it was (after the shift guess) a fuzzy match is looked for, beyond the span's own length. */
const FUZZY_WINDOW = 4096;

function byFuzzy(full: string, q: TextQuote, old: Span, shift: number): Span | null {
  const exact = q.exact;
  const len = exact.length;
  if (len < 4 || len > MAX_FUZZY_LEN) return null;
  const k = Math.min(16, Math.max(3, Math.floor(len / 3)));
  // An edit inside a span leaves it near where it was: search a window there, not the whole text.
  const center = Math.max(0, Math.min(full.length, (old[0] >= 0 ? old[0] : 0) + shift));
  const lo = Math.max(0, center - FUZZY_WINDOW - q.prefix.length);
  const hi = Math.min(full.length, center + 2 * len + FUZZY_WINDOW + q.suffix.length);
  const text = full.slice(lo, hi);
  const pivot = center - lo;
  const starts = new Set<number>();
  const ends = new Set<number>();
  const framedStarts = new Set<number>();
  const framedEnds = new Set<number>();
  const pre = q.prefix.slice(-Math.max(k, 8));
  if (pre.length >= 3) for (const h of nearest(occurrences(text, pre), pivot, MAX_HITS)) starts.add(h + pre.length), framedStarts.add(h + pre.length);
  for (const h of nearest(occurrences(text, exact.slice(0, k)), pivot, MAX_HITS)) starts.add(h);
  const suf = q.suffix.slice(0, Math.max(k, 8));
  if (suf.length >= 3) for (const h of nearest(occurrences(text, suf), pivot, MAX_HITS)) ends.add(h), framedEnds.add(h);
  for (const h of nearest(occurrences(text, exact.slice(-k)), pivot, MAX_HITS)) ends.add(h + k);
  const endList = [...ends].sort((a, b) => a - b);
  const maxDist = Math.floor(len * (1 - FRAMED_THRESHOLD)) + 1;
  let best: Span | null = null;
  let bestSim = -1;
  let bestDist = Infinity;
  let pairs = 0;
  for (const s of [...starts].sort((a, b) => Math.abs(a - pivot) - Math.abs(b - pivot))) {
    for (const e of endList) {
      if (e - s < len - maxDist) continue;
      if (e - s > len + maxDist) break;
      if (++pairs > MAX_PAIRS) break;
      const cand = text.slice(s, e);
      const d = boundedLevenshtein(exact, cand, maxDist);
      if (d === Infinity) continue;
      const sim = 1 - d / Math.max(len, cand.length);
      if (sim < (framedStarts.has(s) && framedEnds.has(e) ? FRAMED_THRESHOLD : FUZZY_THRESHOLD)) continue;
      const dist = Math.abs(s - pivot);
      if (sim > bestSim || (sim === bestSim && dist < bestDist)) {
        best = [s + lo, e + lo];
        bestSim = sim;
        bestDist = dist;
      }
    }
    if (pairs > MAX_PAIRS) break;
  }
  return best;
}

/** `i`, moved back one unit if it would split a surrogate pair. */
const pairStart = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return i > 0 && c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? i - 1 : i;
};

const holds = (text: string, s: number, e: number, exact: string) =>
  s >= 0 && e >= s && e <= text.length && text.slice(s, e) === exact && pairStart(text, s) === s && pairStart(text, e) === e;

/**
 * Where the annotation is in `text` now, or null (an orphan). `shift` is a guess of how far the text moved (the
 * shift of the annotation before it): checked right after the recorded position, it spares a search of the whole
 * text for every annotation after an insertion.
 */
export function anchor(text: string, a: Pick<NewsAnnotation, 'span' | 'quote'>, shift = 0): Anchored | null {
  const [s, e] = a.span;
  const q = a.quote;
  if (holds(text, s, e, q.exact)) return { span: [s, e], method: 'position' };
  if (!q.exact) return null;
  if (shift && s >= 0 && holds(text, s + shift, e + shift, q.exact)) {
    const pre = text.slice(Math.max(0, s + shift - q.prefix.length), s + shift);
    if (commonSuffix(pre, q.prefix) >= Math.min(q.prefix.length, 8)) return { span: [s + shift, e + shift], method: 'quote' };
  }
  const byQ = byQuote(text, q, a.span);
  if (byQ) return { span: byQ, method: 'quote' };
  const byF = byFuzzy(text, q, a.span, shift);
  if (byF) return { span: [pairStart(text, byF[0]), pairStart(text, byF[1])], method: 'fuzzy' };
  return null;
}

export interface AnchorResult<A> {
  /** Annotations placed in the text, with their current span (and refreshed selectors). */
  placed: { annotation: A; span: Span; method: AnchorMethod }[];
  /** Annotations that could not be placed: kept as they were. */
  orphans: A[];
}

/** Anchors every annotation; placed ones get their span updated. Orphans keep their last selectors. */
export function anchorAll<A extends NewsAnnotation>(text: string, list: readonly A[]): AnchorResult<A> {
  const out: AnchorResult<A> = { placed: [], orphans: [] };
  // In text order, so that the shift found for one annotation is the first guess for the next.
  const order = list.map((a, i) => i).sort((x, y) => list[x].span[0] - list[y].span[0] || x - y);
  const placedAt = new Map<number, AnchorResult<A>['placed'][number]>();
  let shift = 0;
  for (const i of order) {
    const a = list[i];
    const r = anchor(text, a, shift);
    if (r) {
      placedAt.set(i, { annotation: a, span: r.span, method: r.method });
      if (a.span[0] >= 0) shift = r.span[0] - a.span[0];
    }
  }
  list.forEach((a, i) => {
    const p = placedAt.get(i);
    if (p) out.placed.push(p);
    else out.orphans.push(a);
  });
  return out;
}
