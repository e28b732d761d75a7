// The corrected article as a flat list of labelled spans and relations: what every export format writes.
// Built from the model AFTER the editor's annotations were applied, so exports carry the corrections (rejected items
// are absent, corrected speakers/types/values/outlets replace the detected ones, added items are present).
import type { ArticleModel, Span } from '../analysis/model';
import type { ApplyResult } from './apply';
import type { AnnotationStatus } from './webAnnotation';

export type EntityLabel = 'Statement' | 'Source' | 'Date' | 'Outlet' | 'Claim' | 'Note';
export const ENTITY_LABELS: readonly EntityLabel[] = ['Statement', 'Source', 'Date', 'Outlet', 'Claim', 'Note'];

export interface Entity {
  label: EntityLabel;
  /** UTF-16 [start, end). */
  span: Span;
  /** Statement type. */
  type?: 'direct' | 'indirect' | 'mixed';
  vague?: boolean;
  status?: AnnotationStatus;
  confirmed?: boolean;
  /** Free-text facts that have no closed set of values: speaker name, date value, outlet id, the editor's note. */
  speaker?: string;
  value?: string;
  outlet?: string;
  note?: string;
}

export interface Relation {
  label: 'SaidBy';
  /** Indices into entities. */
  from: number;
  to: number;
}

export interface CorpusDoc {
  text: string;
  entities: Entity[];
  relations: Relation[];
}

const ORDER: Record<EntityLabel, number> = { Statement: 0, Source: 1, Date: 2, Outlet: 3, Claim: 4, Note: 5 };

/** Sort entities (by start, end, label) and remap relations; drop exact duplicates. */
export function normalizeDoc(doc: CorpusDoc): CorpusDoc {
  const idx = doc.entities.map((e, i) => ({ e, i }));
  idx.sort((a, b) => a.e.span[0] - b.e.span[0] || a.e.span[1] - b.e.span[1] || ORDER[a.e.label] - ORDER[b.e.label]);
  const map = new Map<number, number>();
  const entities: Entity[] = [];
  for (const { e, i } of idx) {
    const prev = entities[entities.length - 1];
    if (prev && prev.label === e.label && prev.span[0] === e.span[0] && prev.span[1] === e.span[1] && e.label === 'Source') {
      map.set(i, entities.length - 1);
      continue;
    }
    map.set(i, entities.length);
    entities.push(e);
  }
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const r of doc.relations) {
    const from = map.get(r.from);
    const to = map.get(r.to);
    if (from === undefined || to === undefined) continue;
    const key = `${r.label}:${from}:${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ label: r.label, from, to });
  }
  relations.sort((a, b) => a.from - b.from || a.to - b.to);
  return { text: doc.text, entities, relations };
}

/** The corpus view of a model (raw or corrected); `applied` adds the editor's statuses, confirmations and notes. */
export function corpusOf(text: string, model: ArticleModel, applied?: ApplyResult): CorpusDoc {
  const entities: Entity[] = [];
  const relations: Relation[] = [];
  const byLayer = { attribution: new Map<number, number>(), date: new Map<number, number>(), agency: new Map<number, number>(), claim: new Map<number, number>() };
  model.attributions.forEach((a, i) => {
    if (!a.content.length) return;
    const e: Entity = { label: 'Statement', span: [a.content[0][0], a.content[a.content.length - 1][1]], type: a.type };
    if (a.vague) e.vague = true;
    const sp = a.speaker >= 0 ? model.speakers[a.speaker] : undefined;
    if (sp) e.speaker = sp.name;
    byLayer.attribution.set(i, entities.length);
    entities.push(e);
    if (a.source) {
      relations.push({ label: 'SaidBy', from: entities.length - 1, to: entities.length });
      entities.push({ label: 'Source', span: a.source });
    }
  });
  model.dates.forEach((d, i) => {
    byLayer.date.set(i, entities.length);
    entities.push({ label: 'Date', span: d.span, value: d.value });
  });
  model.agencies.forEach((a, i) => {
    byLayer.agency.set(i, entities.length);
    entities.push({ label: 'Outlet', span: a.span, outlet: a.id });
  });
  model.claims.forEach((c, i) => {
    byLayer.claim.set(i, entities.length);
    const e: Entity = { label: 'Claim', span: c.span };
    if (c.kind === 'vague') e.vague = true;
    entities.push(e);
  });
  for (const ap of applied?.applied ?? []) {
    const a = ap.annotation;
    if (a.kind === 'note' || (a.kind === 'source' && !ap.target)) {
      const e: Entity = a.kind === 'note' ? { label: 'Note', span: ap.span } : { label: 'Source', span: ap.span };
      if (a.note !== undefined) e.note = a.note;
      if (a.status) e.status = a.status;
      entities.push(e);
      continue;
    }
    if (!ap.target) continue;
    let k = byLayer[ap.target.layer].get(ap.target.index);
    if (k === undefined) continue;
    if (a.kind === 'source') {
      // the annotation is about the Source entity of that statement
      const rel = relations.find((r) => r.from === k && entities[r.to].span[0] === ap.span[0] && entities[r.to].span[1] === ap.span[1]);
      if (!rel) continue;
      k = rel.to;
    }
    const e = entities[k];
    if (a.status) e.status = a.status;
    if (a.action === 'confirm') e.confirmed = true;
    if (a.note !== undefined) e.note = a.note;
  }
  return normalizeDoc({ text, entities, relations });
}
