// The News Lens language status item ({} in the status bar) for news, plain-text and Markdown documents:
// the article's counts and analysis time from `newsLens/articleInfo`, or "Not an article" with Annotate This File.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ARTICLE_INFO_REQUEST } from '../../protocol/protocol';
import type { ArticleInfoParams, ArticleInfoResult } from '../../protocol/protocol';
import { statusView } from './statusModel';

const SELECTOR: vscode.DocumentSelector = [{ language: 'news' }, { language: 'plaintext' }, { language: 'markdown' }];
const LANGUAGES = new Set(['news', 'plaintext', 'markdown']);
const EDIT_DELAY_MS = 400;

export class ArticleStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('newsLens.article', SELECTOR);
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly log: (msg: string) => void,
  ) {
    this.item.name = 'News Lens';
    this.show(null, 'starting', undefined);
  }

  schedule(delayMs = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, delayMs);
  }

  async update(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LANGUAGES.has(doc.languageId)) return;
    const client = this.getClient();
    if (!client?.isRunning()) return this.show(null, client ? 'starting' : 'failed', doc.uri);
    const mine = ++this.seq;
    let info: ArticleInfoResult | null = null;
    try {
      const params: ArticleInfoParams = { uri: doc.uri.toString() };
      info = await client.sendRequest<ArticleInfoResult | null>(ARTICLE_INFO_REQUEST, params);
    } catch (err) {
      this.log(`articleInfo request failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (mine !== this.seq || vscode.window.activeTextEditor?.document !== doc) return;
    this.show(info, 'ready', doc.uri);
  }

  private show(info: ArticleInfoResult | null, state: 'starting' | 'ready' | 'failed', uri: vscode.Uri | undefined): void {
    const v = statusView(info, state);
    this.item.text = v.text;
    this.item.detail = v.detail;
    this.item.busy = v.busy;
    this.item.severity = v.warn ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.accessibilityInformation = { label: `News Lens: ${v.text.replace(/\$\([^)]*\)\s*/g, '')}, ${v.detail}` };
    this.item.command =
      v.action === 'showStatements'
        ? { command: 'newsLens.statements.focus', title: 'Show Statements' }
        : v.action === 'annotate'
          ? { command: 'newsLens.annotateFile', title: 'Annotate This File', arguments: uri ? [uri] : [] }
          : state === 'failed'
            ? { command: 'newsLens.showOutput', title: 'Show Output' }
            : undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }
}

export function registerStatusItem(
  context: vscode.ExtensionContext,
  getClient: () => LanguageClient | undefined,
  log: (msg: string) => void,
): ArticleStatus {
  const status = new ArticleStatus(getClient, log);
  const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  context.subscriptions.push(
    status,
    vscode.window.onDidChangeActiveTextEditor(() => status.schedule()),
    vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length && isActive(e.document.uri) && status.schedule(EDIT_DELAY_MS)),
    vscode.languages.onDidChangeDiagnostics((e) => e.uris.some(isActive) && status.schedule(EDIT_DELAY_MS)),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('newsLens') && status.schedule(EDIT_DELAY_MS)),
  );
  status.schedule();
  return status;
}
