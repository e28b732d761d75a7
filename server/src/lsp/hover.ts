// Hovers: what is under the cursor — an outlet, a date, a figure, a speaker, a cue or a statement — in Markdown.
import { clip, esc } from './text';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Attribution, Figure, Span, Speaker } from '../analysis';
import { outletHover } from './outletHover';
import { CONFIDENCE_THRESHOLD } from '../analysis';
import type { OutletEntry } from '../analysis';

const within = (s: Span, o: number) => s[0] <= o && o < s[1];
const md = (value: string): MarkupContent => ({ kind: 'markdown', value });

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Wednesday 19 July 2000" for a YYYY-MM-DD value, else null. */
export function calendarText(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${WEEKDAY[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A link that opens the document at a position (VS Code reads `#L<line>,<column>`, both 1-based). */
export function positionLink(doc: TextDocument, offset: number): { href: string; line: number } {
  const p = doc.positionAt(offset);
  return { href: `${doc.uri}#L${p.line + 1},${p.character + 1}`, line: p.line + 1 };
}

/** The first words of a text span, for lists. */
export function firstWords(t: string, words = 8): string {
  const ws = t.replace(/\s+/g, ' ').trim().split(' ');
  return ws.length > words ? ws.slice(0, words).join(' ') + '…' : ws.join(' ');
}

function statementLine(doc: TextDocument, text: string, a: Attribution): string {
  const c = a.content[0];
  const { href, line } = positionLink(doc, c[0]);
  return `- [line ${line}](${href}) *${a.type}${a.vague ? ', vague' : ''}*: “${esc(firstWords(text.slice(c[0], a.content[a.content.length - 1][1])))}”`;
}

/** Another open article, for comparing figures across articles. */
export interface OtherArticle {
  uri: string;
  text: string;
  model: ArticleModel;
}

/** Is the hover at `offset` about a figure (the only hover that reads the other open articles)? */
export function figureAt(model: ArticleModel, offset: number): boolean {
  return model.figures.some((f) => within(f.span, offset));
}

export function hoverAt(doc: TextDocument, model: ArticleModel, offset: number, outlets?: readonly OutletEntry[], others: readonly OtherArticle[] = []): Hover | null {
  const text = doc.getText();
  const range = (s: Span) => ({ start: doc.positionAt(s[0]), end: doc.positionAt(s[1]) });

  const outletHit = outletHover(doc, model, offset, outlets);
  if (outletHit) return outletHit;

  const date = model.dates.find((d) => within(d.span, offset));
  if (date) {
    const cal = calendarText(date.value);
    const parts = [`**${esc(text.slice(date.span[0], date.span[1]))}** → \`${date.value}\` (${date.type})`];
    if (cal) parts.push(cal);
    parts.push(`Resolved: ${esc(date.explanation)}.`);
    if (date.relative) parts.push(`Publication date: ${model.publication.date ?? 'unknown'} — ${esc(model.publication.explanation)}.`);
    return { contents: md(parts.join('\n\n')), range: range(date.span) };
  }

  const fig = model.figures.find((f) => within(f.span, offset));
  if (fig) return { contents: md(figureHover(doc, model, fig, others)), range: range(fig.span) };

  // Speaker mentions (names, roles, pronouns).
  for (const sp of model.speakers) {
    const m = sp.mentions.find((s) => within(s, offset));
    if (!m) continue;
    const statements = model.attributions.filter((a) => a.speaker === sp.id && a.content.length);
    const parts = [`**${esc(sp.name)}** (${sp.kind}${sp.outlet ? ', news outlet' : ''})`];
    parts.push(`Role: ${sp.role && sp.role.toLowerCase() !== sp.name.toLowerCase() ? esc(clip(sp.role, 100)) : '*not given in the text*'}`);
    const aliases = sp.aliases.filter((a) => a !== sp.name);
    if (aliases.length) parts.push(`Also called: ${aliases.map((a) => `“${esc(a)}”`).join(', ')}`);
    parts.push(`${statements.length} statement${statements.length === 1 ? '' : 's'} in this article:\n${statements.map((a) => statementLine(doc, text, a)).join('\n')}`);
    return { contents: md(parts.join('\n\n')), range: range(m) };
  }

  // Any part of a statement: cue or content.
  const a = model.attributions.find((x) => (x.cue && within(x.cue, offset)) || x.content.some((c) => within(c, offset)));
  if (a) {
    const sp = a.speaker >= 0 ? model.speakers[a.speaker] : undefined;
    const parts = [`**Statement** — ${a.type}${a.vague ? ', vague attribution' : ''}`];
    parts.push(`Speaker: **${esc(sp?.name ?? 'not found')}**${sp?.role ? ` (${esc(clip(sp.role, 60))})` : ''}${a.source ? ` — as “${esc(clip(text.slice(a.source[0], a.source[1]), 60))}”` : ''}`);
    parts.push(`Cue: ${a.cue ? `“${esc(text.slice(a.cue[0], a.cue[1]))}”` : 'none (quote continues an earlier speaker)'}`);
    const hull: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
    const full: Span = [Math.min(hull[0], a.source?.[0] ?? hull[0], a.cue?.[0] ?? hull[0]), Math.max(hull[1], a.source?.[1] ?? 0, a.cue?.[1] ?? 0)];
    // The statement's date: in its content, else between its source, cue and content ("said Wednesday his …").
    const d = model.dates.find((x) => x.span[0] >= hull[0] && x.span[1] <= hull[1]) ?? model.dates.find((x) => x.span[0] >= full[0] && x.span[1] <= full[1]);
    if (d) parts.push(`Date: ${esc(text.slice(d.span[0], d.span[1]))} → \`${d.value}\`${calendarText(d.value) ? ` (${calendarText(d.value)})` : ''}`);
    parts.push(a.vague ? 'Vague: yes — the source is not named.' : 'Vague: no');
    // Shown only with newsLens.attributions.keepUncertain: a statement the confidence model would leave out.
    if (a.confidence !== undefined && a.confidence < CONFIDENCE_THRESHOLD) {
      parts.push(`Uncertain: the confidence model rates these limits unlikely (${a.confidence.toFixed(2)}, threshold ${CONFIDENCE_THRESHOLD}); shown because \`newsLens.attributions.keepUncertain\` is on.`);
    }
    const target: Span = a.cue && within(a.cue, offset) ? a.cue : a.content.find((c) => within(c, offset)) ?? hull;
    return { contents: md(parts.join('\n\n')), range: range(target) };
  }

  // An unattributed claim: say why, and who could be its source.
  const claim = model.claims.find((c) => within(c.span, offset));
  if (claim) {
    const parts =
      claim.kind === 'vague'
        ? [`**Vague attribution** — ${esc(claim.reason.replace(/^vague-source: /, 'marker '))}`, 'The reader cannot tell who stands behind this statement.']
        : [`**Unattributed claim** — ${claim.reason}`, 'No source is given for it in this sentence or carried over from the one before. Who says so?'];
    const names = likelySpeakers(model, claim.span[0]);
    if (claim.kind === 'unattributed' && names.length) parts.push(`Speakers in this article: ${names.map((n) => esc(n)).join(', ')}`);
    return { contents: md(parts.join('\n\n')), range: range(claim.span) };
  }
  return null;
}

/** Named speakers of the article, the nearest before `offset` first (for "who says so?" and the quick fix). */
export function likelySpeakers(model: ArticleModel, offset: number, max = 6): string[] {
  // Full personal names first, then outlets and other named sources; nearest before the offset first within a tier.
  const tier = (s: Speaker) => (s.kind === 'person' && /\s/.test(s.name) ? 0 : s.kind === 'outlet' || s.kind === 'person' ? 1 : 2);
  const scored = model.speakers
    .filter((s) => s.kind !== 'group' && s.mentions.length && !/^(?:he|she|they|it|we|i)$/i.test(s.name))
    .map((s) => {
      const before = s.mentions.filter((m) => m[0] < offset).map((m) => offset - m[0]);
      const dist = before.length ? Math.min(...before) : 1e9 + Math.min(...s.mentions.map((m) => m[0] - offset));
      return { name: s.name, tier: tier(s), dist };
    })
    .sort((a, b) => a.tier - b.tier || a.dist - b.dist);
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}

// Created on first use: loading ICU's number formats costs the server several MB of memory, and only a figure hover
// needs them.
let figFmt: Intl.NumberFormat | null = null;
const FIG_FMT = { format: (n: number) => (figFmt ??= new Intl.NumberFormat('en', { maximumSignificantDigits: 4 })).format(n) };
const rangeText = (f: Figure) =>
  f.low === undefined || f.high === undefined ? '?' : f.low === f.high ? FIG_FMT.format(f.low) : `${FIG_FMT.format(f.low)}–${FIG_FMT.format(f.high)}`;
const sameQuantity = (a: Figure, b: Figure) =>
  a.kind === b.kind && a.unit !== undefined && a.unit === b.unit && a.unit !== 'unspecified' && (a.per ?? '') === (b.per ?? '') && a.low !== undefined && b.low !== undefined;
/** Within a factor of three: close enough to be the same fact reported twice. */
const comparable = (a: Figure, b: Figure) => {
  const x = ((a.low ?? 0) + (a.high ?? 0)) / 2;
  const y = ((b.low ?? 0) + (b.high ?? 0)) / 2;
  return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= 3;
};
/** Two figures agree when the ranges the texts allow overlap (allowing 2% for rounding). */
export const figuresAgree = (a: Figure, b: Figure) => a.low! <= b.high! * 1.02 && b.low! <= a.high! * 1.02;

/** The figure card: its value, the statement it belongs to (or "unattributed"), and the other open articles. */
export function figureHover(doc: TextDocument, model: ArticleModel, fig: Figure, others: readonly OtherArticle[]): string {
  const text = doc.getText();
  const surface = text.slice(fig.span[0], fig.span[1]);
  const a = fig.attribution >= 0 ? model.attributions.find((x) => x.id === fig.attribution) : undefined;
  const sp = a && a.speaker >= 0 ? model.speakers[a.speaker] : undefined;
  const unit = fig.unit && fig.unit !== 'unspecified' ? ` ${fig.unit}` : '';
  const parts = [`**${esc(surface)}** — ${fig.kind}${fig.low !== undefined ? ` (${rangeText(fig)}${unit}${fig.per ? ` per ${fig.per}` : ''})` : ''}`];
  if (a) {
    const { href, line } = positionLink(doc, a.content[0][0]);
    parts.push(`In ${a.type === 'indirect' ? 'an' : 'a'} ${a.type} statement ([line ${line}](${href})) attributed to **${esc(sp?.name ?? 'an unnamed source')}**${a.vague ? ' (vague)' : ''}.`);
  } else {
    const claim = model.claims.find((c) => c.span[0] <= fig.span[0] && fig.span[1] <= c.span[1]);
    parts.push(`**Unattributed**: no statement holds this figure${claim?.kind === 'unattributed' ? ' (flagged as an unattributed claim)' : ''}.`);
  }
  const same: string[] = [];
  for (const o of others) {
    if (o.uri === doc.uri) continue;
    for (const g of o.model.figures) {
      if (!sameQuantity(fig, g) || !comparable(fig, g)) continue;
      const line = o.text.slice(0, g.span[0]).split('\n').length;
      const name = decodeURIComponent(o.uri.split('/').pop() ?? o.uri);
      const ga = g.attribution >= 0 ? o.model.attributions.find((x) => x.id === g.attribution) : undefined;
      const who = ga ? (ga.speaker >= 0 ? o.model.speakers[ga.speaker]?.name : 'an unnamed source') : 'unattributed';
      same.push(`- ${figuresAgree(fig, g) ? 'agrees' : '**differs**'}: “${esc(o.text.slice(g.span[0], g.span[1]))}” in [${esc(name)}, line ${line}](${o.uri}#L${line}) — ${esc(who ?? 'an unnamed source')}`);
      if (same.length >= 8) break;
    }
  }
  if (same.length) parts.push(`The same quantity in other open articles:\n${same.join('\n')}`);
  else if (others.some((o) => o.uri !== doc.uri)) parts.push('Not found in the other open articles.');
  return parts.join('\n\n');
}
