// Attribution patterns added in the fourth tuning session, on our own fictional wire-style sentences.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('a coordinated cue finds its subject after an introductory phrase', () => {
  check('By the end of the week, the port director was forced into a rare retreat and said that his figures had been wrong.', {
    includes: { attributions: [{ source: 'the port director', cue: 'said', content: 'that his figures had been wrong' }] },
    excludes: { attributions: [{ source: 'By the end of the week' }] },
  });
  // Without a comma the opening words are no introductory phrase to skip.
  check('The ferry captain toured the docks and said the crossing would resume.', {
    includes: { attributions: [{ source: 'The ferry captain', cue: 'said', content: 'the crossing would resume' }] },
  });
});

test('an adverb set off by commas stands between a source and its cue', () => {
  check('Backers of the toll, however, say it would pay for the new bridge.', {
    includes: { attributions: [{ source: 'Backers of the toll', cue: 'say', content: 'it would pay for the new bridge' }] },
  });
  check('The fishermen, meanwhile, said the quota was unfair to small boats.', {
    includes: { attributions: [{ source: 'The fishermen', cue: 'said', content: 'the quota was unfair to small boats' }] },
  });
  // A comma pair around a name is an appositive, not an adverb to skip.
  check('Her deputy, Ivo Brandt, said the audit would be published.', {
    includes: { attributions: [{ cue: 'said', content: 'the audit would be published' }] },
    excludes: { attributions: [{ source: 'Her deputy, Ivo' }] },
  });
});

test('a percentage is the source of a poll answer', () => {
  check('Among island residents, 61% say the ferry fares are too high.', {
    includes: { attributions: [{ source: '61%', cue: 'say', content: 'the ferry fares are too high' }] },
  });
  check('About 40% said they would vote for the levy.', {
    includes: { attributions: [{ source: 'About 40%', cue: 'said', content: 'they would vote for the levy' }] },
  });
  // A percentage that is the object of another verb is no source.
  check('Fares rose 12% this year.', { equals: { attributions: [] } });
});
