// A small LSP client for protocol tests: starts dist/server.js as a child process over stdio and speaks JSON-RPC.
// Results are awaited by polling with a deadline, never by sleeping a fixed time.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic } from 'vscode-languageserver-protocol';

export const SERVER = path.resolve(__dirname, '../../dist/server.js');

export interface TestServer {
  conn: MessageConnection;
  proc: ChildProcess;
  diagnostics: Map<string, { version?: number; diagnostics: Diagnostic[] }>;
  /** Every diagnostics notification in order of arrival. */
  published: { uri: string; version?: number; diagnostics: Diagnostic[] }[];
  stderr: string[];
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): void;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  stop(): Promise<void>;
}

export async function waitFor<T>(f: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function startServer(
  initOptions: {
    configuration?: Record<string, unknown>;
    workspaceFolder?: string;
    workspaceEdit?: Record<string, unknown>;
    /** Another script to start (e.g. dist/start.js) and variables added to the environment. */
    script?: string;
    env?: Record<string, string>;
  } = {},
): Promise<TestServer> {
  const env = initOptions.env ? { ...process.env, ...initOptions.env } : process.env;
  const proc = spawn(process.execPath, [initOptions.script ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  const published: TestServer['published'] = [];
  const stderr: string[] = [];
  proc.stderr!.on('data', (d) => stderr.push(String(d)));
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
    published.push(p);
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.onNotification('window/showMessage', () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => initOptions.configuration ?? {}));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: initOptions.workspaceFolder ? pathToFileURL(initOptions.workspaceFolder).toString() : null,
    workspaceFolders: initOptions.workspaceFolder ? [{ uri: pathToFileURL(initOptions.workspaceFolder).toString(), name: 'ws' }] : null,
    capabilities: {
      workspace: { configuration: !!initOptions.configuration, ...(initOptions.workspaceEdit ? { workspaceEdit: initOptions.workspaceEdit } : {}) },
      textDocument: { hover: { contentFormat: ['markdown'] }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
    },
  });
  conn.sendNotification('initialized', {});
  const server: TestServer = {
    conn,
    proc,
    diagnostics,
    published,
    stderr,
    request: (method, params) => conn.sendRequest(method, params),
    notify: (method, params) => void conn.sendNotification(method, params),
    open: (uri, text, languageId = 'news', version = 1) =>
      void conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } }),
    stop: async () => {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch {
        // already gone
      }
      await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      conn.dispose();
    },
  };
  return server;
}

/** The LSP position of the nth occurrence (from 0) of `needle` in `text`; fails the test when it is absent. */
export function positionOf(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, at);
  return { line: before.split('\n').length - 1, character: at - (before.lastIndexOf('\n') + 1) };
}
