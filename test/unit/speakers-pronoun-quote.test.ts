// A pronoun's speaker is never a capitalized word of what that pronoun's speaker says ("We", "Go", "Politics" at the
// head of a quotation): with nobody named before, the statement stays without a speaker (and speaker.unresolved
// says so); with somebody named before, the pronoun goes to them.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('a quotation’s first word is no antecedent of its speaker’s pronoun', () => {
  check('"We will rebuild the pier by spring," he said.', {
    includes: { attributions: [{ source: 'he', speaker: null }], findings: [{ rule: 'speaker.unresolved', text: 'he' }] },
    excludes: { speakers: [{ name: 'We' }] },
  });
  check('"Politics is a slow trade," she said on Tuesday.', {
    includes: { attributions: [{ source: 'she', speaker: null }] },
    excludes: { speakers: [{ name: 'Politics' }] },
  });
});

test('a person named before the quotation is still the pronoun’s speaker', () => {
  check('Harbor director Mara Quell toured the flooded quay. "We will rebuild the pier by spring," she said.', {
    includes: { attributions: [{ source: 'she', speaker: 'Mara Quell' }] },
    excludes: { speakers: [{ name: 'We' }] },
  });
});

test('the nearest name before the quotation, with no statement before it, is the pronoun’s speaker', () => {
  check('Ferry captain Tomas Brandt walked off the boat at noon. "Nobody asked me," he said.', {
    includes: { attributions: [{ source: 'he', speaker: 'Tomas Brandt' }] },
    excludes: { speakers: [{ name: 'Nobody' }] },
  });
});

test('speaker.unresolved: a quotation’s first word does not count as somebody named before', () => {
  check('"Go," she said.', { includes: { findings: [{ rule: 'speaker.unresolved', text: 'she' }] } });
  check('“Nobody warned us,” he said on Monday.', { includes: { findings: [{ rule: 'speaker.unresolved', text: 'he' }] } });
  // A name outside the quotation still does.
  check('Councillor Ivo Penn left. "Go," she said.', { excludes: { findings: [{ rule: 'speaker.unresolved' }] } });
});
