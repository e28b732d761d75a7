import { test } from 'node:test';
import { check } from '../helpers/check';

const opt = { publicationDate: '2000-07-20' }; // a Thursday

test('explicit dates', () => {
  check('The treaty was signed on 20 July 2000 and ratified in October 1986.', {
    includes: { dates: [{ text: '20 July 2000', value: '2000-07-20', type: 'DATE' }, { text: 'October 1986', value: '1986-10' }] },
  }, opt);
});

test('weekdays resolve by tense against the publication date', () => {
  check('The ministry said on Wednesday that the talks had failed.', { includes: { dates: [{ text: 'Wednesday', value: '2000-07-19' }] } }, opt);
  check('The envoy will fly to Oslo on Monday.', { includes: { dates: [{ text: 'Monday', value: '2000-07-24' }] } }, opt);
});

test('yesterday, last month, next year, a decade ago', () => {
  check('Prices rose yesterday. They fell last month and may rise next year, as they did a decade ago.', {
    includes: {
      dates: [
        { text: 'yesterday', value: '2000-07-19' },
        { text: 'last month', value: '2000-06' },
        { text: 'next year', value: '2001' },
        { text: 'a decade ago', value: '1990' },
      ],
    },
  }, opt);
});

test('durations and sets', () => {
  check('The strike lasted two hours. Inspections happen every year.', {
    includes: { dates: [{ text: 'two hours', type: 'DURATION', value: 'PT2H' }, { text: 'every year', type: 'SET', value: 'P1Y' }] },
  }, opt);
});

test('publication date from a dateline with a year in the text', () => {
  check('OSLO, July 20 (AFP) - The 2000 budget was approved on Wednesday.', {
    equals: { publication: '2000-07-20' },
    includes: { dates: [{ text: 'Wednesday', value: '2000-07-19' }] },
  });
});

test('no publication date: relative dates are flagged as unanchored', () => {
  check('The council met on Tuesday.', { includes: { findings: [{ rule: 'date.unanchored', text: 'Tuesday' }] } });
});
