import { test } from 'node:test';
import { check } from '../helpers/check';

test('an unattributed prediction is flagged, an attributed one is not', () => {
  check('The ceasefire will likely collapse before winter.', { includes: { claims: [{ kind: 'unattributed' }] } });
  check('The ceasefire will likely collapse before winter, the general said.', { equals: { claims: [] } });
});

test('vague sourcing is flagged as vague', () => {
  check('The minister is reportedly planning to resign.', { includes: { claims: [{ kind: 'vague' }], findings: [{ rule: 'attribution.vague' }] } });
});

test('plain facts are not flagged', () => {
  check('The museum opened in 1911. It has three floors.', { equals: { claims: [] } });
});

test('figures are found with their kind', () => {
  check('The losses could exceed $40 million, she said, and 12 percent of homes lost power over 435 miles.', {
    includes: { figures: [{ text: '$40 million', kind: 'money' }, { text: '12 percent', kind: 'percent' }, { text: '435 miles', kind: 'distance' }] },
  });
});

test('an unbalanced quotation mark is reported', () => {
  check('He said: “we will stay.\n\nThe vote is on Friday.', { includes: { findings: [{ rule: 'quote.unbalanced' }] } });
});
