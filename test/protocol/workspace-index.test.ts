// The workspace index over the protocol: articles on disk are indexed in the background with progress, and
// workspace/symbol finds their speakers and outlets; watched-file events and open documents keep it current.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitFor } from '../helpers/lspClient';
import { startRaw } from '../helpers/rawServer';
import type { RawServer } from '../helpers/rawServer';

type Sym = { name: string; kind: number; location: { uri: string; range: { start: { line: number; character: number } } } };

const dir = mkdtempSync(path.join(tmpdir(), 'newslens-index-'));
const uriOf = (p: string) => pathToFileURL(path.join(dir, p)).href;
let server: RawServer;

before(async () => {
  mkdirSync(path.join(dir, 'desk'), { recursive: true });
  mkdirSync(path.join(dir, 'node_modules/pkg'), { recursive: true });
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  writeFileSync(path.join(dir, 'desk/port.news'), 'Port strike ends\n\nThe strike is over, union leader Marta Quillon said on Tuesday.\n');
  writeFileSync(path.join(dir, 'articles/rail.txt'), 'Rail line reopens\n\nThe line will reopen in May, Odile Farkas said.\n');
  // Not articles: a .txt outside the include globs, and anything under node_modules.
  writeFileSync(path.join(dir, 'notes.txt'), 'Shopping list\n\nBread is needed, baker Ivo Penrose said.\n');
  writeFileSync(path.join(dir, 'node_modules/pkg/x.news'), 'Hidden\n\nNothing here, vendor Lars Ebbeson said.\n');
  server = await startRaw({ workspaceFolders: [pathToFileURL(dir).href] });
});
after(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

const query = (q: string) => server.conn.sendRequest<Sym[]>('workspace/symbol', { query: q });

test('the server offers workspace symbols and reports indexing progress from begin to end', async () => {
  assert.equal(server.init.capabilities.workspaceSymbolProvider, true);
  const end = await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end');
  const begin = server.progress.find((p) => p.value.kind === 'begin');
  assert.ok(begin, 'no begin');
  assert.match(begin.value.title ?? '', /index/i);
  assert.equal(begin.token, end.token);
});

test('workspace/symbol finds speakers of articles on disk, with their file and position', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end');
  const marta = (await query('Quillon')).find((s) => s.name === 'Marta Quillon');
  assert.ok(marta, 'Marta Quillon not indexed');
  assert.equal(marta.location.uri, uriOf('desk/port.news'));
  assert.equal(marta.location.range.start.line, 2);
  const odile = (await query('farkas')).find((s) => /Odile Farkas/.test(s.name));
  assert.ok(odile, 'a .txt under articles/ matches newsLens.include and is indexed');
});

test('files that are not articles, and node_modules, are not indexed', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end');
  assert.equal((await query('Penrose')).length, 0);
  assert.equal((await query('Ebbeson')).length, 0);
  assert.ok((await query('')).length >= 2);
});

test('a watched-file event adds a new article and removes a deleted one', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end');
  writeFileSync(path.join(dir, 'desk/dam.news'), 'Dam inspection\n\n\"The dam is safe,\" Bram Oosterhuis said.\n');
  server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('desk/dam.news'), type: 1 }] });
  let found: Sym[] = [];
  await waitFor(() => {
    void query('Oosterhuis').then((r) => (found = r));
    return found.length > 0;
  }, 'the new article in the index');
  unlinkSync(path.join(dir, 'desk/port.news'));
  server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('desk/port.news'), type: 3 }] });
  let left: Sym[] | null = null;
  await waitFor(() => {
    void query('Quillon').then((r) => (left = r));
    return left !== null && left.length === 0;
  }, 'the deleted article gone from the index');
});

test('an open document wins over the file on disk', async () => {
  await waitFor(() => server.progress.find((p) => p.value.kind === 'end'), 'progress end');
  const uri = uriOf('desk/dam.news');
  server.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'news', version: 1, text: 'Dam inspection\n\nThe dam is safe, site manager Zofia Kettleby said.\n' },
  });
  const syms = await query('Kettleby');
  assert.equal(syms.length, 1);
  assert.equal(syms[0].location.uri, uri);
  assert.equal((await query('Oosterhuis')).length, 0);
});
