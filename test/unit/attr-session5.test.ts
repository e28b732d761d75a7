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

test('after a quotation that opens the sentence, the quotation is the content, not the words after the cue', () => {
  check('"The tide tables were wrong all week," harbor pilot Ana Ruiz, wearing a yellow slicker, said matter-of-factly as the fog rolled in.', {
    includes: { attributions: [{ cue: 'said', content: 'The tide tables were wrong all week,', type: 'direct' }] },
    excludes: { attributions: [{ content: 'matter-of-factly as the fog rolled in' }] },
  });
});

test('a short introductory phrase before the source is not the content', () => {
  check('More recently, Ruiz pledged to rebuild the pier before the summer season.', {
    includes: { attributions: [{ source: 'Ruiz', cue: 'pledged', content: 'to rebuild the pier before the summer season' }] },
    excludes: { attributions: [{ content: 'More recently' }] },
  });
});

test('a lone name is the content of a stance verb', () => {
  check('Councilor Ivo Brandt praised Ruiz.', {
    includes: { attributions: [{ source: 'Councilor Ivo Brandt', cue: 'praised', content: 'Ruiz' }] },
  });
});

test('a weak participle after a quotation shares its source', () => {
  check('"The count was fair," Ruiz said, referencing the recount in the harbor district.', {
    includes: { attributions: [{ source: 'Ruiz', cue: 'referencing', content: 'the recount in the harbor district' }] },
  });
});

test('the cue model reads the subject before the auxiliaries ("The union is also encouraging …")', () => {
  check('The union is also encouraging its members to skip the vote.', {
    includes: { attributions: [{ source: 'The union', cue: 'encouraging', content: 'its members to skip the vote' }] },
  });
});

test('a weaker cue with a plain source and a clause that opens plainly is kept', () => {
  check('The harbor master hoped it would reopen by spring.', {
    includes: { attributions: [{ source: 'The harbor master', cue: 'hoped', content: 'it would reopen by spring' }] },
  });
});

test('a confident cue with no source in reach still reports its clause', () => {
  // (The confidence model leaves a sourceless participle out by default; the relation is the rule's.)
  check(
    'If elected, vowing to rebuild the pier within a year.',
    { includes: { attributions: [{ source: null, cue: 'vowing', content: 'to rebuild the pier within a year' }] } },
    { keepUncertain: true },
  );
  // An opening time word is no source.
  check('Later, promising that the ferry would run all winter.', {
    excludes: { attributions: [{ source: 'Later' }] },
  });
});
