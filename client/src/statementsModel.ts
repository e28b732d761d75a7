// The Statements view as plain data: tree building, filtering and the "copy with source" text.
// No vscode import here, so all of it is unit-tested with node:test (test/unit/client-statements.test.ts);
// statementsView.ts only turns these nodes into TreeItems.
import type { ArticleStatementsDto, RangeDto, SpeakerDto, StatementDto, StatementsResult } from '../../protocol/protocol';

/** The icon family of a statement: its type, with "vague" winning over the quote type. */
export type StatementKind = 'direct' | 'indirect' | 'mixed' | 'vague' | 'unattributed';

export type NodeKind = 'article' | 'speaker' | 'claims' | 'statement' | 'dates' | 'date' | 'outlets' | 'outlet' | 'orphans' | 'orphan';

export interface TreeNode {
  /** Stable and unique within one tree, so the view keeps expansion and selection across refreshes. */
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** Set on statement nodes. */
  statementKind?: StatementKind;
  /** Where a click goes: the document and the range to select; `around` (source + cue + content) for follow cursor. */
  target?: { uri: string; range: RangeDto; around?: RangeDto };
  /** Set on statement nodes: the clipboard text of "Copy Statement with Source". */
  copyText?: string;
  /** Open at first sight (articles, and the speakers of a short article); otherwise collapsed. */
  expanded?: boolean;
  children?: TreeNode[];
}

/** Up to this many statements in an article, its speakers open expanded. */
export const EXPAND_SPEAKERS_UP_TO = 30;

/** The shape `newsLens.statements.getItems` returns (used by the end-to-end tests; keep it exactly). */
export interface PlainItem {
  label: string;
  description?: string;
  tooltip?: string;
  children?: PlainItem[];
}

export interface Filter {
  /** Lower-cased, accent-folded words; all must occur in a statement's text, speaker, role, cue or source. */
  words: string[];
  /** Statement kinds to keep (from `type:direct`, `is:vague`…); empty keeps every kind. */
  kinds: StatementKind[];
  /** Editorial statuses to keep (from `status:verified`…); empty keeps every statement. */
  statuses: string[];
  /** The text as the user typed it, for messages. */
  raw: string;
}

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed', 'vague', 'unattributed'];
const KIND_ALIASES: Record<string, StatementKind> = {
  direct: 'direct',
  quote: 'direct',
  indirect: 'indirect',
  reported: 'indirect',
  mixed: 'mixed',
  vague: 'vague',
  unattributed: 'unattributed',
  claim: 'unattributed',
  claims: 'unattributed',
};

export const KIND_LABELS: Record<StatementKind, string> = {
  direct: 'direct quote',
  indirect: 'indirect (reported speech)',
  mixed: 'mixed quote',
  vague: 'vague attribution',
  unattributed: 'unattributed claim',
};

/** Case- and accent-insensitive form used for matching ("Señor" ~ "senor"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Parses the filter box. Words match anywhere in speaker or statement (all words must match);
 * `type:direct`, `type:indirect`, `type:mixed`, `is:vague`, `is:unattributed` (several allowed, any matches)
 * keep only those kinds. Returns undefined for an empty filter.
 */
export function parseFilter(input: string | undefined): Filter | undefined {
  const raw = (input ?? '').trim();
  if (!raw) return undefined;
  const words: string[] = [];
  const kinds: StatementKind[] = [];
  const statuses: string[] = [];
  for (const token of raw.split(/\s+/)) {
    const st = /^status:(.+)$/i.exec(token);
    if (st) {
      statuses.push(st[1].toLowerCase());
      continue;
    }
    const m = /^(?:type|is|kind):(.+)$/i.exec(token);
    const kind = m ? KIND_ALIASES[m[1].toLowerCase()] : undefined;
    if (kind) {
      if (!kinds.includes(kind)) kinds.push(kind);
    } else {
      const w = fold(token.replace(/^["“”']+|["“”']+$/g, ''));
      if (w) words.push(w);
    }
  }
  if (!words.length && !kinds.length && !statuses.length) return undefined;
  return { words, kinds, statuses, raw };
}

export function statementKind(s: StatementDto): StatementKind {
  if (s.icon && KINDS.includes(s.icon)) return s.icon;
  if (s.type === 'unattributed') return 'unattributed';
  if (s.vague) return 'vague';
  return KINDS.includes(s.type) ? s.type : 'indirect';
}

function matchesWords(haystack: string, words: string[]): boolean {
  if (!words.length) return true;
  const h = fold(haystack);
  return words.every((w) => h.includes(w));
}

function statementMatches(f: Filter, sp: SpeakerDto, s: StatementDto): boolean {
  if (f.kinds.length && !f.kinds.includes(statementKind(s))) return false;
  if (f.statuses.length && !f.statuses.includes((s.status ?? '').toLowerCase())) return false;
  return matchesWords([sp.name, sp.role ?? '', sp.outlet ?? '', s.text, s.cue ?? '', s.source ?? ''].join('\n'), f.words);
}

/** The file name of a URI, decoded (`file:///a/b/wire%20x.news` → `wire x.news`, `untitled:Untitled-1` → `Untitled-1`). */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const slash = path.lastIndexOf('/');
  const last = slash >= 0 ? path.slice(slash + 1) : path.slice(path.indexOf(':') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Collapses whitespace and shortens to `max` characters on a word boundary, with an ellipsis. */
export function shorten(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}

function trimQuote(part: string): string {
  return part.trim().replace(/^["“”„«»‘’']+|["“”„«»‘’']+$/g, '').replace(/[,;:]+$/, '').trim();
}

/**
 * A direct quote's words without the punctuation that belongs to the sentence around it ("…a decade," → "…a decade").
 * A quote interrupted by its attribution (`…a decade," Brandt said. "No government…`) keeps only the quoted words,
 * joined by an ellipsis: the attribution is said once, after the quote.
 */
export function quoteBody(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat
    .split(/["”»]\s?[^"“”«»]{1,240}?\s?["“«]/)
    .map(trimQuote)
    .filter(Boolean)
    .join(' … ');
}

/** "Tomas Brandt, Varonian Fisheries Minister" — the role only when it adds something to the name. */
export function speakerLine(sp: Pick<SpeakerDto, 'name' | 'role' | 'outlet'>): string {
  const parts = [sp.name];
  const name = fold(sp.name);
  const role = sp.role?.trim();
  if (role) {
    const r = fold(role);
    if (!r.includes(name) && !name.includes(r)) parts.push(role);
  }
  const outlet = sp.outlet?.trim();
  if (outlet && !parts.some((p) => fold(p).includes(fold(outlet)))) parts.push(outlet);
  return parts.join(', ');
}

/**
 * The clipboard text of "Copy Statement with Source":
 * `“We came here in good faith…” — Tomas Brandt, Varonian Fisheries Minister (told reporters), wire-harbor-talks.news:7`.
 * Only direct quotes get quotation marks, so a paraphrase is never passed off as someone's words;
 * other kinds say what they are next to the cue, and unattributed claims say so instead of a speaker.
 */
export function copyText(article: Pick<ArticleStatementsDto, 'uri'>, sp: SpeakerDto | null, s: StatementDto): string {
  const where = `${fileName(article.uri)}:${s.range.start.line + 1}`;
  const kind = statementKind(s);
  const flat = s.text.replace(/\s+/g, ' ').trim();
  if (kind === 'unattributed' || !sp || sp.kind === 'claims') return `${flat} — unattributed, ${where}`;
  const content = s.type === 'direct' ? `“${quoteBody(flat)}”` : flat.replace(/[,;:]+$/, '');
  const notes: string[] = [];
  if (s.cue) notes.push(s.cue.replace(/\s+/g, ' ').trim());
  if (s.type === 'indirect') notes.push('paraphrase');
  else if (s.type === 'mixed') notes.push('partial quote');
  if (s.vague) notes.push('vague attribution');
  return `${content} — ${speakerLine(sp)}${notes.length ? ` (${notes.join(', ')})` : ''}, ${where}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function statementNode(article: ArticleStatementsDto, sp: SpeakerDto, s: StatementDto, idBase: string): TreeNode {
  const kind = statementKind(s);
  const label = s.type === 'direct' ? `“${shorten(quoteBody(s.text))}”` : shorten(s.text);
  const claims = sp.kind === 'claims';
  const { reason, date, status } = s;
  const description = [status ? `[${status}]` : null, s.cue ?? (claims ? reason : s.type === 'direct' ? 'no cue' : null), `line ${s.range.start.line + 1}`]
    .filter(Boolean)
    .join(' · ');
  const facts = [
    `${KIND_LABELS[kind]}${kind === 'vague' && s.type !== 'unattributed' ? ` (${s.type})` : ''}${claims && reason ? `: ${reason}` : ''}`,
    claims ? 'No speaker found for this claim.' : `Speaker: ${speakerLine(sp)}`,
    s.source && !claims ? `Source as written: ${s.source}` : '',
    s.cue ? `Cue: ${s.cue}` : '',
    s.outlet && !claims && s.outlet !== sp.name ? `Outlet: ${s.outlet}` : '',
    date ? `Date: ${date.text} (${date.value})` : '',
    status ? `Editor's status: ${status}` : '',
    `${fileName(article.uri)}, line ${s.range.start.line + 1}`,
  ].filter(Boolean);
  const tooltip = `${s.text.replace(/\s+/g, ' ').trim()}\n\n${facts.join('\n')}`;
  return {
    id: `${idBase}/s${s.id}`,
    kind: 'statement',
    label,
    description,
    tooltip,
    statementKind: kind,
    target: { uri: article.uri, range: s.range, ...(s.fullRange ? { around: s.fullRange } : {}) },
    copyText: copyText(article, claims ? null : sp, s),
  };
}

function aliasLine(sp: SpeakerDto): string {
  const aliases = (sp.aliases ?? []).filter((a) => typeof a === 'string' && a.trim() && a !== sp.name);
  return aliases.length ? `Also called: ${aliases.join(', ')}` : '';
}

function unique(id: string, seen: Set<string>): string {
  let out = id;
  for (let n = 2; seen.has(out); n++) out = `${id}~${n}`;
  seen.add(out);
  return out;
}

function articleNode(a: ArticleStatementsDto, filter: Filter | undefined, seen: Set<string>): TreeNode | undefined {
  const base = unique(a.uri, seen);
  const children: TreeNode[] = [];
  let statements = 0;
  let speakers = 0;
  let claims = 0;
  for (const sp of a.speakers) {
    const isClaims = sp.kind === 'claims';
    const speakerHit = !!filter && !isClaims && !filter.kinds.length && !filter.statuses.length && matchesWords([sp.name, sp.role ?? '', sp.outlet ?? ''].join('\n'), filter.words);
    const kept = filter && !speakerHit ? sp.statements.filter((s) => statementMatches(filter, sp, s)) : sp.statements;
    if (!kept.length && (filter || isClaims)) continue;
    const id = unique(`${base}/${isClaims ? 'claims' : `speaker:${sp.name}`}`, seen);
    const nodes = kept.map((s) => statementNode(a, sp, s, id)).map((n) => ({ ...n, id: unique(n.id, seen) }));
    if (isClaims) claims += nodes.length;
    else {
      speakers++;
      statements += nodes.length;
    }
    const role = sp.role && speakerLine(sp) !== sp.name ? sp.role : null;
    children.push({
      id,
      kind: isClaims ? 'claims' : 'speaker',
      label: sp.name,
      description: [isClaims ? plural(nodes.length, 'claim') : plural(nodes.length, 'statement'), role, sp.outlet].filter(Boolean).join(' · '),
      tooltip: isClaims
        ? 'Sentences that make a contestable claim (a figure, an evaluation, a prediction…) with no attribution.'
        : [
            speakerLine(sp),
            sp.kind !== 'unknown' ? `Kind: ${sp.kind}` : '',
            aliasLine(sp),
            plural(sp.statements.length, 'statement') + ' in this article',
          ]
            .filter(Boolean)
            .join('\n'),
      children: nodes,
    });
  }
  const dates = a.dates.filter((d) => !filter || (!filter.kinds.length && !filter.statuses.length && matchesWords(`${d.text}\n${d.value}`, filter.words)));
  if (dates.length) {
    const id = unique(`${base}/dates`, seen);
    children.push({
      id,
      kind: 'dates',
      label: 'Dates',
      description: String(dates.length),
      tooltip: a.publicationDate ? `Resolved against the publication date ${a.publicationDate}` : 'No publication date found: relative dates are not anchored.',
      children: dates.map((d, i) => ({
        id: unique(`${id}/${i}`, seen),
        kind: 'date' as const,
        label: d.text.replace(/\s+/g, ' ').trim(),
        description: `${d.value} · line ${d.range.start.line + 1}`,
        tooltip: `${d.text.replace(/\s+/g, ' ').trim()} → ${d.value}`,
        target: { uri: a.uri, range: d.range },
      })),
    });
  }
  const outlets = a.outlets.filter((o) => !filter || (!filter.kinds.length && !filter.statuses.length && matchesWords(`${o.name}\n${o.role}`, filter.words)));
  if (outlets.length) {
    const id = unique(`${base}/outlets`, seen);
    children.push({
      id,
      kind: 'outlets',
      label: 'Outlets',
      description: String(outlets.length),
      tooltip: 'News agencies and media cited in this article, with their role.',
      children: outlets.map((o, i) => ({
        id: unique(`${id}/${i}`, seen),
        kind: 'outlet' as const,
        label: o.name,
        description: `${o.role} · line ${o.range.start.line + 1}`,
        tooltip: `${o.name} (${o.role})`,
        target: { uri: a.uri, range: o.range },
      })),
    });
  }
  if (statements + claims <= EXPAND_SPEAKERS_UP_TO) for (const c of children) if (c.kind === 'speaker' || c.kind === 'claims') c.expanded = true;
  if (a.orphans?.length && !filter) {
    const id = unique(`${base}/orphans`, seen);
    children.push({
      id,
      kind: 'orphans',
      label: 'Orphaned annotations',
      description: String(a.orphans.length),
      tooltip: 'Editor annotations whose text is no longer in the article. They are kept in the .annotations.json file.',
      children: a.orphans.map((o, i) => ({
        id: unique(`${id}/${i}`, seen),
        kind: 'orphan' as const,
        label: `“${shorten(o.text)}”`,
        description: `${o.kind} · ${o.action}`,
        tooltip: `${o.text}${o.note ? `\n\nNote: ${o.note}` : ''}`,
      })),
    });
  }
  const titleHit = !!filter && !filter.kinds.length && !filter.statuses.length && matchesWords(a.title, filter.words);
  if (filter && !children.length && !titleHit) return undefined;
  const file = fileName(a.uri);
  return {
    id: base,
    kind: 'article',
    expanded: true,
    label: a.title.replace(/\s+/g, ' ').trim() || file,
    description: [a.title.trim() && a.title.trim() !== file ? file : null, a.publicationDate].filter(Boolean).join(' · '),
    tooltip: [
      a.uri,
      a.publicationDate ? `Published ${a.publicationDate}` : 'No publication date found',
      `${plural(statements, 'statement')} by ${plural(speakers, 'speaker')}`,
      claims ? plural(claims, 'unattributed claim') : '',
      `${plural(dates.length, 'date')}, ${plural(outlets.length, 'outlet')}`,
    ]
      .filter(Boolean)
      .join('\n'),
    children,
  };
}

/** The whole tree: one node per article (sorted by title, then URI), filtered when a filter is given. */
export function buildTree(result: StatementsResult | null | undefined, filter?: Filter): TreeNode[] {
  const articles = [...(result?.articles ?? [])].sort((a, b) => a.title.localeCompare(b.title) || a.uri.localeCompare(b.uri));
  const seen = new Set<string>();
  const out: TreeNode[] = [];
  for (const a of articles) {
    const node = articleNode(a, filter, seen);
    if (node) out.push(node);
  }
  return out;
}

export interface TreeCounts {
  articles: number;
  statements: number;
}

/** Articles and statements (unattributed claims included) in a tree, for the view's message. */
export function countTree(nodes: TreeNode[]): TreeCounts {
  let statements = 0;
  const walk = (n: TreeNode) => {
    if (n.kind === 'statement') statements++;
    n.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return { articles: nodes.length, statements };
}

/** The message above the tree while a filter is active. */
export function filterMessage(filter: Filter | undefined, shown: TreeCounts, total: TreeCounts): string | undefined {
  if (!filter) return undefined;
  if (!shown.statements && !shown.articles) return `No statement matches “${filter.raw}”.`;
  return `Filter “${filter.raw}”: ${shown.statements} of ${plural(total.statements, 'statement')}`;
}

/** The tree as `[{label, description?, tooltip?, children?}]` for `newsLens.statements.getItems`. */
export function toPlain(nodes: TreeNode[]): PlainItem[] {
  return nodes.map((n) => {
    const item: PlainItem = { label: n.label };
    if (n.description) item.description = n.description;
    if (n.tooltip) item.tooltip = n.tooltip;
    if (n.children) item.children = toPlain(n.children);
    return item;
  });
}

function contains(r: RangeDto, line: number, character: number): boolean {
  const afterStart = line > r.start.line || (line === r.start.line && character >= r.start.character);
  const beforeEnd = line < r.end.line || (line === r.end.line && character <= r.end.character);
  return afterStart && beforeEnd;
}

/**
 * The innermost statement, date or outlet node of `uri` whose range holds the position (for "follow cursor");
 * statements win over dates and outlets inside them, and the shortest range wins among equals.
 */
export function nodeAt(nodes: TreeNode[], uri: string, line: number, character: number): TreeNode | undefined {
  let best: TreeNode | undefined;
  let bestRank = Infinity;
  const walk = (n: TreeNode) => {
    const t = n.target;
    const r = t?.around ?? t?.range;
    if (t && r && t.uri === uri && contains(r, line, character)) {
      const span = (r.end.line - r.start.line) * 100000 + (r.end.character - r.start.character);
      const rank = (n.kind === 'statement' ? 0 : 1e12) + span;
      if (rank < bestRank) {
        best = n;
        bestRank = rank;
      }
    }
    n.children?.forEach(walk);
  };
  nodes.forEach(walk);
  return best;
}
