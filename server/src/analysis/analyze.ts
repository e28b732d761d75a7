// analyze(text, options) → ArticleModel. Pure and total: it never throws; a stage that fails leaves its layer empty
// and says so in `notice`.
import type { AnalyzeOptions, ArticleModel, Finding, Span } from './model';
import { beginAnalysis } from './reuse';
import { analyzeStructure } from './structure';
import { splitSentences } from './sentences';
import { findQuotes } from './quotes';
import { findAttributions } from './attributions';
import { resolveSpeakers } from './speakers';
import { findPublication } from './dates/anchor';
import { findDates } from './dates/recognize';
import { findAgencies, gazetteerFor, type Gazetteer } from './agencies/agencies';
import { findClaims, findFigures } from './claims';
import { RULES_BY_ID, sourceFindings } from './rules';

export function emptyModel(length: number, notice: string | null = null): ArticleModel {
  return {
    length,
    structure: { headline: null, dateline: null, byline: null, paragraphs: [] },
    sentences: [],
    publication: { date: null, source: 'none', span: null, explanation: 'not analyzed' },
    quotes: [],
    attributions: [],
    speakers: [],
    dates: [],
    agencies: [],
    claims: [],
    figures: [],
    findings: [],
    notice,
    elapsedMs: 0,
  };
}

const now = () => performance.now();

/** Paragraph kinds whose sentences make no claims (furniture, credits, the headline and dateline lines). */
const CLAIM_SKIP_KINDS: ReadonlySet<string> = new Set(['headline', 'caption', 'credit', 'furniture', 'frontMatter', 'pageDate', 'signoff', 'byline', 'dateline']);

/** Texts longer than this are analyzed in pieces of about CHUNK characters (see analyzeInChunks). */
export const CHUNK_THRESHOLD = 256 * 1024;
export const CHUNK = 128 * 1024;

export function analyze(input: string, options: AnalyzeOptions = {}): ArticleModel {
  const t0 = now();
  beginAnalysis(options.cache);
  const text = typeof input === 'string' ? input : '';
  const limit = options.timeLimitMs ?? 2000;
  if (text.length > CHUNK_THRESHOLD) {
    try {
      return analyzeInChunks(text, options, t0, limit);
    } catch (err) {
      const m = emptyModel(text.length, `The analysis failed (${err instanceof Error ? err.message : String(err)}).`);
      m.elapsedMs = now() - t0;
      return m;
    }
  }
  // An editor's buffer after an edit, or a slice of a larger string, is read through an indirection: copy it flat.
  return analyzeWhole(flatCopy(text), options, t0, limit);
}

/** One article while its stages run: what they read, and the model they fill. */
interface Run {
  text: string;
  options: AnalyzeOptions;
  model: ArticleModel;
  gazetteer: Gazetteer | null;
}

/**
 * The pipeline, in order: each stage reads the layers of the stages before it and sets its own (on a failure, its
 * layer keeps the empty model's value). `late`: a layer no finding reads when the publication date is known, which
 * the editor adds once the typing pauses (analyzeStaged); `full`: left out for the workspace index; `findings`: left
 * out for the pieces of a long text, whose findings are computed once on the joined model.
 */
interface Stage {
  name: string;
  run(r: Run): void;
  late?: true;
  full?: true;
  findings?: true;
}
const STAGES: readonly Stage[] = [
  { name: 'structure', run: (r) => void (r.model.structure = analyzeStructure(r.text)) },
  { name: 'sentences', run: (r) => void (r.model.sentences = splitSentences(r.text, r.model.structure.paragraphs, r.model.structure.dateline?.span[1] ?? -1)) },
  { name: 'publication date', run: (r) => void (r.model.publication = findPublication(r.text, r.model.structure, r.options.publicationDate)) },
  { name: 'gazetteer', run: (r) => void (r.gazetteer = gazetteerFor(r.options.outlets)) },
  { name: 'quotes', run: (r) => void (r.model.quotes = findQuotes(r.text, r.model.structure.paragraphs)) },
  {
    name: 'attributions',
    run: (r) => void (r.model.attributions = findAttributions({ text: r.text, sentences: r.model.sentences, quotes: r.model.quotes, cache: r.options.cache?.attributions, keepUncertain: r.options.keepUncertain })),
  },
  {
    name: 'speakers',
    run: (r) => {
      if (!r.gazetteer) return;
      r.model.speakers = resolveSpeakers(r.text, r.model.attributions, r.gazetteer, r.options.speakers);
      // The model promises each speaker's mentions in text order, whatever order a stage found them in.
      for (const sp of r.model.speakers) if (!isSorted(sp.mentions)) sp.mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    },
  },
  { name: 'agencies', late: true, run: (r) => void (r.gazetteer && (r.model.agencies = findAgencies(r.text, r.model.structure, r.gazetteer))) },
  { name: 'dates', late: true, full: true, run: (r) => void (r.model.dates = findDates(r.text, r.model.sentences, r.model.publication.date, { source: r.model.publication.source })) },
  { name: 'figures', full: true, run: (r) => void (r.model.figures = findFigures(r.text, r.model.attributions)) },
  {
    name: 'claims',
    full: true,
    run: (r) => {
      const paragraphs = r.model.structure.paragraphs;
      r.model.claims = findClaims(r.text, r.model.sentences, r.model.attributions, r.model.figures, (s) => CLAIM_SKIP_KINDS.has(paragraphs[s.paragraph]?.kind ?? 'body'));
    },
  },
  { name: 'findings', full: true, findings: true, run: (r) => void (r.model.findings = findings(r.model, r.text)) },
];

/** Runs one stage for one article, unless its time is up; a failure is noted, never thrown. Returns the time spent. */
function runStage(st: Stage, r: Run, problems: string[], timeUp: boolean): number {
  if (timeUp) {
    if (!problems.includes('time')) problems.push('time');
    return 0;
  }
  const t = now();
  try {
    st.run(r);
  } catch (err) {
    problems.push(`${st.name}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const spent = now() - t;
  if (r.options.profile) r.options.profile[st.name] = (r.options.profile[st.name] ?? 0) + spent;
  return spent;
}

function noticeOf(problems: readonly string[], limit: number): string | null {
  if (!problems.length) return null;
  return problems.includes('time') ? `Analysis stopped after ${limit} ms; results are incomplete.` : `Some of the analysis failed (${problems.join('; ')}); the rest is shown.`;
}

/**
 * Many articles at once, for batches (the CLI's JSONL lines): the same models as analyze() on each, but every stage
 * runs over all the articles before the next stage starts. A stage then keeps its code and tables in the processor's
 * caches across articles instead of losing them to the other stages at every article (measured on PolNeAR's real
 * articles: 1.0–1.27× as fast, by the batch and the hour; see the README). Each article's time limit counts only its
 * own stages' time. A text analyzed in pieces, or with an editor's cache, goes through analyze() alone.
 */
export function analyzeMany(items: readonly { text: string; options?: AnalyzeOptions }[]): ArticleModel[] {
  const out: ArticleModel[] = new Array(items.length);
  const batch: { r: Run; problems: string[]; spent: number; limit: number }[] = [];
  for (let i = 0; i < items.length; i++) {
    const options = items[i]?.options ?? {};
    const text = typeof items[i]?.text === 'string' ? items[i].text : '';
    if (text.length > CHUNK_THRESHOLD || options.cache) out[i] = analyze(text, options);
    else {
      const r: Run = { text: flatCopy(text), options, model: emptyModel(text.length), gazetteer: null };
      out[i] = r.model;
      batch.push({ r, problems: [], spent: 0, limit: options.timeLimitMs ?? 2000 });
    }
  }
  for (const st of STAGES) {
    for (const b of batch) if (!(st.full && b.r.options.purpose === 'index')) b.spent += runStage(st, b.r, b.problems, b.spent > b.limit);
  }
  for (const b of batch) {
    // (As in analyzeWholeStaged, a model for the index carries no notice.)
    if (b.r.options.purpose !== 'index') b.r.model.notice = noticeOf(b.problems, b.limit);
    b.r.model.elapsedMs = b.spent;
  }
  return out;
}

/** `findingsToo`: false for the pieces of a long text, whose findings are computed once on the joined model. */
function analyzeWhole(text: string, options: AnalyzeOptions, t0: number, limit: number, findingsToo = true): ArticleModel {
  const staged = analyzeWholeStaged(text, options, t0, limit, false, findingsToo);
  return staged.model;
}

/** A model whose late layers may still be missing; `finish()` adds them (once) and returns the same object. */
export interface StagedAnalysis {
  model: ArticleModel;
  /** False while layers that no finding reads (outlet citations, dates when the publication date is known) are missing. */
  complete: boolean;
  finish(): ArticleModel;
}

/**
 * analyze() in two steps, for the editor: `model` first has every layer the findings read (so diagnostics can be
 * published at once); `finish()` then adds the outlet citations and temporal expressions. The finished model is the
 * same as analyze()'s (each stage is the same pure function of the same inputs; only their order differs). Long texts
 * (analyzed in chunks) and articles without a publication date (the dates decide a finding) are analyzed whole.
 */
export function analyzeStaged(input: string, options: AnalyzeOptions = {}): StagedAnalysis {
  const t0 = now();
  const text = typeof input === 'string' ? input : '';
  if (text.length > CHUNK_THRESHOLD || options.purpose === 'index') {
    // (analyze() starts the cache's turn)
    const model = analyze(text, options);
    return { model, complete: true, finish: () => model };
  }
  beginAnalysis(options.cache);
  return analyzeWholeStaged(flatCopy(text), options, t0, options.timeLimitMs ?? 2000, true);
}

function analyzeWholeStaged(text: string, options: AnalyzeOptions, t0: number, limit: number, defer: boolean, findingsToo = true): StagedAnalysis {
  const r: Run = { text, options, model: emptyModel(text.length), gazetteer: null };
  const model = r.model;
  const problems: string[] = [];
  // When the late stages run later, the time limit counts only the time spent analyzing, not the wait in between.
  let start = t0;
  const stage = (st: Stage): void => void runStage(st, r, problems, now() - start > limit);
  if (options.purpose === 'index') {
    for (const st of STAGES) if (!st.full) stage(st);
    model.elapsedMs = now() - t0;
    return { model, complete: true, finish: () => model };
  }
  // The findings read the dates only when the article has no publication date ("date.unanchored"): with one, the
  // late stages wait (the publication date is known by the time the first late stage comes).
  const deferring = () => defer && model.publication.date !== null;
  for (const st of STAGES) if (!(st.late && deferring()) && !(st.findings && !findingsToo)) stage(st);
  model.notice = noticeOf(problems, limit);
  model.elapsedMs = now() - t0;
  if (!deferring()) return { model, complete: true, finish: () => model };
  const staged: StagedAnalysis = {
    model,
    complete: false,
    finish: () => {
      if (staged.complete) return model;
      staged.complete = true;
      const spent = model.elapsedMs;
      const t1 = now();
      start = t1 - spent;
      for (const st of STAGES) if (st.late) stage(st);
      model.notice = noticeOf(problems, limit);
      model.elapsedMs = spent + (now() - t1);
      return model;
    },
  };
  return staged;
}

/**
 * A very long text (a book-length file, a whole wire feed in one line) is cut into pieces of about CHUNK characters
 * at paragraph breaks (else line breaks, sentence ends, white space) and each piece is analyzed on its own, the
 * time limit checked between pieces. This keeps the analysis linear in the text size and time-bounded even when a
 * stage is slower than linear on one piece, at the cost of links across a cut (a pronoun whose antecedent is in
 * the previous piece). The first piece decides the headline, dateline, byline and publication date; later pieces
 * are anchored to that date. Speakers with the same name are merged across pieces.
 */
function analyzeInChunks(text: string, options: AnalyzeOptions, t0: number, limit: number): ArticleModel {
  const model = emptyModel(text.length);
  const pieces = options.cache?.pieces;
  // Everything besides its text and publication date that a piece's model depends on.
  const optionsKey = pieces ? `${options.purpose ?? 'full'}|${JSON.stringify(options.outlets ?? [])}|${JSON.stringify(options.speakers ?? [])}|` : '';
  const speakerIds = new Map<string, number>();
  let stoppedAt = -1;
  const problems: string[] = [];
  for (let start = 0, piece = 0; start < text.length; piece++) {
    if (now() - t0 > limit) {
      stoppedAt = start;
      break;
    }
    const end = cutPoint(text, start, start + CHUNK);
    const pieceOptions = piece === 0 ? options : { ...options, publicationDate: model.publication.date ?? options.publicationDate ?? null };
    // A piece the last analysis of this document saw, with the same inputs, is reused (a copy: the join below moves
    // the piece's objects into the joined model).
    const key = pieces ? `${optionsKey}${piece === 0 ? 'first' : pieceOptions.publicationDate}|${text.slice(start, end)}` : '';
    const kept = pieces?.get(key);
    let part: ArticleModel;
    if (kept) part = copyPiece(kept);
    else {
      part = analyzeWhole(flatCopy(text.slice(start, end)), pieceOptions, now(), Number.POSITIVE_INFINITY, false);
      if (pieces && !part.notice) pieces.set(key, copyPiece(part));
    }
    if (part.notice) problems.push(part.notice);
    const off = start;
    const sh = (sp: Span): Span => [sp[0] + off, sp[1] + off];
    const shn = (sp: Span | null): Span | null => (sp ? sh(sp) : null);
    if (piece === 0) {
      model.structure.headline = shn(part.structure.headline);
      model.structure.byline = shn(part.structure.byline);
      const d = part.structure.dateline;
      model.structure.dateline = d ? { span: sh(d.span), place: shn(d.place), date: shn(d.date), outlets: d.outlets.map(sh) } : null;
      model.publication = { ...part.publication, span: shn(part.publication.span) };
    }
    // The piece's model is ours alone: its objects move into the joined model with their spans shifted in place
    // (each span replaced by a new array, since layers may share one, e.g. a quotation's inner span and a content).
    const p0 = model.structure.paragraphs.length;
    for (const p of part.structure.paragraphs) {
      p.span = sh(p.span);
      if (piece > 0 && (p.kind === 'headline' || p.kind === 'dateline')) p.kind = 'body';
      model.structure.paragraphs.push(p);
    }
    for (const x of part.sentences) {
      x.span = sh(x.span);
      x.paragraph += p0;
      model.sentences.push(x);
    }
    const q0 = model.quotes.length;
    for (const q of part.quotes) {
      q.span = sh(q.span);
      q.inner = sh(q.inner);
      if (q.continues >= 0) q.continues += q0;
      model.quotes.push(q);
    }
    const remap: number[] = [];
    for (const sp of part.speakers) {
      const key = `${sp.kind}\u0000${sp.name}`;
      const have = speakerIds.get(key);
      if (have === undefined) {
        const id = model.speakers.length;
        speakerIds.set(key, id);
        model.speakers.push({ ...sp, id, mentions: sp.mentions.map(sh), aliases: [...sp.aliases] });
        remap[sp.id] = id;
      } else {
        const into = model.speakers[have];
        for (const m of sp.mentions) into.mentions.push(sh(m));
        for (const a of sp.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
        if (!into.role && sp.role) into.role = sp.role;
        remap[sp.id] = have;
      }
    }
    const a0 = model.attributions.length;
    for (const a of part.attributions) {
      a.id += a0;
      if (a.parent >= 0) a.parent += a0;
      a.speaker = a.speaker >= 0 ? remap[a.speaker] ?? -1 : -1;
      a.source = shn(a.source);
      a.cue = shn(a.cue);
      a.content = a.content.map(sh);
      model.attributions.push(a);
    }
    const move = <T extends { span: Span }>(from: T[], to: T[]) => {
      for (const x of from) {
        x.span = sh(x.span);
        to.push(x);
      }
    };
    move(part.dates, model.dates);
    move(part.agencies, model.agencies);
    move(part.claims, model.claims);
    for (const f of part.figures) {
      f.span = sh(f.span);
      if (f.attribution >= 0) f.attribution += a0;
      model.figures.push(f);
    }
    start = end;
  }
  model.findings = findings(model);
  if (stoppedAt >= 0) model.notice = `Analysis stopped after ${limit} ms at character ${stoppedAt.toLocaleString('en')} of ${text.length.toLocaleString('en')}; the rest is not analyzed.`;
  else if (problems.length) model.notice = problems[0];
  model.elapsedMs = now() - t0;
  return model;
}

/**
 * A piece's model as the join needs it: every object the join changes (it sets fields of paragraphs, sentences,
 * quotes, attributions, dates, outlets, claims and figures, and replaces their span arrays rather than changing them)
 * is a copy; what it only reads is shared.
 */
function copyPiece(m: ArticleModel): ArticleModel {
  const each = <T extends object>(xs: T[]): T[] => xs.map((x) => ({ ...x }));
  return {
    ...m,
    structure: { ...m.structure, paragraphs: each(m.structure.paragraphs) },
    sentences: each(m.sentences),
    quotes: each(m.quotes),
    attributions: each(m.attributions),
    dates: each(m.dates),
    agencies: each(m.agencies),
    claims: each(m.claims),
    figures: each(m.figures),
  };
}

/**
 * The same characters in a string of their own. A slice of a long string is a view into it, and every character
 * read through a view costs more (measured: a piece analyzes up to ~15% faster flat). Array.join copies the parts
 * into one new flat string (~0.3 ms per MB); a single part would be returned as it is, hence two halves.
 */
function flatCopy(s: string): string {
  const h = s.length >> 1;
  return [s.slice(0, h), s.slice(h)].join('');
}

/** Where to end a piece that should end near `target`: a blank line, else a line break, a sentence end, a space. */
export function cutPoint(text: string, start: number, target: number): number {
  if (target >= text.length - CHUNK / 4) return text.length;
  const window = CHUNK / 4;
  const tries: [RegExp, number][] = [
    [/\n[ \t]*\r?\n/g, 0],
    [/\r?\n|\r/g, 0],
    [/[.!?]["'”’)]* +(?=[A-Z“"‘])/g, 0],
    [/\s+/g, 0],
  ];
  const slice = text.slice(target, target + window);
  for (const [re] of tries) {
    re.lastIndex = 0;
    const m = re.exec(slice);
    if (m) return target + m.index + m[0].length;
  }
  // No break at all: cut at the target, never inside a surrogate pair or a CRLF.
  let cut = target;
  const c = text.charCodeAt(cut - 1);
  if ((c >= 0xd800 && c <= 0xdbff) || (c === 13 && text.charCodeAt(cut) === 10)) cut++;
  return Math.max(cut, start + 1);
}

function isSorted(spans: Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][0]) return false;
  return true;
}

function msg(id: string): string {
  return RULES_BY_ID.get(id)?.message ?? id;
}

/** Rule findings from the model's layers, in text order. Severity is applied by the adapter, not here. */
export function findings(model: ArticleModel, text = ''): Finding[] {
  const out: Finding[] = [];
  for (const c of model.claims) {
    if (c.kind === 'unattributed') out.push({ rule: 'claim.unattributed', span: c.span, message: `${msg('claim.unattributed')} (${c.reason})` });
    else out.push({ rule: 'attribution.vague', span: c.span, message: `${msg('attribution.vague')} ${c.reason.replace(/^vague-source: /, 'Marker: ')}` });
  }
  for (const a of model.attributions) {
    if (a.type === 'direct' && a.speaker < 0 && !a.source) out.push({ rule: 'quote.orphan', span: a.content[0], message: msg('quote.orphan') });
  }
  for (const q of model.quotes) {
    if (!q.balanced) out.push({ rule: 'quote.unbalanced', span: [q.span[0], q.span[0] + 1], message: msg('quote.unbalanced') });
  }
  if (!model.publication.date) {
    const rel = model.dates.find((d) => d.relative);
    if (rel) out.push({ rule: 'date.unanchored', span: rel.span, message: `${msg('date.unanchored')} Set newsLens.publicationDate or add a dateline.` });
  }
  if (text) out.push(...sourceFindings(text, model));
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}
