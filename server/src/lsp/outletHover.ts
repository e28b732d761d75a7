// Hover on an outlet mention: its gazetteer card (name, kind, country, state control, founded) and every place this
// article cites it, grouped by role, with the statements attributed to it.
import { clip as clipText, esc } from './text';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AgencyRole, ArticleModel, OutletEntry, Span } from '../analysis';
import { gazetteerFor } from '../analysis/agencies/agencies';
import { countryName } from '../analysis/agencies/countries';

const md = (value: string): MarkupContent => ({ kind: 'markdown', value });
const clip = (t: string, n = 70) => clipText(t, n);

const ROLE_LABEL: Record<AgencyRole, string> = {
  dateline: 'dateline',
  parenthetical: 'source list',
  according_to: '“according to”',
  said: 'said / reported',
  credit: 'credit line',
  photo_credit: 'photo credit',
  other: 'mentioned',
};
const ROLE_ORDER: AgencyRole[] = ['dateline', 'parenthetical', 'said', 'according_to', 'credit', 'photo_credit', 'other'];

/** The card of an outlet, in Markdown. */
export function outletCard(o: OutletEntry): string {
  const state = o.stateControlled === undefined ? null : o.stateControlled ? 'state-controlled' : 'independent of the state';
  const facts = [o.kind, countryName(o.country), state, o.founded ? `founded ${o.founded}` : null].filter(Boolean).join(' · ');
  const aka = o.aliases.filter((a) => a !== o.name).slice(0, 6);
  const lines = [`**${esc(o.name)}** — ${facts}`];
  if (aka.length) lines.push(`Also written: ${aka.map((a) => `“${esc(a)}”`).join(', ')}`);
  if (o.description) lines.push(esc(o.description));
  return lines.join('\n\n');
}

/** The hover for the outlet mention at `offset`, or null when there is none there. */
export function outletHover(doc: TextDocument, model: ArticleModel, offset: number, outlets?: readonly OutletEntry[]): Hover | null {
  const ag = model.agencies.find((a) => a.span[0] <= offset && offset < a.span[1]);
  if (!ag) return null;
  const text = doc.getText();
  const range = (s: Span) => ({ start: doc.positionAt(s[0]), end: doc.positionAt(s[1]) });
  const line = (s: Span) => doc.positionAt(s[0]).line + 1;
  const entry = gazetteerFor(outlets).byId.get(ag.id);
  const parts = [entry ? outletCard(entry) : `**${esc(ag.name)}**`, `Cited here as: **${ROLE_LABEL[ag.role]}**.`];

  const mine = model.agencies.filter((a) => a.id === ag.id);
  const byRole = ROLE_ORDER.map((role) => [role, mine.filter((a) => a.role === role)] as const).filter(([, list]) => list.length);
  const cites = byRole.map(([role, list]) => `- ${ROLE_LABEL[role]}: ${list.map((a) => `line ${line(a.span)}${a === ag ? ' (here)' : ''}`).join(', ')}`);
  parts.push(`${mine.length} citation${mine.length === 1 ? '' : 's'} in this article:\n${cites.join('\n')}`);

  const quoted = model.speakers.filter((s) => s.outlet === ag.id).flatMap((s) => model.attributions.filter((a) => a.speaker === s.id));
  if (quoted.length) {
    const items = quoted.map((a) => {
      const c: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
      return `- *${a.type}* (line ${line(c)}): “${esc(clip(text.slice(c[0], c[1])))}”`;
    });
    parts.push(`Statements attributed to it:\n${items.join('\n')}`);
  }
  return { contents: md(parts.join('\n\n')), range: range(ag.span) };
}
