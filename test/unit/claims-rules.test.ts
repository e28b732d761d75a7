// claim.unattributed in context (own cues, carry-over), figures with normalized values, and the source rules
// speaker.unnamed and speaker.unresolved. Fictional sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';
import { analyze } from '../../server/src/analysis';
import { normalizeFigure, hasOwnCue, claimReason } from '../../server/src/analysis/claims';

test('a claim whose speaker is named in the sentence by a cue the attribution layer may miss is not flagged', () => {
  check('The new port tax is a disastrous mistake, opposition leader Anna Vell told reporters.', { equals: { claims: [] } });
  check('Finance Minister Petra Holm called the reform the most important change in a generation.', { equals: { claims: [] } });
});

test('a passive cue or a noun is no attribution', () => {
  assert.equal(hasOwnCue('The coalition is expected to collapse before the budget vote.'), false);
  assert.equal(hasOwnCue("Kessland's claims about the quota are false."), false);
  assert.equal(hasOwnCue('An estimated 600 fishermen have lost their licences.'), false);
  assert.equal(hasOwnCue('Union leaders fear that thousands of jobs will be lost.'), true);
  check('The coalition is expected to collapse before the budget vote.', { includes: { claims: [{ kind: 'unattributed' }] } });
});

test('the previous sentence of the same paragraph carries its speaker over; a new paragraph does not', () => {
  const carried = 'Brandt said the quota was unfair. The deal will ruin the fleet within a decade.';
  check(carried, { equals: { claims: [] } });
  const fresh = 'Brandt said the quota was unfair.\n\nThe deal will ruin the fleet within a decade.';
  check(fresh, { includes: { claims: [{ text: 'The deal will ruin the fleet within a decade.', kind: 'unattributed' }] } });
});

test('schedules are not predictions, and plain figures are not claims', () => {
  assert.equal(claimReason('The mayor is expected to speak at noon on Friday.', false), null);
  assert.equal(claimReason('The coalition is expected to collapse.', false), 'prediction');
  check('The plant employs 1,200 people. The ship carried 300 passengers.', { equals: { claims: [] } });
  check('About 3,000 people were killed in the fighting near the dams.', { includes: { claims: [{ kind: 'unattributed' }] } });
});

test('each claim kind gets its reason', () => {
  const m = analyze('The governor covered up the spill for two years.\n\nThe minister quit in order to avoid questions.\n\nThe sanctions have been a complete failure.');
  assert.deepEqual(m.claims.map((c) => c.reason), ['allegation', 'motive', 'evaluation']);
});

test('figures are normalized to ranges and units for comparison', () => {
  assert.deepEqual(normalizeFigure('money', '$75m', ''), { low: 75e6, high: 75e6, unit: 'USD', per: undefined });
  assert.deepEqual(normalizeFigure('money', 'US$1 billion per year', ''), { low: 1e9, high: 1e9, unit: 'USD', per: 'year' });
  assert.deepEqual(normalizeFigure('count', 'hundreds of thousands of people', ''), { low: 100000, high: 999999, unit: 'people', per: undefined });
  const miles = normalizeFigure('distance', '435 miles', '');
  assert.equal(miles.unit, 'km');
  assert.ok(Math.abs(miles.low! - 700.07) < 0.1, String(miles.low));
  const about = normalizeFigure('count', '2,000 jobs', 'has lost about ');
  assert.deepEqual([about.low, about.high, about.unit], [1800, 2200, 'jobs']);
  const atLeast = normalizeFigure('count', '120 civilians', 'at least ');
  assert.deepEqual([atLeast.low, atLeast.high], [120, 240]);
  assert.equal(normalizeFigure('percent', '12 percent', '').unit, '%');
  assert.equal(normalizeFigure('money', '€40 million', '').unit, 'EUR');
});

test('figures in the text are found with their kind and normalized value', () => {
  const v = analyze('The project costs $75m, and hundreds of thousands of people were moved over 435 miles, she said.');
  const kinds = v.figures.map((f) => f.kind);
  assert.deepEqual(kinds, ['money', 'count', 'distance']);
  assert.equal(v.figures[0].low, 75e6);
});

test('speaker.unnamed: an anonymous source without a reason, not with one, and not a spokesperson', () => {
  check('A senior official said the talks had failed.', { includes: { findings: [{ rule: 'speaker.unnamed', text: 'A senior official' }] } });
  check('A senior official, who spoke on condition of anonymity, said the talks had failed.', { excludes: { findings: [{ rule: 'speaker.unnamed' }] } });
  check('One diplomat said the deal was close. He was not authorized to speak publicly.', { excludes: { findings: [{ rule: 'speaker.unnamed' }] } });
  check('A Foreign Ministry spokeswoman said the offer was fair.', { excludes: { findings: [{ rule: 'speaker.unnamed' }] } });
});

test('speaker.unresolved: a pronoun source with nobody named before it', () => {
  check('He said the talks had failed.', { includes: { findings: [{ rule: 'speaker.unresolved', text: 'He' }] } });
  check('Brandt arrived late. He said the talks had failed.', { excludes: { findings: [{ rule: 'speaker.unresolved' }] } });
  check('Mayor Clara Hoff said the bridge was safe. She said repairs would start soon.', { excludes: { findings: [{ rule: 'speaker.unresolved' }] } });
});
