// The pronoun table is looked up with words from the text: a word that names a method of Object ("constructor",
// "valueOf") must not be taken for a pronoun.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { PRONOUNS } from '../../server/src/analysis/lexicon';

test('the pronoun table has only its own words', () => {
  for (const w of ['constructor', 'valueof', 'tostring', '__proto__', 'hasownproperty']) assert.equal(PRONOUNS[w], undefined, w);
  assert.equal(PRONOUNS.she, 'f');
  assert.equal(PRONOUNS.they, 'p');
});

test('a source named like a method of Object is a speaker, not a pronoun', () => {
  const text = 'Lena Ortiz runs the harbor works. Constructor said on Monday that the bridge would open in May.';
  const m = analyze(text);
  const a = m.attributions.find((x) => x.source && text.slice(x.source[0], x.source[1]) === 'Constructor');
  assert.ok(a, 'the statement of "Constructor" is found');
  assert.ok(a.speaker >= 0, 'it has a speaker');
  assert.equal(m.speakers[a.speaker].name, 'Constructor');
});
