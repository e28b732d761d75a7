// npm run fuzz: 100,000 generated and mutated articles (and a few huge dedicated cases) through analyze(); checks
// that it never throws, stays within its time bound, is deterministic, keeps spans valid and ordered and maps them
// to the right LSP positions. Prints counts; exits non-zero on any failure. Deterministic (fixed seed).
// Options: --cases N (default 100000), --seed S, --no-huge (skip the 50 MB line and 100,000 sentences).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { articleText, mutated, rawText } from '../helpers/arbitraries';
import { stable, violations } from '../helpers/invariants';
import { pathologicalTexts } from '../helpers/pathological';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const CASES = opt('--cases', 100_000);
const SEED = opt('--seed', 20251127);
const HUGE = !argv.includes('--no-huge');
const LIMIT_MS = 2000;
// A case must come back within its time limit plus this slack (the limit is checked between pieces of work). The
// bound is checked on the CPU time of this process, not the wall clock: on a shared, busy machine the wall clock
// says more about the neighbours than about the analysis. Both are reported.
const SLACK_MS = 3000;

const SAMPLES_DIR = path.resolve(__dirname, '../../samples');
const samples = readdirSync(SAMPLES_DIR).map((f) => readFileSync(path.join(SAMPLES_DIR, f), 'utf8'));

const counts = { cases: 0, failures: 0, thrown: 0, slow: 0, truncated: 0, chars: 0, maxMs: 0, maxWallMs: 0, determinismChecks: 0 };
let lastCpuMs = 0;
const failures: string[] = [];
const t00 = performance.now();

function check(kind: string, text: string, opts: { lsp: boolean; determinism: boolean; limitMs?: number }): void {
  counts.cases++;
  counts.chars += text.length;
  const limit = opts.limitMs ?? LIMIT_MS;
  let model;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    model = analyze(text, { timeLimitMs: limit });
  } catch (err) {
    counts.thrown++;
    counts.failures++;
    failures.push(`${kind}: threw ${err instanceof Error ? err.stack : String(err)} on ${JSON.stringify(text.slice(0, 200))}`);
    return;
  }
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const ms = (c.user + c.system) / 1000;
  lastCpuMs = ms;
  counts.maxMs = Math.max(counts.maxMs, ms);
  counts.maxWallMs = Math.max(counts.maxWallMs, wall);
  if (model.notice) counts.truncated++;
  if (ms > limit + SLACK_MS) {
    counts.slow++;
    counts.failures++;
    failures.push(`${kind}: took ${ms.toFixed(0)} ms of CPU, ${wall.toFixed(0)} ms wall (limit ${limit}) on ${text.length} chars ${JSON.stringify(text.slice(0, 120))}`);
  }
  const bad = violations(text, model, opts.lsp);
  if (bad.length) {
    counts.failures++;
    failures.push(`${kind}: ${bad.slice(0, 3).join('; ')} on ${JSON.stringify(text.length > 400 ? text.slice(0, 400) + '…' : text)}`);
  }
  if (opts.determinism && !model.notice) {
    counts.determinismChecks++;
    const again = analyze(text, { timeLimitMs: limit });
    if (!again.notice && stable(again) !== stable(model)) {
      counts.failures++;
      failures.push(`${kind}: not deterministic on ${JSON.stringify(text.slice(0, 200))}`);
    }
  }
}

const mix: [string, fc.Arbitrary<string>, number][] = [
  ['article', articleText, 0.5],
  ['raw', rawText, 0.3],
  ['mutated-sample', mutated(fc.constantFrom(...samples)), 0.15],
  ['mutated-article', mutated(articleText), 0.05],
];
const byKind: Record<string, number> = {};
let seed = SEED;
for (const [kind, arb, share] of mix) {
  const n = Math.round(CASES * share);
  byKind[kind] = n;
  // fc.sample is deterministic for a given seed.
  const batch = 2000;
  for (let done = 0; done < n; done += batch) {
    const texts = fc.sample(arb, { numRuns: Math.min(batch, n - done), seed: seed++ });
    texts.forEach((t, i) => check(kind, t, { lsp: true, determinism: i % 20 === 0 }));
  }
  process.stderr.write(`  ${kind}: ${n} cases, ${((performance.now() - t00) / 1000).toFixed(0)} s\n`);
}

const dedicated: string[] = [];
for (const [name, text] of pathologicalTexts(100_000)) {
  const t0 = performance.now();
  check(`pathological ${name}`, text, { lsp: false, determinism: false });
  dedicated.push(`${name} (100 KB): ${lastCpuMs.toFixed(0)} ms CPU, ${(performance.now() - t0).toFixed(0)} ms wall`);
}
if (HUGE) {
  const many = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? '\n\n' : '') + `Rain ${i % 10} fell on pier ${i}.`).join(' ');
  let t0 = performance.now();
  check('100,000 short sentences', many, { lsp: false, determinism: false });
  dedicated.push(`100,000 short sentences (${(many.length / 1e6).toFixed(1)} MB): ${lastCpuMs.toFixed(0)} ms CPU, ${(performance.now() - t0).toFixed(0)} ms wall`);
  const line = 'The harbor stayed shut, Tomas Brandt said. “No deal,” he said on Monday. '.repeat(Math.ceil(50e6 / 73)).slice(0, 50e6);
  t0 = performance.now();
  check('one 50 MB line', line, { lsp: false, determinism: false });
  dedicated.push(`one 50 MB line: ${lastCpuMs.toFixed(0)} ms CPU, ${(performance.now() - t0).toFixed(0)} ms wall (time limit ${LIMIT_MS} ms)`);
  const crlfBom = '\uFEFF' + samples.join('\r\n\r\n').replace(/\n/g, '\r\n').repeat(40);
  check('BOM + CRLF, 1 MB', crlfBom, { lsp: true, determinism: true });
}

const secs = (performance.now() - t00) / 1000;
console.log('News Lens fuzz summary');
console.log(`  seed ${SEED}; ${counts.cases.toLocaleString('en')} cases (${Object.entries(byKind).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}, dedicated ${counts.cases - Object.values(byKind).reduce((a, b) => a + b, 0)})`);
console.log(`  ${(counts.chars / 1e6).toFixed(1)} M characters in ${secs.toFixed(0)} s; slowest case ${counts.maxMs.toFixed(0)} ms CPU (${counts.maxWallMs.toFixed(0)} ms wall); ${counts.truncated} cases stopped by the time limit (with a notice)`);
console.log(`  ${counts.determinismChecks.toLocaleString('en')} determinism checks`);
for (const d of dedicated) console.log(`  ${d}`);
console.log(`  failures: ${counts.failures} (thrown ${counts.thrown}, over the time bound ${counts.slow})`);
for (const f of failures.slice(0, 20)) console.log(`  ✘ ${f}`);
process.exitCode = counts.failures ? 1 : 0;
