// Exact content spans of reported speech (session 6): where a content starts and ends in PARC's terms, on our own
// fictional wire-style sentences.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('the person urged or asked to do something opens the "to" content', () => {
  check('The harbor union urged the city council to delay the vote on the new pier.', {
    includes: { attributions: [{ source: 'The harbor union', cue: 'urged', content: 'the city council to delay the vote on the new pier' }] },
  });
  check('Port officials asked Captain Ida Lind to move her ferry before the storm.', {
    includes: { attributions: [{ source: 'Port officials', cue: 'asked', content: 'Captain Ida Lind to move her ferry before the storm' }] },
  });
  // The listener of a reported clause stays out of it.
  check('The mayor told reporters the ferry would run again in May.', {
    includes: { attributions: [{ source: 'The mayor', cue: 'told', content: 'the ferry would run again in May' }] },
  });
});

test('"according to" after a whole clause: the clause is the content, not the rest of the sentence', () => {
  check('The ferry line carried 40,000 passengers last year, according to the port authority, but its losses have grown.', {
    includes: { attributions: [{ source: 'the port authority', cue: 'according to', content: 'The ferry line carried 40,000 passengers last year' }] },
  });
});

test('"according to" inside a clause: the content runs over it to the end of the sentence', () => {
  // A subject before it: the predicate comes after.
  check('The main reason for the delay, according to two council aides, was a dispute over the budget.', {
    includes: {
      attributions: [
        { source: 'two council aides', cue: 'according to', content: 'The main reason for the delay, according to two council aides, was a dispute over the budget' },
      ],
    },
  });
  // A subordinate clause before it: the main clause comes after.
  check('While most boats were repaired in time, according to the harbor master, two remain in dock.', {
    includes: {
      attributions: [
        { source: 'the harbor master', cue: 'according to', content: 'While most boats were repaired in time, according to the harbor master, two remain in dock' },
      ],
    },
  });
});

test('a discourse connective opening a statement that its cue trails stays outside the content', () => {
  check('However, the bridge will stay closed until spring, the transport minister said.', {
    includes: { attributions: [{ source: 'the transport minister', cue: 'said', content: 'the bridge will stay closed until spring' }] },
  });
  check('In fact, the new pier is perfectly safe, the harbor engineer said.', {
    includes: { attributions: [{ source: 'the harbor engineer', cue: 'said', content: 'the new pier is perfectly safe' }] },
  });
  check('As a result, ferry fares will rise in May, the operator said.', {
    includes: { attributions: [{ source: 'the operator', cue: 'said', content: 'ferry fares will rise in May' }] },
  });
  // A phrase of time or place is part of the statement.
  check('In March, the ferry carried 9,000 passengers, the operator said.', {
    includes: { attributions: [{ source: 'the operator', cue: 'said', content: 'In March, the ferry carried 9,000 passengers' }] },
  });
});

test('a relative pronoun that the source and cue follow opens the content ("which the mayor said …")', () => {
  check('Work began on Monday on the new pier, which the mayor said would cost four million dollars.', {
    includes: { attributions: [{ source: 'the mayor', cue: 'said', content: 'which the mayor said would cost four million dollars' }] },
  });
  // The object of a preposition ("for which he said …") is no content: it starts after the cue.
  check('The ferry plan, for which he said the city would pay, was approved.', {
    excludes: { attributions: [{ content: 'which he said the city would pay' }] },
  });
});

test('a second speech verb of the same subject after "and" ends the first content and opens its own', () => {
  check('The mayor criticized the ferry contract and even questioned the port budget.', {
    includes: {
      attributions: [
        { source: 'The mayor', cue: 'criticized', content: 'the ferry contract' },
        { source: 'The mayor', cue: 'questioned', content: 'the port budget' },
      ],
    },
  });
  check('The governor says the bridge is safe and says repairs will end in May.', {
    includes: {
      attributions: [
        { source: 'The governor', cue: 'says', content: 'the bridge is safe' },
        { source: 'The governor', cue: 'says', content: 'repairs will end in May' },
      ],
    },
  });
  // A verb that is no speech verb goes on with the reported clause.
  check('Lind said the pier was old and needed repairs.', {
    includes: { attributions: [{ source: 'Lind', cue: 'said', content: 'the pier was old and needed repairs' }] },
  });
});

test('an impersonal "it seems" is no subject of the impression: the content starts after the cue', () => {
  check('It seems the harbor plan will fail.', {
    includes: { attributions: [{ source: null, cue: 'seems', content: 'the harbor plan will fail' }] },
  });
  // (The confidence model leaves this short impression out by default; the span is the rule's.)
  check(
    'It seemed like no ferry would sail that week.',
    { includes: { attributions: [{ source: null, cue: 'seemed', content: 'no ferry would sail that week' }] } },
    { keepUncertain: true },
  );
  // A real subject stays in the content.
  check('The mayor seemed unmoved by the protest.', {
    includes: { attributions: [{ source: null, cue: 'seemed', content: 'The mayor seemed unmoved by the protest' }] },
  });
});

test('a dateline with a hyphen or an agency in parentheses stays outside a left content', () => {
  const text =
    'Ferry news of the week.\n\n' +
    'Port Ellen (Reuters) - The ferry service will end in May, according to two port officials.\n\n' +
    'KIRKWALL - The new pier is safe, the harbor engineer said.';
  check(text, {
    includes: {
      attributions: [
        { source: 'two port officials', cue: 'according to', content: 'The ferry service will end in May' },
        { source: 'the harbor engineer', cue: 'said', content: 'The new pier is safe' },
      ],
    },
  });
});

test('the subject of an impression or a passive runs back over "of"/"from"/"nor" to the start of its clause', () => {
  check('The blunt language from the mayor seemed to shock the council.', {
    includes: { attributions: [{ source: null, cue: 'seemed', content: 'The blunt language from the mayor seemed to shock the council' }] },
  });
  check('Neither the mayor nor her aides were charged with any crime.', {
    includes: { attributions: [{ source: null, cue: 'charged', content: 'Neither the mayor nor her aides were charged with any crime' }] },
  });
});

test('an impression or an expectation ends before a comment on it (", but …")', () => {
  check('The new ferry is expected to sail in May, but the pier may not be ready.', {
    includes: { attributions: [{ source: null, cue: 'is expected', content: 'The new ferry is expected to sail in May' }] },
  });
});

test('the listener of "told" ends at the subject of the reported clause', () => {
  check('Lind told CNN he was "totally against" the pier.', {
    includes: { attributions: [{ source: 'Lind', cue: 'told', content: 'he was "totally against" the pier' }] },
  });
  check('Lind told CNN he’s not planning an appeal.', {
    includes: { attributions: [{ source: 'Lind', cue: 'told', content: 'he’s not planning an appeal' }] },
  });
  // A listener with its determiner: the cue stays "told", the clause is the content.
  check('The mayor told the crowd she would fight the plan.', {
    includes: { attributions: [{ source: 'The mayor', cue: 'told', content: 'she would fight the plan' }] },
  });
});

test('an adverb between a trailing cue and the comma before its quotation belongs to the cue', () => {
  const text = 'Harbor news.\n\n“We certainly can’t afford to run it anymore,” Lind said, adding later, “The ferry is costing us a fortune.”';
  check(text, {
    includes: {
      attributions: [
        { source: 'Lind', cue: 'said', content: 'We certainly can’t afford to run it anymore,' },
        { source: 'Lind', cue: 'adding later', content: 'The ferry is costing us a fortune.' },
      ],
    },
    // (Not a content over the quotation before and its cue.)
    excludes: { attributions: [{ cue: 'adding' }] },
  });
});
