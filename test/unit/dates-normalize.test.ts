// Every expression kind of the dates issue, on our own fictional sentences, with TimeML extents and TIMEX3 values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';
import { analyze } from '../../server/src/analysis';

const opt = { publicationDate: '2000-07-20' }; // a Thursday

test('DATE: explicit dates with and without a year', () => {
  check('The harbor accord of 20 July 2000 replaced a pact signed on July 20 in Portmere.', {
    includes: { dates: [{ text: '20 July 2000', type: 'DATE', value: '2000-07-20' }, { text: 'July 20', type: 'DATE', value: '2000-07-20' }] },
  }, opt);
  check('The council last met on Wednesday, 19 July, 2000, in the old customs house.', {
    includes: { dates: [{ text: 'Wednesday, 19 July, 2000', type: 'DATE', value: '2000-07-19' }] },
  }, opt);
});

test('DATE: weekdays, yesterday, this weekend, last month, next year', () => {
  check('The mayor said Wednesday that ferries stopped yesterday. A fair opens this weekend. Tolls rose last month and will rise next year.', {
    includes: {
      dates: [
        { text: 'Wednesday', value: '2000-07-19' },
        { text: 'yesterday', value: '2000-07-19' },
        { text: 'this weekend', value: '2000-W29-WE' },
        { text: 'last month', value: '2000-06' },
        { text: 'next year', value: '2001' },
      ],
    },
  }, opt);
});

test('DATE: months, years, decades and centuries', () => {
  check('Dock fees doubled in February and again this month. The fleet was built in October 1986 and refitted in 1999.', {
    includes: { dates: [{ text: 'February', value: '2000-02' }, { text: 'this month', value: '2000-07' }, { text: 'October 1986', value: '1986-10' }, { text: '1999', value: '1999' }] },
  }, opt);
  check('Trade boomed in the 1990s and collapsed a decade ago, before the new century began.', {
    includes: { dates: [{ text: 'the 1990s', value: '199' }, { text: 'a decade ago', value: '1990' }, { text: 'the new century', value: '20' }] },
  }, opt);
});

test('DATE: a month without an anchor keeps an unknown year', () => {
  check('The pier closed in February.', { includes: { dates: [{ text: 'February', value: 'XXXX-02' }] } });
});

test('TIME: clock times and parts of days', () => {
  check('The vote closed at 11:45 GMT. Divers searched on Sunday night and resumed at 8 PM on Tuesday.', {
    includes: {
      dates: [
        { text: '11:45 GMT', type: 'TIME', value: '2000-07-20T11:45' },
        { text: 'Sunday night', type: 'TIME', value: '2000-07-16TNI' },
        { text: '8 PM', type: 'TIME', value: '2000-07-18T20:00' },
      ],
    },
  }, opt);
});

test('DURATION: hours, days, years and decades', () => {
  check('The two-day summit followed two hours of talks. The lease runs three years; the dispute lasted a decade.', {
    includes: {
      dates: [
        { text: 'two-day', type: 'DURATION', value: 'P2D' },
        { text: 'two hours', type: 'DURATION', value: 'PT2H' },
        { text: 'three years', type: 'DURATION', value: 'P3Y' },
        { text: 'a decade', type: 'DURATION', value: 'P10Y' },
      ],
    },
  }, opt);
});

test('SET: every year, annually', () => {
  check('The regatta is held every year and the fees are reviewed annually.', {
    includes: { dates: [{ text: 'every year', type: 'SET', value: 'P1Y' }, { text: 'annually', type: 'SET', value: 'P1Y' }] },
  }, opt);
});

test('PAST_REF, PRESENT_REF and FUTURE_REF', () => {
  check('Fishermen recently returned. Prices are now stable, but the future is unclear.', {
    includes: { dates: [{ text: 'recently', value: 'PAST_REF' }, { text: 'now', value: 'PRESENT_REF' }, { text: 'the future', value: 'FUTURE_REF' }] },
  }, opt);
});

test('Wednesday in the past and the future tense', () => {
  check('The minister said on Wednesday that talks had failed.', { includes: { dates: [{ text: 'Wednesday', value: '2000-07-19' }] } }, opt);
  check('The minister will fly to Lisk on Wednesday.', { includes: { dates: [{ text: 'Wednesday', value: '2000-07-26' }] } }, opt);
  // The same weekday as the publication date: that day itself in either tense (wire copy's "will … Thursday"
  // written on a Thursday means the same day; "next Thursday" is the one a week ahead).
  check('The envoy will head to Vellmark on Thursday.', { includes: { dates: [{ text: 'Thursday', value: '2000-07-20' }] } }, opt);
  check('The envoy will head to Vellmark next Thursday.', { includes: { dates: [{ text: 'next Thursday', value: '2000-07-27' }] } }, opt);
});

test('look-alikes are no dates', () => {
  check('A six-year-old boy, 52 years old now, may march with 2000 people. The party daily Harbor Voice said so.', {
    excludes: { dates: [{ text: 'six-year' }, { text: '52 years' }, { text: 'may' }, { text: 'march' }, { text: '2000' }] },
  }, opt);
});

test('explanations say how the value was reached', () => {
  const text = 'The ministry said on Wednesday that the harbor would reopen.';
  const m = analyze(text, opt);
  const d = m.dates.find((x) => text.slice(x.span[0], x.span[1]) === 'Wednesday');
  assert.ok(d);
  assert.match(d.explanation, /Wed 19 July 2000/);
  assert.match(d.explanation, /day before/);
  assert.equal(d.relative, true);
});
