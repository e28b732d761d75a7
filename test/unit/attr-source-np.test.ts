// Sources as whole noun phrases, and trailing adverbials, found by error analysis (session 3); our own sentences.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('a head before "of the …" belongs to the source: "Mr. Harlan of the River Trust said"', () => {
  check('"It was the least bad outcome," Mr. Harlan of the River Trust said. Critics remain.', {
    includes: { attributions: [{ source: 'Mr. Harlan of the River Trust', cue: 'said', content: 'It was the least bad outcome,' }] },
  });
  check('The head of the port authority said the pier would reopen.', {
    includes: { attributions: [{ source: 'The head of the port authority', cue: 'said', content: 'the pier would reopen' }] },
  });
});

test('"one county official said" keeps its numeral', () => {
  check('The cleanup has been meeting standards, one county official said.', {
    includes: { attributions: [{ source: 'one county official', cue: 'said', content: 'The cleanup has been meeting standards' }] },
  });
});

test('a title\'s modifier opens the source: "former Air Force general …"', () => {
  check('"The base is safe," former Air Force general Lloyd Newton said.', {
    includes: { attributions: [{ source: 'former Air Force general Lloyd Newton', cue: 'said', content: 'The base is safe,' }] },
  });
});

test('a time phrase after a trailing cue is no content', () => {
  check('"It never crossed my mind that I was losing it," she said several months after her release.', {
    includes: { attributions: [{ source: 'she', cue: 'said', content: 'It never crossed my mind that I was losing it,' }] },
    excludes: { attributions: [{ content: 'several months after her release' }] },
  });
  check('The levy is an insult to farmers, county lawmakers said Friday afternoon, as they left the hall.', {
    includes: { attributions: [{ source: 'county lawmakers', cue: 'said', content: 'The levy is an insult to farmers' }] },
    excludes: { attributions: [{ content: 'Friday afternoon, as they left the hall' }] },
  });
});

test('a noun phrase after the cue with its own verb is the content; the name before "…, who …," is the source', () => {
  check('Mara Velt, 59, of Arden, Ore., who watched the vote on a screen, said the event brought back memories of her father.', {
    includes: { attributions: [{ source: 'Mara Velt', cue: 'said', content: 'the event brought back memories of her father' }] },
    excludes: { attributions: [{ source: 'the event brought back memories of her father' }] },
  });
  // An inverted source stays a source.
  check('The pier will reopen in May, said harbor master Ida Brenn.', {
    includes: { attributions: [{ source: 'harbor master Ida Brenn', cue: 'said', content: 'The pier will reopen in May' }] },
  });
});
