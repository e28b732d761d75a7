// newslens analyze --jsonl at scale: --jobs N keeps input order and gives the same output as one thread; errors
// keep their line numbers; the progress bar appears only when asked for (stderr here is not a terminal).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const run = (args: string[], input: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });

const SENTENCES = [
  'The bridge will reopen on Monday, the mayor said.',
  '“We will not sign,” Tomas Brandt told reporters on Friday.',
  'Kyodo said the launch failed.',
  'Prices rose 12% last year, according to the ministry.',
];
// Lines of very different sizes so that worker batches finish out of order.
const lines = Array.from({ length: 700 }, (_, i) =>
  JSON.stringify({ id: `doc-${i}`, text: Array.from({ length: 1 + ((i * 37) % 60) }, (_, k) => SENTENCES[(i + k) % 4]).join(' '), dct: '2024-03-06' }),
);

test('--jobs 2 and --jobs 1 give identical output, in input order', () => {
  const input = lines.join('\n') + '\n';
  const one = run(['analyze', '--jsonl', '--jobs', '1'], input);
  const two = run(['analyze', '--jsonl', '--jobs', '2'], input);
  assert.equal(one.status, 0, one.stderr);
  assert.equal(two.status, 0, two.stderr);
  const ids = two.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
  assert.deepEqual(ids, lines.map((_, i) => `doc-${i}`));
  assert.equal(two.stdout, one.stdout);
});

test('bad lines in a multi-threaded run are reported with their line numbers and the output stays aligned', () => {
  const input = [lines[0], '{oops', lines[1], '', '{"id":"x"}', lines[2]].join('\r\n');
  const r = run(['analyze', '--jsonl', '--jobs', '2'], input);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /line 2: invalid JSON/);
  assert.match(r.stderr, /line 5: expected an object with a "text" string/);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ['doc-0', null, 'doc-1', 'x', 'doc-2']);
});

test('no progress bar when stderr is not a terminal; --progress forces it', () => {
  const input = lines.slice(0, 50).join('\n');
  const quiet = run(['analyze', '--jsonl'], input);
  assert.equal(quiet.stderr, '');
  const loud = run(['analyze', '--jsonl', '--progress', '--jobs', '1'], lines.join('\n'));
  assert.equal(loud.status, 0);
  assert.equal(loud.stdout.trim().split('\n').length, lines.length);
  // The bar may be skipped on a very fast run, but whatever it wrote went to stderr, never stdout.
  assert.doesNotMatch(loud.stdout, /MB\/s/);
});

test('--jobs needs a sensible number', () => {
  for (const bad of ['0', 'two', '1000']) {
    const r = run(['analyze', '--jsonl', '--jobs', bad], '');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--jobs needs a number/);
  }
  assert.equal(run(['analyze', '--jsonl', '--jobs=2'], lines[0]).status, 0);
});

test('a large input is streamed: the first results come out before the input has ended', async () => {
  const child = spawn(process.execPath, [CLI, 'analyze', '--jsonl', '--jobs', '2'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  // Write a first part and wait for output while stdin is still open.
  child.stdin.write(lines.join('\n') + '\n');
  const deadline = Date.now() + 60_000;
  while (!out.includes('"doc-0"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  assert.ok(out.includes('"doc-0"'), 'no output while the input was still open');
  child.stdin.end(lines[0] + '\n');
  const code = await new Promise((r) => child.once('exit', r));
  assert.equal(code, 0);
  assert.equal(out.trim().split('\n').length, lines.length + 1);
});
