// Semantic tokens: speakers, cues, quote content, dates and agencies, so themes can color who said what. Spans from the
// model are flattened (the more specific kind wins where they overlap: an agency inside a quote stays an agency),
// split per line, and encoded with LSP's relative encoding.
import type { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../analysis';
import { SEMANTIC_TOKEN_TYPES } from '../../../protocol/protocol';
import type { SemanticTokenType } from '../../../protocol/protocol';

export const LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] };

const TYPE_INDEX = new Map<SemanticTokenType, number>(SEMANTIC_TOKEN_TYPES.map((t, i) => [t, i]));
/** Where two kinds overlap, the higher wins. */
const PRIORITY: Record<SemanticTokenType, number> = { agency: 4, date: 3, speaker: 2, cue: 1, quoteContent: 0 };

export interface TokenSpan {
  span: Span;
  type: SemanticTokenType;
}

/** Non-overlapping, sorted spans of each kind, from the model (offsets, not yet split per line). */
export function semanticSpans(model: ArticleModel): TokenSpan[] {
  const raw: TokenSpan[] = [];
  const push = (span: Span | null | undefined, type: SemanticTokenType) => {
    if (span && span[1] > span[0]) raw.push({ span, type });
  };
  for (const q of model.quotes) push(q.inner, 'quoteContent');
  for (const a of model.attributions) push(a.cue, 'cue');
  for (const s of model.speakers) for (const m of s.mentions) push(m, 'speaker');
  for (const d of model.dates) push(d.span, 'date');
  for (const g of model.agencies) push(g.span, 'agency');
  if (!raw.length) return [];
  // Sweep over boundaries; each elementary interval takes the highest-priority kind covering it.
  const events: { at: number; type: SemanticTokenType; delta: 1 | -1 }[] = [];
  for (const t of raw) {
    events.push({ at: t.span[0], type: t.type, delta: 1 }, { at: t.span[1], type: t.type, delta: -1 });
  }
  events.sort((a, b) => a.at - b.at);
  const active: Record<SemanticTokenType, number> = { agency: 0, date: 0, speaker: 0, cue: 0, quoteContent: 0 };
  const order = [...SEMANTIC_TOKEN_TYPES].sort((a, b) => PRIORITY[b] - PRIORITY[a]);
  const out: TokenSpan[] = [];
  let i = 0;
  let at = events[0].at;
  while (i < events.length) {
    while (i < events.length && events[i].at === at) {
      active[events[i].type] += events[i].delta;
      i++;
    }
    if (i >= events.length) break;
    const next = events[i].at;
    const winner = order.find((t) => active[t] > 0);
    if (winner && next > at) {
      const last = out[out.length - 1];
      if (last && last.type === winner && last.span[1] === at) last.span = [last.span[0], next];
      else out.push({ span: [at, next], type: winner });
    }
    at = next;
  }
  return out;
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: SemanticTokenType;
}

/** Splits spans at line ends (tokens may not span lines) into absolute tokens, optionally inside a range. */
export function lineTokens(doc: TextDocument, spans: TokenSpan[], within?: Span): DecodedToken[] {
  const text = doc.getText();
  const out: DecodedToken[] = [];
  for (const t of spans) {
    let [s, e] = t.span;
    if (within) {
      if (e <= within[0] || s >= within[1]) continue;
      s = Math.max(s, within[0]);
      e = Math.min(e, within[1]);
    }
    let pos = doc.positionAt(s);
    while (s < e) {
      // The end of this line (before \r\n, \n or \r), or the span's end.
      let lineEnd = s;
      while (lineEnd < e && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
      if (lineEnd > s) out.push({ line: pos.line, character: pos.character, length: lineEnd - s, type: t.type });
      s = lineEnd;
      while (s < e && (text.charCodeAt(s) === 10 || text.charCodeAt(s) === 13)) s++;
      pos = doc.positionAt(s);
    }
  }
  return out;
}

/** LSP relative encoding: [deltaLine, deltaStart, length, type, modifiers] per token. */
export function encodeTokens(tokens: DecodedToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const t of tokens) {
    const dl = t.line - line;
    data.push(dl, dl === 0 ? t.character - char : t.character, t.length, TYPE_INDEX.get(t.type)!, 0);
    line = t.line;
    char = t.character;
  }
  return data;
}

/** Inverse of encodeTokens, for tests and tools. */
export function decodeTokens(data: readonly number[], types: readonly string[] = SEMANTIC_TOKEN_TYPES): { line: number; character: number; length: number; type: string }[] {
  const out: { line: number; character: number; length: number; type: string }[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, character: char, length: data[i + 2], type: types[data[i + 3]] });
  }
  return out;
}

/** Full-document (or range) semantic tokens; none when the setting turns them off. */
export function semanticTokensFor(doc: TextDocument, model: ArticleModel, enabled = true, range?: Span): SemanticTokens {
  if (!enabled) return { data: [] };
  return { data: encodeTokens(lineTokens(doc, semanticSpans(model), range)) };
}
