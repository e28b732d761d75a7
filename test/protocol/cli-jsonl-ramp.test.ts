// newslens analyze --jsonl without --jobs: worker threads start as the input grows (each one first spends seconds
// optimizing the engine, which only a large input pays back); the output is the same however many run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runJsonlStream } from '../../server/src/cli/jsonl';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

const SENTENCES = [
  'The ferry service will resume on Thursday, the port authority said.',
  '“The nets came back empty,” Ines Okafor told reporters in Marrow Bay.',
  'Prices for diesel rose 9% last month, according to the energy ministry.',
];
const input = Array.from({ length: 120 }, (_, i) =>
  JSON.stringify({ id: `d${i}`, text: Array.from({ length: 5 + (i % 7) }, (_, k) => SENTENCES[(i + k) % 3]).join(' '), dct: '2025-05-14' }),
).join('\n') + '\n';

async function run(jobs: number, rampBytes: number): Promise<{ out: string; workers: number; bad: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  let workers = 0;
  // Small chunks, as a pipe delivers them, so the ramp sees the input grow.
  const pieces: string[] = [];
  for (let i = 0; i < input.length; i += 4096) pieces.push(input.slice(i, i + 4096));
  const bad = await runJsonlStream({
    date: null,
    jobs,
    progress: false,
    input: Readable.from(pieces.map((p) => Buffer.from(p))),
    output,
    errors: new PassThrough(),
    workerScript: CLI,
    rampBytes,
    onWorkerStart: () => workers++,
  });
  output.end();
  return { out: Buffer.concat(chunks).toString('utf8'), workers, bad };
}

test('with a ramp larger than the input, one worker does all the work', async () => {
  const r = await run(2, input.length * 2);
  assert.equal(r.bad, 0);
  assert.equal(r.workers, 1);
  assert.equal(r.out.trim().split('\n').length, 120);
});

test('a ramp smaller than the input starts the other workers, up to --jobs; no ramp starts them all at once', async () => {
  const ramped = await run(3, Math.floor(input.length / 4));
  assert.equal(ramped.workers, 3);
  const all = await run(2, 0);
  assert.equal(all.workers, 2);
  const one = await run(2, input.length * 2);
  // The same lines, in input order, whatever the number of threads.
  assert.equal(ramped.out, one.out);
  assert.equal(all.out, one.out);
  assert.deepEqual(one.out.trim().split('\n').map((l) => JSON.parse(l).id), Array.from({ length: 120 }, (_, i) => `d${i}`));
});
