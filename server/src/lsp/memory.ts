// V8 settings for a language server, applied before anything else is loaded (server.ts imports this module first).
// The defaults suit a batch job: the young generation grows to 32 MB once enough objects survive and never shrinks.
// An editor process holds many documents for hours and analyzes one at a time, so the young generation is kept from
// growing (`npm run bench`, server RSS with 100 open 10 KB articles: ~115 MB with V8's defaults, ~83 MB with this).
// `--optimize-for-size` would save ~8 MB more but made a 100 KB edit → diagnostics p95 2.5× slower (42 → 105 ms)
// and the analysis of 1 MB 2× slower, so the editor's latency wins. The flag is read by V8 as it runs, so setting
// it here works like passing it on the command line. The CLI does not load this.
import { setFlagsFromString } from 'node:v8';

export const SERVER_V8_FLAGS = ['--semi-space-growth-factor=1'];

let overridden = false;
try {
  // NEWSLENS_V8_FLAGS replaces the list (an empty value keeps V8's defaults), to compare in the benchmark.
  const env = process.env.NEWSLENS_V8_FLAGS;
  overridden = env !== undefined;
  for (const f of env !== undefined ? env.split(' ').filter(Boolean) : SERVER_V8_FLAGS) setFlagsFromString(f);
} catch {
  // Not fatal: V8's defaults work too, with more memory.
}

/**
 * Bulk work ahead (the workspace index crawling thousands of files): let the young generation grow as V8 would by
 * default, so the crawl runs at full speed. It does not shrink afterwards; the editor-only case stays small.
 */
export function allowYoungGenerationGrowth(): void {
  if (overridden) return;
  try {
    setFlagsFromString('--semi-space-growth-factor=2');
  } catch {
    // keep the small young generation
  }
}
