// The editor features over the real protocol (dist/server.js): hovers across open articles, quick fixes that edit
// .newslens.json, semantic tokens, checkOn, maxFileSize, symbols and the Statements request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, DocumentSymbol, Hover, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, waitFor, positionOf } from '../helpers/lspClient';
import { CHECK_REQUEST, INSERT_ATTRIBUTION_COMMAND, SEMANTIC_TOKEN_TYPES, STATEMENTS_REQUEST } from '../../protocol/protocol';
import type { CheckResult, InsertAttributionArgs, StatementsResult } from '../../protocol/protocol';

const A = [
  'Dam repairs to cost more, says mayor',
  '',
  'DUNMORE, June 12 (Reuters) -',
  '',
  'Mayor Clara Hoff said on Tuesday the repairs to the Selva dam would cost $75m.',
  '',
  'The dam will almost certainly fail in a major flood.',
  '',
  'A senior official said the council had ignored two warnings.',
].join('\n');
const B = 'Dam bill rises\n\nCouncillor Ana Ruiz said the repairs would cost $90m.\n';


function workspace(files: Record<string, string>): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'nl-editor-'));
  mkdirSync(path.join(ws, 'articles'));
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(ws, rel), text);
  return ws;
}

test('hover on a figure compares it with the other open articles', async () => {
  const server = await startServer();
  try {
    server.open('file:///ws/articles/a.news', A);
    server.open('file:///ws/articles/b.news', B);
    const h = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///ws/articles/a.news' }, position: positionOf(A, '$75m') });
    assert.ok(h);
    const value = (h.contents as { value: string }).value;
    assert.match(value, /attributed to \*\*Clara Hoff\*\*/);
    assert.match(value, /\*\*differs\*\*: “\$90m” in \[b\.news, line 3\]/);
    // Hover on a speaker links each statement to its line.
    const s = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///ws/articles/a.news' }, position: positionOf(A, 'Clara Hoff') });
    assert.match((s!.contents as { value: string }).value, /\[line 5\]\(file:\/\/\/ws\/articles\/a\.news#L5,/);
  } finally {
    await server.stop();
  }
});

test('quick fixes: an attribution snippet, and "Ignore this occurrence" writes .newslens.json so the diagnostic goes away', async () => {
  const ws = workspace({ 'articles/a.news': A });
  const uri = pathToFileURL(path.join(ws, 'articles', 'a.news')).toString();
  const configUri = pathToFileURL(path.join(ws, '.newslens.json')).toString();
  const server = await startServer({ workspaceFolder: ws, workspaceEdit: { documentChanges: true, resourceOperations: ['create'], snippetEditSupport: true } });
  try {
    server.open(uri, A);
    const d = await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    const claim = d.diagnostics.find((x) => x.code === 'claim.unattributed') as Diagnostic;
    assert.ok(claim, JSON.stringify(d.diagnostics.map((x) => x.code)));
    assert.ok(d.diagnostics.some((x) => x.code === 'speaker.unnamed'), 'the anonymous source is reported');
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: claim.range, context: { diagnostics: [claim] } });
    const add = actions.find((a) => a.title.startsWith('Add an attribution'));
    assert.ok(add?.edit?.documentChanges, JSON.stringify(actions.map((a) => a.title)));
    const snippet = (add.edit.documentChanges[0] as unknown as { edits: { snippet: { value: string } }[] }).edits[0].snippet.value;
    assert.match(snippet, /\$\{1\|Clara Hoff/);

    const ignore = actions.find((a) => a.title.startsWith('Ignore this occurrence'));
    assert.ok(ignore?.edit?.documentChanges);
    // Apply the edit as a client would: create the file, then fill it.
    let json = '';
    for (const c of ignore.edit.documentChanges) {
      if ('kind' in c) assert.equal(c.kind === 'create' && c.uri, configUri);
      else {
        assert.equal(c.textDocument.uri, configUri, 'only .newslens.json is edited');
        json = TextDocument.applyEdits(TextDocument.create(configUri, 'json', 1, json), c.edits as TextEdit[]);
      }
    }
    writeFileSync(path.join(ws, '.newslens.json'), json);
    const before = server.published.length;
    server.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const next = await waitFor(() => server.published.slice(before).find((p) => p.uri === uri), 'diagnostics after the config change');
    assert.ok(!next.diagnostics.some((x) => x.code === 'claim.unattributed'), 'the ignored occurrence is gone');
    assert.ok(next.diagnostics.some((x) => x.code === 'speaker.unnamed'), 'other diagnostics stay');
    assert.equal(readFileSync(path.join(ws, 'articles', 'a.news'), 'utf8'), A, 'the article is untouched');
  } finally {
    await server.stop();
  }
});

test('without snippet support, "Add an attribution" is the client command with its arguments', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///ws/articles/a.news';
    server.open(uri, A);
    const d = await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    const claim = d.diagnostics.find((x) => x.code === 'claim.unattributed')!;
    const actions = await server.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: claim.range, context: { diagnostics: [claim] } });
    const add = actions.find((a) => a.title.startsWith('Add an attribution'));
    assert.equal(add?.command?.command, INSERT_ATTRIBUTION_COMMAND);
    const args = add.command!.arguments![0] as InsertAttributionArgs;
    assert.equal(args.uri, uri);
    assert.ok(args.speakers.includes('Clara Hoff'));
  } finally {
    await server.stop();
  }
});

test('semantic tokens: full and range, and none when the setting is off', async () => {
  const on = await startServer();
  try {
    on.open('file:///ws/articles/a.news', A);
    const full = await on.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///ws/articles/a.news' } });
    assert.ok(full.data.length > 0 && full.data.length % 5 === 0);
    const types = new Set<number>();
    for (let i = 3; i < full.data.length; i += 5) types.add(full.data[i]);
    for (const t of ['speaker', 'cue', 'date', 'agency']) assert.ok(types.has(SEMANTIC_TOKEN_TYPES.indexOf(t as never)), `${t} missing`);
    const range = await on.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: 'file:///ws/articles/a.news' },
      range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } },
    });
    assert.ok(range.data.length > 0 && range.data.length < full.data.length);
    assert.equal(range.data[0], 4, 'the first token of the range is on line 4');
  } finally {
    await on.stop();
  }
  const off = await startServer({ configuration: { semanticHighlighting: { enabled: false } } });
  try {
    off.open('file:///ws/articles/a.news', A);
    const none = await off.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: 'file:///ws/articles/a.news' } });
    assert.deepEqual(none.data, []);
  } finally {
    await off.stop();
  }
});

test('checkOn manual: nothing is published until the check request; edits do not publish', async () => {
  const server = await startServer({ configuration: { checkOn: 'manual' } });
  try {
    const uri = 'file:///ws/articles/a.news';
    server.open(uri, A);
    const r = await server.request<CheckResult>(CHECK_REQUEST, { uri });
    assert.equal(r.isArticle, true);
    const mine = () => server.published.filter((p) => p.uri === uri);
    assert.equal(mine().length, 1, 'only the check published');
    assert.equal(mine()[0].diagnostics.length, r.findings);
    assert.ok(r.findings > 0);
    server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: A + '\nThe bridge will collapse within a year.\n' }] });
    const r2 = await server.request<CheckResult>(CHECK_REQUEST, { uri });
    assert.equal(mine().length, 2, 'the edit published nothing; the second check did');
    assert.equal(mine()[1].version, 2);
    assert.equal(r2.findings, mine()[1].diagnostics.length);
  } finally {
    await server.stop();
  }
});

test('checkOn save: the open and each save publish', async () => {
  const server = await startServer({ configuration: { checkOn: 'save' } });
  try {
    const uri = 'file:///ws/articles/a.news';
    server.open(uri, A);
    await waitFor(() => server.diagnostics.get(uri), 'diagnostics on open');
    server.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Quay\n\nHe said the quay was safe.\n' }] });
    server.notify('textDocument/didSave', { textDocument: { uri } });
    const d = await waitFor(() => server.published.find((p) => p.uri === uri && p.version === 2), 'diagnostics after save');
    assert.ok(d.diagnostics.some((x) => x.code === 'speaker.unresolved'), JSON.stringify(d.diagnostics.map((x) => x.code)));
  } finally {
    await server.stop();
  }
});

test('a file larger than maxFileSize gets exactly one notice', async () => {
  const server = await startServer({ configuration: { maxFileSize: 1000 } });
  try {
    const uri = 'file:///ws/articles/big.news';
    server.open(uri, A.repeat(20));
    const d = await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    assert.equal(d.diagnostics.length, 1);
    assert.equal(d.diagnostics[0].code, 'article.notAnalyzed');
    assert.match(String(d.diagnostics[0].message), /maxFileSize/);
  } finally {
    await server.stop();
  }
});

test('outline and Statements request through the server', async () => {
  const server = await startServer();
  try {
    const uri = 'file:///ws/articles/a.news';
    server.open(uri, A);
    const syms = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(syms.length, 1);
    const names = syms[0].children?.map((c) => c.name) ?? [];
    assert.ok(names.includes('Clara Hoff') && names.includes('Reuters') && names.includes('Unattributed claims'), JSON.stringify(names));
    const st = await server.request<StatementsResult>(STATEMENTS_REQUEST, { uris: [uri] });
    const article = st.articles[0];
    assert.equal(article.counts?.unattributed, 1);
    const icons = article.speakers.flatMap((s) => s.statements.map((x) => x.icon));
    assert.ok(icons.includes('indirect') && icons.includes('unattributed'), JSON.stringify(icons));
    assert.ok(article.outlets.some((o) => o.id === 'reuters'));
  } finally {
    await server.stop();
  }
});

test('newsLens.attributions.keepUncertain brings back the statements the confidence model leaves out', async () => {
  const text = 'HARWICH, May 4 -\n\nThe tax, known as the harbor levy, funds the ferries.\n\nMayor Ana Lee said on Monday that the levy would rise.\n';
  const cues = async (configuration?: Record<string, unknown>): Promise<(string | null)[]> => {
    const server = await startServer(configuration ? { configuration } : {});
    try {
      const uri = 'file:///ws/articles/levy.news';
      server.open(uri, text);
      const st = await server.request<StatementsResult>(STATEMENTS_REQUEST, { uris: [uri] });
      return st.articles[0].speakers.flatMap((s) => s.statements.map((x) => x.cue));
    } finally {
      await server.stop();
    }
  };
  const plain = await cues();
  const all = await cues({ attributions: { keepUncertain: true } });
  assert.ok(plain.includes('said') && all.includes('said'), JSON.stringify({ plain, all }));
  assert.ok(!plain.includes('known as'), JSON.stringify(plain));
  assert.ok(all.includes('known as'), JSON.stringify(all));
});
