#!/usr/bin/env node
// `npm run test:e2e`: News Lens in a real VS Code (code-server 4.139.1 driven by Playwright in Debian's chromium).
//   1. installs what is missing (scripts/e2e/install.sh), builds the extension and the suite bundle;
//   2. copies samples/ into a temporary workspace and starts code-server in its own process group;
//   3. runs the Mocha suite inside the extension host (test/e2e/suite/*.test.ts, via the smoke-test driver payload);
//   4. drives the workbench as a person would (test/e2e/ui/workbench.mjs), screenshots into test-results/;
//   5. ends every process it started and prints "e2e: N passed, M failed"; exits non-zero on any failure.
// Options: --skip-install, --no-ui, --no-host, --keep (keep the temporary folders), --verbose (code-server log to the
// terminal), --docs (also write the README's screenshots into docs/). NEWSLENS_E2E_TIMEOUT_MS bounds the in-host suite (default 480000).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, ensureInstalled, freePort, groupAlive, linkExtension, playwright, startCodeServer, tail, workbenchUrl } from './codeserver.mjs';
import { buildE2E } from './build.mjs';
import { runWorkbenchChecks } from '../../test/e2e/ui/workbench.mjs';

const argv = new Set(process.argv.slice(2));
const T0 = Date.now();
const stamp = () => `[e2e +${((Date.now() - T0) / 1000).toFixed(1)}s]`;
const log = (...a) => console.log(stamp(), ...a);

// Workbench log lines that say nothing about News Lens on a closed network (gallery, accounts, chat, stack frames).
const NOISE = /ENOTFOUND|open-vsx|authentication provider|AccountPolicyGate|^\s+at |^\s*$|vsda|\[Chat|chat\b/i;

const results = []; // { name, status: 'passed' | 'failed' | 'skipped', detail? }
const cleanups = [];
let cleaning = null;

async function cleanup() {
  cleaning ??= (async () => {
    for (const f of cleanups.reverse()) {
      try {
        await f();
      } catch (err) {
        console.error(stamp(), 'cleanup:', err?.message ?? err);
      }
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    console.error(`${stamp()} ${sig}: stopping everything this run started`);
    cleanup().finally(() => process.exit(130));
  });
}

function build() {
  log('building the extension (npm run build) and the suite bundle');
  const r = spawnSync('node', ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
  return buildE2E();
}

function makeWorkspace() {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'newslens-e2e-ws-'));
  cpSync(path.join(ROOT, 'samples'), path.join(ws, 'samples'), { recursive: true });
  // A file that is not an article: it must get nothing from News Lens (the suite also rewrites it).
  writeFileSync(path.join(ws, 'README.md'), '# Desk notes\n\nThe minister is reportedly under pressure, analysts say.\n');
  return ws;
}

/** Runs the Mocha suite in the extension host; resolves with its counts. */
async function runHostSuite(browser, base, ws) {
  const page = await browser.newPage();
  const hostLines = [];
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  let result = null;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    for (const l of line.split('\n')) {
      if (l.startsWith('E2E-RESULT ')) {
        result = JSON.parse(l.slice('E2E-RESULT '.length));
        continue;
      }
      hostLines.push(l);
      if (!NOISE.test(l)) console.log(`  │ ${l}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  page.on('console', (m) => {
    if (m.type() === 'error' && /News Lens|newsLens|Extension Host/.test(m.text())) console.log(`  │ [workbench ${m.type()}] ${m.text().replace(/%c/g, '').slice(0, 300)}`);
  });
  const url = workbenchUrl(base, ws, { extensionDevelopmentPath: ROOT, extensionTestsPath: path.join(ROOT, 'out/test/e2e/index.js') });
  log('running the suite inside the extension host');
  const t = Date.now();
  await page.goto(url);
  const limit = +(process.env.NEWSLENS_E2E_TIMEOUT_MS || 480_000);
  let timer;
  const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), limit)))]);
  clearTimeout(timer);
  log(`extension host suite finished in ${((Date.now() - t) / 1000).toFixed(1)} s (exit code ${code})`);
  await page.close().catch(() => {});
  if (!result) {
    results.push({ name: 'extension host suite reported its results', status: 'failed', detail: code === 'timeout' ? `no result within ${limit} ms` : `exit code ${code}, no E2E-RESULT line` });
    return;
  }
  for (let i = 0; i < result.passed; i++) results.push({ name: 'host', status: 'passed', counted: true });
  for (let i = 0; i < result.skipped; i++) results.push({ name: 'host', status: 'skipped', counted: true });
  for (const f of result.failures) results.push({ name: `host: ${f.title}`, status: 'failed', detail: f.error });
  if (code !== 0 && result.failed === 0) results.push({ name: 'extension host suite exit code', status: 'failed', detail: `exit code ${code}` });
}

/** Processes (other than this one) whose command line mentions one of `needles`. */
function processesMentioning(needles) {
  const out = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    if (+pid === process.pid) continue;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue;
    }
    if (needles.some((n) => cmd.includes(n))) out.push({ pid: +pid, cmd });
  }
  return out;
}

/** Keeps the README's screenshots small: pngquant (Debian package) when it is installed. */
function shrinkPngs(dir) {
  if (spawnSync('pngquant', ['--version'], { stdio: 'ignore' }).status !== 0) return log('pngquant not installed; docs/ screenshots left as they are');
  for (const f of ['hover-speaker.png', 'problems.png', 'statements.png']) {
    const file = path.join(dir, f);
    spawnSync('pngquant', ['--force', '--quality', '70-90', '--strip', '--output', file, file], { stdio: 'inherit' });
  }
  log('docs/ screenshots quantized with pngquant');
}

async function main() {
  if (!argv.has('--skip-install')) ensureInstalled();
  const suites = await build();
  log(`suite bundle: ${suites.join(', ')}`);
  const ws = makeWorkspace();
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'newslens-e2e-state-'));
  const chromeDir = mkdtempSync(path.join(os.tmpdir(), 'newslens-e2e-chromium-'));
  if (!argv.has('--keep')) cleanups.push(() => [ws, stateDir, chromeDir].forEach((d) => rmSync(d, { recursive: true, force: true })));
  else log(`keeping ${ws}, ${stateDir}, ${chromeDir}`);

  // Last cleanup step: no process may outlive the run. Anything still running with one of this run's folders on its
  // command line (code-server, extension host, language server, chromium and its helpers) is reported and killed.
  cleanups.push(() => {
    const left = processesMentioning([stateDir, chromeDir, ws]);
    for (const p of left) {
      console.error(`${stamp()} left behind: pid ${p.pid} ${p.cmd.slice(0, 120)}; killing it`);
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (left.length) results.push({ name: 'every process started by the run ended with it', status: 'failed', detail: `${left.length} left behind` });
    else log('no process left behind');
  });

  const port = await freePort();
  // The workbench checks load News Lens as `npm start` does (a linked extension); the in-host suite loads it as an
  // extension under development (the payload), which is what VS Code's test runners do.
  const extensionsDir = path.join(stateDir, 'extensions');
  linkExtension(extensionsDir);
  const server = await startCodeServer({ port, folder: ws, stateDir, extensionsDir, log, verbose: argv.has('--verbose') });
  cleanups.push(async () => {
    await server.stop();
    log(`code-server process group ${server.pgid} ${groupAlive(server.pgid) ? 'STILL ALIVE' : 'ended'}`);
  });

  const { chromium } = playwright();
  const browser = await chromium.launchPersistentContext(chromeDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  cleanups.push(() => browser.close());
  for (const p of browser.pages()) await p.close().catch(() => {});

  if (!argv.has('--no-host')) {
    await runHostSuite(browser, server.base, ws);
    // The extension starts its server through dist/start.js, which keeps V8's code cache in the extension's global
    // storage (server/src/start.ts): after the suite, that folder holds one cache file.
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const cacheDir = path.join(stateDir, 'user-data/User/globalStorage', `${pkg.publisher}.${pkg.name}`.toLowerCase(), 'code-cache');
    let files = [];
    try {
      files = readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));
    } catch {
      // no folder: the check fails below
    }
    results.push({
      name: "the extension's server wrote its code cache in the extension's global storage",
      status: files.length === 1 ? 'passed' : 'failed',
      detail: `${cacheDir}: ${JSON.stringify(files)}`,
    });
  }
  if (!argv.has('--no-ui')) {
    const outDir = path.join(ROOT, 'test-results');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const docsDir = argv.has('--docs') ? path.join(ROOT, 'docs') : undefined;
    if (docsDir) mkdirSync(docsDir, { recursive: true });
    log('driving the workbench as a person would; screenshots go to test-results/');
    const page = await browser.newPage();
    const ui = await runWorkbenchChecks(page, {
      url: workbenchUrl(server.base, path.join(ws, 'samples')),
      outDir,
      docsDir,
      extensionRoot: ROOT,
      log: (...a) => console.log('  │', ...a),
    });
    for (const r of ui) results.push({ name: `workbench: ${r.name}`, status: r.status, detail: r.detail });
    if (docsDir) shrinkPngs(docsDir);
    await page.close().catch(() => {});
  }
  if (results.some((r) => r.status === 'failed')) console.log(`${stamp()} code-server log (last lines of ${server.logFile}):\n${tail(server.logFile, 15)}`);
}

let fatal = null;
try {
  await main();
} catch (err) {
  fatal = err;
}
await cleanup();

for (const r of results.filter((r) => !r.counted)) {
  const mark = r.status === 'passed' ? '✔' : r.status === 'skipped' ? '-' : '✘';
  console.log(`  ${mark} ${r.name}${r.status === 'skipped' ? ' (skipped)' : ''}${r.status === 'failed' && r.detail ? `\n      ${String(r.detail).split('\n').join('\n      ')}` : ''}`);
}
if (fatal) {
  console.error(`${stamp()} e2e run aborted: ${fatal.stack ?? fatal}`);
  results.push({ name: 'run', status: 'failed' });
}
const count = (s) => results.filter((r) => r.status === s).length;
const passed = count('passed');
const failed = count('failed') + (passed === 0 && !fatal ? 1 : 0); // a run that tested nothing is a failure
const skipped = count('skipped');
console.log(`${stamp()} finished in ${((Date.now() - T0) / 1000).toFixed(1)} s`);
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
