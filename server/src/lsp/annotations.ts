// Editor annotations in the language server: the sidecar `<article>.annotations.json` is read (and re-read when it
// changes on disk), re-anchored against the current text and applied to the model, so diagnostics, hovers, symbols
// and the Statements view show the editor's corrections. Annotate requests write the sidecar atomically, refusing
// to overwrite a sidecar that changed on disk since it was read, or to write outside the workspace.
import { esc } from './text';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CodeActionKind, DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { CodeAction, Connection, Hover, InitializeParams, MarkupContent, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { analyze } from '../analysis';
import type { ArticleModel, Span } from '../analysis';
import { applyAnnotationsDetailed, itemsAt } from '../annotations/apply';
import type { ApplyResult, DetectedItem } from '../annotations/apply';
import { importBrat } from '../annotations/brat';
import { planExport, EXPORT_FORMATS } from '../annotations/exportFiles';
import type { ExportFormat, ExportInput } from '../annotations/exportFiles';
import { readTracked, sidecarPath, writeAtomic, writeFiles } from '../annotations/io';
import { anchorAll } from '../annotations/anchor';
import { ANNOTATION_STATUSES, makeAnnotation, parseAnnotations, quoteOf, serializeAnnotations } from '../annotations/webAnnotation';
import type { AnnotationKind, Corrections, NewsAnnotation } from '../annotations/webAnnotation';
import {
  ANNOTATE_REQUEST,
  ANNOTATIONS_REQUEST,
  EXPORT_REQUEST,
  IMPORT_REQUEST,
} from '../../../protocol/protocol';
import type {
  AnnotateParams,
  AnnotateResult,
  AnnotationDto,
  AnnotationsParams,
  AnnotationsResult,
  ArticleStatementsDto,
  ExportParams,
  ExportResult,
  ImportParams,
  ImportResult,
} from '../../../protocol/protocol';

/** Commands the code actions run (the client registers them; see client/src/annotations). */
export const ANNOTATION_COMMANDS = {
  confirm: 'newsLens.annotation.confirm',
  correct: 'newsLens.annotation.correct',
  reject: 'newsLens.annotation.reject',
  status: 'newsLens.annotation.setStatus',
  note: 'newsLens.annotation.attachNote',
  markClaim: 'newsLens.annotation.markClaim',
  markQuote: 'newsLens.annotation.markQuote',
  markSource: 'newsLens.annotation.markSource',
} as const;

interface Sidecar {
  file: string;
  mtimeMs: number;
  size: number;
  annotations: NewsAnnotation[];
  problems: string[];
}

interface Applied {
  version: number;
  raw: ArticleModel;
  /** False when `raw` was read before its late layers (it is completed in place later: apply again then). */
  complete: boolean;
  sidecarKey: string;
  text: string;
  result: ApplyResult;
  sidecar: Sidecar | null;
}

const fileOf = (uri: string): string | null => {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
};

export class AnnotationLayer {
  private roots: string[] = [];
  private readonly sidecars = new Map<string, Sidecar | null>();
  private readonly applied = new Map<string, Applied>();

  setWorkspace(params: InitializeParams): void {
    const roots: string[] = [];
    for (const f of params.workspaceFolders ?? []) {
      const p = fileOf(f.uri);
      if (p) roots.push(p);
    }
    if (!roots.length && params.rootUri) {
      const p = fileOf(params.rootUri);
      if (p) roots.push(p);
    }
    this.roots = roots;
  }

  /** Where writes beside this article may go: the workspace folders, or the article's folder when there are none. */
  rootsFor(articlePath: string): string[] {
    return this.roots.length ? this.roots : [path.dirname(articlePath)];
  }

  /** The sidecar of an article URI, re-read when its size or mtime changed. Null for non-file URIs or no sidecar. */
  sidecar(uri: string, text: string): Sidecar | null {
    const article = fileOf(uri);
    if (!article) return null;
    const file = sidecarPath(article);
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(file);
    } catch {
      st = null;
    }
    const cached = this.sidecars.get(uri);
    if (!st || !st.isFile()) {
      this.sidecars.set(uri, null);
      return null;
    }
    if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached;
    let sc: Sidecar;
    try {
      const { annotations, problems } = parseAnnotations(fs.readFileSync(file, 'utf8'), text);
      sc = { file, mtimeMs: st.mtimeMs, size: st.size, annotations, problems: problems.map((p) => `${path.basename(file)}: ${p}`) };
    } catch (e) {
      sc = { file, mtimeMs: st.mtimeMs, size: st.size, annotations: [], problems: [`cannot read ${file}: ${(e as Error).message}`] };
    }
    this.sidecars.set(uri, sc);
    return sc;
  }

  /** The model with the sidecar applied (cached per document version, model and sidecar state). Never throws. */
  apply(doc: TextDocument, raw: ArticleModel, complete = true): ArticleModel {
    try {
      const text = doc.getText();
      const sc = this.sidecar(doc.uri, text);
      const key = sc ? `${sc.mtimeMs}:${sc.size}` : '';
      const hit = this.applied.get(doc.uri);
      if (hit && hit.version === doc.version && hit.raw === raw && hit.complete === complete && hit.sidecarKey === key) return hit.result.model;
      const result = sc && sc.annotations.length ? applyAnnotationsDetailed(raw, text, sc.annotations) : { model: raw, applied: [], orphans: [] };
      this.applied.set(doc.uri, { version: doc.version, raw, complete, sidecarKey: key, text, result, sidecar: sc });
      return result.model;
    } catch {
      return raw;
    }
  }

  state(uri: string): Applied | undefined {
    return this.applied.get(uri);
  }

  /** Is `file` the sidecar of an open article? Returns that article's URI. */
  articleOfSidecar(sidecarUri: string): string | null {
    const f = fileOf(sidecarUri);
    if (!f || !f.endsWith('.annotations.json')) return null;
    const article = f.slice(0, -'.annotations.json'.length);
    for (const uri of this.applied.keys()) if (fileOf(uri) === article) return uri;
    return null;
  }

  /** The open articles whose sidecar is among these file-change events (for workspace/didChangeWatchedFiles). */
  articlesOfSidecars(changes: readonly { uri: string }[]): string[] {
    const out: string[] = [];
    for (const ch of changes) {
      const uri = typeof ch?.uri === 'string' ? this.articleOfSidecar(ch.uri) : null;
      if (uri && !out.includes(uri)) out.push(uri);
    }
    return out;
  }

  forget(uri: string): void {
    this.applied.delete(uri);
    this.sidecars.delete(uri);
  }

  /** The article's model was packed away (lsp/articles.ts): drop the cached application unless it holds annotations. */
  release(uri: string): void {
    const st = this.applied.get(uri);
    if (st && !st.result.applied.length && !st.result.orphans.length) this.applied.delete(uri);
  }

  // ---- features ---------------------------------------------------------------------------------------------

  /** Lines about the annotations at `offset`, for the hover. */
  hoverLines(uri: string, offset: number): string[] {
    const st = this.applied.get(uri);
    if (!st) return [];
    const lines: string[] = [];
    for (const ap of st.result.applied) {
      if (!(ap.span[0] <= offset && offset <= ap.span[1])) continue;
      lines.push(describe(ap.annotation));
    }
    return lines;
  }

  /** The annotation code actions for `range` (kind refactor, running newsLens.annotation.* commands). */
  codeActions(doc: TextDocument, range: Range, only?: string[]): CodeAction[] {
    const st = this.applied.get(doc.uri);
    if (!st || st.version !== doc.version) return [];
    // Asked for other kinds only (e.g. quick fixes): none of ours.
    if (only && only.length && !only.some((k) => k === CodeActionKind.Refactor || k === CodeActionKind.Empty)) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    const out: CodeAction[] = [];
    const arg = (extra: Record<string, unknown> = {}) => [{ uri: doc.uri, range, ...extra }];
    const item = itemsAt(st.result.model, start, end)[0];
    if (item) {
      const what = item.kind === 'outlet' ? 'outlet' : item.kind;
      out.push(
        { title: `News Lens: Confirm this ${what}`, kind: CodeActionKind.Refactor, command: { title: 'Confirm', command: ANNOTATION_COMMANDS.confirm, arguments: arg({ kind: item.kind }) } },
        { title: `News Lens: Correct this ${what}…`, kind: CodeActionKind.Refactor, command: { title: 'Correct', command: ANNOTATION_COMMANDS.correct, arguments: arg({ kind: item.kind }) } },
        { title: `News Lens: Reject this ${what}`, kind: CodeActionKind.Refactor, command: { title: 'Reject', command: ANNOTATION_COMMANDS.reject, arguments: arg({ kind: item.kind }) } },
        { title: `News Lens: Set status of this ${what}…`, kind: CodeActionKind.Refactor, command: { title: 'Set status', command: ANNOTATION_COMMANDS.status, arguments: arg({ kind: item.kind }) } },
      );
    }
    // Nothing under the cursor and nothing selected: no actions (no light bulb all over the article).
    if (item || end > start) out.push({ title: 'News Lens: Attach a note…', kind: CodeActionKind.Refactor, command: { title: 'Attach note', command: ANNOTATION_COMMANDS.note, arguments: arg() } });
    if (end > start) {
      out.push(
        { title: 'News Lens: Mark selection as a claim', kind: CodeActionKind.Refactor, command: { title: 'Mark claim', command: ANNOTATION_COMMANDS.markClaim, arguments: arg() } },
        { title: 'News Lens: Mark selection as a quote', kind: CodeActionKind.Refactor, command: { title: 'Mark quote', command: ANNOTATION_COMMANDS.markQuote, arguments: arg() } },
        { title: 'News Lens: Mark selection as a source', kind: CodeActionKind.Refactor, command: { title: 'Mark source', command: ANNOTATION_COMMANDS.markSource, arguments: arg() } },
      );
    }
    return out;
  }

  /** Fills StatementDto.status from the annotations on the statements (matched by range). */
  withStatuses(doc: TextDocument, dto: ArticleStatementsDto): ArticleStatementsDto {
    const st = this.applied.get(doc.uri);
    if (st?.result.orphans.length) {
      dto.orphans = st.result.orphans.map((a) => ({ id: a.id, kind: a.kind, action: a.action, text: a.quote.exact, ...(a.note !== undefined ? { note: a.note } : {}) }));
    }
    if (!st || !st.result.applied.length) return dto;
    const byStart = new Map<string, string>();
    for (const ap of st.result.applied) {
      const a = ap.annotation;
      const label = a.status ?? (a.action === 'confirm' ? 'confirmed' : a.action === 'correct' ? 'corrected' : a.action === 'add' && (a.kind === 'quote' || a.kind === 'claim') ? 'added' : undefined);
      if (!label || a.action === 'reject') continue;
      const s = doc.positionAt(ap.span[0]);
      byStart.set(`${s.line}:${s.character}`, label);
    }
    for (const sp of dto.speakers) {
      for (const s of sp.statements) {
        const label = byStart.get(`${s.range.start.line}:${s.range.start.character}`);
        if (label) s.status = label;
      }
    }
    return dto;
  }

  list(doc: TextDocument): AnnotationsResult {
    const st = this.applied.get(doc.uri);
    const toDto = (a: NewsAnnotation, span: Span | null, anchoredBy: string): AnnotationDto => {
      const d: AnnotationDto = { id: a.id, kind: a.kind, action: a.action, exact: a.quote.exact, range: span ? { start: doc.positionAt(span[0]), end: doc.positionAt(span[1]) } : null, anchoredBy };
      if (a.status) d.status = a.status;
      if (a.note !== undefined) d.note = a.note;
      if (a.corrections) d.corrections = { ...(a.corrections as Record<string, string>) };
      return d;
    };
    return {
      uri: doc.uri,
      sidecar: st?.sidecar?.file ?? (fileOf(doc.uri) ? sidecarPath(fileOf(doc.uri)!) : null),
      annotations: st ? st.result.applied.map((ap) => toDto(ap.annotation, ap.span, ap.method)) : [],
      orphans: st ? st.result.orphans.map((a) => toDto(a, null, 'orphan')) : [],
      problems: st?.sidecar?.problems ?? [],
    };
  }

  /** Applies an annotate request to the sidecar on disk (read → change → conflict-checked atomic write). */
  annotate(doc: TextDocument, raw: ArticleModel, p: AnnotateParams): AnnotateResult {
    const article = fileOf(doc.uri);
    if (!article) return { ok: false, reason: 'not-a-file', message: 'Annotations are saved beside the article; save this document to a file first.' };
    const text = doc.getText();
    const file = sidecarPath(article);
    const read = readTracked(file);
    const parsed = read.text === null ? { annotations: [], problems: [] } : parseAnnotations(read.text, text);
    if (read.text !== null && parsed.problems.length && !parsed.annotations.length) {
      return { ok: false, reason: 'error', message: `${file} cannot be read (${parsed.problems[0]}); fix or remove it first.` };
    }
    // Re-anchor what is on disk against the current text; placed annotations get fresh selectors.
    const { placed, orphans } = anchorAll(text, parsed.annotations);
    const list: NewsAnnotation[] = [...placed.map((x) => (x.method === 'position' ? x.annotation : { ...x.annotation, span: x.span, quote: quoteOf(text, x.span) })), ...orphans];
    const now = new Date().toISOString();
    const start = p.range ? doc.offsetAt(p.range.start) : 0;
    const end = p.range ? doc.offsetAt(p.range.end) : start;
    let id: string | undefined;

    if (p.action === 'remove') {
      const i = list.findIndex((a) => a.id === p.id);
      if (i < 0) return { ok: false, reason: 'no-item', message: 'No such annotation.' };
      list.splice(i, 1);
    } else if (p.action === 'add') {
      const kind = p.kind as AnnotationKind;
      if (!['claim', 'quote', 'source', 'note'].includes(kind)) return { ok: false, reason: 'error', message: `Cannot add a ${String(p.kind)}.` };
      if (end <= start && kind !== 'note') return { ok: false, reason: 'no-item', message: 'Select the text to mark first.' };
      const a = makeAnnotation(text, [start, Math.max(start, end)], kind, 'add', { corrections: cleanCorrections(p.corrections), status: validStatus(p.status), note: p.note, created: now });
      list.push(a);
      id = a.id;
    } else {
      // The item under the cursor in the corrected model (what the editor sees), else an annotation there.
      const st = this.applied.get(doc.uri);
      const model = st && st.version === doc.version ? st.result.model : this.apply(doc, raw);
      const kinds = p.kind ? [p.kind] : ['statement', 'date', 'outlet', 'claim'];
      const item: DetectedItem | undefined = itemsAt(model, start, end).find((it) => kinds.includes(it.kind));
      const span: Span | null = item ? item.span : null;
      const kind: AnnotationKind | null = item ? item.kind : null;
      // An existing annotation on that item (or, without an item, one covering the cursor: added items, notes).
      const existing = list.find((a) => (span ? a.span[0] === span[0] && a.span[1] === span[1] && (a.kind === kind || (kind === 'statement' && a.kind === 'quote') || (kind === 'claim' && a.kind === 'claim')) : a.span[0] <= start && start <= a.span[1] && a.kind !== 'note'));
      if (!span && !existing) {
        if (p.action === 'note' && end >= start) {
          const a = makeAnnotation(text, [start, end], 'note', 'add', { note: p.note ?? '', created: now });
          list.push(a);
          id = a.id;
        } else return { ok: false, reason: 'no-item', message: 'No detected statement, date, outlet or claim here.' };
      } else if (p.action === 'note') {
        if (existing) {
          existing.note = p.note ?? '';
          existing.modified = now;
          id = existing.id;
        } else {
          const a = makeAnnotation(text, span!, 'note', 'add', { note: p.note ?? '', created: now });
          list.push(a);
          id = a.id;
        }
      } else if (p.action === 'reject' && existing && existing.action === 'add') {
        list.splice(list.indexOf(existing), 1); // rejecting an item the editor added removes it
        id = existing.id;
      } else {
        const target = existing ?? makeAnnotation(text, span!, kind!, 'confirm', { created: now });
        if (!existing) list.push(target);
        id = target.id;
        target.modified = existing ? now : undefined;
        if (!existing) delete target.modified;
        if (p.action === 'confirm') {
          if (target.action !== 'add') target.action = 'confirm';
          delete target.corrections;
        } else if (p.action === 'reject') {
          target.action = 'reject';
          delete target.corrections;
          delete target.status;
        } else if (p.action === 'correct') {
          const c = cleanCorrections(p.corrections);
          if (!c) return { ok: false, reason: 'error', message: 'Nothing to correct.' };
          target.corrections = { ...(target.corrections ?? {}), ...c };
          if (target.action !== 'add') target.action = 'correct';
        } else if (p.action === 'status') {
          const s = validStatus(p.status);
          if (!s) return { ok: false, reason: 'error', message: `Status must be one of ${ANNOTATION_STATUSES.join(', ')}.` };
          target.status = s;
          if (target.action === 'reject') target.action = 'confirm';
        }
      }
    }

    const w = writeAtomic(file, serializeAnnotations(list, path.basename(article), text), { roots: this.rootsFor(article), expected: read.stamp });
    if (!w.ok) {
      return {
        ok: false,
        reason: w.reason,
        message: w.reason === 'conflict' ? `${path.basename(file)} changed on disk since it was read; your change was not saved. It has been reloaded — try again.` : w.message,
      };
    }
    this.sidecars.delete(doc.uri);
    this.applied.delete(doc.uri);
    return { ok: true, message: 'saved', id };
  }
}

function cleanCorrections(c: AnnotateParams['corrections']): Corrections | undefined {
  if (!c || typeof c !== 'object') return undefined;
  const out: Corrections = {};
  if (typeof c.speaker === 'string' && c.speaker.trim()) out.speaker = c.speaker.trim();
  if (c.type === 'direct' || c.type === 'indirect' || c.type === 'mixed') out.type = c.type;
  if (typeof c.value === 'string' && c.value.trim()) out.value = c.value.trim();
  if (typeof c.outlet === 'string' && c.outlet.trim()) out.outlet = c.outlet.trim();
  return Object.keys(out).length ? out : undefined;
}

const validStatus = (s: unknown) => ((ANNOTATION_STATUSES as readonly unknown[]).includes(s) ? (s as NewsAnnotation['status']) : undefined);

function describe(a: NewsAnnotation): string {
  const verb = a.action === 'confirm' ? 'confirmed' : a.action === 'correct' ? 'corrected' : a.action === 'reject' ? 'rejected' : a.kind === 'note' ? 'note' : `marked as ${a.kind}`;
  const parts = [`**Editor:** ${verb}`];
  if (a.corrections) parts.push(Object.entries(a.corrections).map(([k, v]) => `${k} → ${esc(String(v))}`).join(', '));
  if (a.status) parts.push(`status: **${a.status}**`);
  let line = parts.join(' · ');
  if (a.note) line += ` — ${esc(a.note)}`;
  return line;
}

/** Appends the annotation lines to a hover (or makes one). */
export function withAnnotationHover(hover: Hover | null, lines: string[], doc: TextDocument, offset: number): Hover | null {
  if (!lines.length) return hover;
  const extra = lines.join('\n\n');
  if (!hover) return { contents: { kind: 'markdown', value: extra }, range: { start: doc.positionAt(offset), end: doc.positionAt(offset) } };
  const c = hover.contents as MarkupContent;
  if (c && typeof c === 'object' && 'kind' in c) return { ...hover, contents: { kind: 'markdown', value: `${c.value}\n\n---\n\n${extra}` } };
  return hover;
}

export interface AnnotationWiring {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  layer: AnnotationLayer;
  /** The raw (unannotated) model of an open article, or null. */
  rawModel: (uri: string) => Promise<{ doc: TextDocument; model: ArticleModel; publicationDate: string | null } | null>;
  /** Re-validate a document now (diagnostics). */
  revalidate: (uri: string) => void;
}

/** Registers the annotation requests, code actions and the sidecar watcher. */
export function registerAnnotations(w: AnnotationWiring): void {
  const { connection, documents, layer } = w;
  const safe = <P, R>(name: string, fallback: R, f: (p: P) => Promise<R> | R) => async (p: P): Promise<R> => {
    try {
      return await f(p);
    } catch (err) {
      connection.console.error(`[News Lens] ${name} failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      return fallback;
    }
  };

  connection.onRequest(
    ANNOTATE_REQUEST,
    safe<AnnotateParams, AnnotateResult>('annotate', { ok: false, reason: 'error', message: 'internal error' }, async (p) => {
      const m = await w.rawModel(p?.uri);
      if (!m) return { ok: false, reason: 'error', message: 'This document is not an open article.' };
      const r = layer.annotate(m.doc, m.model, p);
      if (r.ok || r.reason === 'conflict') w.revalidate(m.doc.uri);
      return r;
    }),
  );

  connection.onRequest(
    ANNOTATIONS_REQUEST,
    safe<AnnotationsParams, AnnotationsResult | null>('annotations', null, async (p) => {
      const m = await w.rawModel(p?.uri);
      if (!m) return null;
      layer.apply(m.doc, m.model);
      return layer.list(m.doc);
    }),
  );

  connection.onRequest(
    EXPORT_REQUEST,
    safe<ExportParams, ExportResult>('export', { written: [], skipped: [], failed: [{ path: '', reason: 'error', message: 'internal error' }], orphans: 0 }, async (p) => {
      if (!p || !(EXPORT_FORMATS as readonly string[]).includes(p.format) || typeof p.outDir !== 'string' || !p.outDir) {
        return { written: [], skipped: [], failed: [{ path: String(p?.outDir ?? ''), reason: 'error', message: 'format and outDir are required' }], orphans: 0 };
      }
      const inputs: ExportInput[] = [];
      for (const uri of Array.isArray(p.uris) ? p.uris : []) {
        const m = await w.rawModel(uri);
        const article = fileOf(uri);
        let text: string;
        let model: ArticleModel;
        if (m) {
          text = m.doc.getText();
          model = m.model;
        } else if (article) {
          try {
            text = fs.readFileSync(article, 'utf8');
          } catch {
            continue;
          }
          model = analyze(text);
        } else continue;
        const sc = layer.sidecar(uri, text);
        inputs.push({ name: article ? path.basename(article) : uri.split('/').pop() ?? 'article', text, model, annotations: sc?.annotations ?? [] });
      }
      const plan = planExport(inputs, p.format as ExportFormat);
      const res = writeFiles(p.outDir, plan.files, !!p.force);
      return { ...res, orphans: plan.articles.reduce((n, a) => n + a.orphans, 0) };
    }),
  );

  connection.onRequest(
    IMPORT_REQUEST,
    safe<ImportParams, ImportResult>('import', { ok: false, reason: 'error', message: 'internal error', count: 0 }, async (p) => {
      const m = await w.rawModel(p?.uri);
      const article = fileOf(p?.uri);
      if (!m || !article) return { ok: false, reason: 'error', message: 'Open the article (a saved file) to import annotations into.', count: 0 };
      let ann: string;
      try {
        ann = fs.readFileSync(p.annPath, 'utf8');
      } catch (e) {
        return { ok: false, reason: 'error', message: `cannot read ${p.annPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, count: 0 };
      }
      const text = m.doc.getText();
      const { annotations, problems } = importBrat(ann, text, analyze(text, { publicationDate: m.publicationDate }));
      const file = sidecarPath(article);
      const read = readTracked(file);
      if (read.text !== null && !p.replace) return { ok: false, reason: 'exists', message: `${path.basename(file)} already exists.`, count: 0 };
      const res = writeAtomic(file, serializeAnnotations(annotations, path.basename(article), text), { roots: layer.rootsFor(article), expected: read.stamp });
      if (!res.ok) return { ok: false, reason: res.reason, message: res.message, count: 0 };
      layer.forget(m.doc.uri);
      w.revalidate(m.doc.uri);
      return { ok: true, message: problems.length ? `imported with ${problems.length} problem(s): ${problems.slice(0, 3).join('; ')}` : 'imported', count: annotations.length };
    }),
  );
  // Sidecar changes (server.ts chains several workspace/didChangeWatchedFiles handlers).
  connection.onDidChangeWatchedFiles((e) => {
    for (const uri of layer.articlesOfSidecars(e?.changes ?? [])) if (documents.get(uri)) w.revalidate(uri);
  });
}

/** Asks the client to tell us when sidecars change (when it supports dynamic registration). */
export function watchSidecars(connection: Connection, params: InitializeParams | null): void {
  if (!params?.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.annotations.json' }] }).catch(() => undefined);
}
