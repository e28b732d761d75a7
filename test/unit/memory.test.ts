// The server's idle collection (server/src/lsp/memory.ts): after a burst of work leaves garbage, a pause runs one
// compacting collection; without such a burst it does nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { collectWhenIdle, idleCollections } from '../../server/src/lsp/memory';

async function until(f: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!f()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

test('a pause after work that left garbage runs one collection, which frees it', async () => {
  // Garbage that survives the young generation: 30 MB of strings held until the burst ends.
  let keep: string[] | null = [];
  for (let i = 0; i < 30_000; i++) keep.push('x'.repeat(1000) + i);
  keep = null;
  const before = getHeapStatistics().used_heap_size;
  const n = idleCollections();
  // Several calls in a burst: only the last one's pause counts.
  for (let i = 0; i < 5; i++) collectWhenIdle(20);
  await until(() => idleCollections() > n, 'the idle collection');
  assert.equal(idleCollections(), n + 1);
  const after = getHeapStatistics().used_heap_size;
  assert.ok(after < before - 10 * 1024 * 1024, `heap in use ${before} → ${after}`);
});

test('a pause with nothing new to free does not collect again', async () => {
  const n = idleCollections();
  collectWhenIdle(20);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(idleCollections(), n);
});
