// Content boundaries of reported speech (boundary.ts, its learned start/end models) and the compact model format
// (model-codec.ts), on our own fictional wire-style sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { check } from '../helpers/check';
import { decodeModel, encodeModel } from '../../server/src/analysis/model-codec';

test('a non-restrictive relative clause after the object is not part of the content', () => {
  check('The senator praised the harbor bill, which passed the assembly last week.', {
    includes: { attributions: [{ source: 'The senator', cue: 'praised', content: 'the harbor bill' }] },
  });
});

test('a contrasting clause after a comma ends the content', () => {
  check('Councillor Ida Marsh criticized the ferry contract, but the mayor defended it.', {
    includes: { attributions: [{ source: 'Councillor Ida Marsh', cue: 'criticized', content: 'the ferry contract' }] },
  });
});

test('a second speaker joined by "and" gets an attribution of its own, not part of the first content', () => {
  const v = check('The minister said the reform would pass in June, and the opposition vowed to fight it.', {
    includes: {
      attributions: [
        { source: 'The minister', cue: 'said', content: 'the reform would pass in June' },
        { source: 'the opposition', cue: 'vowed', content: 'to fight it' },
      ],
    },
  });
  assert.equal(v.attributions.length, 2);
});

test('"that" and the reported clause stay whole', () => {
  check('Harbor master Ivo Lund said that the northern pier, which was damaged in March, would reopen in May.', {
    includes: { attributions: [{ cue: 'said', content: 'that the northern pier, which was damaged in March, would reopen in May' }] },
  });
});

test('model codec: quantized weights survive the round trip, small ones are dropped unless kept', () => {
  const weights: [string, number][] = [
    ['w=said', 1.04],
    ['w=sayings', 0.01],
    ['w|p1=said|CAP', -0.52],
    ['w|p1=said|,', 0.3],
    ['w|p1=stated|Q', 2.9],
    ['first=', 0.26],
    ['n1=tiny', 0.02],
  ];
  const enc = encodeModel(-1.5, weights, 0.1, (k) => k.startsWith('w='));
  const dec = decodeModel(enc);
  assert.equal(dec.bias, -1.5);
  assert.ok(Math.abs((dec.w.get('w=said') ?? NaN) - 1.0) < 1e-9);
  assert.equal(dec.w.get('w=sayings'), 0, 'a kept key keeps a zero weight');
  assert.ok(Math.abs((dec.w.get('w|p1=said|CAP') ?? NaN) + 0.5) < 1e-9);
  assert.ok(Math.abs((dec.w.get('w|p1=said|,') ?? NaN) - 0.3) < 1e-9);
  assert.ok(Math.abs((dec.w.get('w|p1=stated|Q') ?? NaN) - 2.9) < 1e-9);
  assert.ok(Math.abs((dec.w.get('first=') ?? NaN) - 0.3) < 1e-9);
  assert.equal(dec.w.has('n1=tiny'), false);
  assert.equal(dec.w.size, 6);
  // Weights beyond the representable range are clamped, not wrapped.
  const big = decodeModel(encodeModel(0, [['x=a', 9], ['x=b', -9]], 0.1));
  assert.ok(Math.abs((big.w.get('x=a') ?? NaN) - 3.1) < 1e-9);
  assert.ok(Math.abs((big.w.get('x=b') ?? NaN) + 3.2) < 1e-9);
});

test('the shipped attribution models (cues, boundaries, confidence) stay small (at most 80 KB together)', () => {
  const dir = path.resolve(__dirname, '../../server/src/analysis');
  const size = ['attribution-model.json', 'boundary-model.json', 'confidence-model.json'].reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);
  assert.ok(size <= 80_000, `models take ${size} bytes`);
});

test('the unrolled boundary scorers equal the shared feature definitions the models were trained on', () => {
  const B = require('../../server/src/analysis/boundary') as typeof import('../../server/src/analysis/boundary');
  const { analyze } = require('../../server/src/analysis') as typeof import('../../server/src/analysis');
  type T = Parameters<typeof B.refineRight>[0];
  const right: [T, number, number, string][] = [];
  const left: [T, number, number, string][] = [];
  B.boundaryTrace.fn = (toks, rs, re, cue) => right.push([toks, rs, re, cue]);
  B.leftTrace.fn = (toks, ls, le, cue) => left.push([toks, ls, le, cue]);
  try {
    analyze(
      'The senator praised the harbor bill, which passed the assembly last week.\n\n' +
        'Councillor Ida Marsh criticized the ferry contract, but the mayor defended it, according to two aides.\n\n' +
        'But in the end, the ferry will sail on Sunday, the harbor master said on Friday.\n\n' +
        'Governor Ana Ruiz made clear that the bridge would reopen in spring, "when the ice is gone," she said.',
    );
  } finally {
    B.boundaryTrace.fn = null;
    B.leftTrace.fn = null;
  }
  assert.ok(right.length >= 3 && left.length >= 2, `traced ${right.length} right and ${left.length} left contents`);
  let n = 0;
  const seen = new Set<string>();
  const near = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  for (const [toks, rs, re, cue] of right) {
    for (let k = rs; k < re; k++) {
      const sc = B.startScore(toks, k, rs, cue);
      seen.add(sc.toFixed(6));
      assert.ok(near(sc, B.slowScore('start', (f) => B.startFeatures(toks, k, rs, cue, f))));
      for (const [commas, verbs] of [[0, 0], [1, 2], [4, 1]]) {
        if (k > rs) assert.ok(near(B.endScore(toks, k, rs, re, cue, commas, verbs), B.slowScore('end', (f) => B.endFeatures(toks, k, rs, re, cue, commas, verbs, f))));
      }
      n++;
    }
  }
  for (const [toks, ls, le, cue] of left) {
    for (let m = ls; m <= le; m++) {
      assert.ok(near(B.leftScore(toks, m, ls, le, cue, 1, 1), B.slowScore('left', (f) => B.leftFeatures(toks, m, ls, le, cue, 1, 1, f))));
      n++;
    }
  }
  assert.ok(n > 30);
  assert.ok(seen.size > 10, 'the scores vary with the token: the weights are really looked up');
});
