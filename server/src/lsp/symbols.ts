// Document symbols: article → speakers and outlets → statements (outlets also list their citations), then dates and
// unattributed claims. Every range contains its children's ranges and its own selection range, so the Outline,
// breadcrumbs and "go to symbol" work.
import { clip as clipText } from './text';
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Attribution, Span } from '../analysis';

const clip = (t: string, n = 60) => clipText(t, n, '…');

interface Sym {
  name: string;
  detail?: string;
  kind: SymbolKind;
  span: Span;
  selection: Span;
  children?: Sym[];
}

function hullOf(spans: Span[]): Span {
  let a = Infinity;
  let b = -Infinity;
  for (const s of spans) {
    if (s[0] < a) a = s[0];
    if (s[1] > b) b = s[1];
  }
  return [a, b];
}

/** A group symbol whose range is the hull of its children and its selection. */
function group(name: string, detail: string, kind: SymbolKind, children: Sym[], selection?: Span): Sym {
  children.sort((a, b) => a.span[0] - b.span[0]);
  const sel = selection ?? children[0].selection;
  return { name, detail, kind, span: hullOf([sel, ...children.map((c) => c.span)]), selection: sel, children };
}

function statementSym(text: string, a: Attribution): Sym {
  const hull: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
  const full = hullOf([hull, ...(a.source ? [a.source] : []), ...(a.cue ? [a.cue] : [])]);
  return {
    name: clip(text.slice(hull[0], hull[1])),
    detail: `${a.type}${a.vague ? ', vague' : ''}${a.cue ? ` · ${text.slice(a.cue[0], a.cue[1])}` : ''}`,
    kind: a.type === 'direct' ? SymbolKind.String : SymbolKind.Event,
    span: full,
    selection: hull,
  };
}

export function documentSymbols(doc: TextDocument, model: ArticleModel): DocumentSymbol[] {
  const text = doc.getText();
  const range = (s: Span) => ({ start: doc.positionAt(s[0]), end: doc.positionAt(s[1]) });
  const toLsp = (s: Sym): DocumentSymbol => ({
    name: s.name,
    detail: s.detail,
    kind: s.kind,
    range: range(s.span),
    selectionRange: range(s.selection),
    ...(s.children ? { children: s.children.map(toLsp) } : {}),
  });

  const bySpeaker = new Map<number, Sym[]>();
  for (const a of model.attributions) {
    if (!a.content.length) continue;
    const list = bySpeaker.get(a.speaker);
    if (list) list.push(statementSym(text, a));
    else bySpeaker.set(a.speaker, [statementSym(text, a)]);
  }
  const top: Sym[] = [];
  // Outlets: one group per outlet, with the statements attributed to it and every citation of it.
  const outletGroups = new Map<string, { name: string; children: Sym[]; speaker: number | null }>();
  for (const g of model.agencies) {
    const o = outletGroups.get(g.id) ?? { name: g.name, children: [], speaker: null };
    o.children.push({ name: clip(text.slice(g.span[0], g.span[1]), 40), detail: g.role.replace('_', ' '), kind: SymbolKind.Key, span: g.span, selection: g.span });
    outletGroups.set(g.id, o);
  }
  for (const sp of model.speakers) {
    if (sp.kind !== 'outlet' || !sp.outlet) continue;
    const o = outletGroups.get(sp.outlet) ?? { name: sp.name, children: [], speaker: null };
    o.children.push(...(bySpeaker.get(sp.id) ?? []));
    o.speaker = sp.id;
    bySpeaker.delete(sp.id);
    if (o.children.length) outletGroups.set(sp.outlet, o);
  }
  for (const [, o] of outletGroups) {
    const cites = o.children.filter((c) => c.kind === SymbolKind.Key).length;
    const says = o.children.length - cites;
    top.push(group(o.name, `outlet · ${cites} citation${cites === 1 ? '' : 's'}${says ? ` · ${says} statement${says === 1 ? '' : 's'}` : ''}`, SymbolKind.Module, o.children));
  }
  for (const [id, children] of bySpeaker) {
    const sp = id >= 0 ? model.speakers[id] : undefined;
    const hull = hullOf(children.map((c) => c.span));
    const mention = sp?.mentions.find((m) => m[0] >= hull[0] && m[1] <= hull[1]) ?? sp?.mentions[0];
    top.push(
      group(
        sp?.name ?? '(unknown speaker)',
        sp ? `${sp.kind}${sp.role ? ' · ' + clip(sp.role, 40) : ''}` : 'no speaker found',
        sp?.kind === 'person' ? SymbolKind.Class : SymbolKind.Namespace,
        children,
        mention,
      ),
    );
  }
  top.sort((a, b) => a.selection[0] - b.selection[0]);
  if (model.dates.length) {
    top.push(
      group(
        'Dates',
        `${model.dates.length} temporal expression${model.dates.length === 1 ? '' : 's'}`,
        SymbolKind.Namespace,
        model.dates.map((d) => ({ name: clip(text.slice(d.span[0], d.span[1]), 40), detail: d.value, kind: SymbolKind.Constant, span: d.span, selection: d.span })),
      ),
    );
  }
  const claims = model.claims.filter((c) => c.kind === 'unattributed');
  if (claims.length) {
    top.push(
      group(
        'Unattributed claims',
        `${claims.length}`,
        SymbolKind.Namespace,
        claims.map((c) => ({ name: clip(text.slice(c.span[0], c.span[1])), detail: c.reason, kind: SymbolKind.Event, span: c.span, selection: c.span })),
      ),
    );
  }
  const title = model.structure.headline ? clip(text.slice(...model.structure.headline), 80) : 'Article';
  const article: Sym = {
    name: title,
    detail: model.publication.date ? `published ${model.publication.date}` : 'publication date unknown',
    kind: SymbolKind.File,
    span: [0, text.length],
    selection: model.structure.headline ?? [0, 0],
    children: top,
  };
  return [toLsp(article)];
}
