// Typed copy mixes quotation styles: a curly opening mark closed by a straight one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { check } from '../helpers/check';

const quoted = (text: string) => analyze(text).quotes.map((q) => text.slice(q.inner[0], q.inner[1]));

test('a straight mark after a word closes a curly quotation', () => {
  const text = '\u201cThe ferry will run all winter," harbor master Ines Rahl said, adding that "nobody will be stranded."';
  assert.deepEqual(quoted(text), ['The ferry will run all winter,', 'nobody will be stranded.']);
  check(text, {
    includes: { attributions: [{ source: 'harbor master Ines Rahl', cue: 'said', content: 'The ferry will run all winter,', type: 'direct' }] },
  });
});

test('a straight mark opening a nested quotation inside a curly one does not close it', () => {
  const text = '\u201cThey kept saying "not yet" to us,\u201d the farmer said.';
  const q = analyze(text).quotes;
  assert.equal(q.length, 2);
  assert.equal(text.slice(q[0].inner[0], q[0].inner[1]), 'They kept saying "not yet" to us,');
  assert.equal(text.slice(q[1].inner[0], q[1].inner[1]), 'not yet');
});

test('a straight apostrophe-like mark inside a word does not close a curly quotation', () => {
  const text = '\u201cThe 5"4 pipes were too short,\u201d the engineer said.';
  assert.deepEqual(quoted(text), ['The 5"4 pipes were too short,']);
});
