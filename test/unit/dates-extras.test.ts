// TimeML conventions beyond the list: fiscal quarters, holidays, anaphoric days, look-alike filters, clock
// times anchored on their sentence's day.
import { test } from 'node:test';
import { check } from '../helpers/check';

const opt = { publicationDate: '2000-11-02' }; // a Thursday

test('quarters: named, "the quarter" and "a year earlier"', () => {
  check('Marrow Shipping said third-quarter profit rose. In the quarter, sales grew 4% from a year earlier.', {
    includes: {
      dates: [
        { text: 'third-quarter', value: '2000-Q3' },
        { text: 'the quarter', value: '2000-Q3' },
        { text: 'a year earlier', value: '1999-Q3' },
      ],
    },
  }, opt);
});

test('holidays resolve to the nearest one in the tense of the sentence', () => {
  check('The ferry sank on Christmas Day. The board will meet again after Thanksgiving.', {
    includes: { dates: [{ text: 'Christmas Day', value: '1999-12-25' }, { text: 'Thanksgiving', value: '2000-11-23' }] },
  }, opt);
});

test('anaphoric days and years take the day the text last named', () => {
  check('The pier collapsed on Oct. 12, 1998. Later that year, divers found the hull; the next morning the inquiry began.', {
    includes: {
      dates: [
        { text: 'Oct. 12, 1998', value: '1998-10-12' },
        { text: 'Later that year', value: '1998' },
        { text: 'the next morning', value: '1998-10-13TMO' },
      ],
    },
  }, opt);
});

test('a clock time takes the day its sentence names', () => {
  check('The blast struck on Oct. 23 at 10 p.m. in the harbor.', {
    includes: { dates: [{ text: '10 p.m.', type: 'TIME', value: '2000-10-23T22:00' }] },
  }, opt);
});

test('durations with modifiers keep TimeML extents', () => {
  check('Trade fell in the past two months after nearly four years of growth and two consecutive quarters of losses.', {
    includes: {
      dates: [
        { text: 'the past two months', type: 'DURATION', value: 'P2M' },
        { text: 'nearly four years', type: 'DURATION', value: 'P4Y' },
        { text: 'two consecutive quarters', type: 'DURATION', value: 'P2Q' },
      ],
    },
  }, opt);
});

test('look-alikes: names, ages, titles, verbs', () => {
  check('Foreign Minister Jan Kovar, in his 40s, watched High Noon as shares fall. This may end.', {
    excludes: { dates: [{ text: 'Jan' }, { text: '40s' }, { text: 'Noon' }, { text: 'fall' }, { text: 'This may' }] },
  }, opt);
});
