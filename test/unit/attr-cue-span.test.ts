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
