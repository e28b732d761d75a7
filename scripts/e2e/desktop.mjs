#!/usr/bin/env node
// `npm run test:desktop`: the same in-host suite (out/test/e2e/index.js) in a desktop VS Code, where one exists.
// Desktop VS Code cannot be downloaded on the CI machines, so this looks for one already installed: $VSCODE_EXECUTABLE
// or `code` on PATH. Without one it says how to run the suite and exits 0 without testing anything.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './codeserver.mjs';
import { buildE2E } from './build.mjs';

const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
await buildE2E();
const tests = path.join(ROOT, 'out/test/e2e/index.js');

const candidates = [process.env.VSCODE_EXECUTABLE, 'code'].filter(Boolean);
const exe = candidates.find((c) => spawnSync(c, ['--version'], { stdio: 'ignore' }).status === 0);
if (!exe) {
  console.log(`test:desktop: no desktop VS Code here (set VSCODE_EXECUTABLE or put \`code\` on PATH) — nothing was tested.
The suite is built at ${path.relative(ROOT, tests)}; to run it by hand in a desktop VS Code:
  code --extensionDevelopmentPath=${ROOT} --extensionTestsPath=${tests} <a folder holding a copy of samples/>
or load it with @vscode/test-electron's runTests({ extensionDevelopmentPath, extensionTestsPath }).
On this kind of machine, \`npm run test:e2e\` runs the same suite in code-server.`);
  process.exit(0);
}

const ws = mkdtempSync(path.join(os.tmpdir(), 'newslens-desktop-ws-'));
const userData = mkdtempSync(path.join(os.tmpdir(), 'newslens-desktop-user-'));
cpSync(path.join(ROOT, 'samples'), path.join(ws, 'samples'), { recursive: true });
writeFileSync(path.join(ws, 'README.md'), '# Desk notes\n');
console.log(`test:desktop: running the suite in ${exe}`);
const run = spawnSync(exe, [
  '--new-window', '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
  `--user-data-dir=${userData}`, `--extensionDevelopmentPath=${ROOT}`, `--extensionTestsPath=${tests}`, ws,
], { stdio: 'inherit' });
rmSync(ws, { recursive: true, force: true });
rmSync(userData, { recursive: true, force: true });
process.exit(run.status ?? 1);
