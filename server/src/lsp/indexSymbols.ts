// The symbols an article contributes to the workspace index. Shared by the server and the index's worker threads
// (lsp/indexWorker.ts), so it imports only the engine and the text document, not the protocol library.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../analysis';
import type { ArticleModel } from '../analysis';

export interface IndexedSymbol {
  name: string;
  kind: 'speaker' | 'outlet';
  detail: string;
  /** [line, character, line, character] of the first mention. */
  range: [number, number, number, number];
}

/** The symbols of one analyzed article (first mention of each speaker and outlet). */
export function symbolsOf(doc: TextDocument, model: ArticleModel): IndexedSymbol[] {
  const out: IndexedSymbol[] = [];
  const range = (s: [number, number]): IndexedSymbol['range'] => {
    const a = doc.positionAt(s[0]);
    const b = doc.positionAt(s[1]);
    return [a.line, a.character, b.line, b.character];
  };
  for (const sp of model.speakers) {
    const first = sp.mentions[0];
    if (!first) continue;
    out.push({ name: sp.name, kind: sp.kind === 'outlet' ? 'outlet' : 'speaker', detail: sp.role ?? sp.kind, range: range(first) });
  }
  const seen = new Set(out.filter((s) => s.kind === 'outlet').map((s) => s.name));
  for (const a of model.agencies) {
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    out.push({ name: a.name, kind: 'outlet', detail: a.role, range: range(a.span) });
  }
  return out;
}

/** One file of the index, analyzed the same way wherever it runs (the server's thread or an index worker). */
export function indexSymbols(uri: string, languageId: string, text: string, publicationDate: string | null): IndexedSymbol[] {
  const model = analyze(text, { publicationDate, purpose: 'index', timeLimitMs: 500 });
  return symbolsOf(TextDocument.create(uri, languageId, 0, text), model);
}

/** A file of this many bytes may hold an article of at most `maxFileSize` characters (UTF-8: up to 4 bytes each). */
export const sizeMayFit = (bytes: number, maxFileSize: number): boolean => bytes <= maxFileSize * 4;

/** The file's text if the index should analyze it: not longer than `maxFileSize`, and not binary. */
export function articleText(text: string, maxFileSize: number): string | null {
  return text.length > maxFileSize || text.includes('\u0000') ? null : text;
}

/** An index worker's reading of a file: the same checks as the server's, with blocking reads (the worker has nothing else to do). */
export function readArticleSync(file: string, maxFileSize: number): string | null {
  try {
    if (!sizeMayFit(statSync(file).size, maxFileSize)) return null;
    return articleText(readFileSync(file, 'utf8'), maxFileSize);
  } catch {
    return null;
  }
}
