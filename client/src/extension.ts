// activate(): start the language client, register commands — little else. The server decides what an article is.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ANNOTATED_FILES_NOTIFICATION } from '../../protocol/protocol';
// Node arguments for the server process (the benchmark starts it with the same ones; see the file's "why").
import launch from '../../server/launch.json';
import type { AnnotatedFilesParams } from '../../protocol/protocol';
import { registerAnnotationCommands } from './annotations/commands';
import { registerEditorUi } from './commands';
import type { EditorUi } from './commands';
import { crashPolicy } from './crashRecovery';

// One policy for the whole session, so restarts by the client and crashes are counted across clients.
const crashes = crashPolicy({
  onRestart: () =>
    void vscode.window.showWarningMessage('News Lens: the analysis server stopped unexpectedly and was restarted. Details are in the News Lens output.'),
  onGiveUp: (n) =>
    void vscode.window
      .showErrorMessage(`News Lens: the analysis server stopped ${n} times in a few minutes and will not be restarted automatically.`, 'Restart Server', 'Show Output')
      .then((choice) => {
        if (choice === 'Restart Server') void vscode.commands.executeCommand('newsLens.restartServer');
        if (choice === 'Show Output') output?.show();
      }),
  log: (m) => output?.appendLine(m),
});

const ANNOTATED_KEY = 'newsLens.annotatedFiles';
let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;
let ui: EditorUi | undefined;

function annotated(context: vscode.ExtensionContext): string[] {
  return context.workspaceState.get<string[]>(ANNOTATED_KEY, []);
}

async function sendAnnotated(context: vscode.ExtensionContext): Promise<void> {
  const params: AnnotatedFilesParams = { uris: annotated(context) };
  await client?.sendNotification(ANNOTATED_FILES_NOTIFICATION, params);
  ui?.refreshSoon();
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  // dist/start.js loads dist/server.js through V8's code cache, kept in the extension's own storage (server/src/start.ts):
  // every start after the first is ~40 ms quicker. The debug launch loads the server as it is.
  const startModule = context.asAbsolutePath(path.join('dist', 'start.js'));
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const cacheEnv = { ...process.env, NEWSLENS_CODE_CACHE_DIR: path.join(context.globalStorageUri.fsPath, 'code-cache') };
  const serverOptions: ServerOptions = {
    run: { module: startModule, transport: TransportKind.ipc, options: { execArgv: launch.execArgv, env: cacheEnv } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...launch.execArgv, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'news' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'vscode-remote', language: 'plaintext' },
      { scheme: 'vscode-remote', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'newsLens', fileEvents: vscode.workspace.createFileSystemWatcher('**/.newslens.json') },
    outputChannel: output,
    traceOutputChannel: output,
    errorHandler: crashes as unknown as LanguageClientOptions['errorHandler'],
  };
  return new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  ui?.attach(client);
  await client.start();
  await sendAnnotated(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('News Lens', { log: true });
  context.subscriptions.push(output);
  ui = registerEditorUi(context, () => client, (msg) => output?.warn(msg));

  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.restartServer', async () => {
      output?.appendLine('Restarting the News Lens server…');
      crashes.reset();
      if (client) await client.stop().catch(() => undefined);
      await start(context);
      vscode.window.setStatusBarMessage('News Lens server restarted', 3000);
    }),
    vscode.commands.registerCommand('newsLens.annotateFile', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return void vscode.window.showInformationMessage('News Lens: open a file to annotate it as an article.');
      const list = new Set(annotated(context));
      list.add(target.toString());
      await context.workspaceState.update(ANNOTATED_KEY, [...list]);
      await sendAnnotated(context);
    }),
    vscode.commands.registerCommand('newsLens.stopAnnotatingFile', async (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      await context.workspaceState.update(ANNOTATED_KEY, annotated(context).filter((u) => u !== target.toString()));
      await sendAnnotated(context);
    }),
    vscode.commands.registerCommand('newsLens.showOutput', () => output?.show()),
    // The quick fix of date.unanchored: ask for the article's date, then store it for the file's workspace folder.
    vscode.commands.registerCommand('newsLens.setPublicationDate', async (uri?: string, suggested?: string) => {
      const target = uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
      if (!target) return;
      const value = await vscode.window.showInputBox({
        title: 'News Lens: publication date of this article',
        prompt: 'Relative dates ("Wednesday", "last month") are resolved against this date (YYYY-MM-DD).',
        value: typeof suggested === 'string' ? suggested : new Date().toISOString().slice(0, 10),
        validateInput: (v) => {
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
          if (!m) return 'Use the form YYYY-MM-DD, e.g. 2000-07-20.';
          const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
          return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? null : 'That day does not exist.';
        },
      });
      if (!value) return;
      const target2 = vscode.workspace.getWorkspaceFolder(target) ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration('newsLens', target).update('publicationDate', value.trim(), target2);
    }),
  );

  registerAnnotationCommands(context, () => client);
  await start(context);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
}
