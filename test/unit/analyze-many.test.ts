// analyzeMany (every stage over all the articles of a batch before the next stage) must give exactly the models of
// analyze() on each article alone, whatever the batch holds, in any order, with each article's own options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeMany, createAnalysisCache } from '../../server/src/analysis';
import type { AnalyzeOptions, ArticleModel } from '../../server/src/analysis';

const SAMPLES = path.join(__dirname, '../../samples');
const samples = readdirSync(SAMPLES).map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
const NO_LIMIT = { timeLimitMs: 1e9 };

const comparable = (m: ArticleModel) => ({ ...m, elapsedMs: 0 });

// Fictional wire copy: a dateline, quotes, a vague source, a relative date, a figure.
const WIRE =
  'CALDER BAY, March 4 (Harbor Wire) - Port officials said on Tuesday that about 2,000 containers were stranded.\n\n' +
  '"We will clear the backlog by Friday," said Mara Quell, the port director. She added that crews were working nights.\n\n' +
  'Critics say the delays will cost shippers millions.\n';
const NO_DATE = 'The council met yesterday. "It is settled," Councillor Ivo Penn told reporters, according to the Lakeside Ledger.\n';
const LONG = samples.join('\n\n').repeat(Math.ceil(300_000 / samples.join('\n\n').length));

const ITEMS: { text: string; options?: AnalyzeOptions }[] = [
  ...samples.map((text) => ({ text, options: NO_LIMIT })),
  { text: WIRE, options: NO_LIMIT },
  { text: WIRE, options: { ...NO_LIMIT, publicationDate: '2031-06-02' } },
  { text: NO_DATE, options: NO_LIMIT },
  { text: NO_DATE, options: { ...NO_LIMIT, keepUncertain: true } },
  { text: NO_DATE, options: { ...NO_LIMIT, purpose: 'index' } },
  { text: NO_DATE, options: { ...NO_LIMIT, outlets: [{ id: 'lakeside-ledger', name: 'Lakeside Ledger', aliases: [], kind: 'newspaper', country: 'Varonia' }] } },
  { text: '', options: NO_LIMIT },
  { text: LONG, options: NO_LIMIT },
];

test('analyzeMany gives analyze()’s model for every article of a mixed batch', () => {
  assert.ok(LONG.length > 256 * 1024, 'the long text goes the way of the pieces');
  const many = analyzeMany(ITEMS);
  assert.equal(many.length, ITEMS.length);
  let withAttributions = 0;
  for (let i = 0; i < ITEMS.length; i++) {
    const alone = analyze(ITEMS[i].text, ITEMS[i].options);
    assert.deepEqual(comparable(many[i]), comparable(alone), `item ${i}`);
    if (alone.attributions.length) withAttributions++;
  }
  // (The comparison means something: most of the batch has attributions, and the options change the models.)
  assert.ok(withAttributions >= ITEMS.length - 2);
  assert.notDeepEqual(many[samples.length].publication, many[samples.length + 1].publication, 'a publication date option changes the model');
  assert.equal(many[samples.length + 4].dates.length, 0, 'the index purpose leaves the dates out');
  assert.ok(many[samples.length + 2].dates.length > 0);
  assert.ok(many[samples.length + 5].agencies.length > many[samples.length + 2].agencies.length, 'the workspace outlet is found');
});

test('analyzeMany: the order of the batch changes nothing', () => {
  const forward = analyzeMany(ITEMS.slice(0, -1)).map(comparable);
  const backward = analyzeMany(ITEMS.slice(0, -1).reverse())
    .map(comparable)
    .reverse();
  assert.deepEqual(backward, forward);
});

test('analyzeMany: an article out of time stops alone; the others are whole', () => {
  const items = [
    { text: WIRE, options: NO_LIMIT },
    { text: WIRE, options: { timeLimitMs: -1 } },
    { text: NO_DATE, options: NO_LIMIT },
  ];
  const [a, b, c] = analyzeMany(items);
  assert.match(b.notice ?? '', /stopped after -1 ms/);
  assert.equal(b.attributions.length, 0);
  assert.equal(a.notice, null);
  assert.deepEqual(comparable(a), comparable(analyze(WIRE, NO_LIMIT)));
  assert.deepEqual(comparable(c), comparable(analyze(NO_DATE, NO_LIMIT)));
});

test('analyzeMany: bad items give empty models, and an editor cache is honoured', () => {
  const cache = createAnalysisCache();
  const models = analyzeMany([{ text: 42 as unknown as string }, { text: WIRE, options: { ...NO_LIMIT, cache } }, null as unknown as { text: string }]);
  assert.equal(models.length, 3);
  assert.equal(models[0].length, 0);
  assert.equal(models[0].attributions.length, 0);
  assert.deepEqual(comparable(models[1]), comparable(analyze(WIRE, NO_LIMIT)));
  assert.equal(models[2].length, 0);
});
