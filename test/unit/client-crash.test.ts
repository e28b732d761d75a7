// The client's crash policy: restart a bounded number of times in a window, tell the user once, then give up once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crashPolicy } from '../../client/src/crashRecovery';

const RESTART = 2;
const DO_NOT_RESTART = 1;

test('restarts up to the limit, tells the user once, then gives up once', () => {
  let t = 0;
  const told: string[] = [];
  const h = crashPolicy({ maxRestarts: 3, windowMs: 60_000, now: () => t, onRestart: () => told.push('restart'), onGiveUp: () => told.push('give up') });
  const actions = [];
  for (let i = 0; i < 6; i++) {
    t += 1000;
    actions.push(h.closed().action);
  }
  assert.deepEqual(actions, [RESTART, RESTART, RESTART, DO_NOT_RESTART, DO_NOT_RESTART, DO_NOT_RESTART]);
  assert.deepEqual(told, ['restart', 'give up']);
});

test('crashes older than the window are forgotten; a manual restart resets the count', () => {
  let t = 0;
  const h = crashPolicy({ maxRestarts: 2, windowMs: 10_000, now: () => t, onRestart: () => undefined, onGiveUp: () => undefined });
  for (let i = 0; i < 10; i++) {
    t += 6000; // at most two crashes within any 10 s
    assert.equal(h.closed().action, RESTART, `crash ${i}`);
  }
  t += 1;
  h.closed();
  h.closed();
  assert.equal(h.closed().action, DO_NOT_RESTART);
  h.reset();
  assert.equal(h.closed().action, RESTART);
});

test('transport errors continue at first, then shut down so that closed() decides', () => {
  const h = crashPolicy({ onRestart: () => undefined, onGiveUp: () => undefined });
  assert.equal(h.error(new Error('EPIPE'), undefined, 1).action, 1);
  assert.equal(h.error(new Error('EPIPE'), undefined, 5).action, 2);
});
