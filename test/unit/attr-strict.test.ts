// Exact content boundaries (the strict score): what belongs to the content and what does not, on fictional wire copy.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('after an inverted source, its appositive is not content', () => {
  const text =
    'The harbour expansion will cost far more than the council admits, said Mara Voss, a planner at the Tidewater Institute who has studied the project for years.';
  check(text, {
    includes: { attributions: [{ cue: 'said', content: 'The harbour expansion will cost far more than the council admits' }] },
  });
});

test('an inverted cue in mid-clause still joins the two halves of its content', () => {
  const text = 'The new levy, said Mara Voss, was drafted in haste and will be challenged in court.';
  check(text, {
    includes: { attributions: [{ cue: 'said', content: 'The new levy, said Mara Voss, was drafted in haste and will be challenged in court' }] },
  });
});
