// The workspace index's worker threads (lsp/indexPool.ts running dist/indexWorker.js, built by `npm test` before the
// unit tests): they give the same symbols as the server's own thread, skip what the server would skip, and a pool
// whose workers cannot run answers null so the index falls back to its own thread.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { IndexPool } from '../../server/src/lsp/indexPool';
import { indexSymbols, readArticleSync } from '../../server/src/lsp/indexSymbols';

const WORKER = path.resolve(__dirname, '../../dist/indexWorker.js');
const dir = mkdtempSync(path.join(tmpdir(), 'newslens-pool-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLES = [
  'Ferry fares rise\n\nTORVIK, May 2 (AP) - Fares will rise in June, transport minister Hedda Lune said on Friday.\n',
  'Bridge closed\n\n"The bridge is unsafe," engineer Pavel Orlic told Reuters.\n\nHe said repairs could take a year.\n',
  'Mill reopens\n\nThe mill will hire 200 workers, owner Clara Benn said, according to the news agency Interfax.\n',
];
const write = (name: string, text: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
const job = (file: string, maxFileSize = 100_000) => ({ file, uri: `file://${file}`, languageId: 'news', maxFileSize, publicationDate: null });

test('a worker gives the same symbols as the server thread, for each file, in any order of answers', { skip: !existsSync(WORKER) && 'dist/indexWorker.js is not built' }, async () => {
  const pool = new IndexPool(WORKER, 2);
  try {
    const files = ARTICLES.map((t, i) => write(`a${i}.news`, t));
    const answers = await Promise.all(files.map((f) => pool.run(job(f))));
    files.forEach((f, i) => {
      const inline = indexSymbols(`file://${f}`, 'news', ARTICLES[i], null);
      assert.ok(inline.length > 0, `fixture ${i} has symbols`);
      assert.deepEqual(answers[i]?.symbols, inline, `file ${i}`);
    });
    assert.ok(answers[0]!.symbols!.some((s) => s.name === 'Hedda Lune'));
  } finally {
    await pool.close();
  }
});

test('a missing, binary or too-long file is unreadable for the worker, as for the server thread', { skip: !existsSync(WORKER) && 'dist/indexWorker.js is not built' }, async () => {
  const pool = new IndexPool(WORKER, 1);
  try {
    const binary = write('bin.news', Buffer.from([0x41, 0x00, 0x42]));
    const long = write('long.news', 'x'.repeat(500));
    const cases = [path.join(dir, 'missing.news'), binary, long];
    for (const f of cases) {
      const a = await pool.run(job(f, 400));
      assert.equal(a?.unreadable, true, f);
      assert.equal(a?.symbols, null);
      assert.equal(readArticleSync(f, 400), null);
    }
    assert.equal(readArticleSync(long, 1000)?.length, 500, 'under the limit it is read');
  } finally {
    await pool.close();
  }
});

test('a pool whose worker cannot start answers null (the index then analyzes on its own thread)', async () => {
  const logged: string[] = [];
  const pool = new IndexPool(path.join(dir, 'no-such-worker.js'), 2, (m) => logged.push(m));
  try {
    const f = write('solo.news', ARTICLES[0]);
    assert.equal(await pool.run(job(f)), null);
    assert.equal(await pool.run(job(f)), null, 'and stays down');
    assert.ok(logged.some((m) => /index worker/.test(m)), logged.join('\n'));
  } finally {
    await pool.close();
  }
});

test('closing the pool answers the jobs still waiting with null', { skip: !existsSync(WORKER) && 'dist/indexWorker.js is not built' }, async () => {
  const pool = new IndexPool(WORKER, 1);
  const f = write('wait.news', ARTICLES[1]);
  const pending = [pool.run(job(f)), pool.run(job(f)), pool.run(job(f))];
  await pool.close();
  const answers = await Promise.all(pending);
  assert.ok(answers.every((a) => a === null || Array.isArray(a.symbols)), 'each job resolves');
  assert.equal(await pool.run(job(f)), null, 'a closed pool takes no work');
});
