// The editor UI of News Lens in one call for activate(): the Statements view, the language status item and the
// commands the server's features use (Check This Article, Insert Attribution) or the welcome view offers (Open Sample).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { State } from 'vscode-languageclient/node';
import { CHECK_ARTICLE_COMMAND, CHECK_REQUEST, INSERT_ATTRIBUTION_COMMAND } from '../../protocol/protocol';
import type { CheckParams, CheckResult } from '../../protocol/protocol';
import { attributionSnippet, checkInsertArgs } from './attributionSnippet';
import { fileName } from './statementsModel';
import { registerStatementsView } from './statementsView';
import { registerStatusItem } from './statusItem';

const METHOD_NOT_FOUND = -32601;

export interface EditorUi {
  /** Call with each new LanguageClient (start and restart): the view and status item follow its state. */
  attach(client: LanguageClient): void;
  /** Something the server's answers depend on changed outside an edit (e.g. the annotated files). */
  refreshSoon(): void;
}

async function checkArticle(getClient: () => LanguageClient | undefined, arg?: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : vscode.window.activeTextEditor?.document.uri;
  if (!uri) return void vscode.window.showInformationMessage('News Lens: open an article to check it.');
  const client = getClient();
  if (!client?.isRunning()) return void vscode.window.showWarningMessage('News Lens: the server is not running.', 'Show Output').then((a) => a && vscode.commands.executeCommand('newsLens.showOutput'));
  const params: CheckParams = { uri: uri.toString() };
  let result: CheckResult | null;
  try {
    result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `News Lens: checking ${fileName(uri.toString())}` },
      () => client.sendRequest<CheckResult | null>(CHECK_REQUEST, params),
    );
  } catch (err) {
    const code = (err as { code?: number })?.code;
    const msg = code === METHOD_NOT_FOUND ? 'this server cannot check on demand' : err instanceof Error ? err.message : String(err);
    return void vscode.window.showWarningMessage(`News Lens: ${msg}.`);
  }
  if (!result) return void vscode.window.showInformationMessage(`News Lens: ${fileName(uri.toString())} is not open.`);
  if (!result.isArticle) {
    const pick = await vscode.window.showInformationMessage(
      `News Lens: ${fileName(uri.toString())} is not analyzed as an article${result.reason ? ` (${result.reason})` : ''}.`,
      'Annotate This File',
    );
    if (pick) await vscode.commands.executeCommand('newsLens.annotateFile', uri);
    return;
  }
  const n = result.findings;
  vscode.window.setStatusBarMessage(`News Lens: ${n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}`} in ${fileName(uri.toString())}`, 4000);
}

async function insertAttribution(arg: unknown): Promise<void> {
  const args = checkInsertArgs(arg);
  if (typeof args === 'string') return void vscode.window.showWarningMessage(`News Lens: cannot insert an attribution (${args}).`);
  const uri = vscode.Uri.parse(args.uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = visible ?? (await vscode.window.showTextDocument(doc));
  const position = doc.validatePosition(new vscode.Position(args.position.line, args.position.character));
  editor.selection = new vscode.Selection(position, position);
  await editor.insertSnippet(new vscode.SnippetString(attributionSnippet(args)), position);
}

async function openSample(extensionUri: vscode.Uri): Promise<void> {
  const items: (vscode.QuickPickItem & { uri: vscode.Uri })[] = [];
  const found = await vscode.workspace.findFiles('{**/*.news,**/samples/**/*.{txt,md},**/articles/**/*.{txt,md}}', '**/node_modules/**', 50);
  for (const uri of found) items.push({ label: fileName(uri.toString()), description: vscode.workspace.asRelativePath(uri, true), uri });
  const bundled = vscode.Uri.joinPath(extensionUri, 'samples');
  try {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(bundled)) {
      if (type === vscode.FileType.File && /\.(news|txt|md)$/.test(name)) items.push({ label: name, description: 'sample bundled with News Lens', uri: vscode.Uri.joinPath(bundled, name) });
    }
  } catch {
    // no bundled samples in this build
  }
  if (!items.length) return void vscode.window.showInformationMessage('News Lens: no article found in this workspace.');
  const pick = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: 'Open an Article', matchOnDescription: true });
  if (pick) await vscode.window.showTextDocument(pick.uri);
}

export function registerEditorUi(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined, log: (msg: string) => void): EditorUi {
  const statements = registerStatementsView(context, getClient, log);
  const status = registerStatusItem(context, getClient, log);
  let stateListener: vscode.Disposable | undefined;
  const refreshSoon = () => {
    statements.schedule();
    status.schedule(200);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_ARTICLE_COMMAND, (arg?: unknown) => checkArticle(getClient, arg)),
    vscode.commands.registerCommand(INSERT_ATTRIBUTION_COMMAND, (arg?: unknown) => insertAttribution(arg)),
    vscode.commands.registerCommand('newsLens.openSample', () => openSample(context.extensionUri)),
    { dispose: () => stateListener?.dispose() },
  );
  return {
    attach(client) {
      stateListener?.dispose();
      stateListener = client.onDidChangeState((e) => {
        if (e.newState === State.Running || e.newState === State.Stopped) refreshSoon();
      });
      refreshSoon();
    },
    refreshSoon,
  };
}
