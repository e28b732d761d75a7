// Worker threads for the workspace index's first crawl: the files are analyzed on the other cores, so the crawl takes
// a fraction of the time and the server's own thread stays free for the open documents (hovers, edits). The pool
// lives for one crawl. A worker that fails (it cannot start, or it dies) is not retried: its files, and every file
// after, answer `null` and the index analyzes them on its own thread, so nothing is lost.
import { Worker } from 'node:worker_threads';
import type { IndexedSymbol } from './indexSymbols';

export interface IndexJob {
  id: number;
  /** The worker reads the file itself (so this thread does no file work at all). */
  file: string;
  uri: string;
  languageId: string;
  maxFileSize: number;
  publicationDate: string | null;
}
export interface IndexAnswer {
  id: number;
  symbols: IndexedSymbol[] | null;
  /** The file could not be read, or is too big or binary: it is not indexed. */
  unreadable?: boolean;
  error?: string;
}

interface Slot {
  worker: Worker;
  /** Resolvers of the jobs sent to this worker, by id. */
  waiting: Map<number, (answer: IndexAnswer | null) => void>;
}

export class IndexPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private broken = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly log: (message: string) => void = () => {},
  ) {}

  /** The worker's answer for one file, or null when the pool cannot analyze it (the caller does it itself). */
  run(job: Omit<IndexJob, 'id'>): Promise<IndexAnswer | null> {
    const slot = this.broken ? null : this.pick();
    if (!slot) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.waiting.set(id, resolve);
      try {
        slot.worker.postMessage({ ...job, id } satisfies IndexJob);
      } catch {
        slot.waiting.delete(id);
        resolve(null);
      }
    });
  }

  /** Ends the workers (jobs still waiting answer null). */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    this.broken = true;
    for (const s of slots) this.fail(s);
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  /** The least busy worker, starting one while the pool is below its size. */
  private pick(): Slot | null {
    let best: Slot | null = null;
    for (const s of this.slots) if (!best || s.waiting.size < best.waiting.size) best = s;
    if ((!best || best.waiting.size > 0) && this.slots.length < this.size) {
      try {
        best = this.start();
      } catch (err) {
        this.log(`index worker could not start: ${err instanceof Error ? err.message : String(err)}`);
        this.broken = true;
        return null;
      }
    }
    return best;
  }

  private start(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, waiting: new Map() };
    worker.on('message', (a: IndexAnswer) => {
      const resolve = slot.waiting.get(a.id);
      slot.waiting.delete(a.id);
      if (a.error) this.log(`index worker: ${a.error}`);
      resolve?.(a);
    });
    const down = (why: string) => {
      if (this.broken) return;
      this.log(`index worker stopped (${why}); the rest is indexed on the server's thread`);
      this.broken = true;
      for (const s of this.slots) this.fail(s);
    };
    worker.on('error', (err) => down(err instanceof Error ? err.message : String(err)));
    worker.on('exit', (code) => down(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private fail(slot: Slot): void {
    const waiting = [...slot.waiting.values()];
    slot.waiting.clear();
    for (const r of waiting) r(null);
  }
}
