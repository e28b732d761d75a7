// Attribution relations (PARC style): source, cue and content, for direct quotes, reported speech and mixed quotes.
// Works sentence by sentence over tokens; quotes come from quotes.ts and speakers are resolved in speakers.ts.
import type { Attribution, AttributionType, Quote, Sentence, Span } from './model';
import { CUE_FORMS, ROLE_NOUNS, STRONG_CUES, VAGUE_SOURCES, PRONOUNS } from './lexicon';
import { isUpper, lowerBound } from './text';

export interface Token {
  s: number;
  e: number;
  w: string; // the surface form
  l: string; // lower case
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s]/gu;

export function tokenize(text: string, s: number, e: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(s, e);
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    let w = m[0];
    // Keep a trailing period on known abbreviations only; otherwise split it off.
    out.push({ s: s + m.index, e: s + m.index + w.length, w, l: w.toLowerCase() });
    w = '';
  }
  return out;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other', 'both', 'all', 'most', 'few']);
const NP_LOWER = new Set(['of', 'for', 'at', 'in', 'and', 'on', 'with', "'s", '’s', 'de', 'van', 'von', 'bin', 'al', 'el', 'la', 'le', 'du', 'der', 'senior', 'top', 'former', 'deputy', 'chief', 'foreign', 'local', 'state', 'federal', 'military', 'political', 'independent', 'western', 'unnamed', 'anonymous', 'government', 'security', 'police', 'health', 'defense', 'defence', 'intelligence', 'administration', 'white', 'house', 'news', 'agency', 'prime', 'vice', 'press', 'campaign', 'u.s.', 'american', 'european', 'chinese', 'russian', 'british', 'french', 'german', 'japanese', 'korean', 'north', 'south', 'official', 'company', 'industry', 'regional', 'national', 'international', 'private', 'public', 'legal', 'medical', 'other', 'several', 'some', 'many', 'two', 'three', 'four', 'five', 'both', 'most']);
const STOP_BEFORE_SOURCE = new Set(['that', 'which', 'who', 'because', 'when', 'while', 'if', 'as', 'but', 'and', 'or', 'so', 'than', 'not', 'also', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been']);
const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'also', 'later', 'then', 'again', 'previously', 'earlier', 'recently', 'once', 'often', 'repeatedly', 'publicly', 'privately', 'reportedly', 'allegedly', 'not', "n't", 'never', 'always', 'may', 'might', 'must', 'should', 'further', 'separately', 'firmly', 'flatly', 'strongly', 'quickly', 'angrily']);

/** Is the token a pronoun or a plausible head of a source noun phrase? */
function sourceHead(t: Token): boolean {
  if (PRONOUNS[t.l] && !['it', 'you', 'him', 'his', 'her', 'them'].includes(t.l)) return true;
  if (ROLE_NOUNS.has(t.l)) return true;
  return isUpper(t.w.charCodeAt(0)) && /\p{L}/u.test(t.w);
}

/** Walks left from token index `i` (exclusive) to collect a source noun phrase; returns [firstTok, lastTok] or null. */
function sourceBefore(toks: Token[], i: number, lo: number): [number, number] | null {
  let j = i - 1;
  while (j >= lo && AUX.has(toks[j].l)) j--;
  if (j < lo) return null;
  // Appositive: "Andrei Lankov, a North Korea expert at Kookmin University, said"
  let end = j;
  if (toks[j].w === ',') {
    let k = j - 1;
    while (k >= lo && toks[k].w !== ',' && toks[k].w !== '"' && toks[k].w !== '\u201d' && k > j - 25) k--;
    if (k >= lo && toks[k].w === ',' && k - 1 >= lo && sourceHead(toks[k - 1]) && !STOP_BEFORE_SOURCE.has(toks[k - 1].l)) {
      const head = sourceBefore(toks, k, lo);
      if (head) return [head[0], j - 1];
    }
    return null;
  }
  if (!sourceHead(toks[end])) return null;
  let start = end;
  for (let k = end - 1; k >= lo; k--) {
    const t = toks[k];
    if (t.w === '-' || t.w === '.') continue;
    const cap = isUpper(t.w.charCodeAt(0));
    if (cap || NP_LOWER.has(t.l) || ROLE_NOUNS.has(t.l) || (DETERMINERS.has(t.l) && !STOP_BEFORE_SOURCE.has(t.l))) {
      if (STOP_BEFORE_SOURCE.has(t.l) && !cap) break;
      start = k;
      if (DETERMINERS.has(t.l)) break;
      continue;
    }
    break;
  }
  // Don't let a leading "and"/"of"/"'s" start the phrase.
  while (start < end && (toks[start].l === 'and' || toks[start].l === 'of' || toks[start].l === 'for' || toks[start].l === 'in' || toks[start].l === 'at' || toks[start].l === 'on' || toks[start].l === 'with')) start++;
  if (start > end) return null;
  // Sentence-initial capitalized function words are not names.
  if (start === end && /^(?:The|A|An|It|This|That|There|But|And|In|On|At|As|If|When|While)$/.test(toks[start].w)) return null;
  return [start, end];
}

/** Collects a source noun phrase to the right of index i (for "said Putin", "said the Russian president"). */
function sourceAfter(toks: Token[], i: number, hi: number): [number, number] | null {
  if (i >= hi) return null;
  let k = i;
  const start = k;
  if (PRONOUNS[toks[k].l] && ['he', 'she', 'they', 'we', 'i'].includes(toks[k].l)) return [k, k];
  while (k < hi) {
    const t = toks[k];
    if (isUpper(t.w.charCodeAt(0)) || NP_LOWER.has(t.l) || ROLE_NOUNS.has(t.l) || DETERMINERS.has(t.l) || t.w === '-' || t.w === '.') k++;
    else break;
  }
  let end = k - 1;
  while (end > start && (NP_LOWER.has(toks[end].l) && !ROLE_NOUNS.has(toks[end].l) || toks[end].w === '.' || toks[end].w === '-')) end--;
  if (end < start) return null;
  if (!toks.slice(start, end + 1).some(sourceHead)) return null;
  return [start, end];
}

/** Is token i a cue verb (single word or "point out"-style)? Returns the number of tokens it spans, or 0. */
function cueAt(toks: Token[], i: number): number {
  const t = toks[i];
  const two = i + 1 < toks.length ? `${t.l} ${toks[i + 1].l}` : '';
  if (two && CUE_FORMS.has(two)) return 2;
  const base = CUE_FORMS.get(t.l);
  if (!base) return 0;
  if (!STRONG_CUES.has(base)) return 0;
  // "told reporters", "told him that": take the listener as part of the cue.
  return 1;
}

function isQuoteMark(w: string): boolean {
  return /^[“”"«»‘’']$|^''$|^``$/.test(w);
}

export interface AttributionInput {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
}

export interface RawAttribution {
  source: Span | null;
  cue: Span | null;
  content: Span[];
  type: AttributionType;
  vague: boolean;
}

const trimContent = (text: string, s: number, e: number): Span => {
  while (s < e && /[\s,:;—–-]/.test(text[s])) s++;
  while (e > s && /[\s,.;:—–-]/.test(text[e - 1])) e--;
  return [s, e];
};

/** Finds attributions; speakers are left unresolved (-1) for speakers.ts. */
export function findAttributions({ text, sentences, quotes }: AttributionInput): Attribution[] {
  const raw: RawAttribution[] = [];
  const topQuotes = quotes.filter((q, i) => !quotes.some((o, j) => j !== i && o.span[0] <= q.span[0] && q.span[1] <= o.span[1] && (o.span[0] < q.span[0] || o.span[1] > q.span[1])));
  const quoteUsed = new Set<number>();

  for (const sent of sentences) {
    const [ss, se] = sent.span;
    const toks = tokenize(text, ss, se);
    if (toks.length < 3) continue;
    // Quotes that start in this sentence.
    const qi0 = lowerBound(topQuotes, ss, (q) => q.span[1]);
    const inSentence: number[] = [];
    for (let qi = qi0; qi < topQuotes.length && topQuotes[qi].span[0] < se; qi++) if (topQuotes[qi].span[0] >= ss || topQuotes[qi].span[1] > ss) inSentence.push(qi);
    const insideQuote = (pos: number) => inSentence.some((qi) => topQuotes[qi].inner[0] <= pos && pos < topQuotes[qi].inner[1]);

    // Pass 1: cue verbs outside quotes.
    for (let i = 0; i < toks.length; i++) {
      if (insideQuote(toks[i].s)) continue;
      // "according to X, ..." / "..., according to X."
      if (toks[i].l === 'according' && toks[i + 1]?.l === 'to') {
        const src = sourceAfter(toks, i + 2, toks.length);
        if (!src) continue;
        const cue: Span = [toks[i].s, toks[i + 1].e];
        const source: Span = [toks[src[0]].s, toks[src[1]].e];
        let content: Span;
        if (i === 0 || (i === 1 && /^[“"]$/.test(toks[0].w))) {
          // According to X, CONTENT.
          let k = src[1] + 1;
          if (toks[k]?.w === ',') k++;
          content = trimContent(text, toks[k]?.s ?? se, se);
        } else {
          content = trimContent(text, ss, toks[i].s);
          // "CONTENT, according to X, CONTENT2" — take the longer side.
          if (src[1] + 2 < toks.length - 2) {
            const rest = trimContent(text, toks[src[1] + 1].e, se);
            if (rest[1] - rest[0] > content[1] - content[0]) content = rest;
          }
        }
        if (content[1] - content[0] >= 8) raw.push({ source, cue, content: [content], type: 'indirect', vague: VAGUE_SOURCES.has(toks[src[1]].l) });
        i = src[1];
        continue;
      }
      const n = cueAt(toks, i);
      if (!n) continue;
      const cueEnd = i + n - 1;
      // Passive "was quoted as saying" / "is quoted by Y as saying".
      let src = sourceBefore(toks, i, 0);
      let cueStart = i;
      let afterCue = cueEnd + 1;
      if (toks[i].l === 'quoted' && i > 0 && /^(?:was|is|were|are)$/.test(toks[i - 1].l)) {
        cueStart = i - 1;
        let k = i + 1;
        if (toks[k]?.l === 'by') {
          while (k < toks.length && toks[k].l !== 'as') k++;
        }
        if (toks[k]?.l === 'as' && toks[k + 1] && /^say/.test(toks[k + 1].l)) afterCue = k + 2;
        else continue;
        src = sourceBefore(toks, i - 1, 0);
      }
      // "told reporters", "told him (that)", "told the BBC"
      if (toks[i].l === 'told' || toks[i].l === 'tells' || toks[i].l === 'tell') {
        let k = afterCue;
        while (k < toks.length && k < afterCue + 5 && toks[k].w !== ',' && toks[k].l !== 'that' && !isQuoteMark(toks[k].w) && (isUpper(toks[k].w.charCodeAt(0)) || DETERMINERS.has(toks[k].l) || PRONOUNS[toks[k].l] || ROLE_NOUNS.has(toks[k].l) || NP_LOWER.has(toks[k].l) || /^(?:reporters|journalists|lawmakers|parliament|congress|supporters|listeners|viewers|me|us)$/.test(toks[k].l))) k++;
        afterCue = k;
      }
      const cue: Span = [toks[cueStart].s, toks[Math.max(cueStart, afterCue - 1)].e];
      // Inverted: "..., said Putin." / "..., Putin said."
      const before = trimContent(text, ss, toks[cueStart].s);
      let source: Span | null = src ? [toks[src[0]].s, toks[src[1]].e] : null;
      let contentSpan: Span | null = null;
      if (!src) {
        // "…," said the Russian president.
        const after = sourceAfter(toks, afterCue, toks.length);
        if (after && (cueStart === 0 || toks[cueStart - 1].w === ',' || isQuoteMark(toks[cueStart - 1].w))) {
          source = [toks[after[0]].s, toks[after[1]].e];
          contentSpan = before;
        } else continue;
      } else if (src[0] > 0 && (toks[src[0] - 1].w === ',' || isQuoteMark(toks[src[0] - 1].w)) && src[0] > 1) {
        // "CONTENT, X said." — content before
        const restStart = toks[afterCue]?.s ?? se;
        const rest = trimContent(text, restStart, se);
        const pre = trimContent(text, ss, toks[src[0]].s);
        contentSpan = rest[1] - rest[0] > 3 && toks[afterCue]?.l === 'that' ? trimContent(text, toks[afterCue].e, se) : pre;
      } else {
        let k = afterCue;
        if (toks[k]?.l === 'that') k++;
        if (toks[k]?.w === ',' || toks[k]?.w === ':') k++;
        if (k >= toks.length) continue;
        contentSpan = trimContent(text, toks[k].s, se);
        if (!text.slice(ss, toks[src[0]].s).trim() || true) {
          // Stop content at a later "…, X said" boundary? Keep the whole rest of the sentence.
        }
      }
      if (!contentSpan || contentSpan[1] - contentSpan[0] < 3) continue;
      // The content must hold a clause or a quote, not a bare object ("said nothing").
      const words = text.slice(contentSpan[0], contentSpan[1]).split(/\s+/).length;
      if (words < 3 && !/[“"«]/.test(text.slice(contentSpan[0], contentSpan[1]))) continue;
      const srcHead = src ? toks[src[1]].l : '';
      raw.push({ source, cue, content: [contentSpan], type: 'indirect', vague: VAGUE_SOURCES.has(srcHead) });
      i = Math.max(i, afterCue - 1);
    }

    // Pass 2: quotes in this sentence not covered by a cue found above: attach to the nearest cue.
    for (const qi of inSentence) {
      const q = topQuotes[qi];
      const covered = raw.some((r) => r.content.some((c) => c[0] <= q.inner[0] && q.inner[1] <= c[1] + 2));
      if (covered) quoteUsed.add(qi);
    }
  }

  // Type each attribution by its quotes; split direct quotes from their cue.
  const result: Attribution[] = [];
  for (const r of raw) {
    const c = r.content[0];
    const inner = topQuotes.filter((q) => q.span[0] >= c[0] - 1 && q.span[1] <= c[1] + 2);
    let type: AttributionType = 'indirect';
    let content = r.content;
    if (inner.length) {
      const quoted = inner.reduce((n, q) => n + (q.inner[1] - q.inner[0]), 0);
      const total = c[1] - c[0];
      type = quoted >= total - 4 ? 'direct' : 'mixed';
      if (type === 'direct') content = inner.map((q) => q.inner);
    }
    result.push({ id: result.length, source: r.source, cue: r.cue, content, type, speaker: -1, vague: r.vague, parent: -1 });
  }

  // Direct quotes with no cue in their sentence: a quote paragraph continuing a speaker (multi-paragraph quotes,
  // or a quote whose speaker comes in the next sentence) — attach to the nearest attribution after or before.
  for (let qi = 0; qi < topQuotes.length; qi++) {
    const q = topQuotes[qi];
    if (q.inner[1] - q.inner[0] < 2) continue;
    if (result.some((a) => a.content.some((c) => c[0] <= q.inner[0] && q.inner[1] <= c[1] + 2))) continue;
    const words = text.slice(q.inner[0], q.inner[1]).trim().split(/\s+/).length;
    if (words < 4) continue; // scare quotes and titles
    result.push({ id: result.length, source: null, cue: null, content: [q.inner], type: 'direct', speaker: -1, vague: false, parent: -1 });
  }
  result.sort((a, b) => a.content[0][0] - b.content[0][0]);
  result.forEach((a, i) => (a.id = i));
  // Nesting: an attribution whose cue lies inside another's content.
  for (const a of result) {
    if (!a.cue) continue;
    for (const b of result) {
      if (b === a) continue;
      if (b.content.some((c) => c[0] <= a.cue![0] && a.cue![1] <= c[1])) {
        a.parent = b.id;
        break;
      }
    }
  }
  return result;
}
