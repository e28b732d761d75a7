// Reusing the last analysis of a document (analysis/reuse.ts): with the cache, every model equals a fresh analysis of
// the same text, through edits of every kind (inside a quotation, across a paragraph break, a new cue, a deleted
// mark), and the paragraphs an edit did not touch are indeed reused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeStaged, createAnalysisCache } from '../../server/src/analysis';
import type { ArticleModel } from '../../server/src/analysis';

const SAMPLES = path.resolve(__dirname, '../../samples');
const samples = readdirSync(SAMPLES).map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
const same = (m: ArticleModel) => JSON.stringify({ ...m, elapsedMs: 0 });

/** Our own long article: a wire story of many paragraphs with direct, split, multi-paragraph and reported quotes. */
function longArticle(paragraphs: number): string {
  const out = ['Harbour board approves new ferry terminal', '', 'NORDVIK, April 14, 2025 (Reuters) -', ''];
  for (let i = 0; i < paragraphs; i++) {
    const name = ['Ines Harlow', 'Piet Vanderlinde', 'Aiko Morrow', 'Bruno Salcedo'][i % 4];
    switch (i % 5) {
      case 0:
        out.push(`"We expect ${i + 2} sailings a day by June," harbour master ${name} said on Tuesday.`);
        break;
      case 1:
        out.push(`${name.split(' ')[1]} told reporters the terminal would cost ${i + 10} million crowns, according to the board.`);
        break;
      case 2:
        out.push(`"The quay is ready," she said. "The rest depends on the weather,`);
        out.push('');
        out.push(`"and on the unions, who have not signed yet."`);
        break;
      case 3:
        out.push(`Critics say the plan ignores fishermen. Officials said ${i} permits were issued last month.`);
        break;
      default:
        out.push(`According to a statement from the board, the first ferry will sail in ${2026 + (i % 3)}.`);
    }
    out.push('');
  }
  return out.join('\n');
}

let seed = 11;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const EDITS = ['x', ' ', '"', '\n', '\n\n', '.', ',', '“', '”', ' said', 'He told AFP ', ''];

test('with the cache, each version of an edited article analyzes exactly as it would fresh', () => {
  for (const start of [longArticle(40), ...samples]) {
    const cache = createAnalysisCache();
    let text = start;
    analyze(text, { cache });
    for (let e = 0; e < 25; e++) {
      const at = rnd(text.length + 1);
      const ins = EDITS[rnd(EDITS.length)];
      text = ins === '' ? text.slice(0, at) + text.slice(at + 1 + rnd(6)) : text.slice(0, at) + ins + text.slice(at);
      assert.equal(same(analyze(text, { cache })), same(analyze(text)), `edit ${e}: ${JSON.stringify(ins)} at ${at}`);
    }
  }
});

test('a paragraph moved by an insertion above it is reused at its new place and number', () => {
  const text = longArticle(30);
  const cache = createAnalysisCache();
  analyze(text, { cache });
  const moved = 'Editor’s note: updated with the board’s statement.\n\n' + text;
  const hits = cache.attributions.hits;
  const m = analyze(moved, { cache });
  assert.equal(same(m), same(analyze(moved)));
  assert.ok(m.attributions.length > 30, 'the fixture has many attributions');
  assert.ok(cache.attributions.hits - hits >= 30, `most paragraphs reused (${cache.attributions.hits - hits})`);
});

test('one edited paragraph is redone and the others reused; the staged analysis the editor uses agrees', () => {
  const text = longArticle(30);
  const cache = createAnalysisCache();
  analyzeStaged(text, { cache }).finish();
  const at = text.indexOf('told reporters');
  const edited = text.slice(0, at) + 'told AFP' + text.slice(at + 'told reporters'.length);
  const before = cache.attributions.hits;
  const staged = analyzeStaged(edited, { cache });
  const hits = cache.attributions.hits - before;
  assert.equal(same(staged.finish()), same(analyze(edited)));
  const paragraphs = new Set(staged.model.sentences.map((s) => s.paragraph)).size;
  assert.ok(paragraphs > 30);
  assert.equal(hits, paragraphs - 1, 'every paragraph but the edited one is reused');
  assert.ok(staged.model.attributions.some((a) => a.cue && a.cue[0] === at), 'the edited paragraph has its cue');
});

test('entries not used by the last analysis are dropped, so the cache follows the document', () => {
  const cache = createAnalysisCache();
  analyze(longArticle(30), { cache });
  const big = cache.attributions.size;
  analyze('Short note\n\nThe meeting is off, a spokesman said.\n', { cache });
  analyze('Short note\n\nThe meeting is off, a spokesman said.\n', { cache });
  assert.ok(big > 20, `one entry per paragraph (${big})`);
  assert.ok(cache.attributions.size < 5, `only the short text's paragraphs remain (${cache.attributions.size})`);
});

test('a text analyzed in pieces reuses the pieces an edit did not touch, and equals a fresh analysis', () => {
  let text = longArticle(3600);
  assert.ok(text.length > 300_000, `long enough to be analyzed in pieces (${text.length})`);
  const cache = createAnalysisCache();
  analyze(text, { cache });
  for (const [at, ins] of [[0.5, 'x'], [0.1, '\n\n'], [0.9, '"'], [0.5, ' said Lee']] as const) {
    const p = Math.floor(text.length * at);
    text = text.slice(0, p) + ins + text.slice(p);
    const hits = cache.pieces.hits;
    assert.equal(same(analyze(text, { cache })), same(analyze(text)), `${JSON.stringify(ins)} at ${p}`);
    assert.ok(cache.pieces.hits - hits >= 1, 'an untouched piece was reused');
  }
});
