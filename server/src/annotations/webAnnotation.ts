// Editor annotations and their storage as W3C Web Annotation JSON (https://www.w3.org/TR/annotation-model/).
// Pure: no editor, protocol or file-system imports. The sidecar `<article>.annotations.json` is an
// AnnotationCollection whose one page holds the annotations in text order; keys are written in a fixed order and the
// JSON is pretty-printed, so a change to one annotation is a small diff in git.
import type { Span } from '../analysis/model';
import { offsetsOf } from './codepoints';
import type { Offsets } from './codepoints';

/** What the editor did. `add` creates an item the analysis did not find. */
export type AnnotationAction = 'confirm' | 'correct' | 'reject' | 'add';
/**
 * What the annotation is about. Detected items: statement (an attribution, anchored on its content), date, outlet
 * (an agency mention), claim (an unattributed or vague claim). User-added items: claim, quote, source, note.
 */
export type AnnotationKind = 'statement' | 'date' | 'outlet' | 'claim' | 'quote' | 'source' | 'note';
export type AnnotationStatus = 'verified' | 'needs-source' | 'disputed';

export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['statement', 'date', 'outlet', 'claim', 'quote', 'source', 'note'];
export const ANNOTATION_ACTIONS: readonly AnnotationAction[] = ['confirm', 'correct', 'reject', 'add'];
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['verified', 'needs-source', 'disputed'];

export interface Corrections {
  /** Speaker name of a statement (or of a user-added quote). */
  speaker?: string;
  /** Statement type. */
  type?: 'direct' | 'indirect' | 'mixed';
  /** TIMEX3 value of a date, e.g. 2026-03-11. */
  value?: string;
  /** Outlet of an agency mention: a gazetteer id or name. */
  outlet?: string;
}
export const CORRECTION_FIELDS = ['speaker', 'type', 'value', 'outlet'] as const;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface NewsAnnotation {
  /** Stable id, e.g. "urn:uuid:…" or "#a1". */
  id: string;
  kind: AnnotationKind;
  action: AnnotationAction;
  /** [start, end) UTF-16 offsets where the annotation was last anchored. */
  span: Span;
  /** The text it was anchored on, with context, to find it again after edits. */
  quote: TextQuote;
  corrections?: Corrections;
  status?: AnnotationStatus;
  note?: string;
  created?: string;
  modified?: string;
  creator?: string;
}

/** How much context the TextQuoteSelector keeps on each side. */
export const CONTEXT_CHARS = 32;

/** A TextQuoteSelector for text[span], with up to CONTEXT_CHARS of context, never splitting a surrogate pair. */
export function quoteOf(text: string, span: Span): TextQuote {
  let p = Math.max(0, span[0] - CONTEXT_CHARS);
  if (p > 0 && isLowSurrogate(text.charCodeAt(p))) p--;
  let s = Math.min(text.length, span[1] + CONTEXT_CHARS);
  if (s < text.length && isLowSurrogate(text.charCodeAt(s))) s++;
  return { exact: text.slice(span[0], span[1]), prefix: text.slice(p, span[0]), suffix: text.slice(span[1], s) };
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// ---- serialization --------------------------------------------------------------------------------------------

export const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { newslens: 'https://newslens.invalid/ns#' }] as const;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Body {
  type: 'TextualBody';
  purpose: 'classifying' | 'assessing' | 'editing' | 'commenting';
  value: string;
  'newslens:field': string;
}

const MOTIVATION: Record<AnnotationAction, string> = { confirm: 'assessing', correct: 'editing', reject: 'assessing', add: 'classifying' };

function bodyOf(a: NewsAnnotation): Body[] {
  const out: Body[] = [
    { type: 'TextualBody', purpose: 'classifying', value: a.kind, 'newslens:field': 'kind' },
    { type: 'TextualBody', purpose: 'assessing', value: a.action, 'newslens:field': 'action' },
  ];
  if (a.status) out.push({ type: 'TextualBody', purpose: 'assessing', value: a.status, 'newslens:field': 'status' });
  for (const f of CORRECTION_FIELDS) {
    const v = a.corrections?.[f];
    if (typeof v === 'string') out.push({ type: 'TextualBody', purpose: 'editing', value: v, 'newslens:field': f });
  }
  if (a.note !== undefined) out.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, 'newslens:field': 'note' });
  return out;
}

/**
 * One annotation as a W3C Web Annotation object (keys in a fixed order). The TextPositionSelector counts Unicode code
 * points, as the W3C model says, so `offsets` (of the article text) converts from our UTF-16 spans.
 */
export function toWebAnnotation(a: NewsAnnotation, source: string, offsets?: Offsets): { [k: string]: Json } {
  const conv = (n: number) => (offsets ? offsets.toCodePoint(n) : n);
  const o: { [k: string]: Json } = { id: a.id, type: 'Annotation', motivation: MOTIVATION[a.action] };
  if (a.creator) o.creator = a.creator;
  if (a.created) o.created = a.created;
  if (a.modified) o.modified = a.modified;
  o.body = bodyOf(a) as unknown as Json;
  o.target = {
    source,
    selector: [
      { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
      { type: 'TextPositionSelector', start: conv(a.span[0]), end: conv(a.span[1]) },
    ],
  };
  return o;
}

/** Stable order: by start, then end, then id. */
export function sortAnnotations(list: readonly NewsAnnotation[]): NewsAnnotation[] {
  return [...list].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The sidecar file: an AnnotationCollection with one AnnotationPage, pretty-printed, ending in a newline. */
export function serializeAnnotations(list: readonly NewsAnnotation[], source: string, text?: string): string {
  const offsets = text === undefined ? undefined : offsetsOf(text);
  const items = sortAnnotations(list).map((a) => toWebAnnotation(a, source, offsets));
  const doc = {
    '@context': CONTEXT as unknown as Json,
    type: 'AnnotationCollection',
    label: `News Lens annotations of ${source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export interface ParseResult {
  annotations: NewsAnnotation[];
  /** Problems with individual annotations (they are skipped) or with the file (nothing is read). */
  problems: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Reads one W3C Web Annotation object back; null (and a problem) when it is not one of ours or is malformed. */
export function fromWebAnnotation(o: unknown, problems: string[] = [], offsets?: Offsets): NewsAnnotation | null {
  if (!isObj(o)) return problems.push('an item is not an object'), null;
  const id = typeof o.id === 'string' && o.id ? o.id : null;
  if (!id) return problems.push('an annotation has no id'), null;
  const target = asArray(o.target)[0];
  if (!isObj(target)) return problems.push(`${id}: no target`), null;
  let quote: TextQuote | null = null;
  let span: Span | null = null;
  for (const s of asArray(target.selector)) {
    if (!isObj(s)) continue;
    if (s.type === 'TextQuoteSelector' && typeof s.exact === 'string') {
      quote = { exact: s.exact, prefix: typeof s.prefix === 'string' ? s.prefix : '', suffix: typeof s.suffix === 'string' ? s.suffix : '' };
    } else if (s.type === 'TextPositionSelector' && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.end as number) >= (s.start as number)) {
      span = offsets ? [offsets.toUtf16(s.start as number), offsets.toUtf16(s.end as number)] : [s.start as number, s.end as number];
    }
  }
  if (!quote && !span) return problems.push(`${id}: no TextQuoteSelector or TextPositionSelector`), null;
  let kind: AnnotationKind | null = null;
  let action: AnnotationAction | null = null;
  const a: Partial<NewsAnnotation> = {};
  for (const b of asArray(o.body)) {
    if (!isObj(b) || typeof b.value !== 'string') continue;
    const field = typeof b['newslens:field'] === 'string' ? (b['newslens:field'] as string) : b.purpose === 'commenting' ? 'note' : b.purpose === 'classifying' || b.purpose === 'tagging' ? 'kind' : '';
    const v = b.value;
    if (field === 'kind' && (ANNOTATION_KINDS as readonly string[]).includes(v)) kind = v as AnnotationKind;
    else if (field === 'action' && (ANNOTATION_ACTIONS as readonly string[]).includes(v)) action = v as AnnotationAction;
    else if (field === 'status' && (ANNOTATION_STATUSES as readonly string[]).includes(v)) a.status = v as AnnotationStatus;
    else if (field === 'note') a.note = v;
    else if ((CORRECTION_FIELDS as readonly string[]).includes(field)) {
      if (field === 'type' && v !== 'direct' && v !== 'indirect' && v !== 'mixed') continue;
      a.corrections = { ...(a.corrections ?? {}), [field]: v };
    }
  }
  if (!kind) return problems.push(`${id}: no kind (a classifying body)`), null;
  const out: NewsAnnotation = {
    id,
    kind,
    action: action ?? (a.corrections ? 'correct' : 'add'),
    span: span ?? [0, 0],
    quote: quote ?? { exact: '', prefix: '', suffix: '' },
  };
  if (a.corrections) out.corrections = a.corrections;
  if (a.status) out.status = a.status;
  if (a.note !== undefined) out.note = a.note;
  if (typeof o.created === 'string') out.created = o.created;
  if (typeof o.modified === 'string') out.modified = o.modified;
  if (typeof o.creator === 'string') out.creator = o.creator;
  if (!span) out.span = [-1, -1]; // only a quote: the anchorer finds it
  return out;
}

/**
 * Parses a sidecar (a collection, a page, a bare array or a single annotation). Never throws. With the article
 * `text`, code-point positions become UTF-16 offsets (they are only a first guess: the anchorer checks them).
 */
export function parseAnnotations(json: string, text?: string): ParseResult {
  const offsets = text === undefined ? undefined : offsetsOf(text);
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (e) {
    return { annotations: [], problems: [`not valid JSON: ${(e as Error).message}`] };
  }
  let items: unknown[];
  if (Array.isArray(doc)) items = doc;
  else if (isObj(doc) && doc.type === 'AnnotationCollection') {
    items = [];
    for (let page: unknown = doc.first, n = 0; isObj(page) && n < 10_000; page = page.next, n++) items.push(...asArray(page.items));
  } else if (isObj(doc) && doc.type === 'AnnotationPage') items = asArray(doc.items);
  else if (isObj(doc) && doc.type === 'Annotation') items = [doc];
  else return { annotations: [], problems: ['not a W3C Web Annotation collection'] };
  const annotations: NewsAnnotation[] = [];
  for (const it of items) {
    const a = fromWebAnnotation(it, problems, offsets);
    if (a) annotations.push(a);
  }
  return { annotations, problems };
}

/** A new annotation on text[span]. */
export function makeAnnotation(
  text: string,
  span: Span,
  kind: AnnotationKind,
  action: AnnotationAction,
  extra: { id?: string; corrections?: Corrections; status?: AnnotationStatus; note?: string; created?: string; creator?: string } = {},
): NewsAnnotation {
  const a: NewsAnnotation = { id: extra.id ?? newId(), kind, action, span: [span[0], span[1]], quote: quoteOf(text, span) };
  if (extra.corrections && Object.keys(extra.corrections).length) a.corrections = { ...extra.corrections };
  if (extra.status) a.status = extra.status;
  if (extra.note !== undefined) a.note = extra.note;
  if (extra.created) a.created = extra.created;
  if (extra.creator) a.creator = extra.creator;
  return a;
}

let counter = 0;
/** A fresh id; random enough for a sidecar (time + counter + random), no crypto import needed. */
export function newId(): string {
  counter = (counter + 1) % 1_000_000;
  return `urn:newslens:${Date.now().toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
}
