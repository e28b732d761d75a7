// Vscode-free parts of the client commands: the "Add an attribution" snippet and the language status item text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributionSnippet, checkInsertArgs, escapeChoice, escapeSnippetText } from '../../client/src/attributionSnippet';
import { formatElapsed, statusView } from '../../client/src/statusModel';
import type { ArticleInfoResult } from '../../protocol/protocol';

test('the attribution snippet offers the speakers and cues as choices', () => {
  assert.equal(
    attributionSnippet({ speakers: ['Mara Voss', 'Jonas Keel'], cues: ['said', 'told reporters'] }),
    ', ${1|Mara Voss,Jonas Keel|} ${2|said,told reporters|}',
  );
  assert.equal(attributionSnippet({ speakers: ['Mara Voss'], before: ' ', after: '.' }), ' ${1:Mara Voss} ${2:said}.');
  assert.equal(attributionSnippet({ speakers: [] }), ', ${1:source} ${2:said}');
});

test('the attribution snippet escapes snippet syntax in names and text', () => {
  assert.equal(escapeChoice('Smith, Jr. | a\\b'), 'Smith\\, Jr. \\| a\\\\b');
  assert.equal(escapeSnippetText('costs $5 {x}'), 'costs \\$5 {x\\}');
  assert.equal(
    attributionSnippet({ speakers: ['Keel, Jonas', 'Voss', 'Voss', '  '], cues: ['said'], after: ' ($m)' }),
    ', ${1|Keel\\, Jonas,Voss|} ${2:said} (\\$m)',
    'duplicates and blanks are dropped',
  );
});

test('insertAttribution arguments are checked', () => {
  assert.equal(checkInsertArgs(undefined), 'missing arguments');
  assert.equal(checkInsertArgs({ position: { line: 0, character: 0 } }), 'missing uri');
  assert.equal(checkInsertArgs({ uri: 'file:///a.news', position: { line: -1, character: 0 } }), 'bad position');
  assert.equal(checkInsertArgs({ uri: 'file:///a.news', position: { line: 1.5, character: 0 } }), 'bad position');
  const ok = checkInsertArgs({ uri: 'file:///a.news', position: { line: 3, character: 7 }, speakers: ['Voss', 4, null] });
  assert.ok(typeof ok === 'object');
  assert.deepEqual(ok.speakers, ['Voss']);
  assert.deepEqual(ok.position, { line: 3, character: 7 });
});

const info = (over: Partial<ArticleInfoResult> = {}): ArticleInfoResult => ({
  isArticle: true,
  reason: 'a .news file',
  statements: 7,
  speakers: 3,
  dates: 1,
  outlets: 2,
  findings: 0,
  elapsedMs: 2.4,
  publicationDate: '2025-05-06',
  ...over,
});

test('the status item shows counts and analysis time for an article', () => {
  const v = statusView(info());
  assert.equal(v.text, '$(quote) 7 statements');
  assert.equal(v.detail, '3 speakers · 1 date · 2 outlets · 0 findings · 2 ms');
  assert.equal(v.action, 'showStatements');
  assert.equal(statusView(info({ statements: 1, findings: 1, publicationDate: null })).detail.includes('1 finding ·'), true);
});

test('the status item offers Annotate This File for a document that is not an article', () => {
  const v = statusView(info({ isArticle: false, reason: 'not a .news file and not matched by newsLens.include' }));
  assert.equal(v.text, 'Not an article');
  assert.match(v.detail, /newsLens\.include/);
  assert.equal(v.action, 'annotate');
  assert.equal(statusView(null).busy, true);
  assert.equal(statusView(null, 'starting').busy, true);
  assert.equal(statusView(null, 'failed').warn, true);
});

test('elapsed time is formatted by size', () => {
  assert.equal(formatElapsed(0.42), '0.4 ms');
  assert.equal(formatElapsed(12.6), '13 ms');
  assert.equal(formatElapsed(1340), '1.3 s');
  assert.equal(formatElapsed(Number.NaN), '');
});
