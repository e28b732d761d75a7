// claim.unattributed on the hand-labelled fixture (test/fixtures/claims.jsonl, 125 fictional sentences labelled before
// the detector was tuned) and on a held-out set written after tuning (claims-heldout.jsonl, never tuned on).
// Precision first: the Problems panel must stay quiet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadClaimItems, scoreClaims } from '../helpers/claimsFixture';

const report = (name: string, r: ReturnType<typeof scoreClaims>) =>
  `${name}: P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}, tn ${r.tn})\n` +
  r.errors.map((e) => `  ${e.got ? 'FP' : 'FN'} #${e.item.id}: ${e.item.text}`).join('\n');

test('the fixture has at least 100 items of both kinds', () => {
  const items = loadClaimItems();
  assert.ok(items.length >= 100, `${items.length} items`);
  assert.ok(items.filter((i) => i.unattributed).length >= 40);
  assert.ok(items.filter((i) => !i.unattributed).length >= 40);
});

test('claim.unattributed: precision ≥ 0.85 and recall ≥ 0.6 on the fixture', () => {
  const r = scoreClaims(loadClaimItems());
  assert.ok(r.precision >= 0.85 && r.recall >= 0.6, report('claims.jsonl', r));
});

test('claim.unattributed: precision ≥ 0.85 and recall ≥ 0.6 on the held-out set', () => {
  const r = scoreClaims(loadClaimItems(path.resolve(__dirname, '../fixtures/claims-heldout.jsonl')));
  assert.ok(r.precision >= 0.85 && r.recall >= 0.6, report('claims-heldout.jsonl', r));
});
