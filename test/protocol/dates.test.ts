// Dates through the real server (dist/server.js): inlay hints by setting, and the date.unanchored quick fix.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, waitFor } from '../helpers/lspClient';
import type { TestServer } from '../helpers/lspClient';

const ANCHORED = 'LISK, July 20 Kyodo - The harbor board said Wednesday that the 2000 fees would rise last month.\n';
const UNANCHORED = 'Harbor fees\n\nThe harbor board met on Tuesday and set new fees.\n';

interface Hint {
  position: { line: number; character: number };
  label: string;
  tooltip?: string;
}

const servers: TestServer[] = [];
after(async () => {
  for (const s of servers) await s.stop();
});

async function hintsWith(configuration: Record<string, unknown> | undefined, uri: string, text: string): Promise<Hint[]> {
  const server = await startServer(configuration ? { configuration } : {});
  servers.push(server);
  server.open(uri, text);
  await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
  return server.request<Hint[]>('textDocument/inlayHint', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
  });
}

const endOf = (text: string, needle: string) => text.indexOf(needle) + needle.length;

test('inlay hints: by default after weekdays only, with the resolved date', async () => {
  const hints = await hintsWith(undefined, 'file:///work/articles/hints-default.news', ANCHORED);
  assert.equal(hints.length, 1, JSON.stringify(hints));
  assert.equal(hints[0].position.line, 0);
  assert.equal(hints[0].position.character, endOf(ANCHORED, 'Wednesday'));
  assert.match(hints[0].label, /Wed 19 Jul 2000/);
  assert.match(String(hints[0].tooltip), /2000-07-19/);
});

test('inlay hints: "relative" adds every relative date, "off" shows none', async () => {
  const all = await hintsWith({ inlayHints: { dates: 'relative' } }, 'file:///work/articles/hints-relative.news', ANCHORED);
  const at = all.map((h) => h.position.character);
  assert.ok(at.includes(endOf(ANCHORED, 'Wednesday')), JSON.stringify(all));
  const lastMonth = all.find((h) => h.position.character === endOf(ANCHORED, 'last month'));
  assert.ok(lastMonth, JSON.stringify(all));
  assert.match(lastMonth.label, /Jun 2000/);
  const none = await hintsWith({ inlayHints: { dates: 'off' } }, 'file:///work/articles/hints-off.news', ANCHORED);
  assert.deepEqual(none, []);
});

test('date.unanchored offers a quick fix that sets the publication date', async () => {
  const server = await startServer();
  servers.push(server);
  const uri = 'file:///work/articles/unanchored.news';
  server.open(uri, UNANCHORED);
  const d = await waitFor(() => server.diagnostics.get(uri)?.diagnostics.find((x) => x.code === 'date.unanchored'), 'date.unanchored');
  type Action = { title: string; kind: string; command?: { command: string; arguments: unknown[] }; diagnostics?: unknown[] };
  const actions = await server.request<Action[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d], only: ['quickfix'] },
  });
  const fix = actions.find((a) => a.command?.command === 'newsLens.setPublicationDate');
  assert.ok(fix, JSON.stringify(actions));
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.command!.arguments[0], uri);
  assert.match(String(fix.command!.arguments[1]), /^\d{4}-\d{2}-\d{2}$/);
  // No diagnostic in the context: no date action.
  const none = await server.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [] } });
  assert.equal(none.filter((a) => a.command?.command === 'newsLens.setPublicationDate').length, 0);
});

test('hover on a weekday shows its value and how it was resolved', async () => {
  const server = await startServer();
  servers.push(server);
  const uri = 'file:///work/articles/hover-date.news';
  server.open(uri, ANCHORED);
  await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
  const h = await server.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: ANCHORED.indexOf('Wednesday') + 2 },
  });
  assert.ok(h, 'no hover');
  assert.match(h.contents.value, /2000-07-19/);
  assert.match(h.contents.value, /Wed 19 July 2000, the day before the dateline's Thu 20 July 2000/);
});
