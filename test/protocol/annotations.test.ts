// The real server applies the editor's sidecar: a rejected detection's diagnostic disappears, corrections show in
// hovers and the Statements view, annotate requests write the sidecar, orphans are listed, exports carry corrections.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, waitFor } from '../helpers/lspClient';
import type { TestServer } from '../helpers/lspClient';
import { makeAnnotation, parseAnnotations, serializeAnnotations } from '../../server/src/annotations/webAnnotation';
import type { AnnotateResult, AnnotationsResult, ExportResult, StatementsResult } from '../../protocol/protocol';

// Our own fictional article.
const TEXT = `Bridge tolls to rise in spring

KESTREL BAY, May 2 (Reuters) -

The regional transport board will raise bridge tolls by 12 percent in April, its chair Noor Haddad said on Thursday.

"Drivers have paid the same toll for nine years," said Haddad. Commuter groups said the increase would hit night-shift workers hardest.

The board is reportedly planning a second increase next year.
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-annot-'));
const file = path.join(dir, 'tolls.news');
const sidecar = `${file}.annotations.json`;
const uri = pathToFileURL(file).href;
fs.writeFileSync(file, TEXT);

const pos = (offset: number) => {
  const before = TEXT.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
};
const rangeOf = (needle: string) => {
  const at = TEXT.indexOf(needle);
  assert.ok(at >= 0, needle);
  return { start: pos(at), end: pos(at + needle.length) };
};
const codesAt = (line: number) => (server.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.range.start.line === line).map((d) => String(d.code));

let server: TestServer;
before(async () => {
  server = await startServer();
  server.open(uri, TEXT);
});
after(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const reportedly = rangeOf('The board is reportedly planning a second increase next year.');

test('a rejected detection in the sidecar: its diagnostic disappears', async () => {
  await waitFor(() => codesAt(reportedly.start.line).includes('attribution.vague'), 'the vague-attribution diagnostic');
  const start = TEXT.indexOf('The board is reportedly');
  const claimEnd = TEXT.indexOf('next year.') + 'next year.'.length;
  const reject = makeAnnotation(TEXT, [start, claimEnd], 'claim', 'reject', { id: 'urn:test:reject' });
  fs.writeFileSync(sidecar, serializeAnnotations([reject], 'tolls.news', TEXT));
  server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecar).href, type: 1 }] });
  await waitFor(() => !codesAt(reportedly.start.line).includes('attribution.vague'), 'the diagnostic to disappear');
});

test('annotate requests: correct a speaker, set a status, mark a claim — saved beside the article and shown', async () => {
  const quote = rangeOf('Drivers have paid the same toll for nine years');
  const r1 = await server.request<AnnotateResult>('newsLens/annotate', { uri, action: 'correct', range: { start: quote.start, end: quote.start }, kind: 'statement', corrections: { speaker: 'Noor Haddad' } });
  assert.ok(r1.ok, r1.message);
  const r2 = await server.request<AnnotateResult>('newsLens/annotate', { uri, action: 'status', range: { start: quote.start, end: quote.start }, kind: 'statement', status: 'verified' });
  assert.ok(r2.ok, r2.message);
  assert.equal(r2.id, r1.id, 'the same annotation is updated');
  const claim = rangeOf('raise bridge tolls by 12 percent in April');
  const r3 = await server.request<AnnotateResult>('newsLens/annotate', { uri, action: 'add', kind: 'claim', range: claim, note: 'budget papers say 10 percent' });
  assert.ok(r3.ok, r3.message);

  const saved = parseAnnotations(fs.readFileSync(sidecar, 'utf8'), TEXT);
  assert.deepEqual(saved.problems, []);
  const kinds = saved.annotations.map((a) => `${a.kind}:${a.action}`).sort();
  assert.deepEqual(kinds, ['claim:add', 'claim:reject', 'statement:correct']);
  const st = saved.annotations.find((a) => a.kind === 'statement')!;
  assert.deepEqual(st.corrections, { speaker: 'Noor Haddad' });
  assert.equal(st.status, 'verified');

  const hover = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: quote.start.line, character: quote.start.character + 3 } });
  assert.ok(hover);
  assert.match(hover.contents.value, /Editor:\*\* corrected/);
  assert.match(hover.contents.value, /verified/);

  const statements = await server.request<StatementsResult>('newsLens/statements', { uris: [uri] });
  const speaker = statements.articles[0].speakers.find((s) => s.statements.some((x) => x.text.includes('nine years')));
  assert.ok(speaker);
  assert.match(speaker.name, /Noor Haddad/);
  assert.equal(speaker.statements.find((x) => x.text.includes('nine years'))!.status, 'verified');

  await waitFor(() => codesAt(claim.start.line).includes('claim.unattributed'), 'a diagnostic for the claim the editor marked');
});

test('code actions offer the annotate commands', async () => {
  const quote = rangeOf('Drivers have paid');
  const actions = await server.request<{ title: string; kind: string; command: { command: string } }[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: quote,
    context: { diagnostics: [] },
  });
  const commands = actions.map((a) => a.command.command);
  for (const c of ['newsLens.annotation.confirm', 'newsLens.annotation.correct', 'newsLens.annotation.reject', 'newsLens.annotation.setStatus', 'newsLens.annotation.markClaim']) assert.ok(commands.includes(c), c);
  assert.ok(actions.filter((a) => a.command.command.startsWith('newsLens.annotation.')).every((a) => a.kind === 'refactor'));
  const quickFixesOnly = await server.request<{ command?: { command: string } }[]>('textDocument/codeAction', { textDocument: { uri }, range: quote, context: { diagnostics: [], only: ['quickfix'] } });
  assert.ok(!quickFixesOnly.some((a) => a.command?.command.startsWith('newsLens.annotation.')), 'none of ours when only quick fixes are asked for');
  const plain = rangeOf('Bridge tolls');
  const none = await server.request<{ command?: { command: string } }[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: plain.start, end: plain.start }, context: { diagnostics: [] } });
  assert.ok(!none.some((a) => a.command?.command.startsWith('newsLens.annotation.')), 'no annotation actions where there is nothing to annotate');
});

test('an annotation whose text is gone is listed as an orphan, and kept in the file', async () => {
  const text = fs.readFileSync(sidecar, 'utf8');
  const doc = JSON.parse(text);
  const ghost = makeAnnotation('Ferries will stop running at midnight, the port said.', [0, 37], 'statement', 'confirm', { id: 'urn:test:ghost' });
  const ghostJson = JSON.parse(serializeAnnotations([ghost], 'tolls.news')).first.items[0];
  doc.first.items.push(ghostJson);
  doc.total++;
  fs.writeFileSync(sidecar, JSON.stringify(doc, null, 2) + '\n');
  const list = await server.request<AnnotationsResult>('newsLens/annotations', { uri });
  assert.deepEqual(list.orphans.map((o) => o.id), ['urn:test:ghost']);
  assert.equal(list.orphans[0].range, null);
  assert.ok(list.annotations.length >= 3);
  // another annotate request keeps the orphan in the file
  const r = await server.request<AnnotateResult>('newsLens/annotate', { uri, action: 'note', range: rangeOf('Commuter groups'), note: 'which groups?' });
  assert.ok(r.ok, r.message);
  assert.ok(parseAnnotations(fs.readFileSync(sidecar, 'utf8')).annotations.some((a) => a.id === 'urn:test:ghost'));
});

test('export over the protocol carries the corrections; a folder outside is only what the user chose', async () => {
  const out = path.join(dir, 'export');
  const res = await server.request<ExportResult>('newsLens/exportAnnotations', { uris: [uri], format: 'brat', outDir: out });
  assert.deepEqual(res.failed, []);
  assert.equal(res.orphans, 1);
  const ann = fs.readFileSync(path.join(out, 'tolls.ann'), 'utf8');
  assert.match(ann, /speaker: Noor Haddad/);
  assert.match(ann, /\tClaim \d+ \d+\traise bridge tolls by 12 percent in April/);
  assert.ok(!ann.split('\n').some((l) => /\tClaim /.test(l) && /reportedly/.test(l)), 'the rejected claim is not exported');
  assert.equal(fs.readFileSync(path.join(out, 'tolls.txt'), 'utf8'), TEXT);
});
