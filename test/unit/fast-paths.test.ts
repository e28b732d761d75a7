// Fast paths that must answer exactly as the plain code they replace: daysInMonth without a Date object, the alias
// trie whose nodes are the slots of its edge table, and the dotted-acronym test read from the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, validDate } from '../../server/src/analysis/text';
import { buildGazetteer, scanAliases } from '../../server/src/analysis/agencies/agencies';
import { analyze } from '../../server/src/analysis/analyze';
import { splitSentences } from '../../server/src/analysis/sentences';

test('daysInMonth agrees with Date.UTC for every month of many years, two-digit years read as 19xx', () => {
  const years = [-200001, -400, -100, -4, -1, 0, 1, 4, 99, 100, 200, 400, 1600, 1700, 1800, 1900, 2000, 2024, 2100, 2400, 200001];
  for (let y = 1890; y <= 2110; y++) years.push(y);
  for (const y of years) {
    for (let m = 1; m <= 12; m++) assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
  }
  // Out-of-range and odd arguments fall back to the Date arithmetic.
  for (const [y, m] of [[2020, 0], [2020, 13], [2020, 2.5], [Number.NaN, 2], [2020, Number.NaN]]) {
    assert.ok(Object.is(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate()), `${y}-${m}`);
  }
  assert.equal(validDate(2024, 2, 29), true);
  assert.equal(validDate(2023, 2, 29), false);
  assert.equal(validDate(1900, 2, 29), false);
  assert.equal(validDate(4, 2, 29), true); // the year 1904
  assert.equal(validDate(2031, 4, 31), false);
});

test('the alias scan finds the longest alias at each word start, in a gazetteer with extra outlets too', () => {
  const g = buildGazetteer([
    { id: 'harbour-herald', name: 'Harbour Herald', aliases: ['Harbour Herald', 'The Harbour Herald Weekly', 'HH'], country: 'XX', kind: 'newspaper' },
  ]);
  const text = 'The Harbour Herald Weekly and Reuters said; the Harbour Herald (HH) and Reuters-- agreed, but ReutersX did not.';
  const found = scanAliases(text, g).map((m) => text.slice(m.s, m.e));
  assert.deepEqual(found, ['The Harbour Herald Weekly', 'Reuters', 'Harbour Herald', 'HH', 'Reuters']);
});

test('the same article gives the same outlet citations with the default gazetteer on every run', () => {
  const text = 'KESSLAND CITY, March 3 (Reuters) - The port reopened, Agence France-Presse reported, citing the Harbour Office.';
  const a = analyze(text, { publicationDate: '2031-03-03' }).agencies;
  const b = analyze(text, { publicationDate: '2031-03-03' }).agencies;
  assert.deepEqual(a, b);
  assert.ok(a.some((m) => m.name === 'Reuters'), JSON.stringify(a));
});

test('a dotted acronym (two or more letter-period pairs after a non-letter) does not end a sentence; other words do', () => {
  const text =
    'The U.S. Navy left Varrow. Officials of the N.A.T.O. Council met there. A plan by (E.U. Rowan stalled. ' +
    'Its cost is 4.5 million. The tide rose at Ka. Then it fell. She read xU.S. Then she left. The port opened at 6 a.m. Boats came.';
  const sentences = splitSentences(text, [{ span: [0, text.length], kind: 'body' }]).map((s) => text.slice(s.span[0], s.span[1]));
  assert.deepEqual(sentences, [
    'The U.S. Navy left Varrow.',
    'Officials of the N.A.T.O. Council met there.',
    'A plan by (E.U. Rowan stalled.',
    'Its cost is 4.5 million.',
    'The tide rose at Ka.',
    'Then it fell.',
    'She read xU.S.',
    'Then she left.',
    'The port opened at 6 a.m. Boats came.',
  ]);
});
