// A clause followed by ", according to X": the clause is the one content of "according to"; a non-speech cue inside
// it ("plans", "has decided") reports no content of its own, a speech verb keeps its nested relation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { check } from '../helpers/check';

const cues = (text: string) => analyze(text).attributions.map((a) => (a.cue ? text.slice(a.cue[0], a.cue[1]) : ''));

test('"X plans to …, according to Y": one attribution, the whole clause its content', () => {
  const text = 'Mayor Ines Rahl plans to visit the flooded port on Sunday, according to an aide.';
  check(text, {
    includes: { attributions: [{ source: 'an aide', cue: 'according to', content: 'Mayor Ines Rahl plans to visit the flooded port on Sunday' }] },
  });
  assert.deepEqual(cues(text), ['according to']);
});

test('"X said …, according to Y": the speech verb keeps its own, nested relation', () => {
  const text = 'Lee said the ferry fares would rise in June, according to two people at the meeting.';
  check(text, {
    includes: {
      attributions: [
        { cue: 'according to', content: 'Lee said the ferry fares would rise in June' },
        { source: 'Lee', cue: 'said', content: 'the ferry fares would rise in June' },
      ],
    },
  });
});
