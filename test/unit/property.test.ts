// Property tests (fast-check): for generated, hostile and mutated articles the analysis never throws, is
// deterministic, keeps every span inside the text and in order, never splits a surrogate pair, and its offsets
// become the right LSP positions. A few thousand cases here; `npm run fuzz` runs 100,000.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/analysis';
import { articleText, mutated, rawText } from '../helpers/arbitraries';
import { independentPosition, stable, violations } from '../helpers/invariants';
import { pathologicalTexts } from '../helpers/pathological';

const SAMPLES_DIR = path.resolve(__dirname, '../../samples');
const samples = readdirSync(SAMPLES_DIR).map((f) => readFileSync(path.join(SAMPLES_DIR, f), 'utf8'));
const params = (numRuns: number) => ({ numRuns, seed: 20251127, endOnFailure: true });

const holds = (text: string, lsp = true) => {
  const m = analyze(text);
  const bad = violations(text, m, lsp);
  if (bad.length) throw new Error(bad.slice(0, 5).join('\n'));
  return m;
};

test('article-like text: spans valid, in order, no split surrogates, LSP positions right', () => {
  fc.assert(fc.property(articleText, (t) => void holds(t)), params(1200));
});

test('random UTF-16, bytes and graphemes: never throws, spans valid', () => {
  fc.assert(fc.property(rawText, (t) => void holds(t)), params(800));
});

test('mutated sample articles: spans valid', () => {
  fc.assert(fc.property(mutated(fc.constantFrom(...samples)), (t) => void holds(t)), params(400));
});

test('the analysis is deterministic', () => {
  fc.assert(
    fc.property(fc.oneof(articleText, mutated(fc.constantFrom(...samples))), (t) => {
      assert.equal(stable(analyze(t)), stable(analyze(t)));
    }),
    params(300),
  );
});

test('the independent position function agrees with itself on CR, LF and CRLF (sanity of the oracle)', () => {
  const t = 'a\r\nb\rc\nd';
  assert.deepEqual(independentPosition(t, 3), { line: 1, character: 0 });
  assert.deepEqual(independentPosition(t, 5), { line: 2, character: 0 });
  assert.deepEqual(independentPosition(t, 7), { line: 3, character: 0 });
  assert.deepEqual(independentPosition(t, 8), { line: 3, character: 1 });
});

test('the invariant checker catches broken models (it can fail)', () => {
  const text = 'x😀y';
  const m = analyze(text);
  m.figures.push({ span: [2, 3], kind: 'count', value: null } as never);
  m.sentences.unshift({ span: [1, 2], paragraph: 0 });
  const bad = violations(text, m);
  assert.ok(bad.some((b) => /surrogate/.test(b)), bad.join('\n'));
});

test('non-strings and edge inputs give an empty, valid model', () => {
  for (const t of ['', ' ', '\uFEFF', '\r', '\n\n\n', '\uD800', '“', '"']) holds(t);
  // @ts-expect-error: callers outside TypeScript may pass anything
  assert.equal(analyze(undefined).length, 0);
  // @ts-expect-error: same
  assert.equal(analyze(42).sentences.length, 0);
});

test('pathological texts (backtracking and quadratic traps) finish and give valid models', { timeout: 120_000 }, () => {
  for (const [name, text] of pathologicalTexts(3_000)) {
    const m = analyze(text, { timeLimitMs: 1e9 });
    const bad = violations(text, m, false);
    assert.deepEqual(bad, [], name);
  }
});

test('many short sentences and a long single line stay valid (the huge versions run in npm run fuzz)', () => {
  const many = Array.from({ length: 5_000 }, (_, i) => (i % 7 === 0 ? '\n\n' : '') + `Rain ${i % 10} fell.`).join(' ');
  const m = analyze(many, { timeLimitMs: 1e9 });
  assert.deepEqual(violations(many, m, false), []);
  assert.ok(m.sentences.length >= 4_500, `${m.sentences.length} sentences`);
  const line = 'The harbor stayed shut, Tomas Brandt said. “No deal,” he said. '.repeat(300);
  assert.deepEqual(violations(line, analyze(line, { timeLimitMs: 1e9 }), false), []);
});

test('a text longer than one analysis piece is cut at paragraph breaks and its pieces are merged validly', () => {
  const para = 'The harbor stayed shut on Monday, Tomas Brandt said. “No deal,” he said.\n\n';
  const text = 'Harbor talks stall\n\n' + para.repeat(Math.ceil((300 * 1024) / para.length));
  const m = analyze(text, { timeLimitMs: 1e9 });
  assert.equal(m.notice, null);
  assert.deepEqual(violations(text, m, false), []);
  assert.equal(m.structure.headline ? text.slice(...m.structure.headline) : null, 'Harbor talks stall');
  // One speaker across all pieces, with every mention.
  const brandt = m.speakers.filter((s) => s.name === 'Tomas Brandt');
  assert.equal(brandt.length, 1);
  const occurrences = text.split('Tomas Brandt').length - 1;
  assert.ok(brandt[0].mentions.length >= occurrences, `${brandt[0].mentions.length} mentions of ${occurrences}`);
  // Every paragraph is one paragraph: no piece boundary cut through one.
  const paras = m.structure.paragraphs.filter((p) => p.kind === 'body').length;
  assert.equal(paras, occurrences);
  for (const a of m.attributions) if (a.speaker >= 0) assert.ok(a.speaker < m.speakers.length);
});

test('the time limit stops a huge text between pieces, with a notice, and the model stays valid', () => {
  const line = 'The harbor stayed shut, Tomas Brandt said. '.repeat(200_000);
  const m = analyze(line, { timeLimitMs: 0 });
  assert.match(m.notice ?? '', /stopped after 0 ms/);
  assert.deepEqual(violations(line, m, false), []);
});
