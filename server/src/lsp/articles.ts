// Which documents are articles, and one analysis model per document version (parse once; every feature reads it).
// Only the models of the few documents read last are kept as objects; the others are kept packed (serialized and
// compressed, a few KB instead of ~150 KB of objects for a 10 KB article) and unpacked when a feature reads them again.
import { deserialize, serialize } from 'node:v8';
import { deflateRawSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeStaged, createAnalysisCache, emptyModel } from '../analysis';
import type { AnalysisCache, AnalyzeOptions, ArticleModel, StagedAnalysis } from '../analysis';
import { globToRegExp } from './settings';
import { withRoomToAllocate } from './memory';
import type { Settings } from './settings';

export interface ArticleState {
  version: number;
  /** What else the model depends on (publication date setting, workspace outlets and speakers). */
  key: string;
  model: ArticleModel;
  /** Set while the model still lacks its late layers (see analyzeStaged); `get` finishes it. */
  staged?: StagedAnalysis;
}

interface Entry {
  version: number;
  key: string;
  /** Null while packed. */
  model: ArticleModel | null;
  packed: Buffer | null;
  staged?: StagedAnalysis;
}

/** How many documents keep their model as objects (the ones read last: the one being edited, its neighbours). */
export const HOT_MODELS = 4;

/**
 * Documents at least this long keep the engine's per-paragraph results from one version to the next while their
 * model is hot (analysis/reuse.ts), so an edit re-analyzes only the paragraph it changed (100 KB: the analysis of an
 * edit ~10 → ~5 ms), and their analysis may grow the young generation (memory.ts, withRoomToAllocate). Shorter ones
 * analyze fast anyway and cost neither.
 */
export const REUSE_MIN_CHARS = 20_000;

function pack(model: ArticleModel): Buffer {
  // Copied to its own exact-size buffer: zlib's result is a view into a 16 KB chunk that would stay alive with it.
  return Buffer.from(deflateRawSync(serialize(model), { level: zlibConstants.Z_BEST_SPEED }));
}

function unpack(packed: Buffer): ArticleModel {
  return deserialize(inflateRawSync(packed)) as ArticleModel;
}

export class Articles {
  private readonly cache = new Map<string, Entry>();
  /** Per-paragraph results of hot long documents, by uri (see REUSE_MIN_CHARS). */
  private readonly reuse = new Map<string, { key: string; cache: AnalysisCache }>();
  /** URIs whose models are unpacked, least recently read first. */
  private readonly hot: string[] = [];
  /** Called when a document's model object is released (packed or forgotten), so caches holding it let go too. */
  onRelease: ((uri: string) => void) | null = null;
  private annotated = new Set<string>();
  private includeCache: { key: string; res: RegExp[] } = { key: '', res: [] };
  private post: ((doc: TextDocument, model: ArticleModel, complete: boolean) => ArticleModel) | null = null;

  /**
   * A step run on every read after the analysis (the editor's annotations, lsp/annotations.ts); it caches itself.
   * `complete` is false for a model read for diagnostics before its late layers (the same object is completed later).
   */
  setPostProcess(f: ((doc: TextDocument, model: ArticleModel, complete: boolean) => ArticleModel) | null): void {
    this.post = f;
  }

  private finish(doc: TextDocument, model: ArticleModel, complete = true): ArticleModel {
    if (!this.post) return model;
    try {
      return this.post(doc, model, complete);
    } catch {
      return model;
    }
  }

  setAnnotated(uris: string[]): void {
    this.annotated = new Set(uris);
  }

  /** Is this document an article, and why. Files that are not articles get no diagnostics, ever. */
  classify(doc: TextDocument, settings: Settings): { isArticle: boolean; reason: string } {
    if (doc.languageId === 'news') return { isArticle: true, reason: 'a .news file' };
    if (this.annotated.has(doc.uri)) return { isArticle: true, reason: 'marked with "Annotate This File"' };
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return { isArticle: false, reason: `language ${doc.languageId} is not analyzed` };
    const key = settings.include.join('\u0000');
    if (this.includeCache.key !== key) this.includeCache = { key, res: settings.include.map(globToRegExp) };
    const path = decodeURIComponent(doc.uri.replace(/^[a-z-]+:\/\/[^/]*/i, ''));
    const hit = this.includeCache.res.findIndex((re) => re.test(path));
    if (hit >= 0) return { isArticle: true, reason: `matches newsLens.include "${settings.include[hit]}"` };
    return { isArticle: false, reason: 'not a .news file and not matched by newsLens.include' };
  }

  /**
   * The model for this document version, analyzing it at most once. With `partial`, the model may still lack the
   * layers no finding reads (outlet citations, and dates when the publication date is known): enough for diagnostics,
   * which are then published sooner; any later read without `partial` completes the same model first.
   */
  get(doc: TextDocument, settings: Settings, extra: AnalyzeOptions = {}, partial = false): ArticleModel {
    const hit = this.cache.get(doc.uri);
    const key = `${settings.publicationDate}|${settings.keepUncertain}|${extra.outlets?.length ?? 0}|${extra.speakers?.length ?? 0}`;
    if (hit && hit.version === doc.version && hit.key === key) {
      if (hit.staged && !partial) this.complete(hit);
      return this.finish(doc, this.touch(doc.uri, hit), !hit.staged);
    }
    const text = doc.getText();
    let state: Entry;
    if (text.length > settings.maxFileSize) {
      const model = emptyModel(text.length, `This file has ${text.length.toLocaleString('en')} characters, more than newsLens.maxFileSize (${settings.maxFileSize.toLocaleString('en')}); it is not analyzed.`);
      state = { version: doc.version, key, model, packed: null };
    } else if (text.includes('\u0000')) {
      state = { version: doc.version, key, model: emptyModel(text.length, 'This file contains NUL bytes and looks binary; it is not analyzed.'), packed: null };
    } else {
      const options = { publicationDate: settings.publicationDate, keepUncertain: settings.keepUncertain, ...extra, cache: this.reuseFor(doc.uri, key, text.length) };
      const staged = text.length >= REUSE_MIN_CHARS ? withRoomToAllocate(() => analyzeStaged(text, options)) : analyzeStaged(text, options);
      state = { version: doc.version, key, model: staged.model, packed: null, ...(staged.complete ? {} : { staged }) };
      if (!partial) this.complete(state);
    }
    this.cache.set(doc.uri, state);
    return this.finish(doc, this.touch(doc.uri, state), !state.staged);
  }

  private reuseFor(uri: string, key: string, length: number): AnalysisCache | undefined {
    if (length < REUSE_MIN_CHARS) {
      this.reuse.delete(uri);
      return undefined;
    }
    let r = this.reuse.get(uri);
    if (!r || r.key !== key) this.reuse.set(uri, (r = { key, cache: createAnalysisCache() }));
    return r.cache;
  }

  /** Is the cached model of this document version complete (no late layers pending)? */
  isComplete(uri: string, version: number): boolean {
    const hit = this.cache.get(uri);
    return !!hit && hit.version === version && !hit.staged;
  }

  private complete(state: Entry): void {
    const staged = state.staged;
    if (!staged) return;
    delete state.staged;
    if (state.model && state.model.length >= REUSE_MIN_CHARS) withRoomToAllocate(() => staged.finish());
    else staged.finish();
  }

  /** The entry's model as objects (unpacking it if needed), marked as read last; packs the least recent beyond HOT_MODELS. */
  private touch(uri: string, e: Entry): ArticleModel {
    if (!e.model) {
      e.model = unpack(e.packed!);
      e.packed = null;
    }
    const i = this.hot.indexOf(uri);
    if (i >= 0) this.hot.splice(i, 1);
    this.hot.push(uri);
    for (let k = 0; this.hot.length > HOT_MODELS && k < this.hot.length - 1; ) {
      const cold = this.cache.get(this.hot[k]);
      // A model whose late layers are pending is completed first (its closure still holds it).
      if (!cold || !cold.model || cold.staged) {
        if (!cold || !cold.model) this.hot.splice(k, 1);
        else k++;
        continue;
      }
      try {
        cold.packed = pack(cold.model);
        cold.model = null;
      } catch {
        k++;
        continue;
      }
      const [gone] = this.hot.splice(k, 1);
      this.reuse.delete(gone);
      this.onRelease?.(gone);
    }
    return e.model;
  }

  /** The cached model, if any, without analyzing. */
  peek(uri: string): ArticleState | undefined {
    const e = this.cache.get(uri);
    if (!e) return undefined;
    return { version: e.version, key: e.key, model: this.touch(uri, e), ...(e.staged ? { staged: e.staged } : {}) };
  }

  /** How many models are kept as objects and how many packed, and the packed bytes (for tests and the benchmark). */
  stats(): { unpacked: number; packed: number; packedBytes: number } {
    let unpacked = 0;
    let packed = 0;
    let packedBytes = 0;
    for (const e of this.cache.values()) {
      if (e.model) unpacked++;
      else if (e.packed) {
        packed++;
        packedBytes += e.packed.length;
      }
    }
    return { unpacked, packed, packedBytes };
  }

  forget(uri: string): void {
    this.cache.delete(uri);
    this.reuse.delete(uri);
    const i = this.hot.indexOf(uri);
    if (i >= 0) this.hot.splice(i, 1);
  }

  clear(): void {
    this.cache.clear();
    this.reuse.clear();
    this.hot.length = 0;
  }
}
