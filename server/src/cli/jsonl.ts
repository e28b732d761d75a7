// Streaming JSONL for `newslens analyze --jsonl`: stdin is read chunk by chunk, lines are analyzed in batches
// (inline with --jobs 1, in worker threads otherwise), and results are written in input order. Reading pauses while
// too many batches are in flight or stdout is not draining, so memory stays flat on inputs of any size.
import { Worker } from 'node:worker_threads';
import { StringDecoder } from 'node:string_decoder';
import { fstatSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { processLines } from './line';

export interface JsonlOptions {
  date: string | null;
  /** Keep the statements the confidence model leaves out (--keep-uncertain). */
  keepUncertain?: boolean;
  jobs: number;
  progress: boolean;
  input: Readable;
  output: Writable;
  errors: Writable;
  /** The script a worker thread runs (the bundled CLI itself). */
  workerScript?: string;
  /**
   * Input bytes per worker thread before another one starts (0: all start at once). Each worker optimizes the engine
   * for itself, seconds of compilation on real news, so a small batch is faster on one thread than on two.
   */
  rampBytes?: number;
  /** Called when a worker thread starts (tests count them). */
  onWorkerStart?: () => void;
}

/** The default ramp: one more worker per this much input (polnear.train, 9 MB: one worker, 2.7 s against 3.9 s). */
export const RAMP_BYTES = 16 * 1024 * 1024;

interface Batch {
  seq: number;
  firstLine: number;
  lines: string[];
  bytes: number;
}
export interface BatchResult {
  seq: number;
  out: string;
  errors: string[];
}

const BATCH_BYTES = 256 * 1024;
const BATCH_LINES = 256;

/** Analyzes a batch of lines; used inline and inside workers. */
export function runBatch(b: { seq: number; firstLine: number; lines: string[] }, date: string | null, keepUncertain = false): BatchResult {
  const lines: { line: string; lineNo: number }[] = [];
  for (let k = 0; k < b.lines.length; k++) if (b.lines[k].trim()) lines.push({ line: b.lines[k], lineNo: b.firstLine + k });
  const { outs, errors } = processLines(lines, date, keepUncertain);
  let out = '';
  for (const o of outs) out += o + '\n';
  return { seq: b.seq, out, errors };
}

/** Splits a byte stream into lines without holding more than one partial line. */
async function* batches(input: Readable, onBytes: (n: number) => void): AsyncGenerator<Batch> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let seq = 0;
  let lineNo = 0;
  let cur: Batch = { seq: 0, firstLine: 1, lines: [], bytes: 0 };
  const push = (line: string): Batch | null => {
    lineNo++;
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    cur.lines.push(line);
    cur.bytes += line.length;
    if (cur.bytes >= BATCH_BYTES || cur.lines.length >= BATCH_LINES) {
      const full = cur;
      cur = { seq: ++seq, firstLine: lineNo + 1, lines: [], bytes: 0 };
      return full;
    }
    return null;
  };
  for await (const chunk of input) {
    onBytes((chunk as Buffer).length);
    const s = rest + decoder.write(chunk as Buffer);
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      const full = push(s.slice(from, nl));
      from = nl + 1;
      if (full) yield full;
    }
    rest = s.slice(from);
  }
  rest += decoder.end();
  if (rest.length) push(rest);
  if (cur.lines.length) yield cur;
}

function write(out: Writable, s: string): Promise<void> | null {
  if (!s) return null;
  if (out.write(s)) return null;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('error', done);
    out.once('close', done);
  });
}

class Progress {
  private total = 0;
  private read = 0;
  private lines = 0;
  private readonly t0 = Date.now();
  private last = 0;
  constructor(private readonly err: Writable, input: Readable, private readonly on: boolean) {
    try {
      const fd = (input as unknown as { fd?: number }).fd;
      if (typeof fd === 'number') {
        const st = fstatSync(fd);
        if (st.isFile()) this.total = st.size;
      }
    } catch {
      // not a file: no total
    }
  }
  bytes(n: number): void {
    this.read += n;
  }
  done(lines: number): void {
    this.lines += lines;
    if (!this.on) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const secs = Math.max(0.001, (now - this.t0) / 1000);
    const mbs = (this.read / 1e6 / secs).toFixed(1);
    let bar = '';
    if (this.total > 0) {
      const f = Math.min(1, this.read / this.total);
      const w = 30;
      bar = `[${'#'.repeat(Math.round(f * w)).padEnd(w, '.')}] ${(f * 100).toFixed(0).padStart(3)}% `;
    }
    this.err.write(`\r${bar}${this.lines.toLocaleString('en')} lines, ${(this.read / 1e6).toFixed(1)} MB, ${mbs} MB/s `);
  }
  end(): void {
    if (this.on && this.last > 0) this.err.write('\r\x1b[K');
  }
}

/** Runs the JSONL filter; resolves with the number of bad lines. */
export async function runJsonlStream(o: JsonlOptions): Promise<number> {
  const progress = new Progress(o.errors, o.input, o.progress);
  let bad = 0;
  const emit = async (r: BatchResult, lines: number) => {
    for (const e of r.errors) {
      bad++;
      o.errors.write(`newslens: ${e}\n`);
    }
    const w = write(o.output, r.out);
    progress.done(lines);
    if (w) await w;
  };

  if (o.jobs <= 1 || !o.workerScript) {
    for await (const b of batches(o.input, (n) => progress.bytes(n))) await emit(runBatch(b, o.date, o.keepUncertain), b.lines.length);
    progress.end();
    return bad;
  }

  // Worker pool: each worker takes one batch at a time; results are emitted in sequence order.
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const pending = new Map<number, { r: BatchResult; lines: number }>();
  const lineCount = new Map<number, number>();
  const queue: Batch[] = [];
  let nextOut = 0;
  let inFlight = 0;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let flushing: Promise<void> = Promise.resolve();

  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const b = queue.shift()!;
      w.postMessage({ seq: b.seq, firstLine: b.firstLine, lines: b.lines });
    }
  };
  const flush = async () => {
    while (pending.has(nextOut)) {
      const { r, lines } = pending.get(nextOut)!;
      pending.delete(nextOut);
      nextOut++;
      await emit(r, lines);
      inFlight--;
      signal();
    }
  };
  const startWorker = () => {
    const w = new Worker(o.workerScript!, { workerData: { newslensWorker: true, date: o.date, keepUncertain: !!o.keepUncertain } });
    w.on('message', (r: BatchResult) => {
      pending.set(r.seq, { r, lines: lineCount.get(r.seq) ?? 0 });
      lineCount.delete(r.seq);
      idle.push(w);
      dispatch();
      flushing = flushing.then(flush);
    });
    w.on('error', (err) => {
      failure = err;
      signal();
    });
    workers.push(w);
    idle.push(w);
    o.onWorkerStart?.();
  };
  const ramp = o.rampBytes ?? 0;
  let bytesIn = 0;
  const maxInFlight = o.jobs * 3;
  try {
    for await (const b of batches(o.input, (n) => {
      progress.bytes(n);
      bytesIn += n;
    })) {
      // The first worker starts with the first batch, the others once the input has grown by ramp bytes each.
      while (workers.length < o.jobs && bytesIn >= ramp * workers.length) startWorker();
      while (inFlight >= maxInFlight && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      inFlight++;
      lineCount.set(b.seq, b.lines.length);
      queue.push(b);
      dispatch();
    }
    while (inFlight > 0 && !failure) await new Promise<void>((r) => (wake = r));
    if (failure) throw failure;
    await flushing;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    progress.end();
  }
  return bad;
}
