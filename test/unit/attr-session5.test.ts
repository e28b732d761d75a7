// Attribution patterns added in the fifth tuning session (recall of lenient contents), on our own fictional
// wire-style sentences.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('a cue with no source next to it takes the subject that opens its clause', () => {
  // "and then said": the coordinated cue after its adverb speaks for the clause's subject.
  check('The harbor pilot rubbed his eyes, and then said the channel markers had drifted overnight.', {
    includes: { attributions: [{ source: 'The harbor pilot', cue: 'said', content: 'the channel markers had drifted overnight' }] },
  });
  // A lone quantifier opening the sentence is the source.
  check('Some chanted slogans about the new toll bridge outside the council chamber.', {
    includes: { attributions: [{ source: 'Some', cue: 'chanted', content: 'slogans about the new toll bridge outside the council chamber' }] },
  });
});
