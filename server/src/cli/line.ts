// One JSONL line → one result line (the evaluation format of ../shared/eval/FORMAT.md).
import { analyze, toEvalRecord } from '../analysis';

/** Analyzes one JSONL line; returns the output line, or an error line and a message. */
export function processLine(line: string, lineNo: number, date: string | null, keepUncertain = false): { out: string; error: string | null } {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return { out: JSON.stringify({ id: null, error: 'invalid JSON' }), error: `line ${lineNo}: invalid JSON (${(e as Error).message})` };
  }
  if (!doc || typeof doc !== 'object' || typeof (doc as { text?: unknown }).text !== 'string') {
    const id = doc && typeof doc === 'object' && 'id' in doc ? String((doc as { id: unknown }).id) : null;
    return { out: JSON.stringify({ id, error: 'no "text" string' }), error: `line ${lineNo}: expected an object with a "text" string` };
  }
  const d = doc as { id?: unknown; text: string; dct?: unknown };
  const id = d.id === undefined || d.id === null ? String(lineNo) : String(d.id);
  // A dct may carry a time ("2000-07-20T13:37"); the date part anchors the article.
  const dct = typeof d.dct === 'string' && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(d.dct) ? d.dct.slice(0, 10) : date;
  const model = analyze(d.text, { publicationDate: dct, keepUncertain });
  return { out: JSON.stringify(toEvalRecord(id, model)), error: null };
}
