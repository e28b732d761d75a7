#!/usr/bin/env node
// npm run eval: runs `newslens analyze --jsonl` over the gold corpora in ../shared/eval (when present) and prints
// the scorer's tables. Reads the corpora in place; nothing from them is copied into the project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = process.env.NEWSLENS_EVAL_DIR ?? path.resolve(root, '../shared/eval');
const out = path.join(root, '.eval-out');
const only = process.argv.slice(2);

if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.log(`No gold corpora at ${evalDir}; nothing to evaluate (set NEWSLENS_EVAL_DIR).`);
  process.exit(0);
}
mkdirSync(out, { recursive: true });
const corpora = ['polnear.dev', 'polnear.train', 'meantime.dev', 'timebank.train', 'aquaint.train'].filter(
  (c) => existsSync(path.join(evalDir, `${c}.jsonl`)) && (only.length === 0 || only.some((o) => c.includes(o))),
);
for (const c of corpora) {
  const gold = path.join(evalDir, `${c}.jsonl`);
  const sys = path.join(out, `${c}.jsonl`);
  const input = readFileSync(gold);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', '--jsonl'], { input, maxBuffer: 1 << 30 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) {
    console.error(`${c}: newslens exited ${r.status}\n${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(sys, r.stdout);
  const score = spawnSync(process.execPath, [path.join(evalDir, 'score.mjs'), gold, sys], { encoding: 'utf8' });
  console.log(`\n## ${c} (${(input.length / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s, process start included)\n`);
  console.log(score.stdout.trim());
}
