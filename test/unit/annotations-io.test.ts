// Safe writes for annotations and exports: atomic, conflict-checked, never outside the allowed folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSidecar, readTracked, sidecarPath, writeAtomic, writeFiles } from '../../server/src/annotations/io';
import { makeAnnotation, serializeAnnotations } from '../../server/src/annotations/webAnnotation';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-io-'));
const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

test('atomic write: creates, then replaces only what was read', () => {
  const dir = tmp();
  const file = path.join(dir, 'a.news.annotations.json');
  const r1 = writeAtomic(file, 'one\n', { roots: [dir] });
  assert.ok(r1.ok);
  assert.equal(fs.readFileSync(file, 'utf8'), 'one\n');
  const read = readTracked(file);
  const r2 = writeAtomic(file, 'two\n', { roots: [dir], expected: read.stamp });
  assert.ok(r2.ok);
  assert.equal(fs.readFileSync(file, 'utf8'), 'two\n');
  assert.deepEqual(leftovers(dir), []);
});

test('conflict: the file changed on disk since it was read → refused, nothing written', () => {
  const dir = tmp();
  const file = path.join(dir, 'b.json');
  fs.writeFileSync(file, 'original\n');
  const read = readTracked(file);
  fs.writeFileSync(file, 'someone else edited this\n');
  const r = writeAtomic(file, 'mine\n', { roots: [dir], expected: read.stamp });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.reason, 'conflict');
  assert.equal(fs.readFileSync(file, 'utf8'), 'someone else edited this\n');
  // a file that appeared although we read it as absent is a conflict too
  const fresh = path.join(dir, 'c.json');
  const absent = readTracked(fresh);
  fs.writeFileSync(fresh, 'created meanwhile\n');
  const r2 = writeAtomic(fresh, 'mine\n', { roots: [dir], expected: absent.stamp });
  assert.equal(!r2.ok && r2.reason, 'conflict');
  assert.equal(fs.readFileSync(fresh, 'utf8'), 'created meanwhile\n');
  assert.deepEqual(leftovers(dir), []);
});

test('outside the allowed folder: refused, with .. and through a symbolic link', () => {
  const root = tmp();
  const other = tmp();
  const viaDots = path.join(root, '..', path.basename(other), 'x.json');
  const r1 = writeAtomic(viaDots, 'x', { roots: [root] });
  assert.equal(!r1.ok && r1.reason, 'outside');
  assert.ok(!fs.existsSync(path.join(other, 'x.json')));
  fs.symlinkSync(other, path.join(root, 'link'));
  const r2 = writeAtomic(path.join(root, 'link', 'y.json'), 'y', { roots: [root] });
  assert.equal(!r2.ok && r2.reason, 'outside');
  assert.ok(!fs.existsSync(path.join(other, 'y.json')));
  const r3 = writeAtomic(path.join(root, 'z.json'), 'z', { roots: [] });
  assert.equal(!r3.ok && r3.reason, 'outside', 'no allowed folder, no write');
});

test('export files: identical ones skipped, different ones are conflicts unless forced', () => {
  const dir = tmp();
  const first = writeFiles(dir, [{ path: 'a.ann', content: 'T1\n' }]);
  assert.equal(first.written.length, 1);
  const same = writeFiles(dir, [{ path: 'a.ann', content: 'T1\n' }]);
  assert.equal(same.skipped.length, 1);
  const clash = writeFiles(dir, [{ path: 'a.ann', content: 'T2\n' }]);
  assert.equal(clash.failed[0].reason, 'conflict');
  assert.equal(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), 'T1\n');
  const forced = writeFiles(dir, [{ path: 'a.ann', content: 'T2\n' }], true);
  assert.equal(forced.written.length, 1);
  assert.equal(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), 'T2\n');
  const escape = writeFiles(dir, [{ path: '../escape.ann', content: 'x' }], true);
  assert.equal(escape.failed[0].reason, 'outside');
});

test('sidecar beside the article: read back with its annotations', () => {
  const dir = tmp();
  const article = path.join(dir, 'story.news');
  const text = 'The council 🏛 voted on Monday.\n';
  fs.writeFileSync(article, text);
  assert.equal(sidecarPath(article), `${article}.annotations.json`);
  assert.deepEqual(readSidecar(article, text).annotations, []);
  const a = makeAnnotation(text, [text.indexOf('Monday'), text.indexOf('Monday') + 6], 'date', 'confirm', { id: 'urn:x:1' });
  fs.writeFileSync(sidecarPath(article), serializeAnnotations([a], 'story.news', text));
  const back = readSidecar(article, text);
  assert.deepEqual(back.annotations, [a]);
  assert.ok(back.read.stamp.exists);
});
