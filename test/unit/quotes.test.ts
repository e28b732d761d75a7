// Direct quotes in every style, split quotes, multi-paragraph quotes, mixed quotes and quotes inside quotes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { check, view } from '../helpers/check';

const styles: [string, string, string][] = [
  ['curly double', '\u201c', '\u201d'],
  ['straight double', '"', '"'],
  ['curly single', '\u2018', '\u2019'],
  ['guillemets', '\u00ab', '\u00bb'],
  ['wire doubled single', "''", "''"],
  ['backticks', '``', "''"],
];

for (const [name, open, close] of styles) {
  test(`direct quote, ${name}`, () => {
    const text = `${open}The nets came up empty three days running,${close} trawler captain Ada Vell said.`;
    check(text, {
      includes: {
        attributions: [
          { source: 'trawler captain Ada Vell', cue: 'said', content: 'The nets came up empty three days running,', type: 'direct', speaker: 'Ada Vell' },
        ],
      },
    });
  });
}

test('a quote split by its cue is one attribution with two content spans', () => {
  const text = '"We need more patrol boats," Odegaard said, "and we need them before the winter storms."';
  const m = analyze(text);
  assert.equal(m.attributions.length, 1, JSON.stringify(m.attributions));
  const a = m.attributions[0];
  assert.equal(a.type, 'direct');
  assert.deepEqual(a.content.map((c) => text.slice(...c)), ['We need more patrol boats,', 'and we need them before the winter storms.']);
  assert.equal(text.slice(...a.source!), 'Odegaard');
});

test('a split quote across sentences: "…," X said. "…"', () => {
  const text = '"The quota is fair," Brandt said. "Nobody will go hungry because of it."';
  const m = analyze(text);
  assert.equal(m.attributions.length, 1, JSON.stringify(m.attributions));
  assert.equal(m.attributions[0].content.length, 2);
});

test('cue before the quote: X said: "…"', () => {
  check('Lund said: "The pier will not survive another storm."', {
    includes: { attributions: [{ source: 'Lund', cue: 'said', content: 'The pier will not survive another storm.', type: 'direct' }] },
  });
});

test('multi-paragraph quote: an opening mark at each paragraph start, the closing mark only at the end', () => {
  const text = [
    'Harbor master Ivo Lund described the night of the storm.',
    '\u201cThe wind came first. Then the water rose over the pier and took the smaller boats.',
    '\u201cBy midnight there was nothing left to tie up,\u201d Lund said.',
  ].join('\n\n');
  const m = analyze(text);
  // The quote layer links the paragraphs.
  const cont = m.quotes.find((q) => q.continues >= 0);
  assert.ok(cont, JSON.stringify(m.quotes));
  assert.equal(m.quotes[cont.continues].balanced, true);
  const v = view(text, m);
  const first = v.attributions.find((a) => a.content.startsWith('The wind came first'));
  const last = v.attributions.find((a) => a.content.startsWith('By midnight'));
  assert.ok(first && last, JSON.stringify(v.attributions));
  assert.equal(first.speaker, 'Ivo Lund');
  assert.equal(last.speaker, 'Ivo Lund');
  assert.equal(first.type, 'direct');
});

test('mixed quote: reported speech with a wire-style quoted fragment', () => {
  check("Brandt said the new treaty was ''a step toward calmer waters'' for both nations.", {
    includes: { attributions: [{ source: 'Brandt', cue: 'said', content: "the new treaty was ''a step toward calmer waters'' for both nations", type: 'mixed' }] },
  });
});

test('a quote inside a quote stays inside its attribution', () => {
  const text = '"He looked at me and said, \'the nets are empty,\' and then he walked away," Lund said.';
  const m = analyze(text);
  assert.equal(m.attributions.length, 1, JSON.stringify(m.attributions));
  const a = m.attributions[0];
  assert.equal(a.type, 'direct');
  assert.match(text.slice(...a.content[0]), /^He looked at me and said, 'the nets are empty,' and then he walked away,$/);
  assert.equal(text.slice(...a.source!), 'Lund');
});

test('a quote whose speaker comes two sentences later', () => {
  const text = [
    'Mayor Clara Hoff spoke on the harbor steps on Sunday.',
    '"We will not sell this harbor to anyone." The crowd fell silent. Hoff said later that she meant every word.',
  ].join('\n\n');
  const v = check(text, { includes: { attributions: [{ content: 'We will not sell this harbor to anyone.', type: 'direct', speaker: 'Clara Hoff' }] } });
  assert.ok(v.attributions.some((a) => a.source === 'Hoff' && a.content === 'that she meant every word'));
});

test('scare quotes around a word or two are not statements', () => {
  check('The so-called "reform" left the fleet smaller.', { equals: { attributions: [] } });
});

test('an unbalanced quote is reported', () => {
  const text = 'Lund said: "The pier is gone.\n\nThe council met on Monday.';
  const m = analyze(text);
  assert.ok(m.quotes.some((q) => !q.balanced));
  assert.ok(m.findings.some((f) => f.rule === 'quote.unbalanced'));
});
