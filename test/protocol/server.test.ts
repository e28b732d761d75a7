// The real server (dist/server.js) over the real protocol: initialize, didOpen, diagnostics, hover, documentSymbol,
// didChange, shutdown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { startServer, waitFor, positionOf } from '../helpers/lspClient';
import type { TestServer } from '../helpers/lspClient';

const SAMPLE = path.resolve(__dirname, '../../samples/wire-harbor-talks.news');
const text = readFileSync(SAMPLE, 'utf8');
const uri = 'file:///work/articles/wire-harbor-talks.news';


let server: TestServer;
before(async () => {
  server = await startServer();
  server.open(uri, text);
});
after(async () => {
  await server.stop();
});

test('diagnostics arrive for an article', async () => {
  const d = await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
  const codes = d.diagnostics.map((x) => x.code);
  assert.ok(codes.includes('attribution.vague'), `expected attribution.vague in ${JSON.stringify(codes)}`);
  for (const x of d.diagnostics) assert.equal(x.source, 'News Lens');
});

test('hover on a speaker names them and lists their statements', async () => {
  const h = await server.request<{ contents: { kind: string; value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: positionOf(text, 'Brandt told reporters'),
  });
  assert.ok(h, 'no hover');
  assert.equal(h.contents.kind, 'markdown');
  assert.match(h.contents.value, /Tomas Brandt/);
  assert.match(h.contents.value, /statements? in this article/);
});

test('hover on an agency shows its card', async () => {
  const h = await server.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: positionOf(text, 'Kyodo'),
  });
  assert.ok(h);
  assert.match(h.contents.value, /Kyodo News/);
  assert.match(h.contents.value, /dateline/);
});

test('document symbols list statements under their speakers', async () => {
  type Sym = { name: string; detail?: string; children?: Sym[] };
  const syms = await server.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const article = syms[0];
  assert.match(article.name, /Harbor talks stall/);
  const brandt = article.children?.find((s) => s.name === 'Tomas Brandt');
  assert.ok(brandt, `no Tomas Brandt among ${article.children?.map((c) => c.name)}`);
  assert.ok((brandt.children?.length ?? 0) >= 2, 'Brandt should have at least two statements');
});

test('didChange updates the diagnostics', async () => {
  const before = server.published.length;
  // Replace the whole text with one that has an unbalanced quote and nothing vague.
  const next = 'Quay repairs begin\n\nThe mayor said: “we start on Monday.\n';
  server.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: positionOf(text + '\u0000', '\u0000') }, text: next }],
  });
  const d = await waitFor(() => server.published.slice(before).find((p) => p.uri === uri && p.version === 2), 'diagnostics of version 2');
  const codes = d.diagnostics.map((x) => x.code);
  assert.ok(codes.includes('quote.unbalanced'), JSON.stringify(codes));
  assert.ok(!codes.includes('attribution.vague'));
});

test('a file that is not an article gets no diagnostics', async () => {
  const readme = 'file:///work/README.md';
  server.open(readme, '# Notes\n\nThe minister is reportedly planning to resign. The deal will likely collapse.\n', 'markdown');
  const d = await waitFor(() => server.diagnostics.get(readme), 'diagnostics for README');
  assert.deepEqual(d.diagnostics, []);
  const h = await server.request('textDocument/hover', { textDocument: { uri: readme }, position: { line: 2, character: 5 } });
  assert.equal(h, null);
});

test('requests for unknown documents answer empty, the server stays up', async () => {
  const h = await server.request('textDocument/hover', { textDocument: { uri: 'file:///nope.news' }, position: { line: 0, character: 0 } });
  assert.equal(h, null);
  const s = await server.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.news' } });
  assert.deepEqual(s, []);
  assert.equal(server.proc.exitCode, null);
});
