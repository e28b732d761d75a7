// A minimal LSP client over stdio for the benchmark (the protocol tests have their own in test/helpers).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// As the editor starts it: dist/start.js loads dist/server.js through V8's code cache in a directory of the client's
// (server/src/start.ts); the benchmark's own directory is emptied when the benchmark starts.
export const SERVER = process.env.BENCH_SERVER ?? path.join(ROOT, 'dist/start.js');
export const CODE_CACHE_DIR = path.join(ROOT, 'bench/.tmp/code-cache');

export function rssMB(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function waitFor(f, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

/** Starts the server; resolves once `initialize` answered (with the time it took). */
// The server is started as the extension starts it (server/launch.json), unless BENCH_EXEC_ARGV says otherwise.
const LAUNCH = JSON.parse(readFileSync(path.join(ROOT, 'server/launch.json'), 'utf8')).execArgv;
export async function start({ rootUri = null, workspaceFolders = null, execArgv = process.env.BENCH_EXEC_ARGV !== undefined ? process.env.BENCH_EXEC_ARGV.split(' ').filter(Boolean) : LAUNCH, cacheDir = CODE_CACHE_DIR } = {}) {
  const t0 = performance.now();
  const env = { ...process.env, NEWSLENS_CODE_CACHE_DIR: cacheDir };
  const proc = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const diags = new Map(); // uri → { version, at }
  const progress = [];
  const listeners = new Set();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    diags.set(p.uri, { version: p.version, at, n: p.diagnostics.length });
    for (const l of listeners) l(p, at);
  });
  conn.onNotification('$/progress', (p) => progress.push({ ...p, at: performance.now() }));
  conn.onNotification('window/logMessage', () => undefined);
  conn.onNotification('window/showMessage', () => undefined);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  proc.stderr.on('data', () => undefined);
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: { configuration: false, symbol: {}, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        hover: { contentFormat: ['markdown'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
      },
    },
  });
  conn.sendNotification('initialized', {});
  const initMs = performance.now() - t0;
  return {
    proc,
    conn,
    init,
    initMs,
    diags,
    progress,
    /** Resolves when diagnostics for `uri` at `version` arrive. */
    diagnosticsFor(uri, version) {
      return new Promise((resolve) => {
        const l = (p, at) => {
          if (p.uri === uri && (version === undefined || p.version === version)) {
            listeners.delete(l);
            resolve(at);
          }
        };
        listeners.add(l);
      });
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        conn.sendNotification('exit');
      } catch {
        /* gone */
      }
      await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      conn.dispose();
    },
  };
}

/** LSP position of an offset (UTF-16, like the server). */
export function positionAt(text, offset) {
  let line = 0;
  let ls = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    ls = i + 1;
  }
  return { line, character: offset - ls };
}

export function pct(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}
