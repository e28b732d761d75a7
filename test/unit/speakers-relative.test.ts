// A relative "who" as the source: its speaker is the person it refers to (speakers.ts), on our own fictional sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';

test('"NAME, who said" speaks for NAME', () => {
  const v = check('The plan was backed by councillor Ana Lee, who said the vote had come too late.', {
    includes: { attributions: [{ source: 'who', cue: 'said', speaker: 'Ana Lee' }] },
  });
  assert.ok(!v.speakers.some((s) => s.name.toLowerCase() === 'who'), 'no speaker named "who"');
});

test('an appositive between the name and "who" is skipped, not taken as the antecedent', () => {
  check('The plan drew fire from Mara Velt, a farmer near Arden, who said the levy would ruin small growers.', {
    includes: { attributions: [{ source: 'who', speaker: 'Mara Velt' }] },
  });
});

test('a later pronoun continues with the person "who" referred to', () => {
  const v = check(
    'The plan was backed by councillor Ana Lee, who said the vote had come too late. She added that the ferry would stay.',
    {},
  );
  const she = v.attributions.find((a) => a.source === 'She');
  assert.equal(she?.speaker, 'Ana Lee');
});

test('a name in the previous sentence is no antecedent of "who"', () => {
  const v = check('The levy angered growers in Arden. Officials, who said the levy was fair, gave no figures.', {});
  const who = v.attributions.find((a) => a.source === 'who');
  assert.ok(who, 'the relative clause is still an attribution');
  assert.equal(who.speaker, null);
});
