// The News Lens language server: capabilities, the document store and handler wiring. No analysis here: each
// feature in ./lsp reads the one model per document version that Articles keeps.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
} from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Articles } from './lsp/articles';
import { diagnosticsFor } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { documentSymbols } from './lsp/symbols';
import { statementsOf } from './lsp/statements';
import { DEFAULT_SETTINGS, readSettings } from './lsp/settings';
import type { Settings } from './lsp/settings';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import {
  ANNOTATED_FILES_NOTIFICATION,
  ARTICLE_INFO_REQUEST,
  STATEMENTS_REQUEST,
} from '../../protocol/protocol';
import type { AnnotatedFilesParams, ArticleInfoParams, ArticleInfoResult, StatementsParams, StatementsResult } from '../../protocol/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const articles = new Articles();

let hasConfiguration = false;
let canWatchFiles = false;
let workspaceFolders: string[] = [];
const settingsCache = new Map<string, Promise<Settings>>();
const reported = new Set<string>();

function log(message: string): void {
  connection.console.log(`[News Lens] ${message}`);
}

/** Runs a handler; an exception is logged and answered with `fallback` instead of taking the server down. */
function guard<P, R>(name: string, fallback: R, f: (p: P) => R | Promise<R>): (p: P) => Promise<R> {
  return async (p: P) => {
    try {
      return await f(p);
    } catch (err) {
      connection.console.error(`[News Lens] ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };
}

async function settingsFor(uri: string): Promise<Settings> {
  if (!hasConfiguration) return DEFAULT_SETTINGS;
  let p = settingsCache.get(uri);
  if (!p) {
    p = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'newsLens' })
      .then((raw) => {
        const { settings, problems } = readSettings(raw);
        for (const msg of problems) {
          if (!reported.has(msg)) {
            reported.add(msg);
            connection.window.showWarningMessage(`News Lens: ${msg}`);
          }
        }
        return settings;
      })
      .catch(() => DEFAULT_SETTINGS);
    settingsCache.set(uri, p);
  }
  return p;
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfiguration = !!params.capabilities.workspace?.configuration;
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (!workspaceFolders.length && params.rootUri) workspaceFolders = [params.rootUri];
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'News Lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
  }
  if (canWatchFiles) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{news,txt,md,markdown}' }] })
      .catch(() => undefined);
  }
  // The workspace index is built in the background, after the handshake.
  if (workspaceFolders.length) setImmediate(() => void workspaceIndex.crawl(workspaceFolders));
});

// Validation: debounced per document, always on the latest version. The delay adapts to the document: as long as its
// last analysis took (at least 2 ms, at most DEBOUNCE_MS), so small articles answer at once and a burst of changes
// to a big one is analyzed once.
const timers = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 120;
const lastCost = new Map<string, number>();

const workspaceIndex = new WorkspaceIndex({
  articles,
  settingsFor,
  isOpen: (uri) => !!documents.get(uri),
  progress: () => connection.window.createWorkDoneProgress(),
  log,
});

async function validate(uri: string): Promise<void> {
  const doc = documents.get(uri);
  if (!doc) return;
  const settings = await settingsFor(uri);
  const current = documents.get(uri);
  if (!current || current.version !== doc.version) return; // a newer version will be validated
  const { isArticle } = articles.classify(doc, settings);
  if (!isArticle) {
    articles.forget(uri);
    await connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const t0 = performance.now();
  const model = articles.get(doc, settings);
  lastCost.set(uri, performance.now() - t0);
  workspaceIndex.updateFromOpen(doc, model);
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsFor(doc, model, settings) });
}

function schedule(uri: string, delay = DEBOUNCE_MS): void {
  const t = timers.get(uri);
  if (t) clearTimeout(t);
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      validate(uri).catch((err) => connection.console.error(`[News Lens] validate failed: ${String(err)}`));
    }, delay),
  );
}

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri, Math.min(DEBOUNCE_MS, Math.max(2, lastCost.get(e.document.uri) ?? DEBOUNCE_MS))));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  articles.forget(e.document.uri);
  settingsCache.delete(e.document.uri);
  lastCost.delete(e.document.uri);
  // The file on disk (if any) is what the index should know now.
  workspaceIndex.remove(e.document.uri);
  workspaceIndex.enqueue(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  reported.clear();
  articles.clear();
  for (const d of documents.all()) schedule(d.uri, 0);
});

connection.onNotification(ANNOTATED_FILES_NOTIFICATION, (p: AnnotatedFilesParams) => {
  try {
    articles.setAnnotated(Array.isArray(p?.uris) ? p.uris.filter((u) => typeof u === 'string') : []);
    for (const d of documents.all()) schedule(d.uri, 0);
  } catch (err) {
    connection.console.error(`[News Lens] annotated files: ${String(err)}`);
  }
});

/** The model of an open article, or null when the document is unknown or not an article. */
async function modelOf(uri: string) {
  const doc = typeof uri === 'string' ? documents.get(uri) : undefined;
  if (!doc) return null;
  const settings = await settingsFor(uri);
  if (!articles.classify(doc, settings).isArticle) return null;
  const model = articles.get(doc, settings);
  workspaceIndex.updateFromOpen(doc, model);
  return { doc, model, settings };
}

connection.onHover(
  guard('hover', null, async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    if (!m) return null;
    return hoverAt(m.doc, m.model, m.doc.offsetAt(p.position));
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', [], async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    return m ? documentSymbols(m.doc, m.model) : [];
  }),
);

connection.onWorkspaceSymbol(
  guard('workspaceSymbol', [], async (p) => {
    // Open articles are indexed as they are analyzed; make sure every open one is.
    for (const d of documents.all()) await modelOf(d.uri);
    return workspaceIndex.query(typeof p?.query === 'string' ? p.query : '');
  }),
);

connection.onDidChangeWatchedFiles((p) => {
  for (const c of Array.isArray(p?.changes) ? p.changes : []) {
    if (typeof c?.uri !== 'string') continue;
    if (c.type === FileChangeType.Deleted && !documents.get(c.uri)) workspaceIndex.remove(c.uri);
    else workspaceIndex.enqueue(c.uri);
  }
});

connection.onRequest(
  STATEMENTS_REQUEST,
  guard<StatementsParams, StatementsResult>('statements', { articles: [] }, async (p) => {
    const uris = Array.isArray(p?.uris) ? p.uris : documents.keys();
    const out: StatementsResult = { articles: [] };
    for (const uri of uris) {
      const m = await modelOf(uri);
      if (m) out.articles.push(statementsOf(m.doc, m.model));
    }
    return out;
  }),
);

connection.onRequest(
  ARTICLE_INFO_REQUEST,
  guard<ArticleInfoParams, ArticleInfoResult | null>('articleInfo', null, async (p) => {
    const doc = documents.get(p?.uri);
    if (!doc) return null;
    const settings = await settingsFor(doc.uri);
    const { isArticle, reason } = articles.classify(doc, settings);
    const model = isArticle ? articles.get(doc, settings) : null;
    return {
      isArticle,
      reason,
      statements: model?.attributions.length ?? 0,
      speakers: model?.speakers.length ?? 0,
      dates: model?.dates.length ?? 0,
      outlets: model?.agencies.length ?? 0,
      findings: model?.findings.length ?? 0,
      elapsedMs: model?.elapsedMs ?? 0,
      publicationDate: model?.publication.date ?? null,
    };
  }),
);

process.on('uncaughtException', (err) => {
  try {
    connection.console.error(`[News Lens] uncaught: ${err.stack ?? err.message}`);
  } catch {
    // the connection may be gone
  }
});

documents.listen(connection);
connection.listen();
log('server started');
