// A second protocol-test client for the robustness and workspace-index tests: like lspClient.ts, but with workspace
// folders, progress notifications, watched-file support and direct access to the process (to kill the client side).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { SERVER } from './lspClient';

export interface RawServer {
  conn: MessageConnection;
  proc: ChildProcess;
  published: { uri: string; version?: number; diagnostics: Diagnostic[] }[];
  progress: { token: unknown; value: { kind: string; title?: string; message?: string; percentage?: number } }[];
  messages: { type: number; message: string }[];
  /** The server's log lines (window/logMessage). */
  logs: string[];
  /** The scope URIs of every workspace/configuration item the server asked for. */
  configScopes: (string | undefined)[];
  init: { capabilities: Record<string, unknown> };
  stderr: string[];
  exited: Promise<number | null>;
  lastDiagnostics(uri: string): { version?: number; diagnostics: Diagnostic[] } | undefined;
  stop(): Promise<void>;
}

export interface RawOptions {
  workspaceFolders?: string[];
  configuration?: Record<string, unknown>;
  /** Extra node arguments (e.g. a preload with -r). */
  nodeArgs?: string[];
}

export async function startRaw(o: RawOptions = {}): Promise<RawServer> {
  const proc = spawn(process.execPath, [...(o.nodeArgs ?? []), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const published: RawServer['published'] = [];
  const progress: RawServer['progress'] = [];
  const messages: RawServer['messages'] = [];
  const stderr: string[] = [];
  proc.stderr!.on('data', (d) => stderr.push(String(d)));
  conn.onNotification('textDocument/publishDiagnostics', (p: RawServer['published'][number]) => void published.push(p));
  conn.onNotification('$/progress', (p: RawServer['progress'][number]) => void progress.push(p));
  const logs: string[] = [];
  conn.onNotification('window/logMessage', (m: { message: string }) => void logs.push(m.message));
  conn.onNotification('window/showMessage', (m: { type: number; message: string }) => void messages.push(m));
  conn.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
    messages.push(m);
    return null;
  });
  const configScopes: (string | undefined)[] = [];
  conn.onRequest('workspace/configuration', (p: { items: { scopeUri?: string }[] }) => {
    for (const i of p.items) configScopes.push(i.scopeUri);
    return p.items.map(() => o.configuration ?? {});
  });
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onError(() => undefined);
  conn.listen();
  const folders = (o.workspaceFolders ?? []).map((uri, i) => ({ uri, name: `f${i}` }));
  const init = (await conn.sendRequest('initialize', {
    processId: null,
    rootUri: folders[0]?.uri ?? null,
    workspaceFolders: folders.length ? folders : null,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: !!o.configuration, symbol: {}, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
  })) as RawServer['init'];
  conn.sendNotification('initialized', {});
  return {
    conn,
    proc,
    published,
    progress,
    messages,
    logs,
    configScopes,
    init,
    stderr,
    exited,
    lastDiagnostics: (uri) => [...published].reverse().find((p) => p.uri === uri),
    stop: async () => {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      conn.dispose();
    },
  };
}
