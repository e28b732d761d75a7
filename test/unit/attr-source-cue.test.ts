import { test } from 'node:test';
import { check } from '../helpers/check';

test('a quotation after "…,” X said, citing …" continues the said quotation, not the participle', () => {
  const text =
    'The ferry line reopened on Tuesday.\n\n"The crossing is safe again," harbor chief Mira Olsen said, citing new radar at the pier. "We tested it for a month."';
  check(text, {
    includes: {
      attributions: [
        { source: 'harbor chief Mira Olsen', cue: 'said', content: 'The crossing is safe again, … We tested it for a month.', type: 'direct' },
        { cue: 'citing', content: 'new radar at the pier' },
      ],
    },
    excludes: { attributions: [{ cue: 'citing', content: 'We tested it for a month.' }] },
  });
});
