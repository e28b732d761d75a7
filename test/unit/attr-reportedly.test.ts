// "X is reportedly …": a vague attribution with no speaker whose content holds the subject (PARC draws it so).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { check } from '../helpers/check';

test('"reportedly" after a subject: no source, the subject opens the content, the attribution is vague', () => {
  const text = 'The harbor board is reportedly planning a second toll increase next year.';
  check(text, {
    includes: { attributions: [{ cue: 'reportedly', content: 'The harbor board is reportedly planning a second toll increase next year' }] },
  });
  const a = analyze(text).attributions.find((x) => x.cue && text.slice(x.cue[0], x.cue[1]) === 'reportedly');
  assert.ok(a, 'an attribution cued by "reportedly"');
  assert.equal(a.source, null);
  assert.equal(a.vague, true);
});
