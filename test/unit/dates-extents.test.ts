// More dates fixes found by error analysis (session 3), each on our own fictional sentences, with negative cases.
import { test } from 'node:test';
import { check } from '../helpers/check';

const opt = { publicationDate: '2000-07-20' }; // a Thursday

test('"decades-long" and "day-long" are durations; "decade" is no lower-case "Dec"', () => {
  check("The guild's decades-long feud with the ferry line ended after their third day-long meeting.", {
    includes: { dates: [{ text: 'decades-long', type: 'DURATION', value: 'PXY' }, { text: 'day-long', type: 'DURATION', value: 'P1D' }] },
  }, opt);
  check('Dockers have argued for decades about the pier.', { includes: { dates: [{ text: 'decades', value: 'PXY' }] } }, opt);
  // Ages stay out.
  check('A 44-year-old welder and a day-old calf were rescued.', { excludes: { dates: [{ type: 'DURATION' }] } }, opt);
});

test('a second day after "and" shares the month: "on April 24 and 25"', () => {
  check('The growers will meet in Arden on April 24 and 25 to set prices.', {
    includes: { dates: [{ text: 'April 24', value: '2001-04-24' }, { text: '25', value: '2001-04-25' }] },
  }, opt);
  // A count or a clock time after "and" is no day.
  check('The ferry sank on June 3 and 40 people were saved.', { excludes: { dates: [{ text: '40' }] } }, opt);
  check('Crews worked on June 3 and 4 p.m. came quickly.', { excludes: { dates: [{ text: '4' }] } }, opt);
});

test('"the week of March 6" is that week', () => {
  check('The harbor board said the vote would come the week of March 6.', {
    includes: { dates: [{ text: 'the week of March 6', type: 'DATE', value: '2001-W10' }] },
  }, opt);
});

test('a month between "the" and a noun: "the March vote"; the verb stays out', () => {
  check('Ferry crews said the March vote had split the union.', { includes: { dates: [{ text: 'March', value: '2000-03' }] } }, opt);
  check('Dockers march on the harbor office every spring.', { excludes: { dates: [{ text: 'march' }] } }, opt);
  check('The March on the Capitol drew thousands of farmers.', { excludes: { dates: [{ text: 'March' }] } }, opt);
});

test('a year after a capital "A" is a year: "A 1996 law"', () => {
  check('A 1996 law bars night fishing in the bay.', { includes: { dates: [{ text: '1996', value: '1996' }] } }, opt);
});

test('"Now," opening a sentence is a discourse marker; "now" in the clause is the present', () => {
  check('The pier was closed for repairs. Now, the mayor said, it will reopen.', { excludes: { dates: [{ text: 'Now' }] } }, opt);
  check('The pier is now open to walkers.', { includes: { dates: [{ text: 'now', value: 'PRESENT_REF' }] } }, opt);
});

test('modal verbs point forward: "can take part in the summit in April"', () => {
  check('With the treaty signed, the two ports can take part in planning for the summit in April.', {
    includes: { dates: [{ text: 'April', value: '2001-04' }] },
  }, { publicationDate: '2000-12-05' });
});

test('a date opening its sentence takes the tense of a verb further on', () => {
  check('On Tuesday, the National Association of Independent Grain and Feed Dealers plans to hold a news conference.', {
    includes: { dates: [{ text: 'Tuesday', value: '2000-07-25' }] },
  }, opt);
});
