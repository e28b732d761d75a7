// JSONL span exports, one article per line, offsets in Unicode code points (Python string indices, which is what
// Prodigy and doccano count):
//   Prodigy  {"text": "...", "spans": [{"start": 0, "end": 5, "label": "STATEMENT"}], "meta": {"source": "a.news"}}
//   doccano  {"text": "...", "label": [[0, 5, "STATEMENT"]]}
import { offsetsOf } from './codepoints';
import { normalizeDoc } from './corpus';
import type { CorpusDoc } from './corpus';

const LABEL = (l: string) => l.toUpperCase();

export function toProdigy(doc: CorpusDoc, source?: string): string {
  const d = normalizeDoc(doc);
  const off = offsetsOf(d.text);
  const spans = d.entities.map((e) => ({ start: off.toCodePoint(e.span[0]), end: off.toCodePoint(e.span[1]), label: LABEL(e.label) }));
  const rec: Record<string, unknown> = { text: d.text, spans };
  if (source !== undefined) rec.meta = { source };
  return JSON.stringify(rec);
}

export function toDoccano(doc: CorpusDoc): string {
  const d = normalizeDoc(doc);
  const off = offsetsOf(d.text);
  return JSON.stringify({ text: d.text, label: d.entities.map((e) => [off.toCodePoint(e.span[0]), off.toCodePoint(e.span[1]), LABEL(e.label)]) });
}
