// The fast paths of the non-attribution stages (session 10): each is checked against the plain computation it
// replaces, on many generated strings, besides the behaviour tests of each stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexCandidates } from '../../server/src/analysis/dates/recognize';

/** A small deterministic generator (tests must be repeatable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

// Words the date patterns know (as first words and as the words after them), and plain words around them.
const DATE_WORDS = (
  'the that these this a an one two three four five six seven eight nine ten eleven twelve thirteen nineteen twenty thirty ' +
  'ninety hundred thousand several few couple of first second third fourth quarter quarters half period year years month months ' +
  'week weeks weekend weekends day days decade decades century centuries hour hours minute minutes seconds and ago earlier later ' +
  'early late mid last next past coming previous following final fiscal latest current comparable same new future recent now ' +
  'nearly almost about around more less than at least some roughly over for in during oh consecutive straight full additional ' +
  'long old morning afternoon evening night tonight today yesterday tomorrow monday friday may march june sept dec christmas ' +
  'eve election spring fall winter twenties eighties millennium every each other annually present soon ' +
  'afternoon election new'
).split(' ');
const PLAIN = 'council harbour ferry vote said report river mayor 5 12 1990 1990s 2031 21st 3rd 8 p.m. 10:30 ’80s \'90s 2031-05-14 x_y 1550 2.5 0930 10am'.split(' ');
const SEPS = [' ', ' ', ' ', ' ', '-', ', ', '  ', '\t', '\u00a0', '. ', '\n', ' (', '"', '% ', ') ', '/', ':', '.', ',', 's '];

// Short phrases in the order expressions take (modifier, number, unit), so that long expressions occur often.
const SLOTS = [
  'more than|less than|about|around|nearly|over|some|the|a|an|this|that|early|late|mid|earlier|later|last|next|past|coming|the past|at least|for|in|during|every|these'.split('|'),
  'two|three|twenty|twenty-five|ninety|nineteen|a few|a couple of|several|hundred|one|first|second|the|this|last|next|5|12|2 1/2|same|that|early'.split('|'),
  'years|days|weeks|months|decades|quarter|half|year|day|week|weekend|century|morning|night|ago|thousand|oh five|ninety-six|consecutive weeks|more days|Monday|March|spring|today|1990s'.split('|'),
];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

function randomText(r: () => number, words: number): string {
  let s = '';
  for (let k = 0; k < words; k++) {
    if (r() < 0.3) {
      s += `${pick(r, SLOTS[0])} ${r() < 0.8 ? pick(r, SLOTS[1]) + ' ' : ''}${pick(r, SLOTS[2])}${pick(r, SEPS)}`;
      continue;
    }
    let w = r() < 0.8 ? DATE_WORDS[Math.floor(r() * DATE_WORDS.length)] : PLAIN[Math.floor(r() * PLAIN.length)];
    const caps = r();
    if (caps < 0.15) w = w[0].toUpperCase() + w.slice(1);
    else if (caps < 0.2) w = w.toUpperCase();
    s += w + SEPS[Math.floor(r() * SEPS.length)];
  }
  return s;
}

test('dates: the word gates skip only words where the expression pattern fails (same candidates as the plain scan)', () => {
  const r = rng(20261127);
  let found = 0;
  for (let n = 0; n < 4000; n++) {
    const text = randomText(r, 4 + Math.floor(r() * 12));
    const fast = timexCandidates(text);
    assert.deepEqual(fast, timexCandidates(text, true), JSON.stringify(text));
    found += fast.length;
  }
  // The generated strings hold many expressions, so the comparison covers matches and failures.
  assert.ok(found > 6000, `only ${found} candidates`);
});

test('dates: every gated first word still starts the expressions it can start', () => {
  const text =
    'The first quarter, the first half, Third-quarter results, two thousand, nineteen oh five, two consecutive weeks, ' +
    'several years, ninety-nine days, Early March, mid-1990s, nearly four years ago, later that day, last week, next May, ' +
    'the past two years, the coming years, these days, that same day, years-long, year-ago, an hour and a half, ' +
    'a minute and a half, hour-long, the year two thousand, its year two thousand budget, over the weekend, more than two years, ' +
    'about three weeks, this coming week, a few days, early today, earlier this year, last year\'s results, coming years, the 1990s, the ’80s, the new century.';
  const got = timexCandidates(text).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(got, timexCandidates(text, true).map(([s, e]) => text.slice(s, e)));
  for (const want of ['The first quarter', 'Third-quarter', 'two thousand', 'over the weekend', 'more than two years', 'about three weeks', 'this coming week', 'a few days', 'early today', 'earlier this year', 'coming years', 'two consecutive weeks', 'several years', 'ninety-nine days', 'Early March', 'nearly four years ago', 'later that day', 'last week', 'these days', 'that same day', 'years-long', 'year-ago', 'the 1990s', 'the ’80s', 'the new century'])
    assert.ok(got.includes(want), `${want} not found in ${JSON.stringify(got)}`);
});

test('dates: a word of digits is tried where a year, a date, a time, a length of time or a decade can start', () => {
  const text =
    'In 1550, and in 1999. A 2.5-year plan, 2.5 years, 5-day talks, 10:30, 0930 GMT, 10am, 4 p.m., 6 May, the 21st century, ' +
    'the 1990s, 2031-05-14, 12% of 1,000 people (5) and 7/8 of 3,5 said 2 1/2 years later.';
  const got = timexCandidates(text).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(got, timexCandidates(text, true).map(([s, e]) => text.slice(s, e)));
  for (const want of ['1550', '1999', '2.5 years', '5-day', '10:30', '0930 GMT', '4 p.m.', '6 May', 'the 21st century', 'the 1990s', '2031-05-14', '2 1/2 years'])
    assert.ok(got.includes(want), `${want} not found in ${JSON.stringify(got)}`);
});

test('dates: the publication date and its name, remembered across articles, stay each article\'s own', async () => {
  const { findDates } = await import('../../server/src/analysis/dates/recognize');
  const text = 'The ferry left on Tuesday. It returns next week, and the toll rises in the week of March 6.';
  const sents = [{ span: [0, 26] as [number, number], paragraph: 0 }, { span: [27, text.length] as [number, number], paragraph: 0 }];
  const run = (dct: string | null, source?: string) => findDates(text, sents as never, dct, { source });
  const first = run('2031-05-14');
  const dateline = run('2031-05-14', 'dateline');
  const other = run('2030-01-02');
  // The same inputs give the same values and explanations, whatever ran in between.
  assert.deepEqual(run('2031-05-14'), first);
  assert.deepEqual(run('2031-05-14', 'dateline'), dateline);
  assert.deepEqual(run('2030-01-02'), other);
  const tuesday = (xs: typeof first) => xs.find((d) => text.slice(d.span[0], d.span[1]) === 'Tuesday')!;
  assert.equal(tuesday(first).value, '2031-05-13');
  assert.equal(tuesday(other).value, '2030-01-01');
  assert.match(tuesday(first).explanation, /the publication date Wed 14 May 2031/);
  assert.match(tuesday(dateline).explanation, /the dateline's Wed 14 May 2031/);
  assert.match(tuesday(other).explanation, /Wed 2 January 2030/);
  assert.equal(run(null).find((d) => text.slice(d.span[0], d.span[1]) === 'Tuesday')?.value, 'XXXX-WXX-2');
});
