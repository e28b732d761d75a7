// The editor's two-step analysis (diagnostics first, outlet citations and dates right after) must give exactly the
// model of one analyze() call, for every sample and over a sequence of random edits to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze, analyzeStaged } from '../../server/src/analysis';
import type { ArticleModel } from '../../server/src/analysis';

const SAMPLES = path.join(__dirname, '../../samples');
const samples = readdirSync(SAMPLES).map((f) => ({ name: f, text: readFileSync(path.join(SAMPLES, f), 'utf8') }));
const NO_LIMIT = { timeLimitMs: 1e9 };

const comparable = (m: ArticleModel) => ({ ...m, elapsedMs: 0 });

/** A small deterministic PRNG (the tests must not depend on the clock). */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const PIECES = ['x', ' ', '\n\n', '"', '\u201c', 'said', ' said on Monday', 'Reuters', '.', ', officials said.', '2024', ' the minister told AFP '];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.4 && text.length) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 12));
  const piece = PIECES[Math.floor(r() * PIECES.length)];
  return text.slice(0, at) + piece + text.slice(at);
}

test('the staged analysis, once finished, equals analyze() on every sample', () => {
  assert.ok(samples.length >= 3);
  let deferred = 0;
  for (const s of samples) {
    const staged = analyzeStaged(s.text, NO_LIMIT);
    if (!staged.complete) deferred++;
    const early = staged.model.findings.map((f) => ({ ...f }));
    staged.finish();
    assert.equal(staged.complete, true);
    const fresh = analyze(s.text, NO_LIMIT);
    assert.deepEqual(comparable(staged.model), comparable(fresh), s.name);
    // What was published before the late layers is what the finished model says.
    assert.deepEqual(early, fresh.findings, `${s.name}: findings before the late layers`);
  }
  // The point of staging: at least one sample (with a publication date) defers its late layers.
  assert.ok(deferred > 0, 'no sample deferred its late layers');
});

test('the staged analysis equals analyze() over random edits of the samples', () => {
  const r = rng(20261127);
  for (const s of samples) {
    let text = s.text;
    for (let i = 0; i < 25; i++) {
      text = edit(text, r);
      const staged = analyzeStaged(text, NO_LIMIT);
      const early = staged.model.findings.map((f) => ({ ...f }));
      staged.finish();
      const fresh = analyze(text, NO_LIMIT);
      assert.deepEqual(comparable(staged.model), comparable(fresh), `${s.name}, edit ${i}`);
      assert.deepEqual(early, fresh.findings, `${s.name}, edit ${i}: early findings`);
    }
  }
});

test('an article without a publication date is analyzed whole (its dates decide a finding)', () => {
  const text = 'Talks resume\n\nThe mayor said on Tuesday that the talks would resume next week.\n';
  const staged = analyzeStaged(text, NO_LIMIT);
  assert.equal(staged.model.publication.date, null);
  assert.equal(staged.complete, true);
  assert.ok(staged.model.dates.length > 0, 'the relative dates are there at once');
  assert.deepEqual(comparable(staged.model), comparable(analyze(text, NO_LIMIT)));
});

test('finish() is idempotent and a publication date option defers the late layers', () => {
  const text = 'Talks resume\n\nThe mayor said on Tuesday that the talks would resume next week, Reuters reported.\n';
  const staged = analyzeStaged(text, { ...NO_LIMIT, publicationDate: '2025-03-04' });
  assert.equal(staged.complete, false);
  assert.deepEqual(staged.model.dates, []);
  const m1 = staged.finish();
  const dates = JSON.stringify(m1.dates);
  assert.ok(m1.dates.length > 0);
  assert.equal(staged.finish(), m1);
  assert.equal(JSON.stringify(m1.dates), dates);
  assert.deepEqual(comparable(m1), comparable(analyze(text, { ...NO_LIMIT, publicationDate: '2025-03-04' })));
});
