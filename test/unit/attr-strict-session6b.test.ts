// Exact content spans of reported speech (session 6b): where a content starts and ends in PARC's terms, on our own
// fictional wire-style sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { check } from '../helpers/check';

test('two cues over one content make one attribution, with the source and the cue of the word that reports it', () => {
  const text = 'The mayor has since said that the ferry would resume service in May. Lee paused, then revealed why the pier had closed.';
  check(text, {
    includes: {
      attributions: [
        { source: 'The mayor', cue: 'since said', content: 'that the ferry would resume service in May' },
        { source: 'Lee', cue: 'revealed', content: 'why the pier had closed' },
      ],
    },
  });
  const m = analyze(text);
  const keys = m.attributions.map((a) => a.content.map((c) => text.slice(c[0], c[1])).join(' … '));
  assert.equal(new Set(keys).size, keys.length, `one attribution per content: ${keys.join(' | ')}`);
});

test('a trailing cue followed by a day and a place, then a participle: the statement before it is the content', () => {
  check('The ferry fees are unfair, Lee said Tuesday in Port Ellen, noting the rise in fuel costs.', {
    includes: { attributions: [{ source: 'Lee', cue: 'said', content: 'The ferry fees are unfair' }] },
    excludes: { attributions: [{ content: 'Tuesday in Port Ellen' }] },
  });
});

test('a name between a quotation and a long appositive opens the source; the quotation alone is the content', () => {
  check('“The toll is a tax on islanders, plain and simple,” Ana Ruiz, the head of a ferry riders union, one of the groups suing the council, said on Monday.', {
    includes: {
      attributions: [
        { source: 'Ana Ruiz, the head of a ferry riders union, one of the groups suing the council', cue: 'said', content: 'The toll is a tax on islanders, plain and simple,' },
      ],
    },
  });
});

test('a quotation closed after a comma and followed by its own trailing cue ends the reported clause before it', () => {
  check('Lee said she backed the toll because “the old ferry cannot carry the trucks,” she said. “We need a bigger boat.”', {
    includes: { attributions: [{ source: 'Lee', cue: 'said', content: 'she backed the toll because “the old ferry cannot carry the trucks,”' }] },
  });
});

test('the subject of a passive "expected to" belongs to its content, after an introductory clause', () => {
  check('In the end, the losing side in the vote could be expected to take the case to court.', {
    includes: { attributions: [{ source: null, cue: 'expected', content: 'the losing side in the vote could be expected to take the case to court' }] },
  });
  check('If the council approves the plan, the owners of the old pier are expected to sue the town.', {
    includes: { attributions: [{ source: null, cue: 'are expected', content: 'the owners of the old pier are expected to sue the town' }] },
  });
});

test('"Still,", "Even so,", "As it stands,", "As for X,", "X aside," opening a statement that its cue trails stay outside it', () => {
  check('Details aside, the new pier is safe for the ferries, the harbor engineer said.', {
    includes: { attributions: [{ source: 'the harbor engineer', cue: 'said', content: 'the new pier is safe for the ferries' }] },
  });
  check('As for the cost, the toll will cover it within ten years, the mayor said.', {
    includes: { attributions: [{ source: 'the mayor', cue: 'said', content: 'the toll will cover it within ten years' }] },
  });
  check('Still, the ferry carried more cars than ever last year, according to the port authority.', {
    includes: { attributions: [{ source: 'the port authority', cue: 'according to', content: 'the ferry carried more cars than ever last year' }] },
  });
  // A word that opens the statement itself stays in it.
  check('Still waters hide strong currents near the pier, the harbor pilot said.', {
    includes: { attributions: [{ source: 'the harbor pilot', cue: 'said', content: 'Still waters hide strong currents near the pier' }] },
  });
});

test('"known as" after its noun phrase: no speaker, the noun phrase belongs to the content', () => {
  check('The council backed the fees known as harbor dues.', {
    includes: { attributions: [{ source: null, cue: 'known as', content: 'the fees known as harbor dues' }] },
  });
});

test('an adverb before a passive raising cue: the subject still belongs to the content', () => {
  check('The ferry plan is widely expected to pass next week.', {
    includes: { attributions: [{ source: null, content: 'The ferry plan is widely expected to pass next week' }] },
  });
});

test('a byline or a date after "reported" is no content; "That said," and "All told," are no cues', () => {
  check('The vote was close, the mayor said.\n\nAna Lee reported from Port Ellen.', {
    excludes: { attributions: [{ cue: 'reported' }] },
  });
  check('That said, the ferry will keep its old timetable until May.', {
    excludes: { attributions: [{ cue: 'said' }] },
  });
  check('All told, the three ferries carried 9,000 cars in March.', {
    excludes: { attributions: [{ cue: 'told' }] },
  });
  // A report with a content of its own is kept.
  check('The harbor trust reported a loss of $2 million last year.', {
    includes: { attributions: [{ source: 'The harbor trust', cue: 'reported' }] },
  });
});

test('a trailing cue followed by a time or place phrase keeps the statement before it as its content', () => {
  check('Ferry fees will rise in May, the mayor said this week.', {
    includes: { attributions: [{ source: 'the mayor', cue: 'said', content: 'Ferry fees will rise in May' }] },
  });
  check('The pier is safe, Lee said outside the town hall.', {
    includes: { attributions: [{ source: 'Lee', cue: 'said', content: 'The pier is safe' }] },
  });
  check('The fees are fair, the mayor said two days after the vote.', {
    includes: { attributions: [{ source: 'the mayor', cue: 'said', content: 'The fees are fair' }] },
  });
});
