// Cue spans that run past their first word, so that the content starts where the reported matter does
// (processUnit in attributions.ts), on our own fictional wire-style sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';

test('an adverb before the verb belongs to the cue, not to the content', () => {
  const v = check('Councillor Ida Marsh quickly noted the ferry contract had expired.', {
    includes: { attributions: [{ source: 'Councillor Ida Marsh', cue: 'quickly noted', content: 'the ferry contract had expired' }] },
    excludes: { attributions: [{ cue: 'noted' }] },
  });
  assert.equal(v.attributions.length, 1, 'one attribution, not one for the adverb and one for the verb');
});

test('an adverb before a transitive cue', () => {
  check('Harbor master Ivo Lund openly criticized the new quota rules.', {
    includes: { attributions: [{ source: 'Harbor master Ivo Lund', cue: 'openly criticized', content: 'the new quota rules' }] },
  });
});

test('"that" after an adverb-led cue stays in the content', () => {
  check('The union strongly denied that its members had walked out.', {
    includes: { attributions: [{ source: 'The union', cue: 'strongly denied', content: 'that its members had walked out' }] },
  });
});

test('a plain cue is left alone', () => {
  check('Officials never said the bridge was unsafe.', {
    includes: { attributions: [{ source: 'Officials', cue: 'said', content: 'the bridge was unsafe' }] },
  });
});

test('a preposition right after the cue verb joins the cue ("railed against", "spoke out about")', () => {
  check("The fishermen's union railed against the new quota rules.", {
    includes: { attributions: [{ source: "The fishermen's union", cue: 'railed against', content: 'the new quota rules' }] },
  });
  check('Several councillors spoke out about the closure of the northern pier.', {
    includes: { attributions: [{ source: 'Several councillors', cue: 'spoke out about', content: 'the closure of the northern pier' }] },
  });
});

test('a preposition followed by "that" is left to the content', () => {
  check('The ministry insisted on Monday that the ferry would sail.', {
    includes: { attributions: [{ source: 'The ministry', content: 'that the ferry would sail' }] },
  });
});

test('"said in a statement: “…”": the content is the quotation after the colon', () => {
  check('The harbor authority said in a statement: "The northern pier will stay closed until May."', {
    includes: { attributions: [{ source: 'The harbor authority', cue: 'said in a statement', content: 'The northern pier will stay closed until May.', type: 'direct' }] },
  });
});
