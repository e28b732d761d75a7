// Values that depend on the surface alone are remembered across articles (normalize.ts, surfaceOnly); values that
// read the publication date, the tense or the article's state must not be, whatever order articles come in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';

const dates = (text: string, publicationDate?: string) =>
  analyze(text, { publicationDate }).dates.map((d) => ({ text: text.slice(d.span[0], d.span[1]), type: d.type, value: d.value, explanation: d.explanation }));

test('a surface-only value is the same in every article, first seen or remembered', () => {
  const text = 'The ferry has run for two years now, and the harbor board met recently to plan the 1998 season.';
  const first = dates(text, '2000-07-20');
  const again = dates(text, '2003-01-09');
  const unanchored = dates(text);
  assert.deepEqual(again, first);
  assert.deepEqual(unanchored, first);
  assert.ok(first.some((d) => d.text === 'two years' && d.type === 'DURATION' && d.value === 'P2Y'));
  assert.ok(first.some((d) => d.text === 'now' && d.value === 'PRESENT_REF'));
  assert.ok(first.some((d) => d.text === '1998' && d.value === '1998'));
});

test('values that read the publication date or the tense follow each article', () => {
  const text = 'The harbor board met on Tuesday and will meet again next month.';
  const a = dates(text, '2000-07-20'); // a Thursday
  const b = dates(text, '2003-01-09'); // a Thursday too, in another year
  const c = dates(text);
  const tue = (ds: typeof a) => ds.find((d) => d.text === 'Tuesday')?.value;
  const next = (ds: typeof a) => ds.find((d) => d.text === 'next month')?.value;
  assert.equal(tue(a), '2000-07-18');
  assert.equal(tue(b), '2003-01-07');
  assert.equal(next(a), '2000-08');
  assert.equal(next(b), '2003-02');
  assert.notEqual(tue(c), tue(a));
  // A quarter written with its year changes the article's state ("the quarter" after it): never shared.
  const q = 'Sales rose in the third quarter of 1999. In the quarter, costs fell.';
  assert.equal(analyze(q, { publicationDate: '2000-07-20' }).dates.find((d) => q.slice(d.span[0], d.span[1]) === 'the quarter')?.value, '1999-Q3');
  assert.equal(analyze('In the quarter, costs fell.', { publicationDate: '2000-07-20' }).dates.find((d) => d.span[0] === 3)?.value, '2000-Q2');
});
