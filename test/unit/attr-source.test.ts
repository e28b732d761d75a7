// Source spans (who speaks) in processUnit / npRight of attributions.ts, on our own fictional wire-style sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';

test('the subject of a passive cue is not its speaker', () => {
  const v = check('Mayor Lena Ortiz was asked whether the ferry would run on Sundays.', {});
  for (const a of v.attributions) assert.notEqual(a.source, 'Mayor Lena Ortiz', 'a person who is asked does not speak');
});

test('a passive "is known" does not make its subject a source', () => {
  const v = check('The harbor district is known as the oldest quarter of the town.', {});
  for (const a of v.attributions) assert.notEqual(a.source, 'The harbor district');
});

test('an active cue keeps its subject', () => {
  check('Mayor Lena Ortiz said the ferry would run on Sundays.', {
    includes: { attributions: [{ source: 'Mayor Lena Ortiz', cue: 'said', content: 'the ferry would run on Sundays' }] },
  });
});

test('"was quoted as saying" still takes its subject', () => {
  check('Fleet manager Tom Aro was quoted as saying the boats were ready.', {
    includes: { attributions: [{ source: 'Fleet manager Tom Aro' }] },
  });
});

test('the object of a participle cue after a comma is not its speaker', () => {
  const v = check('The council met late on Monday, saying the bridge plan would cost too much.', {});
  for (const a of v.attributions) assert.notEqual(a.source, 'the bridge plan');
});

test('a day after the cue is not the speaker', () => {
  const v = check('“The levy must go,” argued Saturday a crowd of traders in the square.', {});
  for (const a of v.attributions) assert.notEqual(a.source?.trim(), 'Saturday');
});

test('an inverted finite cue still takes the speaker after it', () => {
  check('“The levy must go,” said Anika Broz, who leads the traders.', {
    includes: { attributions: [{ source: 'Anika Broz', cue: 'said' }] },
  });
});

test('a relative pronoun before the cue is the source', () => {
  check('The plan was backed by councillor Ana Lee, who said the vote had come too late.', {
    includes: { attributions: [{ source: 'who', cue: 'said', content: 'the vote had come too late' }] },
  });
});

test('a relative pronoun source does not become a speaker of its own', () => {
  const v = check('The plan was backed by councillor Ana Lee, who said the vote had come too late.', {});
  assert.ok(!v.speakers.some((s) => s.name.toLowerCase() === 'who'), 'no speaker named "who"');
});

test('a participle cue after a comma takes the subject of its clause', () => {
  check('Councillor Ana Lee rejected the harbor budget, saying the repairs could wait another year.', {
    includes: { attributions: [{ source: 'Councillor Ana Lee', cue: 'saying', content: 'the repairs could wait another year' }] },
  });
});

test('a participle cue after a comma takes a pronoun subject too', () => {
  check('She turned down the harbor budget on Tuesday, saying the repairs could wait another year.', {
    includes: { attributions: [{ source: 'She', cue: 'saying', content: 'the repairs could wait another year' }] },
  });
});

test('an appositive after a parenthesized party tag keeps the name as the source', () => {
  check('Rep. Ana Lee (D-Ore.), chair of the budget panel, said the harbor levy was fair.', {
    includes: { attributions: [{ cue: 'said', content: 'the harbor levy was fair' }] },
    excludes: { attributions: [{ source: 'the harbor levy' }] },
  });
  const v = check('Rep. Ana Lee (D-Ore.), chair of the budget panel, said the harbor levy was fair.', {});
  assert.ok(v.attributions.some((a) => a.source?.includes('Ana Lee')), 'the source names Ana Lee');
});

test('a noun phrase with its own verb after the cue is content, not an inverted speaker', () => {
  const v = check('The vote came late, said the harbor board was not ready.', {});
  for (const a of v.attributions) assert.notEqual(a.source, 'the harbor board');
});

test('an age between the name and its appositive keeps the name in the source', () => {
  const v = check('Tom Ward, 70, a ferry pilot from the north, said he was sure the boat would be late.', {
    includes: { attributions: [{ cue: 'said', content: 'he was sure the boat would be late' }] },
  });
  assert.ok(v.attributions.some((a) => a.cue === 'said' && a.source?.startsWith('Tom Ward')), 'the source starts with the name');
});

test('a pronoun that opens the reported clause is not an inverted speaker', () => {
  const v = check('The dock stayed quiet, said she would not return to the harbor.', {});
  for (const a of v.attributions) assert.notEqual(a.source, 'she');
});

test('a pronoun alone after an inverted cue is still the speaker', () => {
  check('“We are ready for the storm,” said he.', {
    includes: { attributions: [{ source: 'he', cue: 'said' }] },
  });
});
