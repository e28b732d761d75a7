// Dates accuracy fixes found by error analysis, each on our own fictional sentences.
import { test } from 'node:test';
import { check } from '../helpers/check';

const opt = { publicationDate: '2000-07-20' }; // a Thursday

test('years spelled out, as broadcast transcripts write them', () => {
  check('The ferry line closed in nineteen ninety-six and reopened in March nineteen ninety-eight.', {
    includes: { dates: [{ text: 'nineteen ninety-six', type: 'DATE', value: '1996' }, { text: 'March nineteen ninety-eight', value: '1998-03' }] },
  }, opt);
  check('The mayor promised a new bridge by the year two thousand and one.', {
    includes: { dates: [{ text: 'the year two thousand and one', value: '2001' }] },
  }, opt);
  // A count of people is no year.
  check('Nineteen ninety-six people signed the harbor petition.', { excludes: { dates: [{ value: '1996' }] } }, opt);
});

test('decades in words and "a week or so ago"', () => {
  check('Shipyards boomed through the nineties, and a week or so ago the last one shut.', {
    includes: { dates: [{ text: 'the nineties', value: '199' }, { text: 'a week or so ago', type: 'DATE' }] },
  }, opt);
});

test('a participle after a modal is no past tense: "will succeed her on Feb. 1"', () => {
  check('Harbor master Lena Vos, 61, will succeed Tomas Ried on Feb. 1 after the winter season.', {
    includes: { dates: [{ text: 'Feb. 1', value: '2001-02-01' }] },
  }, opt);
});

test('deadlines point forward: "as early as Tuesday", "a reply by Friday"', () => {
  check('The ferry union said the crews could return to work as early as Tuesday.', {
    includes: { dates: [{ text: 'Tuesday', value: '2000-07-25' }] },
  }, opt);
  check('The council said it expected a reply from the port authority by Friday.', {
    includes: { dates: [{ text: 'Friday', value: '2000-07-21' }] },
  }, opt);
  // Looking back from a later point: "Until Tuesday, they had …", "But by Monday, …".
  check('Until Tuesday, the dockers had refused every offer.', { includes: { dates: [{ text: 'Tuesday', value: '2000-07-18' }] } }, opt);
  check('But by Monday, the harbor board had changed its mind.', { includes: { dates: [{ text: 'Monday', value: '2000-07-17' }] } }, opt);
});

test('a future weekday named on that very day is the day itself', () => {
  check('The harbor commission will vote on the dredging plan on Thursday.', {
    includes: { dates: [{ text: 'Thursday', value: '2000-07-20' }] },
  }, opt);
});

test('"planned" is no future tense: "a vigil planned for Saturday was called off"', () => {
  check('A vigil planned outside the shipyard for Saturday was called off by its organizers.', {
    includes: { dates: [{ text: 'Saturday', value: '2000-07-15' }] },
  }, opt);
});

test('a plan seen from the past: "had been due to close Friday"', () => {
  check('The old pier, which had been due to close Friday evening, will stay open until autumn.', {
    includes: { dates: [{ text: 'Friday evening', value: '2000-07-14TEV' }] },
  }, opt);
});

test('Easter week began a week before Easter', () => {
  check('Pilgrims crowded the cathedral square as Easter week began.', {
    includes: { dates: [{ text: 'Easter week', value: '2000-W16' }] },
  }, { publicationDate: '2000-04-17' });
});

test('a fraction is no length of time: "three-quarters of its grain"', () => {
  check('The island imports about three-quarters of its grain and more than a quarter of its fuel.', {
    excludes: { dates: [{ text: 'about three-quarters' }, { text: 'more than a quarter' }] },
  }, opt);
  // A real count of quarters stays a duration.
  check('The shipyard lost money for two consecutive quarters of weak orders.', {
    includes: { dates: [{ text: 'two consecutive quarters', type: 'DURATION', value: 'P2Q' }] },
  }, opt);
});

test('"at present" is the time of writing; "at least two years" keeps its modifier', () => {
  check('At present the ferry runs twice a day, and the pier has been closed for at least two years.', {
    includes: { dates: [{ text: 'At present', value: 'PRESENT_REF' }, { text: 'at least two years', type: 'DURATION', value: 'P2Y' }] },
  }, opt);
});
