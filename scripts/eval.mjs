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
  // MEANTIME's gold covers only the first lines of each document (headline, date line and the first sentences:
  // every gold TIMEX3 lies there). Scored over whole documents, every correct find below them counts as a false
  // positive; so the annotated region is also scored alone, by dropping system spans that start after it.
  if (c.startsWith('meantime')) {
    const goldDocs = new Map(readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((d) => [String(d.id), d]));
    const lastLine = Math.max(...[...goldDocs.values()].flatMap((d) => (d.timex ?? []).map((t) => d.text.slice(0, t.span[0]).split('\n').length - 1)));
    const limit = (d) => {
      let end = -1;
      for (let i = 0; i <= lastLine; i++) {
        end = d.text.indexOf('\n', end + 1);
        if (end < 0) return d.text.length;
      }
      return end;
    };
    const clipped = r.stdout
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const o = JSON.parse(l);
        const d = goldDocs.get(String(o.id));
        if (d) o.timex = (o.timex ?? []).filter((t) => t.span[0] < limit(d));
        return JSON.stringify(o);
      })
      .join('\n');
    const sys2 = path.join(out, `${c}.annotated-region.jsonl`);
    writeFileSync(sys2, clipped + '\n');
    const s2 = spawnSync(process.execPath, [path.join(evalDir, 'score.mjs'), gold, sys2, '--only', 'timex'], { encoding: 'utf8' });
    console.log(`\n## ${c}, annotated region only (the first ${lastLine + 1} lines of each document, where all its gold lies)\n`);
    console.log(s2.stdout.trim());
  }
}
