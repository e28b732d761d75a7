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

test('the shipped attribution models stay small (at most 80 KB together)', () => {
  const dir = path.resolve(__dirname, '../../server/src/analysis');
  const size = statSync(path.join(dir, 'attribution-model.json')).size + statSync(path.join(dir, 'boundary-model.json')).size;
  assert.ok(size <= 80_000, `models take ${size} bytes`);
});
