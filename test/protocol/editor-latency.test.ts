// The editor's fast path over the real protocol: diagnostics are published before the layers no finding reads
// (outlet citations, dates), and whatever reads the model afterwards (hover, outline, article info, workspace symbols)
// sees those layers, equal to a fresh analysis, also right after an edit and with many articles open (most of their
// models packed away by the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/analysis';
import { startServer, waitFor, positionOf } from '../helpers/lspClient';
import { ARTICLE_INFO_REQUEST } from '../../protocol/protocol';
import type { ArticleInfoResult } from '../../protocol/protocol';

const TEXT = [
  'Port strike enters second week',
  '',
  'HALDEN, March 3, 2025 (Reuters) -',
  '',
  'Union leader Mara Olsen said on Monday the strike would go on until Friday.',
  '',
  'The port authority told AFP that 40 ships were waiting offshore.',
  '',
  'Talks are due to resume next week, a spokesman said.',
].join('\n');

const info = (server: Awaited<ReturnType<typeof startServer>>, uri: string) => server.request<ArticleInfoResult | null>(ARTICLE_INFO_REQUEST, { uri });

test('after the diagnostics, hover and article info see the dates and outlets of a fresh analysis', async () => {
  const fresh = analyze(TEXT);
  assert.ok(fresh.publication.date, 'the fixture has a publication date');
  assert.ok(fresh.dates.length > 0 && fresh.agencies.length > 0, 'the fixture has dates and outlets');
  const server = await startServer();
  const uri = 'file:///ws/port.news';
  try {
    server.open(uri, TEXT);
    await waitFor(() => server.diagnostics.get(uri)?.version === 1, 'diagnostics of version 1');
    assert.deepEqual(
      server.diagnostics.get(uri)!.diagnostics.map((d) => d.code),
      fresh.findings.map((f) => f.rule),
    );
    const i = await info(server, uri);
    assert.equal(i?.dates, fresh.dates.length);
    assert.equal(i?.outlets, fresh.agencies.length);
    const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(TEXT, 'Monday') });
    assert.match((h!.contents as { value: string }).value, /2025-03-03/);
  } finally {
    await server.stop();
  }
});

test('an edit followed at once by a hover: the hover sees the new version with its dates', async () => {
  const server = await startServer();
  const uri = 'file:///ws/port2.news';
  try {
    server.open(uri, TEXT);
    await waitFor(() => server.diagnostics.get(uri)?.version === 1, 'diagnostics of version 1');
    // Replace "Monday" with "Tuesday" and ask at once (no wait for the diagnostics of version 2).
    const at = positionOf(TEXT, 'Monday');
    server.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 'Monday'.length } }, text: 'Tuesday' }],
    });
    const edited = TEXT.replace('Monday', 'Tuesday');
    const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(edited, 'Tuesday') });
    const expected = analyze(edited).dates.find((d) => edited.slice(d.span[0], d.span[1]).includes('Tuesday'));
    assert.ok(expected);
    assert.match((h!.contents as { value: string }).value, new RegExp(expected.value));
    await waitFor(() => server.diagnostics.get(uri)?.version === 2, 'diagnostics of version 2');
  } finally {
    await server.stop();
  }
});

test('with many articles open, each one still answers with its own analysis', async () => {
  const server = await startServer();
  const docs = Array.from({ length: 12 }, (_, k) => ({ uri: `file:///ws/many${k}.news`, text: TEXT.replace('40 ships', `${k + 2} ships`).replace('Mara Olsen', `Mara Olsen${'n'.repeat(k)}`) }));
  try {
    for (const d of docs) server.open(d.uri, d.text);
    await waitFor(() => docs.every((d) => server.diagnostics.get(d.uri)?.version === 1), 'diagnostics of every article');
    // Read them back in another order than they were opened.
    for (const d of [...docs].reverse()) {
      const fresh = analyze(d.text);
      const i = await info(server, d.uri);
      assert.equal(i?.statements, fresh.attributions.length, d.uri);
      assert.equal(i?.speakers, fresh.speakers.length, d.uri);
      assert.equal(i?.dates, fresh.dates.length, d.uri);
      const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: d.uri }, position: positionOf(d.text, 'Mara') });
      assert.ok(h, d.uri);
      assert.match((h.contents as { value: string }).value, new RegExp(fresh.speakers.find((s) => s.name.startsWith('Mara'))!.name));
    }
  } finally {
    await server.stop();
  }
});
