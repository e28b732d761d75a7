// The News Lens language server: capabilities, the document store and handler wiring. No analysis here: each
// feature in ./lsp reads the one model per document version that Articles keeps.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  CodeActionKind,
} from 'vscode-languageserver/node';
import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Articles } from './lsp/articles';
import { diagnosticsFor } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { documentSymbols } from './lsp/symbols';
import { statementsOf } from './lsp/statements';
import { inlayHintsFor } from './lsp/inlayHints';
import { dateCodeActions } from './lsp/dateActions';
import { DEFAULT_SETTINGS, readSettings, withWorkspaceConfig } from './lsp/settings';
import { CONFIG_FILE, WorkspaceConfigs } from './lsp/workspaceConfig';
import type { WorkspaceConfig } from './lsp/workspaceConfig';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AnnotationLayer, registerAnnotations, watchSidecars, withAnnotationHover } from './lsp/annotations';
import type { Settings } from './lsp/settings';
import {
  ANNOTATED_FILES_NOTIFICATION,
  ARTICLE_INFO_REQUEST,
  STATEMENTS_REQUEST,
} from '../../protocol/protocol';
import type { AnnotatedFilesParams, ArticleInfoParams, ArticleInfoResult, StatementsParams, StatementsResult } from '../../protocol/protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const articles = new Articles();
const workspaceConfigs = new WorkspaceConfigs();
const annotations = new AnnotationLayer();
articles.setPostProcess((doc, model) => annotations.apply(doc, model));
let initParams: InitializeParams | null = null;

let hasConfiguration = false;
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

/** User settings with the document's .newslens.json applied. */
async function settingsFor(uri: string): Promise<Settings> {
  const base = await userSettingsFor(uri);
  const { config, relative } = workspaceConfigFor(uri);
  return withWorkspaceConfig(base, config, relative);
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
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolderPaths = folders.map(filePathOf).filter((p): p is string => !!p);
  workspaceConfigs.setFolders(workspaceFolderPaths);
  initParams = params;
  annotations.setWorkspace(params);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, 'refactor'] },
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
});

// Validation: debounced per document, always on the latest version.
const timers = new Map<string, NodeJS.Timeout>();
const DEBOUNCE_MS = 120;

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
  const { config, relative } = workspaceConfigFor(uri);
  const model = articles.get(doc, settings, { outlets: config.outlets, speakers: config.speakers });
  const ignored = (rule: string, text: string) => config.ignore.some((i) => i.file === relative && i.rule === rule && i.text === text);
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsFor(doc, model, settings, ignored) });
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
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  articles.forget(e.document.uri);
  annotations.forget(e.document.uri);
  settingsCache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  settingsCache.clear();
  reported.clear();
  articles.clear();
  for (const d of documents.all()) schedule(d.uri, 0);
});

// A changed .newslens.json: reload it, show its problems, re-analyze every open article.
connection.onDidChangeWatchedFiles((e) => {
  if (!e.changes.some((c) => c.uri.endsWith('/' + CONFIG_FILE))) return;
  workspaceConfigs.invalidate();
  articles.clear();
  publishConfigProblems();
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
  const { config } = workspaceConfigFor(uri);
  return { doc, model: articles.get(doc, settings, { outlets: config.outlets, speakers: config.speakers }), settings, config };
}

connection.onHover(
  guard('hover', null, async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    if (!m) return null;
    const offset = m.doc.offsetAt(p.position);
    return withAnnotationHover(hoverAt(m.doc, m.model, offset), annotations.hoverLines(m.doc.uri, offset), m.doc, offset);
  }),
);

connection.languages.inlayHint.on(
  guard('inlayHint', [], async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    return m ? inlayHintsFor(m.doc, m.model, m.settings.inlayHintsDates, p.range) : [];
  }),
);

// One code action handler: date quick fixes (dateActions.ts) and annotation actions (lsp/annotations.ts).
connection.onCodeAction(
  guard('codeAction', [], async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    if (!m) return [];
    return [...dateCodeActions(m.doc, m.model, p.context), ...annotations.codeActions(m.doc, p.range)];
  }),
);

connection.onDocumentSymbol(
  guard('documentSymbol', [], async (p) => {
    const m = await modelOf(p.textDocument?.uri);
    return m ? documentSymbols(m.doc, m.model) : [];
  }),
);

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
