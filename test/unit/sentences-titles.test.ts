import { test } from 'node:test';
import { check } from '../helpers/check';

test('plural titles and "v." in a case name do not end sentences', () => {
  check('Sens. Ada Brandt and Piet Olin cited Harlow v. Maren County in the debate. The vote is Friday.', {
    equals: { sentences: ['Sens. Ada Brandt and Piet Olin cited Harlow v. Maren County in the debate.', 'The vote is Friday.'] },
  });
});

test('a title after a hyphen ("then-Gov.", "ex-Sen.") does not end a sentence', () => {
  check('The plan was signed by then-Gov. Lina Roos in 2009. It lapsed. Ex-Sen. Tomas Vik called it a failure.', {
    equals: { sentences: ['The plan was signed by then-Gov. Lina Roos in 2009.', 'It lapsed.', 'Ex-Sen. Tomas Vik called it a failure.'] },
  });
});

test('a hyphenated word that is no title still ends a sentence', () => {
  check('The talks ended in a stand-off. Delegates left.', {
    equals: { sentences: ['The talks ended in a stand-off.', 'Delegates left.'] },
  });
});
