// Hovers on every kind of thing, called as the server calls them: hoverAt(TextDocument, model, offset, outlets, others).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { hoverAt, likelySpeakers } from '../../server/src/lsp/hover';
import type { OtherArticle } from '../../server/src/lsp/hover';

const ARTICLE = [
  'Dam repairs to cost more, says mayor',
  '',
  'DUNMORE, June 12 (Reuters) -',
  '',
  'Mayor Clara Hoff said on Tuesday the repairs to the Selva dam would cost $75m, twice the first estimate.',
  '',
  '"We cannot wait another winter," Hoff told the city council. "The water will not wait for us."',
  '',
  'Engineers expect the work to take 18 months.',
  '',
  'The dam will almost certainly fail in a major flood.',
  '',
  'Residents are reportedly angry about the delays.',
].join('\n');

const doc = TextDocument.create('file:///ws/articles/dam.news', 'news', 1, ARTICLE);
const model = analyze(ARTICLE, { publicationDate: '2024-06-12' });
const at = (needle: string, delta = 1) => {
  const i = ARTICLE.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + delta;
};
const hover = (needle: string, others: OtherArticle[] = [], delta = 1) => {
  const h = hoverAt(doc, model, at(needle, delta), undefined, others);
  assert.ok(h, `no hover at ${needle}`);
  const c = h.contents as { kind: string; value: string };
  assert.equal(c.kind, 'markdown');
  return { value: c.value, range: h.range! };
};

test('speaker hover: canonical name, role, aliases, and every statement linked to its line', () => {
  const { value, range } = hover('Hoff told');
  assert.match(value, /\*\*Clara Hoff\*\*/);
  assert.match(value, /Role: Mayor/);
  assert.match(value, /Also called: .*“Hoff”/);
  const links = [...value.matchAll(/\[line (\d+)\]\(file:\/\/\/ws\/articles\/dam\.news#L(\d+),(\d+)\)/g)];
  assert.ok(links.length >= 2, value);
  for (const l of links) assert.equal(l[1], l[2], 'the link goes to the line it names');
  // The hover range is the mention under the cursor.
  assert.equal(doc.getText(range), 'Hoff');
});

test('statement hover on the content or the cue: speaker, cue, type, vague', () => {
  const content = hover('cannot wait');
  assert.match(content.value, /\*\*Statement\*\* — direct/);
  assert.match(content.value, /Speaker: \*\*Clara Hoff\*\*/);
  assert.match(content.value, /Cue: “told/);
  assert.match(content.value, /Vague: no/);
  const cue = hover('told the city');
  assert.match(cue.value, /\*\*Statement\*\*/);
});

test('statement hover shows the date inside it with its weekday', () => {
  const { value } = hover('would cost');
  // The value is the dates layer's; the hover shows it with its weekday and calendar day.
  const m = /Date: Tuesday → `2024-06-(\d\d)` \(Tuesday (\d+) June 2024\)/.exec(value);
  assert.ok(m, value);
  assert.equal(Number(m[1]), Number(m[2]));
});

test('date hover: value, weekday, how it was resolved', () => {
  const { value } = hover('Tuesday');
  const m = /\*\*Tuesday\*\* → `2024-06-(\d\d)` \(DATE\)\n\nTuesday (\d+) June 2024/.exec(value);
  assert.ok(m, value);
  assert.equal(Number(m[1]), Number(m[2]));
  assert.match(value, /Resolved: /);
});

test('figure hover names its statement and speaker; an unattributed figure says so', () => {
  const money = hover('$75m');
  assert.match(money.value, /\*\*\$75m\*\* — money \(75,000,000 USD\)/);
  assert.match(money.value, /attributed to \*\*Clara Hoff\*\*/);
  assert.equal(doc.getText(money.range), '$75m');
});

test('figure hover compares the same quantity in other open articles: agrees or differs', () => {
  const otherText = 'Dam costs\n\nThe repairs will cost $75 million, the city engineer Bo Lund said.\n\nA second dam needs $400m more, Lund said.';
  const thirdText = 'Budget row\n\nCouncillor Ana Ruiz said the repairs would cost $90m.';
  const others: OtherArticle[] = [
    { uri: 'file:///ws/articles/costs.news', text: otherText, model: analyze(otherText) },
    { uri: 'file:///ws/articles/row.news', text: thirdText, model: analyze(thirdText) },
  ];
  const { value } = hover('$75m', others);
  assert.match(value, /agrees: “\$75 million” in \[costs\.news, line 3\]/);
  assert.match(value, /\*\*differs\*\*: “\$90m” in \[row\.news, line 3\]/);
  assert.doesNotMatch(value, /\$400m/, 'a figure three times larger is not the same quantity');
});

test('hover on an unattributed claim says why and offers the article speakers', () => {
  const { value } = hover('almost certainly');
  assert.match(value, /Unattributed claim\*\* — prediction/);
  assert.match(value, /Clara Hoff/);
});

test('likely speakers: the nearest named speaker before the offset comes first', () => {
  const names = likelySpeakers(model, at('The dam will'));
  assert.equal(names[0], 'Clara Hoff');
});

test('no hover on plain text', () => {
  assert.equal(hoverAt(doc, model, at('DUNMORE')), null);
});
