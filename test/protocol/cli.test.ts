// The command line as users run it: dist/cli.js as a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const SAMPLES = path.resolve(__dirname, '../../samples');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8' });

test('analyze prints a readable summary per sample article', () => {
  const r = run(['analyze', path.join(SAMPLES, 'wire-harbor-talks.news'), path.join(SAMPLES, 'frontmatter-election.md')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /== .*wire-harbor-talks\.news/);
  assert.match(r.stdout, /Tomas Brandt/);
  assert.match(r.stdout, /Published: 2025-05-18/);
  assert.match(r.stdout, /Kyodo\s+dateline\s+Kyodo News/);
});

test('--json prints the model', () => {
  const r = run(['analyze', '--json', path.join(SAMPLES, 'frontmatter-election.md')]);
  assert.equal(r.status, 0, r.stderr);
  const m = JSON.parse(r.stdout);
  assert.equal(m.publication.date, '2025-05-18');
  assert.ok(m.attributions.length > 0);
});

test('--jsonl writes one line per input line, in order, in the evaluation format', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'The bridge will reopen on Monday, the mayor said.', dct: '2024-03-06' }),
    JSON.stringify({ id: 'b', text: 'KCNA said the launch succeeded.' }),
  ].join('\n');
  const r = run(['analyze', '--jsonl'], input + '\n');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b']);
  assert.equal(lines[0].dct, '2024-03-06');
  assert.deepEqual(lines[0].timex[0], { span: [26, 32], type: 'DATE', value: '2024-03-11' });
  assert.equal(lines[0].attributions[0].type, 'indirect');
  assert.equal(lines[1].agencies[0].role, 'said');
  for (const key of ['attributions', 'timex', 'agencies', 'claims', 'figures']) assert.ok(Array.isArray(lines[0][key]), key);
});

test('--keep-uncertain also reports the statements the confidence model leaves out, in every mode', () => {
  const text = 'The tax, known as the harbor levy, funds the ferries.\n\nMayor Ana Lee said on Monday that the levy would rise.';
  const input = [0, 1, 2].map((i) => JSON.stringify({ id: `d${i}`, text })).join('\n') + '\n';
  const cues = (out: string) => out.trim().split('\n').map((l) => (JSON.parse(l).attributions as { cue: [number, number] | null }[]).map((a) => (a.cue ? text.slice(a.cue[0], a.cue[1]) : null)));
  for (const jobs of ['1', '2']) {
    const plain = run(['analyze', '--jsonl', '--jobs', jobs], input);
    const all = run(['analyze', '--jsonl', '--jobs', jobs, '--keep-uncertain'], input);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(all.status, 0, all.stderr);
    for (const c of cues(plain.stdout)) assert.deepEqual(c, ['said'], `--jobs ${jobs}`);
    for (const c of cues(all.stdout)) assert.deepEqual(c, ['known as', 'said'], `--jobs ${jobs} --keep-uncertain`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-cli-'));
  const file = path.join(dir, 'levy.news');
  writeFileSync(file, text);
  const json = (args: string[]) => (JSON.parse(run(['analyze', '--json', ...args, file]).stdout).attributions as unknown[]).length;
  assert.equal(json([]), 1);
  assert.equal(json(['--keep-uncertain']), 2);
});

test('a bad JSON line is reported, the others are still analyzed, and the exit code is non-zero', () => {
  const input = ['{"id":"1","text":"Rain fell."}', '{not json', '{"id":"3","text":"Snow fell."}'].join('\n');
  const r = run(['analyze', '--jsonl'], input);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /line 2: invalid JSON/);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[2].id, '3');
});

test('unreadable files and unknown options get clear messages', () => {
  const a = run(['analyze', '/nonexistent/file.txt']);
  assert.equal(a.status, 1);
  assert.match(a.stderr, /cannot read \/nonexistent\/file\.txt: ENOENT/);
  const b = run(['analyze', '--frobnicate', 'x']);
  assert.equal(b.status, 2);
  assert.match(b.stderr, /unknown option --frobnicate/);
  const c = run(['analyze', '--date', 'yesterday', 'x']);
  assert.equal(c.status, 2);
  assert.match(c.stderr, /--date needs a date as YYYY-MM-DD/);
});
