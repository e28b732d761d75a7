// activate(): start the language client, register commands — little else. The server decides what an article is.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { ANNOTATED_FILES_NOTIFICATION } from '../../protocol/protocol';
import type { AnnotatedFilesParams } from '../../protocol/protocol';
import { registerAnnotationCommands } from './annotations/commands';

const ANNOTATED_KEY = 'newsLens.annotatedFiles';
let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

function annotated(context: vscode.ExtensionContext): string[] {
  return context.workspaceState.get<string[]>(ANNOTATED_KEY, []);
}

async function sendAnnotated(context: vscode.ExtensionContext): Promise<void> {
  const params: AnnotatedFilesParams = { uris: annotated(context) };
  await client?.sendNotification(ANNOTATED_FILES_NOTIFICATION, params);
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
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
    synchronize: { configurationSection: 'newsLens' },
    outputChannel: output,
    traceOutputChannel: output,
  };
  return new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  await client.start();
  await sendAnnotated(context);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('News Lens', { log: true });
  context.subscriptions.push(output);

  context.subscriptions.push(
    vscode.commands.registerCommand('newsLens.restartServer', async () => {
      output?.appendLine('Restarting the News Lens server…');
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
  );

  registerAnnotationCommands(context, () => client);
  await start(context);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop().catch(() => undefined);
}
