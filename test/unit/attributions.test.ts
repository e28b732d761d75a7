import { test } from 'node:test';
import { check } from '../helpers/check';

test('indirect speech: X said (that) …', () => {
  check('Finance Minister Lars Vik said the budget would be balanced by 2027.', {
    includes: {
      attributions: [{ source: 'Finance Minister Lars Vik', cue: 'said', content: 'the budget would be balanced by 2027', type: 'indirect', speaker: 'Lars Vik' }],
    },
  });
});

test('direct quote with the cue after it, and the same speaker by short name', () => {
  const text = 'Mayor Clara Hoff opened the bridge on Monday.\n\n"This bridge joins two towns that needed each other," Hoff said.';
  check(text, {
    includes: { attributions: [{ source: 'Hoff', cue: 'said', content: 'This bridge joins two towns that needed each other,', type: 'direct', speaker: 'Clara Hoff' }] },
  });
});

test('according to X, …', () => {
  check('According to the ministry, 40 ships were stopped last month.', {
    includes: { attributions: [{ source: 'the ministry', cue: 'According to', content: '40 ships were stopped last month', type: 'indirect' }] },
  });
});

test('content before the cue: …, officials said.', () => {
  check('The road will stay closed until Friday, officials said.', {
    includes: { attributions: [{ source: 'officials', cue: 'said', content: 'The road will stay closed until Friday', vague: true }] },
  });
});

test('mixed quote: reported speech with a quoted fragment', () => {
  check('Ostrova said the inspections were "a deliberate provocation" by the navy.', {
    includes: { attributions: [{ source: 'Ostrova', type: 'mixed' }] },
  });
});

test('wire-style doubled single quotes', () => {
  check("''We will not give up the harbor,'' Admiral Tove Berg said.", {
    includes: { attributions: [{ source: 'Admiral Tove Berg', type: 'direct', content: 'We will not give up the harbor,' }] },
  });
});

test('a pronoun resolves to the last named speaker', () => {
  const text = 'Senator Ruth Okoye said the vote was rushed. She said she would appeal.';
  check(text, { includes: { attributions: [{ source: 'She', speaker: 'Ruth Okoye' }] } });
});

test('a bare cue word with no clause is not an attribution', () => {
  check('The committee said nothing.', { equals: { attributions: [] } });
});

test('a day right after the cue is not part of the content', () => {
  check('Fisheries Minister Tomas Brandt said Wednesday his government would not accept the quota.', {
    includes: { attributions: [{ cue: 'said', content: 'his government would not accept the quota' }] },
  });
  check('The envoy said on Friday the talks had stalled.', { includes: { attributions: [{ content: 'the talks had stalled' }] } });
});
