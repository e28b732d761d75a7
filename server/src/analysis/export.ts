// The model in the shape of ../shared/eval/FORMAT.md (one JSON object per article), and a readable summary.
import type { ArticleModel, Span } from './model';

export interface EvalRecord {
  id: string;
  dct: string | null;
  attributions: { source: Span | null; speaker: string | null; cue: Span | null; content: Span; type: string }[];
  timex: { span: Span; type: string; value: string }[];
  agencies: { span: Span; name: string; role: string }[];
  claims: { span: Span; kind: string }[];
  figures: { span: Span; attributedTo: string | null }[];
}

const hull = (spans: Span[]): Span => [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];

export function toEvalRecord(id: string, model: ArticleModel): EvalRecord {
  const speakerName = (i: number) => (i >= 0 ? model.speakers[i]?.name ?? null : null);
  return {
    id,
    dct: model.publication.date,
    attributions: model.attributions.map((a) => ({
      source: a.source,
      speaker: speakerName(a.speaker),
      cue: a.cue,
      content: hull(a.content),
      type: a.type,
    })),
    timex: model.dates.map((d) => ({ span: d.span, type: d.type, value: d.value })),
    agencies: model.agencies.map((a) => ({ span: a.span, name: a.name, role: a.role })),
    claims: model.claims.map((c) => ({ span: c.span, kind: c.kind })),
    figures: model.figures.map((f) => ({
      span: f.span,
      attributedTo: f.attribution >= 0 ? speakerName(model.attributions[f.attribution]?.speaker ?? -1) : null,
    })),
  };
}

const clip = (s: string, n = 90) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};

/** A readable plain-text summary: statements by speaker, dates with values, outlets. */
export function summary(text: string, model: ArticleModel): string {
  const lines: string[] = [];
  const pub = model.publication;
  if (model.structure.headline) lines.push(`Headline: ${clip(text.slice(...model.structure.headline), 100)}`);
  lines.push(`Published: ${pub.date ?? 'unknown'} (${pub.explanation})`);
  if (model.notice) lines.push(`Notice: ${model.notice}`);
  lines.push('', `Statements (${model.attributions.length}):`);
  const bySpeaker = new Map<number, number[]>();
  for (const a of model.attributions) bySpeaker.set(a.speaker, [...(bySpeaker.get(a.speaker) ?? []), a.id]);
  for (const [sp, ids] of bySpeaker) {
    const s = model.speakers[sp];
    lines.push(`  ${s ? s.name : '(unknown speaker)'}${s?.role ? ` — ${clip(s.role, 60)}` : ''}`);
    for (const id of ids) {
      const a = model.attributions[id];
      const cue = a.cue ? text.slice(...a.cue) : '—';
      lines.push(`    [${a.type}${a.vague ? ', vague' : ''}] ${cue}: ${clip(text.slice(...hull(a.content)))}`);
    }
  }
  lines.push('', `Dates (${model.dates.length}):`);
  for (const d of model.dates) lines.push(`  ${clip(text.slice(...d.span), 40).padEnd(28)} ${d.type.padEnd(8)} ${d.value}`);
  lines.push('', `Outlets (${model.agencies.length}):`);
  for (const a of model.agencies) lines.push(`  ${clip(text.slice(...a.span), 30).padEnd(28)} ${a.role.padEnd(13)} ${a.name}`);
  const unattributed = model.claims.filter((c) => c.kind === 'unattributed').length;
  const vague = model.claims.length - unattributed;
  lines.push('', `Claims: ${unattributed} unattributed, ${vague} vague. Findings: ${model.findings.length}.`);
  return lines.join('\n');
}
