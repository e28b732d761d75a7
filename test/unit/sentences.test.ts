import { test } from 'node:test';
import { check } from '../helpers/check';

test('abbreviations do not end sentences', () => {
  check('Mr. Dorn met Gen. Ivo Salas on Jan. 5 in the U.S. capital. They spoke for an hour.', {
    equals: { sentences: ['Mr. Dorn met Gen. Ivo Salas on Jan. 5 in the U.S. capital.', 'They spoke for an hour.'] },
  });
});

test('initials, decimals and closing quotes', () => {
  check('John F. Ostrow paid 3.5 million. "It was fair," he said. Then he left!', {
    equals: { sentences: ['John F. Ostrow paid 3.5 million.', '"It was fair," he said.', 'Then he left!'] },
  });
});

test('hard-wrapped lines are joined, short lines are sentences of their own', () => {
  const text = 'The committee voted on Tuesday to send the proposal back to the finance\nministry for another review of its costs.';
  check(text, { equals: { sentences: [text] } });
});

test('an inline dateline is not part of the first sentence', () => {
  check('MOSCOW (Reuters) - Wheat prices fell. Traders were calm.', {
    equals: { sentences: ['Wheat prices fell.', 'Traders were calm.'] },
  });
});
