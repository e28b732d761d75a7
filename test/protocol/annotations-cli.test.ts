// newslens export / import as users run them (dist/cli.js as a child process).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { hullOf } from '../../server/src/annotations/apply';
import { makeAnnotation, parseAnnotations, serializeAnnotations } from '../../server/src/annotations/webAnnotation';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const SAMPLE = path.resolve(__dirname, '../../samples/wire-harbor-talks.news');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-cli-'));

test('export brat of a sample article: every line is well-formed brat and consistent with the .txt', () => {
  const out = tmp();
  const r = run(['export', '--format', 'brat', '--out', out, SAMPLE]);
  assert.equal(r.status, 0, r.stderr);
  for (const f of ['wire-harbor-talks.txt', 'wire-harbor-talks.ann', 'annotation.conf', 'visual.conf']) assert.ok(fs.existsSync(path.join(out, f)), f);
  const txt = [...fs.readFileSync(path.join(out, 'wire-harbor-talks.txt'), 'utf8')];
  const conf = fs.readFileSync(path.join(out, 'annotation.conf'), 'utf8');
  const lines = fs.readFileSync(path.join(out, 'wire-harbor-talks.ann'), 'utf8').trimEnd().split('\n');
  const ids = new Set<string>();
  let t = 0;
  for (const line of lines) {
    const cols = line.split('\t');
    if (cols[0].startsWith('T')) {
      t++;
      const [label, ...pos] = cols[1].split(' ');
      assert.match(conf, new RegExp(`^${label}$`, 'm'), `${label} declared`);
      const frags = pos.join(' ').split(';').map((f) => f.split(' ').map(Number));
      assert.equal(cols[2], frags.map(([s, e]) => txt.slice(s, e).join('')).join(' '), line);
      ids.add(cols[0]);
    } else if (cols[0].startsWith('R')) {
      const m = /^SaidBy Arg1:(T\d+) Arg2:(T\d+)$/.exec(cols[1]);
      assert.ok(m && ids.has(m[1]) && ids.has(m[2]), line);
    } else if (cols[0].startsWith('A')) {
      const [name, ref] = cols[1].split(' ');
      assert.match(conf, new RegExp(`^${name}\\t`, 'm'));
      assert.ok(ids.has(ref), line);
    } else if (cols[0].startsWith('#')) {
      assert.match(cols[1], /^AnnotatorNotes T\d+$/);
      assert.ok(ids.has(cols[1].split(' ')[1]));
    } else assert.fail(`unexpected line ${line}`);
  }
  assert.ok(t >= 10, 'the sample has many items');
  assert.match(lines.join('\n'), /\tOutlet \d+ \d+\tKyodo/);
});

test('export applies the sidecar; import brings the .ann back as the same annotations; no silent overwrite', () => {
  const dir = tmp();
  const article = path.join(dir, 'harbor.news');
  const text = fs.readFileSync(SAMPLE, 'utf8');
  fs.writeFileSync(article, text);
  const model = analyze(text);
  const st = model.attributions.find((a) => text.slice(...hullOf(a)).includes('No government could sign it'));
  assert.ok(st);
  const anns = [makeAnnotation(text, hullOf(st), 'statement', 'correct', { corrections: { type: 'indirect' }, status: 'disputed' })];
  fs.writeFileSync(`${article}.annotations.json`, serializeAnnotations(anns, 'harbor.news', text));
  const out = path.join(dir, 'out');
  const r = run(['export', '--format', 'brat', '--out', out, article]);
  assert.equal(r.status, 0, r.stderr);
  const ann = fs.readFileSync(path.join(out, 'harbor.ann'), 'utf8');
  const tLine = ann.split('\n').find((l) => l.includes('\tStatement ') && l.includes('No government could sign it'))!;
  const tid = tLine.split('\t')[0];
  assert.ok(ann.includes(`\tType ${tid} indirect\n`) && ann.includes(`\tStatus ${tid} disputed\n`), 'the correction, not the detection, is exported');

  // a second export does not overwrite changed files without --force
  fs.appendFileSync(path.join(out, 'harbor.ann'), 'T999\tNote 0 1\tH\n');
  const again = run(['export', '--format', 'brat', '--out', out, article]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, /not overwritten/);
  assert.equal(run(['export', '--format', 'brat', '--out', out, '--force', article]).status, 0);

  // import into a copy of the article
  const copy = path.join(dir, 'copy.txt');
  fs.writeFileSync(copy, text);
  const imp = run(['import', '--format', 'brat', path.join(out, 'harbor.ann'), '--text', copy]);
  assert.equal(imp.status, 0, imp.stderr);
  const back = parseAnnotations(fs.readFileSync(`${copy}.annotations.json`, 'utf8'), text).annotations;
  assert.deepEqual(
    back.map((a) => ({ kind: a.kind, action: a.action, span: a.span, corrections: a.corrections, status: a.status })),
    anns.map((a) => ({ kind: a.kind, action: a.action, span: a.span, corrections: a.corrections, status: a.status })),
  );
  const twice = run(['import', '--format', 'brat', path.join(out, 'harbor.ann'), '--text', copy]);
  assert.equal(twice.status, 1);
  assert.match(twice.stderr, /exists/);
});

test('export JSONL formats and argument errors', () => {
  const out = tmp();
  const r = run(['export', '--format', 'doccano', '--out', out, SAMPLE]);
  assert.equal(r.status, 0, r.stderr);
  const rec = JSON.parse(fs.readFileSync(path.join(out, 'doccano.jsonl'), 'utf8').trim());
  assert.ok(Array.isArray(rec.label) && rec.label.length > 0 && typeof rec.text === 'string');
  const bad = run(['export', '--format', 'conll', '--out', out, SAMPLE]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be one of/);
  assert.equal(run(['export', '--format', 'brat', SAMPLE]).status, 2);
});
