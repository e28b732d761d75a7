// Hovers: what is under the cursor — an outlet, a date, a figure, a speaker, a cue or a statement — in Markdown.
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Attribution, Span } from '../analysis';
import { outletHover } from './outletHover';
import type { OutletEntry } from '../analysis';

const within = (s: Span, o: number) => s[0] <= o && o < s[1];
const clip = (t: string, n = 80) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
};
const md = (value: string): MarkupContent => ({ kind: 'markdown', value });
const esc = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Wednesday 19 July 2000" for a YYYY-MM-DD value, else null. */
export function calendarText(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${WEEKDAY[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function statementLine(doc: TextDocument, text: string, a: Attribution): string {
  const c = a.content[0];
  const line = doc.positionAt(c[0]).line + 1;
  return `- *${a.type}${a.vague ? ', vague' : ''}* (line ${line}): “${esc(clip(text.slice(c[0], a.content[a.content.length - 1][1]), 70))}”`;
}

export function hoverAt(doc: TextDocument, model: ArticleModel, offset: number, outlets?: readonly OutletEntry[]): Hover | null {
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
  if (fig) {
    const a = fig.attribution >= 0 ? model.attributions[fig.attribution] : undefined;
    const who = a && a.speaker >= 0 ? model.speakers[a.speaker]?.name : undefined;
    const parts = [`**${esc(text.slice(fig.span[0], fig.span[1]))}** — ${fig.kind}`];
    parts.push(a ? `Attributed to **${esc(who ?? 'an unnamed source')}** (${a.type} statement).` : 'Unattributed: no source is given for this figure.');
    return { contents: md(parts.join('\n\n')), range: range(fig.span) };
  }

  // Speaker mentions (names, roles, pronouns).
  for (const sp of model.speakers) {
    const m = sp.mentions.find((s) => within(s, offset));
    if (!m) continue;
    const statements = model.attributions.filter((a) => a.speaker === sp.id);
    const parts = [`**${esc(sp.name)}**${sp.role ? ` — ${esc(clip(sp.role, 80))}` : ''} (${sp.kind})`];
    if (sp.aliases.length > 1) parts.push(`Also called: ${sp.aliases.filter((a) => a !== sp.name).map((a) => `“${esc(a)}”`).join(', ')}`);
    parts.push(`${statements.length} statement${statements.length === 1 ? '' : 's'} in this article:\n${statements.map((a) => statementLine(doc, text, a)).join('\n')}`);
    return { contents: md(parts.join('\n\n')), range: range(m) };
  }

  // Any part of a statement: cue or content.
  const a = model.attributions.find((x) => (x.cue && within(x.cue, offset)) || x.content.some((c) => within(c, offset)));
  if (a) {
    const sp = a.speaker >= 0 ? model.speakers[a.speaker] : undefined;
    const parts = [`**Statement** — ${a.type}${a.vague ? ', vague attribution' : ''}`];
    parts.push(`Speaker: **${esc(sp?.name ?? 'not found')}**${sp?.role ? ` (${esc(clip(sp.role, 60))})` : ''}`);
    parts.push(`Cue: ${a.cue ? `“${esc(text.slice(a.cue[0], a.cue[1]))}”` : 'none (quote continues an earlier speaker)'}`);
    const hull: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
    const d = model.dates.find((x) => x.span[0] >= hull[0] && x.span[1] <= hull[1]);
    if (d) parts.push(`Date: ${esc(text.slice(d.span[0], d.span[1]))} → \`${d.value}\``);
    const target: Span = a.cue && within(a.cue, offset) ? a.cue : a.content.find((c) => within(c, offset)) ?? hull;
    return { contents: md(parts.join('\n\n')), range: range(target) };
  }
  return null;
}
