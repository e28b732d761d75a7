// What one analysis of a document can hand to the next one: results of per-paragraph work, keyed by everything that
// work reads (the paragraph's characters and a little context, its sentence breaks, the quotations over it). An edit
// changes one paragraph, so the next analysis redoes that paragraph and reuses the rest. The model is the same as
// without the cache (test/unit/reuse.test.ts compares them over edits); the cache only saves time, which matters for
// the editor's long documents (`npm run bench`: 1-character edit → diagnostics on 100 KB and 1 MB). A text long enough
// to be analyzed in pieces also keeps each piece's model, so an edit redoes one piece.
import type { ArticleModel } from './model';

/** Results kept for one analysis to the next: what an analysis does not use is gone after the next one. */
export class ParagraphCache<V> {
  private prev = new Map<string, V>();
  private next = new Map<string, V>();
  /** Lookups answered from the cache since it was created (for tests and the benchmark). */
  hits = 0;

  get(key: string): V | undefined {
    const v = this.prev.get(key) ?? this.next.get(key);
    if (v !== undefined) {
      this.next.set(key, v);
      this.hits++;
    }
    return v;
  }

  set(key: string, v: V): void {
    this.next.set(key, v);
  }

  /** Starts an analysis: the entries the last one used stay, the others go. */
  begin(): void {
    this.prev = this.next;
    this.next = new Map();
  }

  get size(): number {
    return this.prev.size + this.next.size;
  }
}

/** Opaque to callers: create one per document with createAnalysisCache() and pass it with every analysis of it. */
export interface AnalysisCache {
  /** Raw attributions of a paragraph (see attributions.ts). */
  readonly attributions: ParagraphCache<unknown>;
  /** Models of the pieces a long text is analyzed in (see analyzeInChunks in analyze.ts). */
  readonly pieces: ParagraphCache<ArticleModel>;
}

export function createAnalysisCache(): AnalysisCache {
  return { attributions: new ParagraphCache(), pieces: new ParagraphCache() };
}

/** Called once at the start of each analysis that uses the cache. */
export function beginAnalysis(cache: AnalysisCache | undefined): void {
  cache?.attributions.begin();
  cache?.pieces.begin();
}
