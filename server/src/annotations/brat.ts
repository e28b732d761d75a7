// brat standoff (https://brat.nlplab.org/standoff.html), read by brat and INCEpTION:
//   T lines  entities      "T3\tStatement 120 188\ttext"        offsets in Unicode code points; a span that crosses a
//                                                                line break is written as fragments "s1 e1;s2 e2"
//   R lines  relations     "R1\tSaidBy Arg1:T3 Arg2:T2"
//   A lines  attributes    "A1\tType T3 direct", "A2\tStatus T3 disputed", "A3\tConfirmed T3", "A4\tVague T5"
//   # lines  notes         "#1\tAnnotatorNotes T3\tspeaker: Ilse Marr | note: checked with the ministry"
// Import reads an .ann back and turns it into editor annotations by comparing it with what the analysis detects.
import type { ArticleModel, Span } from '../analysis/model';
import { offsetsOf } from './codepoints';
import { corpusOf, normalizeDoc, ENTITY_LABELS } from './corpus';
import type { CorpusDoc, Entity, EntityLabel } from './corpus';
import { makeAnnotation, ANNOTATION_STATUSES } from './webAnnotation';
import type { AnnotationStatus, Corrections, NewsAnnotation } from './webAnnotation';

export const ANNOTATION_CONF = `# News Lens brat configuration (brat and INCEpTION)
[entities]
${ENTITY_LABELS.join('\n')}

[relations]
SaidBy\tArg1:Statement, Arg2:Source
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Type\tArg:Statement, Value:direct|indirect|mixed
Status\tArg:<ENTITY>, Value:${ANNOTATION_STATUSES.join('|')}
Confirmed\tArg:<ENTITY>
Vague\tArg:Statement|Claim
`;

/** brat's visual configuration: colours per label (optional, brat reads it, INCEpTION ignores it). */
export const VISUAL_CONF = `[labels]
Statement | Statement | Stmt
Source | Source | Src

[drawing]
Statement\tbgColor:#ffe8a3
Source\tbgColor:#b8e0ff
Date\tbgColor:#c8f0c0
Outlet\tbgColor:#f3c6f0
Claim\tbgColor:#ffc9c9
Note\tbgColor:#e6e6e6
SaidBy\tcolor:#3355aa
`;

const escapeNote = (s: string) => s.replace(/\\/g, '\\\\').replace(/\r?\n|\r/g, '\\n').replace(/\t/g, '\\t');
const unescapeNote = (s: string) => s.replace(/\\(\\|n|t)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
const cleanValue = (s: string) => s.replace(/[\t\r\n|]+/g, ' ').trim();

function notesOf(e: Entity): string | null {
  const parts: string[] = [];
  if (e.speaker !== undefined) parts.push(`speaker: ${cleanValue(e.speaker)}`);
  if (e.value !== undefined) parts.push(`value: ${cleanValue(e.value)}`);
  if (e.outlet !== undefined) parts.push(`outlet: ${cleanValue(e.outlet)}`);
  if (e.note !== undefined) parts.push(`note: ${escapeNote(e.note)}`);
  return parts.length ? parts.join(' | ') : null;
}

/** Fragments of [start, end) that contain no line break, as brat needs. */
function fragments(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let s = span[0];
  for (let i = span[0]; i <= span[1]; i++) {
    const c = i < span[1] ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out.length ? out : [[span[0], span[0]]];
}

/** The .ann text of a corpus document (lines end with "\n"). */
export function toBratAnn(doc: CorpusDoc): string {
  const d = normalizeDoc(doc);
  const off = offsetsOf(d.text);
  const T: string[] = [];
  const R: string[] = [];
  const A: string[] = [];
  const N: string[] = [];
  d.entities.forEach((e, i) => {
    const frags = fragments(d.text, e.span);
    const pos = frags.map(([s, t]) => `${off.toCodePoint(s)} ${off.toCodePoint(t)}`).join(';');
    const covered = frags.map(([s, t]) => d.text.slice(s, t)).join(' ');
    T.push(`T${i + 1}\t${e.label} ${pos}\t${covered}`);
    const id = `T${i + 1}`;
    if (e.type) A.push(`Type ${id} ${e.type}`);
    if (e.vague) A.push(`Vague ${id}`);
    if (e.status) A.push(`Status ${id} ${e.status}`);
    if (e.confirmed) A.push(`Confirmed ${id}`);
    const n = notesOf(e);
    if (n) N.push(`AnnotatorNotes ${id}\t${n}`);
  });
  d.relations.forEach((r, i) => R.push(`R${i + 1}\t${r.label} Arg1:T${r.from + 1} Arg2:T${r.to + 1}`));
  const lines = [...T, ...R, ...A.map((a, i) => `A${i + 1}\t${a}`), ...N.map((n, i) => `#${i + 1}\t${n}`)];
  return lines.length ? lines.join('\n') + '\n' : '';
}

export interface BratFiles {
  txt: string;
  ann: string;
}

export function toBrat(doc: CorpusDoc): BratFiles {
  return { txt: doc.text, ann: toBratAnn(doc) };
}

export interface ParsedBrat {
  doc: CorpusDoc;
  problems: string[];
}

/** Reads an .ann file against its text. Unknown labels and malformed lines are reported and skipped. */
export function parseBratAnn(ann: string, text: string): ParsedBrat {
  const off = offsetsOf(text);
  const problems: string[] = [];
  const entities: Entity[] = [];
  const ids = new Map<string, number>();
  const later: string[][] = [];
  ann.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    const id = cols[0];
    if (/^T\d+$/.test(id)) {
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(cols[1] ?? '');
      if (!m) return void problems.push(`line ${n + 1}: malformed entity`);
      const label = m[1] as EntityLabel;
      if (!(ENTITY_LABELS as readonly string[]).includes(label)) return void problems.push(`line ${n + 1}: unknown label ${m[1]}`);
      const nums = m[2].split(/[ ;]/).map(Number);
      const s = off.toUtf16(Math.min(...nums));
      const e = off.toUtf16(Math.max(...nums));
      if (e > text.length || s > e) return void problems.push(`line ${n + 1}: offsets outside the text`);
      ids.set(id, entities.length);
      entities.push({ label, span: [s, e] });
    } else later.push(cols);
  });
  const relations: CorpusDoc['relations'] = [];
  for (const cols of later) {
    const id = cols[0];
    if (/^R\d+$/.test(id)) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(cols[1] ?? '');
      const from = m && ids.get(m[2]);
      const to = m && ids.get(m[3]);
      if (m && m[1] === 'SaidBy' && from !== undefined && from !== null && to !== undefined && to !== null) relations.push({ label: 'SaidBy', from, to });
      else problems.push(`${id}: relation not understood`);
    } else if (/^A\d+$/.test(id) || /^M\d+$/.test(id)) {
      const [name, ref, value] = (cols[1] ?? '').split(' ');
      const k = ids.get(ref);
      if (k === undefined) {
        problems.push(`${id}: attribute of an unknown entity`);
        continue;
      }
      const e = entities[k];
      if (name === 'Type' && (value === 'direct' || value === 'indirect' || value === 'mixed')) e.type = value;
      else if (name === 'Status' && (ANNOTATION_STATUSES as readonly string[]).includes(value)) e.status = value as AnnotationStatus;
      else if (name === 'Confirmed') e.confirmed = true;
      else if (name === 'Vague') e.vague = true;
      else problems.push(`${id}: attribute ${name} not understood`);
    } else if (/^#\d+$/.test(id)) {
      const [kind, ref] = (cols[1] ?? '').split(' ');
      const k = ids.get(ref);
      if (kind !== 'AnnotatorNotes' || k === undefined) continue;
      const e = entities[k];
      const body = cols.slice(2).join('\t');
      const noteAt = body.startsWith('note: ') ? 0 : body.indexOf(' | note: ');
      const head = noteAt < 0 ? body : body.slice(0, noteAt);
      if (noteAt >= 0) e.note = unescapeNote(body.slice(noteAt === 0 ? 6 : noteAt + 9));
      for (const part of head.split(' | ')) {
        const m = /^(speaker|value|outlet): (.*)$/.exec(part);
        if (m) e[m[1] as 'speaker' | 'value' | 'outlet'] = m[2];
      }
    } else if (id) problems.push(`line "${id}": not understood`);
  }
  return { doc: normalizeDoc({ text, entities, relations }), problems };
}

const key = (e: Entity) => `${e.label}:${e.span[0]}:${e.span[1]}`;

/**
 * Editor annotations that turn the analysis of `text` (`raw`, without annotations) into the .ann's labelling:
 * entities found by both → confirm/correct (and their status, note); detected but absent → reject;
 * present but not detected → add (Statement → quote, Claim → claim, Source → source, Note → note).
 */
export function importBrat(ann: string, text: string, raw: ArticleModel, now = new Date().toISOString()): { annotations: NewsAnnotation[]; problems: string[] } {
  const { doc, problems } = parseBratAnn(ann, text);
  const detected = corpusOf(text, raw);
  const detectedByKey = new Map(detected.entities.map((e) => [key(e), e]));
  const importedKeys = new Set(doc.entities.map(key));
  const out: NewsAnnotation[] = [];
  const addedSources = new Set<number>();
  doc.entities.forEach((e, i) => {
    if (e.label === 'Source' && !detectedByKey.has(key(e))) addedSources.add(i);
  });
  const sourceOf = (i: number) => doc.relations.find((r) => r.from === i && r.label === 'SaidBy')?.to;
  const extra = (e: Entity) => ({ status: e.status, note: e.note, created: now });

  doc.entities.forEach((e, i) => {
    const det = detectedByKey.get(key(e));
    if (e.label === 'Note') {
      out.push(makeAnnotation(text, e.span, 'note', 'add', extra(e)));
      return;
    }
    if (e.label === 'Source') {
      if (!det) out.push(makeAnnotation(text, e.span, 'source', 'add', extra(e)));
      else if (e.status || e.note !== undefined || e.confirmed) out.push(makeAnnotation(text, e.span, 'source', 'confirm', extra(e)));
      return;
    }
    const kind = e.label === 'Statement' ? 'statement' : e.label === 'Date' ? 'date' : e.label === 'Outlet' ? 'outlet' : 'claim';
    if (!det) {
      if (e.label === 'Statement') {
        const c: Corrections = {};
        if (e.type && e.type !== 'direct') c.type = e.type;
        const src = sourceOf(i);
        if (e.speaker && !(src !== undefined && addedSources.has(src))) c.speaker = e.speaker;
        out.push(makeAnnotation(text, e.span, 'quote', 'add', { ...extra(e), corrections: c }));
      } else if (e.label === 'Claim') out.push(makeAnnotation(text, e.span, 'claim', 'add', extra(e)));
      else problems.push(`${e.label} at ${e.span[0]}-${e.span[1]} is not detected and cannot be added; skipped`);
      return;
    }
    const c: Corrections = {};
    if (e.label === 'Statement') {
      if (e.type && e.type !== det.type) c.type = e.type;
      const src = sourceOf(i);
      const explainedBySource = src !== undefined && addedSources.has(src);
      if (e.speaker && e.speaker !== det.speaker && !explainedBySource) c.speaker = e.speaker;
    } else if (e.label === 'Date' && e.value !== undefined && e.value !== det.value) c.value = e.value;
    else if (e.label === 'Outlet' && e.outlet !== undefined && e.outlet !== det.outlet) c.outlet = e.outlet;
    if (Object.keys(c).length) out.push(makeAnnotation(text, e.span, kind, 'correct', { ...extra(e), corrections: c }));
    else if (e.confirmed || e.status || e.note !== undefined) out.push(makeAnnotation(text, e.span, kind, 'confirm', extra(e)));
  });
  for (const e of detected.entities) {
    if (importedKeys.has(key(e)) || e.label === 'Source' || e.label === 'Note') continue;
    const kind = e.label === 'Statement' ? 'statement' : e.label === 'Date' ? 'date' : e.label === 'Outlet' ? 'outlet' : 'claim';
    out.push(makeAnnotation(text, e.span, kind, 'reject', { created: now }));
  }
  out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return { annotations: out, problems };
}
