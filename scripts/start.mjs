#!/usr/bin/env node
// `npm start`: builds News Lens, installs code-server on first run (scripts/e2e/install.sh, with progress messages),
// then serves VS Code with the working-tree extension loaded on samples/ at http://127.0.0.1:<port> until Ctrl+C.
//   npm start -- --port 9000 --folder ~/articles
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { DIR, ROOT, ensureInstalled, isInstalled, linkExtension, portIsFree, startCodeServer } from './e2e/codeserver.mjs';

const T0 = Date.now();
const secs = () => ((Date.now() - T0) / 1000).toFixed(1);
const say = (m) => console.log(`[news-lens start] ${m}`);

function usage(code) {
  console.log(`usage: npm start -- [--port N] [--folder PATH]

Serves VS Code (code-server) with News Lens loaded, on http://127.0.0.1:N (default 8080), opened on PATH (default:
the bundled samples/). Ctrl+C stops it and everything it started.`);
  process.exit(code);
}

const args = process.argv.slice(2);
let port = 8080;
let folder = path.join(ROOT, 'samples');
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (v === undefined) {
      console.error(`[news-lens start] ${a} needs a value`);
      usage(2);
    }
    return v;
  };
  if (a === '--help' || a === '-h') usage(0);
  else if (a === '--port' || a.startsWith('--port=')) port = Number(value());
  else if (a === '--folder' || a.startsWith('--folder=')) folder = path.resolve(value());
  else {
    console.error(`[news-lens start] unknown option ${a}`);
    usage(2);
  }
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`[news-lens start] --port must be a port number, not ${JSON.stringify(String(port))}`);
  process.exit(2);
}
if (!existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`[news-lens start] --folder ${folder} is not a folder`);
  process.exit(2);
}
if (!(await portIsFree(port))) {
  console.error(`[news-lens start] port ${port} is in use on 127.0.0.1; choose another with --port`);
  process.exit(1);
}

say('building the extension (esbuild)');
const b = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
if (b.status !== 0) process.exit(b.status ?? 1);

if (!isInstalled()) say(`first run: installing code-server and Node 24 into ${path.relative(ROOT, DIR)}/ (a few minutes, once)`);
ensureInstalled();

// code-server loads extensions from its extensions folder: a link named like an installed extension points at this
// working tree, so what is served is exactly what was just built.
const stateDir = path.join(DIR, 'start');
const extensionsDir = path.join(stateDir, 'extensions');
linkExtension(extensionsDir);

say(`starting code-server on 127.0.0.1:${port}, folder ${folder}`);
const server = await startCodeServer({ port, folder, stateDir, extensionsDir, smokeTestDriver: false, log: say });

let stopping = false;
async function stop(sig) {
  if (stopping) return;
  stopping = true;
  say(`${sig}: stopping code-server and everything it started`);
  await server.stop();
  process.exit(0);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void stop(sig));
server.proc.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`[news-lens start] code-server exited (${signal ?? code}); its log: ${server.logFile}`);
  process.exit(1);
});

say(`ready in ${secs()} s`);
console.log(`\n  News Lens in VS Code:  http://127.0.0.1:${port}/\n\n  Open an article in the Explorer (e.g. ${path.basename(folder) === 'samples' ? 'wire-harbor-talks.news' : 'a .news file'}). Ctrl+C to stop.\n`);

