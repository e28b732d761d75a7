// The publication date when none is given: dateline, source list, page header, front matter, and the year found
// from the text's own years and weekdays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';
import { analyze } from '../../server/src/analysis';

test('a dateline without a year: the weekday in the text picks the year', () => {
  // 14 March is a Wednesday in 2001 and a Thursday in 2002; the text says "said Wednesday".
  const text = 'PORT ELLIS, March 14 Kyodo - The harbor authority said Wednesday that the 2002 budget is settled.\n';
  const m = analyze(text);
  assert.equal(m.publication.date, '2001-03-14');
  assert.equal(m.publication.source, 'dateline');
  assert.match(m.publication.explanation, /Wednesday/);
  const wed = m.dates.find((d) => text.slice(d.span[0], d.span[1]) === 'Wednesday');
  assert.equal(wed?.value, '2001-03-14');
  assert.match(wed?.explanation ?? '', /dateline/);
});

test('a dateline without a year and a weekday the day before', () => {
  // 20 July is a Thursday in 2000; "said Wednesday" is the day before.
  check('LISK, July 20 Kyodo - Officials said Wednesday that the 2000 harvest was poor. They will meet again on Monday.\n', {
    equals: { publication: '2000-07-20' },
    includes: { dates: [{ text: 'Wednesday', value: '2000-07-19' }, { text: 'Monday', value: '2000-07-24' }] },
  });
});

test('a source list date anchors the article', () => {
  check('Ferry traffic in the strait resumed on Tuesday after the storm of 1999 had passed, officials said. (AFP, Reuters, July 20, 2000)\n', {
    equals: { publication: '2000-07-20' },
    includes: { dates: [{ text: 'Tuesday', value: '2000-07-18' }] },
  });
});

test('an article whose only date is a page header', () => {
  check('Harbor Gazette\nThursday, July 20, 2000\n\nThe port board met yesterday and voted to raise fees next month.\n', {
    equals: { publication: '2000-07-20' },
    includes: { dates: [{ text: 'yesterday', value: '2000-07-19' }, { text: 'next month', value: '2000-08' }] },
  });
});

test('front matter date', () => {
  check('---\ntitle: Dock strike\ndate: 2000-07-20\n---\nDockers walked out on Monday.\n', {
    equals: { publication: '2000-07-20' },
    includes: { dates: [{ text: 'Monday', value: '2000-07-17' }] },
  });
});

test('a given publication date with a time of day is read as its date', () => {
  check('The board met yesterday.', { equals: { publication: '2000-07-20' }, includes: { dates: [{ text: 'yesterday', value: '2000-07-19' }] } }, { publicationDate: '2000-07-20T13:37:00' });
});
