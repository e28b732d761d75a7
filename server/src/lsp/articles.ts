// Which documents are articles, and one analysis model per document version (parse once; every feature reads it).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeStaged, emptyModel } from '../analysis';
import type { AnalyzeOptions, ArticleModel, StagedAnalysis } from '../analysis';
import { globToRegExp } from './settings';
import type { Settings } from './settings';

export interface ArticleState {
  version: number;
  /** What else the model depends on (publication date setting, workspace outlets and speakers). */
  key: string;
  model: ArticleModel;
  /** Set while the model still lacks its late layers (see analyzeStaged); `get` finishes it. */
  staged?: StagedAnalysis;
}

export class Articles {
  private readonly cache = new Map<string, ArticleState>();
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
    const key = `${settings.publicationDate}|${extra.outlets?.length ?? 0}|${extra.speakers?.length ?? 0}`;
    if (hit && hit.version === doc.version && hit.key === key) {
      if (hit.staged && !partial) this.complete(hit);
      return this.finish(doc, hit.model, !hit.staged);
    }
    const text = doc.getText();
    let state: ArticleState;
    if (text.length > settings.maxFileSize) {
      const model = emptyModel(text.length, `This file has ${text.length.toLocaleString('en')} characters, more than newsLens.maxFileSize (${settings.maxFileSize.toLocaleString('en')}); it is not analyzed.`);
      state = { version: doc.version, key, model };
    } else if (text.includes('\u0000')) {
      state = { version: doc.version, key, model: emptyModel(text.length, 'This file contains NUL bytes and looks binary; it is not analyzed.') };
    } else {
      const staged = analyzeStaged(text, { publicationDate: settings.publicationDate, ...extra });
      state = { version: doc.version, key, model: staged.model, ...(staged.complete ? {} : { staged }) };
      if (!partial) this.complete(state);
    }
    this.cache.set(doc.uri, state);
    return this.finish(doc, state.model, !state.staged);
  }

  /** Is the cached model of this document version complete (no late layers pending)? */
  isComplete(uri: string, version: number): boolean {
    const hit = this.cache.get(uri);
    return !!hit && hit.version === version && !hit.staged;
  }

  private complete(state: ArticleState): void {
    const staged = state.staged;
    if (!staged) return;
    delete state.staged;
    staged.finish();
  }

  /** The cached model, if any, without analyzing. */
  peek(uri: string): ArticleState | undefined {
    return this.cache.get(uri);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
