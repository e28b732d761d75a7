// applyAnnotations(model, text, annotations) → model': the editor's word over the detections. Pure.
// - confirm: nothing changes in the model; the item is marked (hover, view, export).
// - correct: speaker / type of a statement, value of a date, outlet of an agency mention — the corrected item
//   replaces the detected one everywhere (hovers, symbols, the view, exports).
// - reject: the item disappears, and every diagnostic computed from it with it (findings are recomputed).
// - add: a claim, a quote (a direct statement), a source (a speaker for the statement nearby), a note.
// Annotations are first re-anchored in `text`; the ones that cannot be placed are returned as orphans, untouched.
import type { ArticleModel, Attribution, Span, Speaker } from '../analysis/model';
import { findings } from '../analysis/analyze';
import { gazetteerFor } from '../analysis/agencies/agencies';
import type { OutletEntry } from '../analysis/model';
import { anchorAll } from './anchor';
import type { AnchorMethod } from './anchor';
import type { AnnotationKind, NewsAnnotation } from './webAnnotation';

/** The model layer an annotation applies to. */
export type ItemLayer = 'attribution' | 'date' | 'agency' | 'claim';

export interface DetectedItem {
  kind: 'statement' | 'date' | 'outlet' | 'claim';
  layer: ItemLayer;
  /** Index in that layer of the model. */
  index: number;
  span: Span;
}

export interface AppliedAnnotation {
  annotation: NewsAnnotation;
  /** Where it is now. */
  span: Span;
  method: AnchorMethod;
  /** The item it applies to in the returned model (null for notes, rejected items and items no longer detected). */
  target: { layer: ItemLayer; index: number } | null;
  /** False when it confirms, corrects or rejects an item that the analysis no longer finds there. */
  matched: boolean;
}

export interface ApplyResult {
  model: ArticleModel;
  applied: AppliedAnnotation[];
  orphans: NewsAnnotation[];
}

export const hullOf = (a: Attribution): Span => [a.content[0][0], a.content[a.content.length - 1][1]];

/** Every item an editor can confirm, correct or reject, in text order. */
export function detectedItems(model: ArticleModel): DetectedItem[] {
  const out: DetectedItem[] = [];
  model.attributions.forEach((a, index) => a.content.length && out.push({ kind: 'statement', layer: 'attribution', index, span: hullOf(a) }));
  model.dates.forEach((d, index) => out.push({ kind: 'date', layer: 'date', index, span: d.span }));
  model.agencies.forEach((a, index) => out.push({ kind: 'outlet', layer: 'agency', index, span: a.span }));
  model.claims.forEach((c, index) => out.push({ kind: 'claim', layer: 'claim', index, span: c.span }));
  out.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return out;
}

/** The items that contain `offset` (or overlap [start, end)), innermost first. */
export function itemsAt(model: ArticleModel, start: number, end = start): DetectedItem[] {
  return detectedItems(model)
    .filter((it) => (start === end ? it.span[0] <= start && start <= it.span[1] : it.span[0] < end && start < it.span[1]))
    .sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
}

const LAYER_OF: Partial<Record<AnnotationKind, ItemLayer>> = { statement: 'attribution', quote: 'attribution', date: 'date', outlet: 'agency', claim: 'claim' };

function overlap(a: Span, b: Span): number {
  const o = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
  if (o <= 0) return a[0] === b[0] && a[1] === b[1] ? 1 : 0;
  return o / (Math.max(a[1], b[1]) - Math.min(a[0], b[0]));
}

/** The detected item of `layer` that best overlaps `span` (at least half of their union), or -1. */
function matchItem(model: ArticleModel, layer: ItemLayer, span: Span): number {
  const spans: Span[] =
    layer === 'attribution' ? model.attributions.map(hullOf) : layer === 'date' ? model.dates.map((d) => d.span) : layer === 'agency' ? model.agencies.map((a) => a.span) : model.claims.map((c) => c.span);
  let best = -1;
  let bestScore = 0.5 - 1e-9;
  for (let i = 0; i < spans.length; i++) {
    if (spans[i][1] < span[0] || spans[i][0] > span[1]) continue;
    const s = overlap(spans[i], span);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

export function applyAnnotations(model: ArticleModel, text: string, annotations: readonly NewsAnnotation[], outlets?: readonly OutletEntry[]): ArticleModel {
  return applyAnnotationsDetailed(model, text, annotations, outlets).model;
}

export function applyAnnotationsDetailed(model: ArticleModel, text: string, annotations: readonly NewsAnnotation[], outlets?: readonly OutletEntry[]): ApplyResult {
  const { placed, orphans } = anchorAll(text, annotations);
  if (!placed.length) return { model, applied: [], orphans };

  // Copies of the layers we change; the input model is never mutated.
  const attributions: (Attribution & { old: number })[] = model.attributions.map((a, i) => ({ ...a, content: a.content.map((c): Span => [c[0], c[1]]), old: i }));
  const speakers: Speaker[] = model.speakers.map((s) => ({ ...s, mentions: [...s.mentions], aliases: [...s.aliases] }));
  const dates = model.dates.map((d) => ({ ...d }));
  const agencies = model.agencies.map((a) => ({ ...a }));
  const claims = model.claims.map((c) => ({ ...c }));
  const rejected = { attribution: new Set<number>(), date: new Set<number>(), agency: new Set<number>(), claim: new Set<number>() };
  const added: (Attribution & { old: number })[] = [];
  const addedClaims: typeof claims = [];
  /** For each applied annotation: its target as (layer, old index or -(k+1) for the k-th added item). */
  const targets: ({ layer: ItemLayer; ref: number } | null)[] = [];
  const matchedFlags: boolean[] = [];
  let changed = false;

  const speakerFor = (name: string, mention?: Span): number => {
    const key = name.trim().toLowerCase();
    let i = speakers.findIndex((s) => s.name.toLowerCase() === key || s.aliases.some((x) => x.toLowerCase() === key));
    if (i < 0) {
      i = speakers.length;
      speakers.push({ id: i, name: name.trim(), role: null, kind: 'person', mentions: [], aliases: [name.trim()], outlet: null });
    }
    if (mention && !speakers[i].mentions.some((m) => m[0] === mention[0] && m[1] === mention[1])) {
      speakers[i].mentions.push(mention);
      speakers[i].mentions.sort((a, b) => a[0] - b[0]);
    }
    return i;
  };
  const gazetteer = gazetteerFor(outlets);
  const outletFor = (v: string): { id: string; name: string } => {
    const byId = gazetteer.byId.get(v);
    if (byId) return { id: byId.id, name: byId.name };
    const alias = gazetteer.byAlias.get(v);
    const key = v.trim().toLowerCase();
    const entry = alias ? gazetteer.byId.get(alias) : [...gazetteer.byId.values()].find((o) => o.name.toLowerCase() === key || o.aliases.some((x) => x.toLowerCase() === key));
    return entry ? { id: entry.id, name: entry.name } : { id: key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'outlet', name: v.trim() };
  };

  for (const p of placed) {
    const a = p.annotation;
    const layer = LAYER_OF[a.kind];
    const c = a.corrections ?? {};
    let target: { layer: ItemLayer; ref: number } | null = null;
    let matched = true;
    if (a.action === 'add') {
      changed = true;
      if (a.kind === 'claim') {
        addedClaims.push({ span: p.span, kind: 'unattributed', reason: 'marked by the editor' });
        target = { layer: 'claim', ref: -addedClaims.length };
      } else if (a.kind === 'quote' || a.kind === 'statement') {
        added.push({ id: -1, source: null, cue: null, content: [p.span], type: c.type ?? 'direct', speaker: c.speaker ? speakerFor(c.speaker) : -1, vague: false, parent: -1, old: -1 - added.length });
        target = { layer: 'attribution', ref: -added.length };
      } else if (a.kind === 'source') {
        const sp = speakerFor(c.speaker ?? text.slice(p.span[0], p.span[1]), p.span);
        // The statement this source speaks: one whose detected source the marked span overlaps (the editor corrects
        // it), else the nearest one without a known speaker in the same paragraph.
        const para = model.structure.paragraphs.find((q) => q.span[0] <= p.span[0] && p.span[1] <= q.span[1])?.span ?? [p.span[0] - 400, p.span[1] + 400];
        let bestI = -1;
        let bestD = Infinity;
        for (const at of [...attributions, ...added]) {
          if (at.source && at.source[0] < p.span[1] && p.span[0] < at.source[1]) {
            bestI = at.old;
            break;
          }
          const h = hullOf(at);
          if (h[1] < para[0] || h[0] > para[1] || (at.speaker >= 0 && at.source)) continue;
          const d = h[0] > p.span[1] ? h[0] - p.span[1] : p.span[0] > h[1] ? p.span[0] - h[1] : 0;
          if (d < bestD) {
            bestD = d;
            bestI = at.old;
          }
        }
        if (bestI !== -1) {
          const at = bestI >= 0 ? attributions[bestI] : added[-bestI - 1];
          at.source = p.span;
          at.speaker = sp;
          at.vague = false;
          target = { layer: 'attribution', ref: bestI >= 0 ? bestI : bestI };
        }
      }
      // notes change nothing in the model
    } else if (layer) {
      const i = matchItem(model, layer, p.span);
      if (i < 0) matched = false;
      else if (a.action === 'reject') {
        rejected[layer].add(i);
        changed = true;
      } else {
        target = { layer, ref: i };
        if (a.action === 'correct') {
          changed = true;
          if (layer === 'attribution') {
            if (c.type) attributions[i].type = c.type;
            if (c.speaker) {
              attributions[i].speaker = speakerFor(c.speaker, attributions[i].source ?? undefined);
              attributions[i].vague = false;
            }
          } else if (layer === 'date' && c.value) {
            dates[i].value = c.value;
            dates[i].relative = false;
            dates[i].explanation = `corrected by the editor (detected ${model.dates[i].value})`;
          } else if (layer === 'agency' && c.outlet) {
            const o = outletFor(c.outlet);
            agencies[i].id = o.id;
            agencies[i].name = o.name;
          }
        }
      }
    }
    targets.push(target);
    matchedFlags.push(matched);
  }

  if (!changed) {
    return {
      model,
      applied: placed.map((p, k) => ({ annotation: p.annotation, span: p.span, method: p.method, target: targets[k] && { layer: targets[k]!.layer, index: targets[k]!.ref }, matched: matchedFlags[k] })),
      orphans,
    };
  }

  // Rebuild the attribution layer: drop rejected, add new, keep text order, renumber ids, parents and figure links.
  const kept = [...attributions.filter((a) => !rejected.attribution.has(a.old)), ...added].sort((x, y) => x.content[0][0] - y.content[0][0] || x.content[0][1] - y.content[0][1]);
  const newIndexOfRef = new Map<number, number>();
  kept.forEach((a, i) => newIndexOfRef.set(a.old, i));
  const oldIdToRef = new Map<number, number>(model.attributions.map((a, i) => [a.id, i]));
  const newAttributions: Attribution[] = kept.map((a, i) => {
    const { old: _old, ...rest } = a;
    void _old;
    const parentRef = a.parent >= 0 ? oldIdToRef.get(a.parent) : undefined;
    return { ...rest, id: i, parent: parentRef === undefined ? -1 : newIndexOfRef.get(parentRef) ?? -1 };
  });
  const keepIdx = <T>(list: T[], drop: Set<number>) => list.map((x, i) => ({ x, i })).filter(({ i }) => !drop.has(i));
  const dateRows = keepIdx(dates, rejected.date);
  const agencyRows = keepIdx(agencies, rejected.agency);
  const claimRows = [...keepIdx(claims, rejected.claim), ...addedClaims.map((x, k) => ({ x, i: -1 - k }))].sort((a, b) => a.x.span[0] - b.x.span[0]);
  const newIndex = (rows: { i: number }[]) => new Map(rows.map((r, k) => [r.i, k]));
  const maps: Record<ItemLayer, Map<number, number>> = { attribution: newIndexOfRef, date: newIndex(dateRows), agency: newIndex(agencyRows), claim: newIndex(claimRows) };

  const out: ArticleModel = {
    ...model,
    attributions: newAttributions,
    speakers,
    dates: dateRows.map((r) => r.x),
    agencies: agencyRows.map((r) => r.x),
    claims: claimRows.map((r) => r.x),
    figures: model.figures.map((f) => ({ ...f, attribution: f.attribution >= 0 ? newIndexOfRef.get(f.attribution) ?? -1 : -1 })),
  };
  out.findings = findings(out);
  return {
    model: out,
    applied: placed.map((p, k) => {
      const t = targets[k];
      const idx = t ? maps[t.layer].get(t.ref) : undefined;
      return { annotation: p.annotation, span: p.span, method: p.method, target: t && idx !== undefined ? { layer: t.layer, index: idx } : null, matched: matchedFlags[k] };
    }),
    orphans,
  };
}
