// The workspace index's first crawl over many files runs on worker threads (dist/indexWorker.js): every article is
// indexed with the right file and position, in file order, and what the server's own thread would skip (a binary
// file, one over newsLens.maxFileSize) is skipped there too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitFor } from '../helpers/lspClient';
import { startRaw } from '../helpers/rawServer';
import type { RawServer } from '../helpers/rawServer';

type Sym = { name: string; location: { uri: string; range: { start: { line: number; character: number } } } };

const N = 90;
const FIRST = ['Ilse', 'Tomas', 'Renata', 'Oskar', 'Vera', 'Jonas', 'Lidia', 'Marek', 'Agnes'];
const LAST = ['Brekke', 'Sandoval', 'Ketterer', 'Mbeki', 'Lindqvist', 'Oduya', 'Farrow', 'Castellan', 'Dunmore', 'Halloran'];
const nameOf = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
const dir = mkdtempSync(path.join(tmpdir(), 'newslens-index-workers-'));
const fileOf = (i: number) => `desk/s${String(i).padStart(3, '0')}.news`;
let server: RawServer;

before(async () => {
  mkdirSync(path.join(dir, 'desk'), { recursive: true });
  for (let i = 0; i < N; i++) {
    writeFileSync(path.join(dir, fileOf(i)), `Harbour story ${i}\n\nThe quay will be rebuilt by ${2030 + (i % 5)}, councillor ${nameOf(i)} said on Tuesday.\n`);
  }
  writeFileSync(path.join(dir, 'desk/zz-binary.news'), Buffer.concat([Buffer.from('Dam\n\nThe dam holds, warden Quentin Blaise said.\n'), Buffer.from([0, 1, 2])]));
  writeFileSync(path.join(dir, 'desk/zz-huge.news'), `Long\n\nThe tide turns, pilot Wendeline Ashgrove said. ${'Waves. '.repeat(400)}\n`);
  // (The server reports its idle collections on stderr with this set: see the last test.)
  process.env.NEWSLENS_DEBUG_GC = '1';
  server = await startRaw({ workspaceFolders: [pathToFileURL(dir).href], configuration: { maxFileSize: 2000 } });
});
after(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('a crawl of many files runs on worker threads and indexes every article at its position, in file order', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end', 60_000);
  await waitFor(() => server.logs.find((l) => /workspace index: \d+ articles/.test(l)), 'the index summary in the log');
  assert.match(server.logs.find((l) => /workspace index:/.test(l))!, new RegExp(`workspace index: ${N} articles \\(read and analyzed on \\d+ worker threads?\\)`));
  assert.ok(!server.logs.some((l) => /index worker/.test(l)), `no worker failed: ${server.logs.join('\n')}`);
  const all = await server.conn.sendRequest<Sym[]>('workspace/symbol', { query: '' });
  const speakers = all.filter((s) => /^(?:Ilse|Tomas|Renata|Oskar|Vera|Jonas|Lidia|Marek|Agnes) /.test(s.name));
  assert.equal(speakers.length, N, 'one speaker per article');
  speakers.forEach((s, i) => {
    assert.equal(s.name, nameOf(i), `the ${i}th symbol comes from the ${i}th file`);
    assert.equal(s.location.uri, pathToFileURL(path.join(dir, fileOf(i))).href);
    assert.equal(s.location.range.start.line, 2);
  });
});

test('the workers skip a binary file and one over newsLens.maxFileSize (read once for the folder), as the server thread does', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end', 60_000);
  const perFile = server.configScopes.filter((u) => u?.includes('/desk/'));
  assert.equal(perFile.length, 0, `no settings request per file of the crawl (${perFile.length})`);
  assert.ok(server.configScopes.includes(pathToFileURL(dir).toString()), `the folder's settings were read: ${server.configScopes.join(', ')}`);
  assert.equal((await server.conn.sendRequest<Sym[]>('workspace/symbol', { query: 'Blaise' })).length, 0);
  assert.equal((await server.conn.sendRequest<Sym[]>('workspace/symbol', { query: 'Ashgrove' })).length, 0);
});

test('once the crawl is done and the server idle, one compacting collection gives the emptied heap pages back', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end', 60_000);
  // No document is open in this workspace: only the end of the crawl asks for this collection.
  await waitFor(() => server.stderr.join('').includes('idle collection'), 'the idle collection after the crawl', 15_000);
  assert.match(server.stderr.join(''), /idle collection: \d+ → \d+ bytes/);
});
