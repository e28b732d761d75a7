// The date scan's word tables and cheap gates, and normalize()'s skipping of the patterns a surface cannot match
// (digits, spaces, hyphens, one-word kinds): every form must still be found and valued as before.
import { test } from 'node:test';
import { check } from '../helpers/check';

const opts = { publicationDate: '2031-05-14' }; // a Wednesday

test('each kind of expression start (weekday, month, digit, apostrophe, modifier, number word, holiday, season) is still found', () => {
  const text =
    'The ferry council of Varrow met on Tuesday, 6 May, 2031 and again on June 3. Its report, dated 2031-04-30, came out in ' +
    'October 2030 and was read in nineteen ninety-nine style. The vote closed at 8 p.m. Monday. Early Friday morning the harbour ' +
    'froze. It will reopen tomorrow night. Later that day the mayor left; the next morning she returned. The fiscal second quarter ' +
    'of 2030 was weak, and the year-ago period worse. Last month was calm; next week will not be. Nearly four years ago the bridge ' +
    'fell. A minute and a half passed. For the past two months the canal has stayed shut, a three-week delay. Recent weeks were ' +
    'quiet. Every Monday the market opens, and the levy is paid annually. In the 1990s and the ’80s the town grew; the 21st ' +
    'century brought the new millennium. On Christmas Eve and Election Day the square fills. Last summer was dry. Now the council ' +
    'meets daily, currently in the old hall, and it will decide soon. In March, and in mid-2029, prices rose. For years the toll ' +
    'stood still. Over the weekend the lights failed.';
  check(
    text,
    {
      includes: {
        dates: [
          { text: 'Tuesday, 6 May, 2031', type: 'DATE', value: '2031-05-06' },
          { text: 'June 3', value: '2031-06-03' },
          { text: '2031-04-30', value: '2031-04-30' },
          { text: 'October 2030', value: '2030-10' },
          { text: 'nineteen ninety-nine', value: '1999' },
          { text: '8 p.m. Monday', type: 'TIME', value: '2031-05-12T20:00' },
          { text: 'Early Friday morning', type: 'TIME', value: '2031-05-09TMO' },
          { text: 'tomorrow night', value: '2031-05-15TNI' },
          { text: 'Later that day', value: '2031-04-30' },
          { text: 'the next morning', value: '2031-05-01TMO' },
          { text: 'The fiscal second quarter of 2030', value: '2030-Q2' },
          { text: 'the year-ago period', value: '2029-Q2' },
          { text: 'Last month', value: '2031-04' },
          { text: 'next week', value: '2031-W21' },
          { text: 'Nearly four years ago', value: '2027' },
          { text: 'A minute and a half', type: 'DURATION', value: 'PT1M30S' },
          { text: 'the past two months', type: 'DURATION', value: 'P2M' },
          { text: 'three-week', value: 'P3W' },
          { text: 'Recent weeks', value: 'PXW' },
          { text: 'Every Monday', type: 'SET', value: 'XXXX-WXX-1' },
          { text: 'annually', type: 'SET', value: 'P1Y' },
          { text: 'the 1990s', value: '199' },
          { text: 'the ’80s', value: '198' },
          { text: 'the 21st century', value: '20' },
          { text: 'Christmas Eve', value: '2030-12-24' },
          { text: 'Election Day', value: '2031-11-04' },
          { text: 'Last summer', value: '2030-SU' },
          { text: 'Now', value: 'PRESENT_REF' },
          { text: 'daily', type: 'SET', value: 'P1D' },
          { text: 'currently', value: 'PRESENT_REF' },
          { text: 'soon', value: 'FUTURE_REF' },
          { text: 'March', value: '2031-03' },
          { text: 'mid-2029', value: '2029' },
          { text: 'years', type: 'DURATION', value: 'PXY' },
          { text: 'the weekend', value: '2031-W19-WE' },
        ],
      },
    },
    opts,
  );
});

test('one-word expressions get the value of their own kind, whatever their capitals', () => {
  check(
    'TONIGHT the choir sings. Tomorrow it rests. Thanksgiving comes in autumn. Nowadays the hall is full; recently it was ' +
      'empty. It opens at noon on Sunday and closes at midnight. The fee is paid monthly, the rent quarterly.',
    {
      includes: {
        dates: [
          { text: 'TONIGHT', type: 'TIME', value: '2031-05-14TNI' },
          { text: 'Tomorrow', type: 'DATE', value: '2031-05-15' },
          { text: 'Thanksgiving', type: 'DATE' },
          { text: 'autumn', type: 'DATE' },
          { text: 'Nowadays', value: 'PRESENT_REF' },
          { text: 'recently', value: 'PAST_REF' },
          { text: 'noon', type: 'TIME' },
          { text: 'Sunday', type: 'DATE' },
          { text: 'midnight', type: 'TIME' },
          { text: 'monthly', type: 'SET', value: 'P1M' },
          { text: 'quarterly', type: 'SET', value: 'P1Q' },
        ],
      },
    },
    opts,
  );
});

test('words that start expressions elsewhere are no date on their own', () => {
  const v = check('The first one of them may march on, and more than that, the second will follow the rest.', {}, opts);
  if (v.dates.length) throw new Error(`expected no dates, found ${JSON.stringify(v.dates)}`);
});

test('a deadline preposition (till, until, by) points forward even in a past-tense sentence; other weekdays keep the past', () => {
  check(
    'The council postponed the vote till Friday. The board delayed its reply until Monday. The mayor wanted an answer by ' +
      'Thursday. The clerk said the hall closed Friday.',
    {
      equals: {
        dates: [
          { text: 'Friday', type: 'DATE', value: '2031-05-16' },
          { text: 'Monday', type: 'DATE', value: '2031-05-19' },
          { text: 'Thursday', type: 'DATE', value: '2031-05-15' },
          { text: 'Friday', type: 'DATE', value: '2031-05-09' },
        ],
      },
    },
    opts,
  );
});
