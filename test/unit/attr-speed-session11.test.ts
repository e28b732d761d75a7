// Session 11's speed work on the attribution stage replaced regex runs and string slices by word-class bits and
// character tests (confidence.ts walk, attributions.ts listenerEnd / cueSource). These pin what those paths decide,
// on fictional wire sentences: the confidence features of one-word pronoun sources in any case, source heads with
// apostrophes and capitals, contents with connectives; a tell verb's listener; a year between source and cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { confidenceFeatures, eligible } from '../../server/src/analysis/confidence';
import type { Attribution } from '../../server/src/analysis/model';

function featuresOf(text: string): { a: Attribution; f: string[] }[] {
  const m = analyze(text, { keepUncertain: true, publicationDate: '2026-03-04' });
  const out: { a: Attribution; f: string[] }[] = [];
  for (const a of m.attributions) {
    if (!eligible(text, a)) continue;
    const children = m.attributions.filter((b) => b.parent === a.id).length;
    out.push({ a, f: confidenceFeatures(text, a, children, a.parent >= 0 ? m.attributions[a.parent] : undefined) });
  }
  return out;
}
const value = (f: string[], tpl: string): string | undefined => f.find((x) => x.startsWith(tpl + '='))?.slice(tpl.length + 1);

test('a one-word first- or second-person source is "12" whatever its case; a third-person one is "3"', () => {
  const cases: [string, string, string][] = [
    ['We believe the harbour tolls will fall next spring, the council said. We said the pier would reopen in May.', 'We', '12'],
    ['WE said the pier would reopen in May after the storm repairs.', 'WE', '12'],
    ['You said the ferry timetable would change before the summer season.', 'You', '12'],
    ['I said the ferry timetable would change before the summer season.', 'I', '12'],
    ['She said the ferry timetable would change before the summer season.', 'She', '3'],
    ['Wei said the ferry timetable would change before the summer season.', 'Wei', '3'],
  ];
  for (const [text, src, person] of cases) {
    const hit = featuresOf(text).find(({ a }) => a.source && text.slice(a.source[0], a.source[1]) === src);
    assert.ok(hit, `an eligible attribution with source ${src} in: ${text}`);
    assert.equal(value(hit.f, 'pty|person'), `none|${person}`, text);
    assert.equal(value(hit.f, 'sb'), src.toLowerCase() === 'wei' ? 'S1' : 'Spro', text);
  }
});

test('the source head feature keeps letters only, lower-cased, for plain, capitalized and possessive words', () => {
  const text = 'Harbour master Ana Okafor’s deputy said the tolls would rise. The Port Authority said the ferries would sail on time.';
  const heads = featuresOf(text).map(({ f }) => value(f, 'sh'));
  assert.ok(heads.includes('deputy'), heads.join(' '));
  assert.ok(heads.includes('authority'), heads.join(' '));
  const text2 = 'The ferry will sail on Friday, said Okafor’s.';
  for (const { f } of featuresOf(text2)) {
    const sh = value(f, 'sh');
    if (sh && sh !== '-') assert.match(sh, /^[a-z]+$/);
  }
});

test('what a content holds (because, but, according to, which, a dash) is found with the letter tests', () => {
  const text =
    'Okafor said the tolls would rise because the pier needs repairs, which the board approved, but the ferry will still run according to the timetable — as before. Accordingly, Butler and Whitney agreed.';
  const span = (w: string): [number, number] => [text.indexOf(w), text.indexOf(w) + w.length];
  const end = text.indexOf(' Accordingly');
  const a: Attribution = { id: 0, source: span('Okafor'), cue: span('said'), content: [[span('the tolls')[0], end]], type: 'indirect', speaker: -1, vague: false, parent: -1 };
  const has = (f: string[]) => f.filter((x) => x.startsWith('has=')).map((x) => x.slice(4));
  const f = confidenceFeatures(text, a, 0);
  for (const h of ['because', 'which', 'but', 'acc', 'dash']) assert.ok(has(f).includes(h), `has=${h} in ${has(f).join(',')}`);
  assert.ok(!has(f).includes('while') && !has(f).includes('after') && !has(f).includes('when'), has(f).join(','));
  assert.equal(value(f, 'first'), 'the');
  assert.equal(value(f, 'last'), 'before');
  // Words that only start like a connective ("Accordingly", "Butler", "Whitney") hold none.
  const b: Attribution = { ...a, content: [[text.indexOf('Accordingly'), text.length]] };
  assert.deepEqual(has(confidenceFeatures(text, b, 0)), []);
  // A source of three words: its head is the last one, letters only.
  const c: Attribution = { ...a, source: [0, 0], content: a.content };
  const text3 = 'The Port’s Authority said the ferry will run.';
  const c3: Attribution = { ...c, source: [0, text3.indexOf(' said')], cue: [text3.indexOf('said'), text3.indexOf('said') + 4], content: [[text3.indexOf('the ferry'), text3.length]] };
  const f3 = confidenceFeatures(text3, c3, 0);
  assert.equal(value(f3, 'sh'), 'authority');
  assert.equal(value(f3, 'sb'), 'S2');
});

test('a tell verb leaves its listener out of the content, and a year between source and cue stays out of both', () => {
  const m = analyze('The harbour master told reporters the ferry would sail on Friday. Okafor in 2019 said the pier was unsafe.', { publicationDate: '2026-03-04' });
  const text = 'The harbour master told reporters the ferry would sail on Friday. Okafor in 2019 said the pier was unsafe.';
  const told = m.attributions.find((a) => a.cue && text.slice(a.cue[0], a.cue[1]).startsWith('told'));
  assert.ok(told, 'an attribution for "told"');
  const content = told.content.map((c) => text.slice(c[0], c[1])).join(' ');
  assert.ok(!content.includes('reporters'), content);
  assert.ok(content.includes('the ferry would sail'), content);
  const said = m.attributions.find((a) => a.cue && text.slice(a.cue[0], a.cue[1]) === 'said');
  assert.ok(said && said.source, 'an attribution for "said" with a source');
  assert.equal(text.slice(said.source[0], said.source[1]), 'Okafor');
  assert.ok(!said.content.some((c) => text.slice(c[0], c[1]).includes('2019')));
});
