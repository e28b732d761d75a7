// The fast paths of session 11 in the non-attribution stages, each checked against the plain computation it replaces
// (on many generated strings) or against behaviour that the old computation gave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tenseCues, tenseCuesReference } from '../../server/src/analysis/dates/normalize';
import { analyze } from '../../server/src/analysis/analyze';

/** A small deterministic generator (tests must be repeatable). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// Tense cue words of both kinds, the words that cancel a past cue (modals, "to"), look-alikes and plain words.
const CUE_WORDS = (
  'said says told was were had did ago last since earlier walked wanted red bed shed set off set to will would could may ' +
  'might must should have to be held visit meet going is are plans plan intends expected scheduled due upcoming begins ' +
  "opens 'll shall can named succeeded the council ferry harbour offed setoff Said WILL Was 2ed a_ed x1ed walked2 " +
  'offset off-road set-off setting sold won put hit cut struck arrived happened'
).split(' ');
const SEPS = [' ', ' ', ' ', '  ', ', ', '-', "'", '’', '. ', '\n', '_', '2', ' (', '"'];

function randomBefore(r: () => number): string {
  let s = '';
  const n = 1 + Math.floor(r() * 18);
  for (let k = 0; k < n; k++) s += pick(r, CUE_WORDS) + pick(r, SEPS);
  // Cut anywhere, as the 90-unit window before an expression does.
  return s.slice(Math.floor(r() * Math.min(10, s.length)), s.length - Math.floor(r() * 3));
}

test('tense cues read without match arrays are the ones the regex matches give', () => {
  const r = rng(11);
  for (let i = 0; i < 20000; i++) {
    const before = randomBefore(r);
    assert.deepEqual(tenseCues(before), tenseCuesReference(before), JSON.stringify(before));
  }
});

test('tense cues: "set off" counts from "set", a past cue after a modal does not count', () => {
  assert.deepEqual(tenseCues('the ferry set off '), { best: 'past', bestPos: 10 });
  assert.deepEqual(tenseCues('it will be named '), { best: 'future', bestPos: 3 });
  assert.deepEqual(tenseCues('officials said the plan was expected '), tenseCuesReference('officials said the plan was expected '));
  assert.deepEqual(tenseCues('nothing here '), { best: null, bestPos: -1 });
});

test('the tense decides a weekday as before: past, future, and a past cue after a modal', () => {
  const dct = '2031-05-14'; // a Wednesday
  const value = (text: string) => analyze(text, { publicationDate: dct }).dates.find((d) => /day/.test(text.slice(d.span[0], d.span[1])))?.value;
  assert.equal(value('The ferry set off on Friday from the harbour.'), '2031-05-09');
  assert.equal(value('The council will meet on Friday in the harbour town.'), '2031-05-16');
  assert.equal(value('The new director will be named on Friday by the board.'), '2031-05-16');
});

test('speakers: a surname is joined to the full name written before it, among many capitalized runs with the same initial', () => {
  // Runs whose last word starts with the same letter (and, by their low byte, with other letters) before and after.
  const filler = 'Santa Rosa Street, Sierra Vista, Sea Point, San Remo and Ādaži ' + 'Port Simons met Dr. Sālīm Smart. ';
  const text =
    'Harbour Master Ilse Sorensen said the ferry would sail. ' +
    filler.repeat(3) +
    '"We are ready," Sorensen said. Officials from Sea Point agreed. ' +
    'Ānna Smart of Sierra Vista said the road was closed. Smart said it would reopen.';
  const m = analyze(text, { publicationDate: '2031-05-14' });
  const names = m.speakers.map((s) => s.name);
  assert.ok(names.includes('Ilse Sorensen'), names.join('; '));
  assert.ok(!names.includes('Sorensen'), names.join('; '));
  const sor = m.speakers.find((s) => s.name === 'Ilse Sorensen')!;
  assert.ok(sor.mentions.length >= 2);
  assert.ok(names.some((n) => /Smart$/.test(n)), names.join('; '));
});
