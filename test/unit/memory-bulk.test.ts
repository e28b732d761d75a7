// Bulk work (server/src/lsp/memory.ts, duringBulkWork: the workspace index's first crawl) lets the young generation
// grow while it runs and stops new growth afterwards. (A file of its own: each test file runs in a fresh process, and
// the young generation never shrinks.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { duringBulkWork } from '../../server/src/lsp/memory';
import { churn, newSpaceMB } from '../helpers/youngGeneration';

test('during bulk work the young generation may grow; after it, ordinary work grows it no more', { skip: !!process.env.NEWSLENS_V8_FLAGS && 'NEWSLENS_V8_FLAGS overrides the settings' }, async () => {
  const rest = newSpaceMB();
  churn();
  assert.equal(newSpaceMB(), rest, 'resting: ordinary work does not grow it');
  const grown = await duringBulkWork(async () => {
    for (let i = 0; i < 8 && newSpaceMB() === rest; i++) {
      churn();
      await new Promise((r) => setImmediate(r));
    }
    return newSpaceMB();
  });
  assert.ok(grown > rest, `grew during the bulk work (${rest} → ${grown} MB)`);
  const after = newSpaceMB();
  for (let i = 0; i < 3; i++) churn();
  assert.equal(newSpaceMB(), after, 'no growth after it');
});
