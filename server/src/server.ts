// The News Lens language server: capabilities, the document store and handler wiring. No analysis here: each
// feature in ./lsp reads the one model per document version that Articles keeps.
// First: V8's memory settings must be in place before the other modules allocate (see lsp/memory.ts).
import { collectWhenIdle, duringBulkWork } from './lsp/memory';
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver/node';
import type { CancellationToken, DidChangeWatchedFilesParams, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Articles } from './lsp/articles';
import { diagnosticsFor } from './lsp/diagnostics';
import { figureAt, hoverAt } from './lsp/hover';
import { documentSymbols } from './lsp/symbols';
import { statementsOf } from './lsp/statements';
import { codeActionsFor } from './lsp/codeActions';
import { LEGEND, semanticTokensFor } from './lsp/semanticTokens';
import type { OtherArticle } from './lsp/hover';
import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { inlayHintsFor } from './lsp/inlayHints';
import { DEFAULT_SETTINGS, readSettings, withWorkspaceConfig } from './lsp/settings';
import { CONFIG_FILE, WorkspaceConfigs } from './lsp/workspaceConfig';
import type { WorkspaceConfig } from './lsp/workspaceConfig';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AnnotationLayer, registerAnnotations, watchSidecars, withAnnotationHover } from './lsp/annotations';
import type { Settings } from './lsp/settings';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import {
  ANNOTATED_FILES_NOTIFICATION,
  ARTICLE_INFO_REQUEST,
  STATEMENTS_REQUEST,
  CHECK_REQUEST,
} from '../../protocol/protocol';
import type { CheckParams, CheckResult } from '../../protocol/protocol';
import type { AnnotatedFilesParams, ArticleInfoParams, ArticleInfoResult, StatementsParams, StatementsResult } from '../../protocol/protocol';

const connection = createConnection(ProposedFeatures.all);
// Several features watch files (workspace config, annotation sidecars, the workspace index), but the connection
// keeps only the last onDidChangeWatchedFiles handler: fan one handler out to all of them, each guarded.
const watchedFileHandlers: ((p: DidChangeWatchedFilesParams) => void)[] = [];
connection.onDidChangeWatchedFiles((p) => {
  if (!p || !Array.isArray(p.changes)) return;
  const params = { changes: p.changes.filter((c) => c && typeof c.uri === 'string') };
  for (const h of watchedFileHandlers) {
    try {
      h(params);
    } catch (err) {
      connection.console.error(`[News Lens] watched files: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
});
connection.onDidChangeWatchedFiles = ((h: (p: DidChangeWatchedFilesParams) => void) => {
  watchedFileHandlers.push(h);
  return { dispose: () => void watchedFileHandlers.splice(watchedFileHandlers.indexOf(h) >>> 0, 1) };
}) as typeof connection.onDidChangeWatchedFiles;
const documents = new TextDocuments(TextDocument);
const articles = new Articles();
const workspaceConfigs = new WorkspaceConfigs();
const annotations = new AnnotationLayer();
articles.setPostProcess((doc, model, complete) => annotations.apply(doc, model, complete));
articles.onRelease = (uri) => annotations.release(uri);
let initParams: InitializeParams | null = null;

let hasConfiguration = false;
/** Client support that decides the shape of quick-fix edits. */
const editSupport = { snippetEdits: false, documentChanges: false, createFiles: false };
let canWatchFiles = false;
let workspaceFolders: string[] = [];
const settingsCache = new Map<string, Promise<Settings>>();
const reported = new Set<string>();

function log(message: string): void {
  connection.console.log(`[News Lens] ${message}`);
}

/** Runs a handler; an exception is logged and answered with `fallback` instead of taking the server down. */
function guard<P, R>(name: string, fallback: R, f: (p: P) => R | Promise<R>): (p: P, token?: CancellationToken) => Promise<R> {
  return async (p: P, token?: CancellationToken) => {
    // A request the client cancelled while it waited (behind an analysis) is not worked on.
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    try {
      return await f(p);
    } catch (err) {
      connection.console.error(`[News Lens] ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };
}

const filePathOf = (uri: string): string | null => {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
};

/** The workspace configuration (.newslens.json) that applies to a document, and its workspace-relative path. */
function workspaceConfigFor(uri: string): { config: WorkspaceConfig; relative: string | null } {
  const file = filePathOf(uri);
  if (!file) return { config: { outlets: [], speakers: [], rules: {}, ignore: [], articles: {} }, relative: null };
  const { loaded, relative } = workspaceConfigs.forFile(file);
  return { config: loaded.config, relative };
}

/** Problems in each workspace's .newslens.json are shown in that file. */
function publishConfigProblems(): void {
  for (const folder of workspaceFolderPaths) {
    const loaded = workspaceConfigs.load(folder);
    const file = loaded.file ?? `${folder}/${CONFIG_FILE}`;
    const uri = pathToFileURL(file).toString();
    const open = documents.get(uri);
    const text = open?.getText() ?? '';
    const pos = (offset: number) => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length - 1;
      return { line, character: offset - (before.lastIndexOf('\n') + 1) };
    };
    void connection.sendDiagnostics({
      uri,
      diagnostics: loaded.problems.map((p) => ({
        range: { start: open ? pos(p.offset) : { line: 0, character: 0 }, end: open ? pos(p.offset) : { line: 0, character: 0 } },
        severity: 2,
        source: 'News Lens',
        code: 'config.invalid',
        message: p.message,
      })),
    });
  }
}

let workspaceFolderPaths: string[] = [];

/** User settings with the document's .newslens.json applied; `scope`: the URI whose user settings apply (the document's). */
async function settingsFor(uri: string, scope = uri): Promise<Settings> {
  const base = await userSettingsFor(scope);
  const { config, relative } = workspaceConfigFor(uri);
  return withWorkspaceConfig(base, config, relative);
}

/**
 * Settings for a file the workspace index reads from disk: the user settings of its workspace folder (VS Code resolves
 * resource settings per folder, so one request per folder, not one per file of a crawl of thousands).
 */
function indexSettingsFor(uri: string): Promise<Settings> {
  const file = filePathOf(uri);
  const folder = file ? workspaceConfigs.folderOf(file) : null;
  return settingsFor(uri, folder ? pathToFileURL(folder).toString() : uri);
}

async function userSettingsFor(uri: string): Promise<Settings> {
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
  const we = params.capabilities.workspace?.workspaceEdit;
  editSupport.snippetEdits = !!we?.snippetEditSupport;
  editSupport.documentChanges = !!we?.documentChanges;
  editSupport.createFiles = !!we?.resourceOperations?.includes('create');
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folders;
  workspaceFolderPaths = folders.map(filePathOf).filter((p): p is string => !!p);
  workspaceConfigs.setFolders(workspaceFolderPaths);
  initParams = params;
  annotations.setWorkspace(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'refactor'], resolveProvider: false },
      semanticTokensProvider: { legend: LEGEND, full: true, range: true },
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
    },
    serverInfo: { name: 'News Lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  publishConfigProblems();
  watchSidecars(connection, initParams);
  if (hasConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' }).catch(() => undefined);
  }
  if (canWatchFiles) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{news,txt,md,markdown}' }] })
      .catch(() => undefined);
  }
  // The workspace index is built in the background, after the handshake.
  if (workspaceFolders.length) {
    // (Once it is done and the server idle, one compacting collection gives the crawl's emptied heap pages back.)
    setImmediate(() => void duringBulkWork(() => workspaceIndex.crawl(workspaceFolders)).then(() => collectWhenIdle()));
  }
});

// Validation, always on the latest version. An edit is checked on the next turn of the event loop (changes already
// waiting in the input are applied first, so a burst is analyzed once); only a document whose last analysis was slow
// waits longer (as long as that analysis took, at most DEBOUNCE_MS), so a burst of edits to a big one is analyzed once.
const timers = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 120;
/** Analyses faster than this are not debounced at all (edits that arrive during one are applied together anyway). */
const NO_DEBOUNCE_BELOW_MS = 100;
const lastCost = new Map<string, number>();
/** Pending completions of models published before their late layers (see validate). */
const completions = new Map<string, NodeJS.Timeout>();
const LATE_LAYERS_DELAY_MS = 50;

const workspaceIndex = new WorkspaceIndex({
  articles,
  settingsFor: indexSettingsFor,
  isOpen: (uri) => !!documents.get(uri),
  progress: () => connection.window.createWorkDoneProgress(),
  log,
  workerScript: indexWorkerScript(),
});

/** dist/indexWorker.js beside this bundle; when it is missing (the sources run directly), the index uses one thread. */
function indexWorkerScript(): string | null {
  const file = nodePath.join(__dirname, 'indexWorker.js');
  return __filename.endsWith('.js') && existsSync(file) ? file : null;
}

/** What asked for a check: newsLens.checkOn decides which of them publish diagnostics. */
type Trigger = 'open' | 'edit' | 'save' | 'config' | 'manual';
/** Documents checked at least once (with checkOn "manual", a settings change re-checks only those). */
const checked = new Set<string>();

function runsOn(checkOn: Settings['checkOn'], trigger: Trigger, uri: string): boolean {
  if (trigger === 'manual' || checkOn === 'edit') return true;
  if (checkOn === 'save') return trigger !== 'edit';
  return trigger === 'config' && checked.has(uri);
}

/** Checks a document and publishes its diagnostics; returns what was published, or null when nothing was. */
async function validate(uri: string, trigger: Trigger = 'edit'): Promise<CheckResult | null> {
  const doc = documents.get(uri);
  if (!doc) return null;
  const settings = await settingsFor(uri);
  const current = documents.get(uri);
  if (!current || current.version !== doc.version) return null; // a newer version will be validated
  const { isArticle, reason } = articles.classify(doc, settings);
  if (!isArticle) {
    articles.forget(uri);
    await connection.sendDiagnostics({ uri, diagnostics: [] });
    return { isArticle: false, reason, findings: 0 };
  }
  if (!runsOn(settings.checkOn, trigger, uri)) return null;
  checked.add(uri);
  const { config, relative } = workspaceConfigFor(uri);
  const t0 = performance.now();
  const extra = { outlets: config.outlets, speakers: config.speakers };
  // Diagnostics first: the layers no finding reads (outlet citations, dates) are added right after publishing.
  const model = articles.get(doc, settings, extra, true);
  lastCost.set(uri, performance.now() - t0);
  const ignored = (rule: string, text: string) => config.ignore.some((i) => i.file === relative && i.rule === rule && i.text === text);
  const diagnostics = diagnosticsFor(doc, model, settings, ignored);
  const sent = connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
  const pending = completions.get(uri);
  if (pending) clearTimeout(pending);
  completions.delete(uri);
  if (articles.isComplete(uri, doc.version)) workspaceIndex.updateFromOpen(doc, model);
  else {
    // The late layers are added once the typing pauses (an edit cancels this); a feature that reads the model sooner
    // completes it itself.
    completions.set(
      uri,
      setTimeout(() => {
        completions.delete(uri);
        if (documents.get(uri)?.version !== doc.version) return;
        try {
          workspaceIndex.updateFromOpen(doc, articles.get(doc, settings, extra));
          collectWhenIdle();
        } catch (err) {
          connection.console.error(`[News Lens] completing the analysis failed: ${String(err)}`);
        }
      }, LATE_LAYERS_DELAY_MS),
    );
  }
  collectWhenIdle();
  await sent;
  return { isArticle: true, findings: diagnostics.length };
}

function schedule(uri: string, delay = DEBOUNCE_MS, trigger: Trigger = 'edit'): void {
  const t = timers.get(uri);
  if (t) clearTimeout(t);
  timers.set(
    uri,
    setTimeout(() => {
      timers.delete(uri);
      validate(uri, trigger).catch((err) => connection.console.error(`[News Lens] validate failed: ${String(err)}`));
    }, delay),
  );
}

// didOpen also fires a content change right after; the open check covers it.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  schedule(e.document.uri, 0, 'open');
});
documents.onDidChangeContent((e) => {
  const pending = completions.get(e.document.uri);
  if (pending) clearTimeout(pending);
  completions.delete(e.document.uri);
  if (justOpened.delete(e.document.uri)) return;
  const cost = lastCost.get(e.document.uri) ?? DEBOUNCE_MS;
  schedule(e.document.uri, cost < NO_DEBOUNCE_BELOW_MS ? 0 : Math.min(DEBOUNCE_MS, cost));
});
documents.onDidSave((e) => schedule(e.document.uri, 0, 'save'));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  const c = completions.get(e.document.uri);
  if (c) clearTimeout(c);
  completions.delete(e.document.uri);
  articles.forget(e.document.uri);
  checked.delete(e.document.uri);
  annotations.forget(e.document.uri);
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
  for (const d of documents.all()) schedule(d.uri, 0, 'config');
});

// A changed .newslens.json: reload it, show its problems, re-analyze every open article.
connection.onDidChangeWatchedFiles((e) => {
  if (!e.changes.some((c) => c.uri.endsWith('/' + CONFIG_FILE))) return;
  workspaceConfigs.invalidate();
  articles.clear();
  publishConfigProblems();
  for (const d of documents.all()) schedule(d.uri, 0, 'config');
});

connection.onNotification(ANNOTATED_FILES_NOTIFICATION, (p: AnnotatedFilesParams) => {
  try {
    articles.setAnnotated(Array.isArray(p?.uris) ? p.uris.filter((u) => typeof u === 'string') : []);
    for (const d of documents.all()) schedule(d.uri, 0, 'config');
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
  const { config } = workspaceConfigFor(uri);
  const model = articles.get(doc, settings, { outlets: config.outlets, speakers: config.speakers });
  workspaceIndex.updateFromOpen(doc, model);
  return { doc, model, settings, config };
}

connection.onHover(
  guard('hover', null, async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    if (!m) return null;
    const offset = m.doc.offsetAt(p.position);
    // Only a figure's hover compares with the other open articles: read their models only then.
    const others: OtherArticle[] = [];
    for (const d of figureAt(m.model, offset) ? documents.all() : []) {
      if (d.uri === m.doc.uri) continue;
      const o = await modelOf(d.uri);
      if (o) others.push({ uri: d.uri, text: d.getText(), model: o.model });
    }
    return withAnnotationHover(hoverAt(m.doc, m.model, offset, m.config.outlets, others), annotations.hoverLines(m.doc.uri, offset), m.doc, offset);
  }),
);

connection.languages.inlayHint.on(
  guard('inlayHint', [], async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    return m ? inlayHintsFor(m.doc, m.model, m.settings.inlayHintsDates, p.range) : [];
  }),
);

// One code action handler: News Lens quick fixes with the date fixes (codeActions.ts) and annotation actions.
connection.onCodeAction(
  guard('codeAction', [], async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    if (!m) return [];
    const { relative } = workspaceConfigFor(m.doc.uri);
    const file = filePathOf(m.doc.uri);
    const folder = file ? workspaceConfigs.folderOf(file) : null;
    let config = null;
    if (folder) {
      const configPath = nodePath.join(folder, CONFIG_FILE);
      const configUri = pathToFileURL(configPath).toString();
      const open = documents.get(configUri);
      let text: string | null = open?.getText() ?? null;
      if (!open) {
        try {
          text = readFileSync(configPath, 'utf8');
        } catch {
          text = null;
        }
      }
      config = { uri: configUri, text, version: open?.version ?? null };
    }
    const fixes = codeActionsFor({
      doc: m.doc,
      model: m.model,
      range: p.range,
      diagnostics: p.context?.diagnostics ?? [],
      relative,
      config,
      ...editSupport,
      only: p.context?.only,
    });
    return [...fixes, ...annotations.codeActions(m.doc, p.range, p.context?.only)];
  }),
);

connection.languages.semanticTokens.on(
  guard('semanticTokens', { data: [] }, async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    return m ? semanticTokensFor(m.doc, m.model, m.settings.semanticHighlighting) : { data: [] };
  }),
);

connection.languages.semanticTokens.onRange(
  guard('semanticTokensRange', { data: [] }, async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    if (!m) return { data: [] };
    return semanticTokensFor(m.doc, m.model, m.settings.semanticHighlighting, [m.doc.offsetAt(p.range.start), m.doc.offsetAt(p.range.end)]);
  }),
);

connection.onRequest(
  CHECK_REQUEST,
  guard<CheckParams, CheckResult>('check', { isArticle: false, reason: 'failed', findings: 0 }, async (p) => {
    const uri = p?.uri;
    if (typeof uri !== 'string' || !documents.get(uri)) return { isArticle: false, reason: 'the document is not open', findings: 0 };
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    return (await validate(uri, 'manual')) ?? { isArticle: false, reason: 'the document changed while it was checked', findings: 0 };
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

// Watched article files keep the workspace index current.
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
      if (m) out.articles.push(annotations.withStatuses(m.doc, statementsOf(m.doc, m.model)));
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
    const { config } = workspaceConfigFor(doc.uri);
    const model = isArticle ? articles.get(doc, settings, { outlets: config.outlets, speakers: config.speakers }) : null;
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

registerAnnotations({
  connection,
  documents,
  layer: annotations,
  rawModel: async (uri) => {
    const m = await modelOf(uri);
    const raw = m ? articles.peek(m.doc.uri)?.model : undefined;
    return m && raw ? { doc: m.doc, model: raw, publicationDate: m.settings.publicationDate } : null;
  },
  revalidate: (uri) => schedule(uri, 0),
});

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
