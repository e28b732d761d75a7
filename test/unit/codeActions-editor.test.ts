// Quick fixes: the attribution snippet (or the client command when snippet edits are not supported), and the
// .newslens.json edits (ignore, disable per file, disable per workspace), applied to the JSON text and parsed back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis';
import { diagnosticsFor } from '../../server/src/lsp/diagnostics';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { parseWorkspaceConfig } from '../../server/src/lsp/workspaceConfig';
import { attributionInsertOffset, attributionSnippet, codeActionsFor, editConfigText, escapeChoice, ignoreChange } from '../../server/src/lsp/codeActions';
import type { CodeActionInput, ConfigFileState } from '../../server/src/lsp/codeActions';
import { INSERT_ATTRIBUTION_COMMAND } from '../../protocol/protocol';
import type { InsertAttributionArgs } from '../../protocol/protocol';

const TEXT = [
  'Quota row deepens',
  '',
  'Fisheries Minister Tomas Brandt said the quota was unfair. Ilse Marr, a Kessland negotiator, said it was final.',
  '',
  'The fishing ban will almost certainly empty the harbors before the winter.',
].join('\n');
const doc = TextDocument.create('file:///ws/articles/quota.news', 'news', 3, TEXT);
const model = analyze(TEXT, { publicationDate: '2024-03-14' });
const diags = diagnosticsFor(doc, model, DEFAULT_SETTINGS);
const claim = diags.find((d) => d.code === 'claim.unattributed') as Diagnostic;

const input = (over: Partial<CodeActionInput> = {}): CodeActionInput => ({
  doc,
  model,
  range: claim.range,
  diagnostics: [claim],
  relative: 'articles/quota.news',
  config: { uri: 'file:///ws/.newslens.json', text: null, version: null },
  snippetEdits: true,
  documentChanges: true,
  createFiles: true,
  ...over,
});

/** Applies LSP text edits to a text (edits do not overlap). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const d = TextDocument.create('file:///x', 'json', 1, text);
  return TextDocument.applyEdits(d, edits);
}

/** The text of `uri` after a WorkspaceEdit, starting from `before` (null: the file does not exist yet). */
function afterEdit(edit: WorkspaceEdit, uri: string, before: string | null): string {
  let text = before;
  for (const c of edit.documentChanges ?? []) {
    if ('kind' in c) {
      if (c.kind === 'create' && c.uri === uri && text === null) text = '';
      continue;
    }
    if (c.textDocument.uri === uri) {
      assert.notEqual(text, null, 'edit of a file that does not exist');
      text = applyEdits(text!, c.edits as TextEdit[]);
    }
  }
  for (const [u, edits] of Object.entries(edit.changes ?? {})) if (u === uri) text = applyEdits(text ?? '', edits);
  assert.notEqual(text, null);
  return text!;
}

const byTitle = (actions: CodeAction[], re: RegExp) => {
  const a = actions.find((x) => re.test(x.title));
  assert.ok(a, `no action like ${re} in ${actions.map((x) => x.title).join(' | ')}`);
  return a;
};

test('the fixture article has an unattributed claim to fix', () => {
  assert.ok(claim, JSON.stringify(diags.map((d) => d.code)));
});

test('"Add an attribution" is a snippet edit with the article speakers as choices, before the final period', () => {
  const a = byTitle(codeActionsFor(input()), /^Add an attribution/);
  assert.equal(a.kind, 'quickfix');
  assert.equal(a.isPreferred, true);
  const change = a.edit!.documentChanges![0] as unknown as { textDocument: { uri: string; version: number }; edits: { range: { start: { line: number; character: number } }; snippet: { kind: string; value: string } }[] };
  assert.equal(change.textDocument.uri, doc.uri);
  assert.equal(change.textDocument.version, 3);
  const e = change.edits[0];
  assert.equal(e.snippet.kind, 'snippet');
  assert.match(e.snippet.value, /^, \$\{1\|Ilse Marr,Tomas Brandt\|\} \$\{2\|said,told reporters\|\}$/);
  const offset = doc.offsetAt(e.range.start);
  assert.equal(TEXT.slice(offset - 'winter'.length, offset + 1), 'winter.');
});

test('without snippet edit support, the action runs the client command with its arguments', () => {
  const a = byTitle(codeActionsFor(input({ snippetEdits: false })), /^Add an attribution/);
  assert.equal(a.edit, undefined);
  assert.equal(a.command?.command, INSERT_ATTRIBUTION_COMMAND);
  const args = a.command!.arguments![0] as InsertAttributionArgs;
  assert.equal(args.uri, doc.uri);
  assert.deepEqual(args.speakers.slice(0, 2), ['Ilse Marr', 'Tomas Brandt'], 'the nearest speaker first');
  assert.equal(TEXT[doc.offsetAt(args.position)], '.');
});

test('"Ignore this occurrence" creates .newslens.json when it is missing, and never edits the article', () => {
  const a = byTitle(codeActionsFor(input()), /^Ignore this occurrence/);
  const uris = (a.edit!.documentChanges ?? []).map((c) => ('kind' in c ? (c.kind === 'rename' ? c.newUri : c.uri) : c.textDocument.uri));
  assert.ok(!uris.includes(doc.uri), 'the article is not edited');
  const json = afterEdit(a.edit!, 'file:///ws/.newslens.json', null);
  const { config, problems } = parseWorkspaceConfig(json);
  assert.deepEqual(problems, []);
  assert.deepEqual(config.ignore, [{ file: 'articles/quota.news', rule: 'claim.unattributed', text: TEXT.slice(doc.offsetAt(claim.range.start), doc.offsetAt(claim.range.end)) }]);
});

test('"Ignore this occurrence" appends to an existing file and keeps what is there', () => {
  const before = '{\n    "rules": { "attribution.vague": "off" },\n    "ignore": [{ "file": "a.news", "rule": "quote.orphan", "text": "x" }]\n}\n';
  const config: ConfigFileState = { uri: 'file:///ws/.newslens.json', text: before, version: 7 };
  const a = byTitle(codeActionsFor(input({ config })), /^Ignore this occurrence/);
  const change = a.edit!.documentChanges![0] as { textDocument: { version: number | null } };
  assert.equal(change.textDocument.version, 7);
  const json = afterEdit(a.edit!, config.uri, before);
  const parsed = parseWorkspaceConfig(json).config;
  assert.equal(parsed.ignore.length, 2);
  assert.equal(parsed.rules['attribution.vague'], 'off');
  assert.match(json, /\n {4}"rules"/, 'keeps the four-space indentation');
});

test('"Disable for this file" and "for the workspace" write disabledRules and rules', () => {
  const before = '{ "articles": { "articles/quota.news": { "publicationDate": "2024-03-14" } } }';
  const config: ConfigFileState = { uri: 'file:///ws/.newslens.json', text: before, version: null };
  const actions = codeActionsFor(input({ config }));
  const file = afterEdit(byTitle(actions, /^Disable claim\.unattributed for this file/).edit!, config.uri, before);
  const fc = parseWorkspaceConfig(file).config;
  assert.deepEqual(fc.articles['articles/quota.news'], { publicationDate: '2024-03-14', disabledRules: ['claim.unattributed'] });
  const ws = afterEdit(byTitle(actions, /^Disable claim\.unattributed for the workspace/).edit!, config.uri, before);
  assert.equal(parseWorkspaceConfig(ws).config.rules['claim.unattributed'], 'off');
});

test('without documentChanges, edits of an existing file use `changes`; a missing file cannot be created then', () => {
  const before = '{}';
  const withFile = codeActionsFor(input({ documentChanges: false, createFiles: false, config: { uri: 'file:///ws/.newslens.json', text: before, version: null } }));
  const ws = byTitle(withFile, /for the workspace/);
  assert.ok(ws.edit!.changes);
  assert.equal(JSON.parse(afterEdit(ws.edit!, 'file:///ws/.newslens.json', before)).rules['claim.unattributed'], 'off');
  const missing = codeActionsFor(input({ documentChanges: false, createFiles: false }));
  assert.ok(!missing.some((a) => /\.newslens\.json/.test(a.title)));
});

test('a .newslens.json that is not valid JSON is never overwritten', () => {
  assert.equal(editConfigText('{ "rules": ', ignoreChange('a', 'b', 'c')), null);
  const actions = codeActionsFor(input({ config: { uri: 'file:///ws/.newslens.json', text: '{ broken', version: null } }));
  assert.ok(!actions.some((a) => /\.newslens\.json/.test(a.title)));
  assert.ok(actions.some((a) => /^Add an attribution/.test(a.title)));
});

test('outside a workspace folder only the attribution fix is offered; other diagnostics get the config fixes', () => {
  assert.deepEqual(codeActionsFor(input({ config: null, relative: null })).map((a) => a.title.split(' (')[0]), ['Add an attribution']);
  const fake: Diagnostic = { ...claim, code: 'quote.orphan' };
  const titles = codeActionsFor(input({ diagnostics: [fake] })).map((a) => a.title);
  assert.ok(!titles.some((t) => t.startsWith('Add an attribution')));
  assert.ok(titles.some((t) => t.startsWith('Disable quote.orphan for this file')));
});

test('snippet helpers: escaping, insertion point, no speakers', () => {
  assert.equal(escapeChoice('Smith, Jr.|$x}'), 'Smith\\, Jr.\\|\\$x\\}');
  assert.equal(attributionSnippet([]), ', ${1:source} ${2|said,told reporters|}');
  const t = 'He said. “It will fail.” Next';
  assert.equal(attributionInsertOffset(t, 9, 24), t.indexOf('.”'));
});

test('only: a request for refactorings gets no quick fixes', () => {
  assert.deepEqual(codeActionsFor(input({ only: ['refactor'] })), []);
});
