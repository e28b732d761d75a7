// V8 settings for a language server, applied before anything else is loaded (server.ts imports this module first).
// The defaults suit a batch job: the young generation grows to 32 MB once enough objects survive and never shrinks.
// An editor process holds many documents for hours and analyzes one at a time, so the young generation is kept from
// growing (`npm run bench`, server RSS with 100 open 10 KB articles: ~115 MB with V8's defaults, ~83 MB with this).
// `--optimize-for-size` would save ~8 MB more but made a 100 KB edit → diagnostics p95 2.5× slower (42 → 105 ms)
// and the analysis of 1 MB 2× slower, so the editor's latency wins. The flag is read by V8 as it runs, so setting
// it here works like passing it on the command line. The CLI does not load this.
import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { applyServerV8Flags } from '../v8Flags';

// (SERVER_V8_FLAGS, or NEWSLENS_V8_FLAGS; start.ts has set them already when the server was started through it)
const overridden = applyServerV8Flags();

/** How many bulk jobs (see duringBulkWork) are running. */
let bulk = 0;
const setGrowth = (factor: number): void => {
  try {
    setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  } catch {
    // keep what V8 has
  }
};

/**
 * Bulk work (the workspace index's first crawl): while it runs, the young generation may grow as V8 would by default,
 * so the crawl runs at full speed (its worker threads read the same V8 setting); afterwards new growth stops again.
 */
export async function duringBulkWork<T>(work: () => Promise<T>): Promise<T> {
  if (overridden) return work();
  bulk++;
  setGrowth(2);
  try {
    return await work();
  } finally {
    if (--bulk === 0) setGrowth(1);
  }
}

/**
 * How far a long document's analysis lets the young generation grow (semi-space, MB). Analyzing 100 KB allocates
 * several MB; with the resting 1 MB semi-spaces that is ~5 scavenges per edit, each copying the analysis's live
 * objects (measured: 1-character edit → analysis p50 / p95 9.5 / 19 ms with 1 MB, 6.4 / 11 ms with 8 MB
 * semi-spaces). V8 never shrinks it again, so it grows only during long documents' analyses, and no such analysis
 * starts growing it once it has reached this size. (One analysis may take it one doubling further, to V8's own
 * maximum of 16 MB: V8 cannot be stopped in the middle.)
 */
export const LONG_WORK_SEMI_SPACE_MB = 8;

/** Runs `work` (the analysis of a long document) with the young generation allowed to grow, up to the cap above. */
export function withRoomToAllocate<T>(work: () => T): T {
  if (overridden || bulk > 0 || newSpaceMB() >= 2 * LONG_WORK_SEMI_SPACE_MB) return work();
  setGrowth(2);
  try {
    return work();
  } finally {
    setGrowth(1);
  }
}

/** The young generation's size (both semi-spaces), MB. */
function newSpaceMB(): number {
  try {
    const s = getHeapSpaceStatistics().find((x) => x.space_name === 'new_space');
    return s ? s.space_size / (1024 * 1024) : 0;
  } catch {
    return 0;
  }
}

/**
 * A compacting full collection once the server goes idle after work that left much garbage. Opening many articles
 * grows the old generation, and V8 keeps those pages even after its own collections free them, for as long as the
 * server runs (`npm run bench`: 100 open 10 KB articles, ~81 MB RSS right after the last diagnostics, ~71 MB once
 * this ran). It runs only after IDLE_MS without new work and only when the heap grew by SLACK_BYTES since the last
 * time (opening one 10 KB article does not trigger it); it takes ~80 ms on a 27 MB heap on the 2-core bench machine,
 * so it waits for a real pause.
 */
const IDLE_MS = 2000;
const SLACK_BYTES = 6 * 1024 * 1024;
let gcFn: (() => void) | null | undefined;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let collections = 0;
/** Heap in use right after the last idle collection. */
let usedAfter = 0;

function collector(): (() => void) | null {
  if (gcFn !== undefined) return gcFn;
  try {
    // `gc` is exposed to contexts created after the flag is set; the main context keeps its globals unchanged.
    setFlagsFromString('--expose-gc');
    const f = runInNewContext('gc') as unknown;
    gcFn = typeof f === 'function' ? (f as () => void) : null;
  } catch {
    gcFn = null;
  }
  return gcFn;
}

/** Call after each piece of work (an analysis); the collection waits for `idleMs` of quiet. */
export function collectWhenIdle(idleMs = IDLE_MS): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    const h = getHeapStatistics();
    // Worth it only when the heap grew since the last collection here, or holds much more than it uses.
    if (h.used_heap_size - usedAfter < SLACK_BYTES && h.total_heap_size - h.used_heap_size < SLACK_BYTES) return;
    const gc = collector();
    if (!gc) return;
    const t0 = performance.now();
    try {
      // Compacting moves the survivors together so the emptied pages go back to the system; only this collection
      // compacts on purpose (V8's own full collections keep their heuristics, and their pause times).
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
      collections++;
      usedAfter = getHeapStatistics().used_heap_size;
      if (process.env.NEWSLENS_DEBUG_GC) process.stderr.write(`[News Lens] idle collection: ${h.used_heap_size} → ${usedAfter} bytes in ${(performance.now() - t0).toFixed(1)} ms\n`);
    } catch {
      // nothing to do: V8 collects on its own schedule
    }
  }, idleMs);
  idleTimer.unref?.();
}

/** How many idle collections ran (for the server's status and tests). */
export const idleCollections = (): number => collections;
