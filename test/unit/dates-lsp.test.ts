// The editor side of dates as plain functions: inlay hint labels and modes, the quick fix's suggestion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { inlayHintsFor, readableValue } from '../../server/src/lsp/inlayHints';
import { dateCodeActions, suggestedPublicationDate } from '../../server/src/lsp/dateActions';

test('readable values', () => {
  assert.equal(readableValue('2000-07-19'), 'Wed 19 Jul 2000');
  assert.equal(readableValue('2000-07-16TNI'), 'Sun 16 Jul 2000 night');
  assert.equal(readableValue('2000-06'), 'Jun 2000');
  assert.equal(readableValue('2000-W29-WE'), 'weekend of week 29 of 2000');
  assert.equal(readableValue('PAST_REF'), 'PAST_REF');
});

test('inlay hints follow the mode', () => {
  const text = 'The board met yesterday and on Monday; fees rose last month.';
  const doc = TextDocument.create('file:///a.news', 'news', 1, text);
  const model = analyze(text, { publicationDate: '2000-07-20' });
  const weekdays = inlayHintsFor(doc, model, 'weekdays');
  assert.deepEqual(weekdays.map((h) => h.position.character), [text.indexOf('yesterday') + 9, text.indexOf('Monday') + 6]);
  assert.match(String(weekdays[1].label), /Mon 17 Jul 2000/);
  const relative = inlayHintsFor(doc, model, 'relative');
  assert.equal(relative.length, 3);
  assert.equal(inlayHintsFor(doc, model, 'off').length, 0);
});

test('no hints without a publication date', () => {
  const text = 'The board met on Monday.';
  const doc = TextDocument.create('file:///b.news', 'news', 1, text);
  assert.equal(inlayHintsFor(doc, analyze(text), 'relative').length, 0);
});

test('the quick fix suggests the latest full date the article writes', () => {
  // The full dates come late in the article, so none of them is taken as its publication date.
  const text = 'The harbor board argued about fees for a long time. '.repeat(10) + 'The pact of 3 May 1998 was renewed on 9 June 1999 and the board met on Monday.';
  const model = analyze(text);
  assert.equal(model.publication.date, null);
  assert.equal(suggestedPublicationDate(model), '1999-06-09');
  assert.equal(suggestedPublicationDate(analyze('They met on Monday.'), new Date(Date.UTC(2001, 0, 2))), '2001-01-02');
  const doc = TextDocument.create('file:///c.news', 'news', 1, text);
  const diag = { code: 'date.unanchored', message: 'x', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } };
  const actions = dateCodeActions(doc, model, { diagnostics: [diag] });
  assert.equal(actions.length, 1);
  assert.deepEqual(actions[0].command?.arguments, ['file:///c.news', '1999-06-09']);
  assert.equal(dateCodeActions(doc, model, { diagnostics: [] }).length, 0);
});
