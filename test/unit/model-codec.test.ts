// The nested decoding of the shipped models (boundary.ts's run-time tables) holds exactly the weights of the flat one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeModel, decodeNested, encodeModel, type Nest } from '../../server/src/analysis/model-codec';
import boundary from '../../server/src/analysis/boundary-model.json';

/** Every path of a nested table as "tpl=a|b|c" → weight. */
function flatten(t: Map<string, Nest>): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (prefix: string, m: Nest): void => {
    for (const [k, v] of m) {
      if (typeof v === 'number') out.set(prefix + k, v);
      else walk(prefix + k + '|', v);
    }
  };
  for (const [tpl, m] of t) walk(tpl + '=', m);
  return out;
}

test('decodeNested holds the same weights as decodeModel for every shipped boundary model', () => {
  for (const name of ['start', 'end', 'left'] as const) {
    const flat = decodeModel(boundary[name]);
    const nested = decodeNested(boundary[name]);
    assert.equal(nested.bias, flat.bias);
    assert.ok(flat.w.size > 100, `${name}: a real model`);
    assert.deepEqual(flatten(nested.t), flat.w, name);
  }
});

test('decodeNested: pair values nest by "|", the empty value is "", a value with a stray "|" is left out', () => {
  const m = encodeModel(0.5, [['w=said', 1], ['w=', -0.5], ['p|w=CAP|said', 2], ['p|w=a|b|c', 3]], 0.25);
  const { bias, t } = decodeNested(m);
  assert.equal(bias, 0.5);
  assert.equal(t.get('w')?.get('said'), 1);
  assert.equal(t.get('w')?.get(''), -0.5);
  assert.equal((t.get('p|w')?.get('CAP') as Nest).get('said'), 2);
  assert.equal(t.get('p|w')?.get('a'), undefined);
});
