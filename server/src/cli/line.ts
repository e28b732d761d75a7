// One JSONL line → one result line (the evaluation format of ../shared/eval/FORMAT.md).
import { analyzeMany, toEvalRecord } from '../analysis';
import type { AnalyzeOptions } from '../analysis';

/** A line read: the article to analyze, or the output line (and message) of a line that holds none. */
type ParsedLine = { id: string; text: string; options: AnalyzeOptions } | { out: string; error: string };

function parseLine(line: string, lineNo: number, date: string | null, keepUncertain: boolean): ParsedLine {
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
  return { id, text: d.text, options: { publicationDate: dct, keepUncertain } };
}

/** Analyzes one JSONL line; returns the output line, or an error line and a message. */
export function processLine(line: string, lineNo: number, date: string | null, keepUncertain = false): { out: string; error: string | null } {
  const { outs, errors } = processLines([{ line, lineNo }], date, keepUncertain);
  return { out: outs[0], error: errors[0] ?? null };
}

/**
 * Analyzes the lines of a batch together (analyzeMany: each stage over every article before the next, which is
 * faster than one article after another); returns one output line per line given, in order, and the messages of the
 * lines that held no article (the caller leaves blank lines out).
 */
export function processLines(lines: readonly { line: string; lineNo: number }[], date: string | null, keepUncertain = false): { outs: string[]; errors: string[] } {
  const parsed = lines.map((l) => parseLine(l.line, l.lineNo, date, keepUncertain));
  const docs = parsed.filter((p): p is Extract<ParsedLine, { id: string }> => !('out' in p));
  const models = analyzeMany(docs);
  const outs: string[] = [];
  const errors: string[] = [];
  let k = 0;
  for (const p of parsed) {
    if ('out' in p) {
      outs.push(p.out);
      errors.push(p.error);
    } else outs.push(JSON.stringify(toEvalRecord(p.id, models[k++])));
  }
  return { outs, errors };
}
