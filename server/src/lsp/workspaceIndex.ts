// The workspace index behind `workspace/symbol`: speakers and outlets of every article under the workspace folders.
// Built in the background from disk (reading ahead a few files; the first crawl analyzes them on worker threads,
// lsp/indexPool.ts, and the server's thread yields to the event loop between files so hovers and edits stay fast),
// kept up to date from open documents and watched-file events (one file at a time, on the server's thread).
import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SymbolKind } from 'vscode-languageserver';
import type { SymbolInformation } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { articleText, indexSymbols, sizeMayFit, symbolsOf } from './indexSymbols';
import type { IndexedSymbol } from './indexSymbols';
import { IndexPool } from './indexPool';
import type { IndexAnswer } from './indexPool';
import type { ArticleModel } from '../analysis';
import type { Articles } from './articles';
import type { Settings } from './settings';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', 'coverage']);
const LANGUAGE_BY_EXT: Record<string, string> = { '.news': 'news', '.txt': 'plaintext', '.md': 'markdown', '.markdown': 'markdown' };
/** Give up on walking trees larger than this (a home directory opened by mistake). */
const MAX_FILES = 200_000;
const READ_AHEAD = 8;
/**
 * The first crawl analyzes on worker threads when the host gives a worker script: one per core but one (that one is
 * left to the editor's own thread; `npm run bench`, 10,000 articles on 2 cores: ~6 s with one worker, ~4.4 s with two),
 * at least one, at most this many.
 */
const MAX_WORKERS = 4;
/** A handful of files is indexed at once on the server's own thread; starting workers would cost more. */
const MIN_FILES_FOR_WORKERS = 64;
/** Files sent to each worker ahead of its answers (so it never waits for the next one). */
const IN_FLIGHT_PER_WORKER = 4;
const languageOf = (file: string): string => LANGUAGE_BY_EXT[path.extname(file).toLowerCase()] ?? 'plaintext';

export function uriToPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
export const pathToUri = (p: string): string => pathToFileURL(p).href;

export interface IndexProgress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

export interface IndexHost {
  articles: Articles;
  settingsFor(uri: string): Promise<Settings>;
  /** Is this uri open in the editor (its open version wins over the file on disk)? */
  isOpen(uri: string): boolean;
  progress(): Promise<IndexProgress>;
  log(message: string): void;
  /** A script that runs lsp/indexWorker.ts (dist/indexWorker.js); without it the index analyzes on this thread. */
  workerScript?: string | null;
}

export type { IndexedSymbol };
export { symbolsOf };

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexedSymbol[]>();
  private queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly openVersions = new Map<string, number>();
  private running: Promise<void> | null = null;
  private generation = 0;
  /** Files indexed since the index was created (for tests and the benchmark). */
  indexedCount = 0;
  /** True once the first full crawl has finished. */
  ready = false;

  constructor(private readonly host: IndexHost) {}

  get size(): number {
    return this.entries.size;
  }

  /** Crawls the folders in the background; resolves when the crawl and its queue are done. */
  async crawl(folderUris: string[]): Promise<void> {
    const gen = ++this.generation;
    let pool: IndexPool | null = null;
    let workers = 0;
    const progress = await this.host.progress();
    progress.begin('News Lens: indexing articles', 0, 'looking for articles…', false);
    try {
      const files: string[] = [];
      for (const f of folderUris) {
        const root = uriToPath(f);
        if (!root) continue;
        const settings = await this.host.settingsFor(f);
        await this.walk(root, settings, files);
        if (gen !== this.generation) return;
      }
      let done = 0;
      let lastReport = 0;
      const total = files.length;
      const step = () => {
        done++;
        const now = Date.now();
        if (now - lastReport > 250) {
          lastReport = now;
          progress.report(Math.floor((done / Math.max(1, total)) * 100), `${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`);
        }
      };
      workers = this.host.workerScript && total >= MIN_FILES_FOR_WORKERS ? Math.min(MAX_WORKERS, Math.max(1, availableParallelism() - 1)) : 0;
      pool = workers > 0 ? new IndexPool(this.host.workerScript!, workers, this.host.log) : null;
      if (pool) {
        // The workers read and analyze the files; this thread only hands out paths and stores the answers, in file
        // order (so the index lists them in that order, whichever finishes first).
        const inFlight: { uri: string; file: string; answer: Promise<IndexAnswer | null> }[] = [];
        const settle = async () => {
          const f = inFlight.shift()!;
          const answer = await f.answer;
          if (gen !== this.generation) return;
          if (this.host.isOpen(f.uri)) {
            // opened meanwhile: its open version is indexed instead
          } else if (answer?.symbols) this.setFile(f.uri, answer.symbols);
          else if (!answer?.unreadable) {
            // The worker failed on it: analyze it here.
            const text = await this.readArticle(f.file);
            if (text !== null) await this.indexText(f.uri, f.file, text);
          }
          step();
        };
        for (let i = 0; i < total; i++) {
          if (gen !== this.generation) return;
          const uri = pathToUri(files[i]);
          if (this.host.isOpen(uri)) {
            step();
            continue;
          }
          const settings = await this.host.settingsFor(uri);
          const answer = pool.run({ file: files[i], uri, languageId: languageOf(files[i]), maxFileSize: settings.maxFileSize, publicationDate: settings.publicationDate });
          inFlight.push({ uri, file: files[i], answer });
          if (inFlight.length >= workers * IN_FLIGHT_PER_WORKER) await settle();
        }
        while (inFlight.length) {
          if (gen !== this.generation) return;
          await settle();
        }
      } else {
        const reads: Promise<string | null>[] = [];
        const read = (i: number) => (i < total ? this.readArticle(files[i]) : Promise.resolve(null));
        for (let i = 0; i < Math.min(READ_AHEAD, total); i++) reads.push(read(i));
        for (let i = 0; i < total; i++) {
          if (gen !== this.generation) return;
          const text = await reads[i];
          reads[i] = Promise.resolve(null); // release the text
          reads.push(read(i + READ_AHEAD));
          const uri = pathToUri(files[i]);
          if (text !== null && !this.host.isOpen(uri)) await this.indexText(uri, files[i], text);
          step();
          await yieldToEventLoop();
        }
      }
      this.ready = true;
      this.host.log(`workspace index: ${this.entries.size} articles${workers ? ` (read and analyzed on ${workers} worker thread${workers > 1 ? 's' : ''})` : ''}`);
    } catch (err) {
      this.host.log(`workspace index failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      progress.done();
      void pool?.close();
    }
  }

  private async walk(root: string, settings: Settings, out: string[]): Promise<void> {
    const stack = [root];
    while (stack.length && out.length < MAX_FILES) {
      const dir = stack.pop()!;
      let entries: import('node:fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        if (e.name.startsWith('.')) continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) stack.push(full);
        } else if (e.isFile() && this.isArticlePath(full, settings)) out.push(full);
      }
    }
    out.sort();
  }

  /** Would this file be analyzed as an article when opened? */
  isArticlePath(file: string, settings: Settings): boolean {
    const languageId = LANGUAGE_BY_EXT[path.extname(file).toLowerCase()];
    if (!languageId) return false;
    const probe = TextDocument.create(pathToUri(file), languageId, 0, '');
    return this.host.articles.classify(probe, settings).isArticle;
  }

  private async readArticle(file: string): Promise<string | null> {
    try {
      const st = await fs.stat(file);
      const settings = await this.host.settingsFor(pathToUri(file));
      if (!sizeMayFit(st.size, settings.maxFileSize)) return null;
      return articleText(await fs.readFile(file, 'utf8'), settings.maxFileSize);
    } catch {
      return null;
    }
  }

  private async indexText(uri: string, file: string, text: string): Promise<void> {
    const settings = await this.host.settingsFor(uri);
    this.setFile(uri, indexSymbols(uri, languageOf(file), text, settings.publicationDate));
  }

  private setFile(uri: string, symbols: IndexedSymbol[]): void {
    this.entries.set(uri, symbols);
    this.indexedCount++;
  }

  /** An open document was analyzed: its symbols replace the file's. */
  updateFromOpen(doc: TextDocument, model: ArticleModel): void {
    if (this.openVersions.get(doc.uri) === doc.version && this.entries.has(doc.uri)) return;
    this.openVersions.set(doc.uri, doc.version);
    this.entries.set(doc.uri, symbolsOf(doc, model));
  }

  /** A document is no longer an article (or was deleted). */
  remove(uri: string): void {
    this.entries.delete(uri);
    this.openVersions.delete(uri);
  }

  /** A file changed on disk (or was closed in the editor): re-read it in the background. */
  enqueue(uri: string): void {
    if (this.queued.has(uri)) return;
    this.queued.add(uri);
    this.queue.push(uri);
    if (!this.running) this.running = this.drain().finally(() => (this.running = null));
  }

  /** Resolves when the queue of changed files is processed. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const uri = this.queue.shift()!;
      this.queued.delete(uri);
      if (this.host.isOpen(uri)) continue;
      const file = uriToPath(uri);
      if (!file) continue;
      const settings = await this.host.settingsFor(uri);
      const text = this.isArticlePath(file, settings) ? await this.readArticle(file) : null;
      if (text === null) this.entries.delete(uri);
      else await this.indexText(uri, file, text);
      await yieldToEventLoop();
    }
  }

  /** Symbols whose name matches the query (case-insensitive; all of the query's characters in order). */
  query(q: string, limit = 1000): SymbolInformation[] {
    const needle = (typeof q === 'string' ? q : '').toLowerCase();
    const out: SymbolInformation[] = [];
    for (const [uri, syms] of this.entries) {
      for (const s of syms) {
        if (needle && !fuzzy(s.name.toLowerCase(), needle)) continue;
        out.push({
          name: s.name,
          kind: s.kind === 'outlet' ? SymbolKind.Module : SymbolKind.Class,
          containerName: s.detail,
          location: { uri, range: { start: { line: s.range[0], character: s.range[1] }, end: { line: s.range[2], character: s.range[3] } } },
        });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}

function fuzzy(hay: string, needle: string): boolean {
  if (hay.includes(needle)) return true;
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay.charCodeAt(i) === needle.charCodeAt(j)) j++;
  return j === needle.length;
}

const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));
