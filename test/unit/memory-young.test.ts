// The young generation (server/src/lsp/memory.ts): it rests small, grows only while a long document is analyzed
// (withRoomToAllocate), and stops growing once it has reached LONG_WORK_SEMI_SPACE_MB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LONG_WORK_SEMI_SPACE_MB, withRoomToAllocate } from '../../server/src/lsp/memory';
import { churn, newSpaceMB } from '../helpers/youngGeneration';

test('outside long work the young generation does not grow; inside it grows until it reaches the cap', { skip: !!process.env.NEWSLENS_V8_FLAGS && 'NEWSLENS_V8_FLAGS overrides the settings' }, () => {
  const rest = newSpaceMB();
  churn();
  assert.equal(newSpaceMB(), rest, 'resting young generation unchanged by ordinary work');
  assert.equal(withRoomToAllocate(churn), 4, 'the work runs and its value is returned');
  let grown = newSpaceMB();
  for (let i = 0; i < 8 && grown < 2 * LONG_WORK_SEMI_SPACE_MB; i++) {
    withRoomToAllocate(churn);
    grown = newSpaceMB();
  }
  assert.ok(grown > rest, `grew while working (${rest} → ${grown} MB)`);
  assert.ok(grown >= 2 * LONG_WORK_SEMI_SPACE_MB, `reached the cap (${grown} MB)`);
  churn();
  assert.equal(newSpaceMB(), grown, 'the resting setting is back after the work');
  withRoomToAllocate(churn);
  assert.equal(newSpaceMB(), grown, 'past the cap, long work no longer grows it');
});

test('the resting setting is restored when the work throws', { skip: !!process.env.NEWSLENS_V8_FLAGS && 'NEWSLENS_V8_FLAGS overrides the settings' }, () => {
  assert.throws(() => withRoomToAllocate(() => {
    throw new Error('boom');
  }), /boom/);
  const before = newSpaceMB();
  churn();
  assert.equal(newSpaceMB(), before);
});
