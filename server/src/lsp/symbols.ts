// Document symbols: article → speakers (and outlets) → statements; then dates and outlets. Feeds the Outline and
// breadcrumbs.
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../analysis';

const clip = (t: string, n = 60) => {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s || '…';
};

export function documentSymbols(doc: TextDocument, model: ArticleModel): DocumentSymbol[] {
  const text = doc.getText();
  const range = (s: Span) => ({ start: doc.positionAt(s[0]), end: doc.positionAt(s[1]) });
  const whole: Span = [0, text.length];
  const speakers: DocumentSymbol[] = [];
  const groups = new Map<number, DocumentSymbol[]>();
  for (const a of model.attributions) {
    const hull: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
    const full: Span = [Math.min(hull[0], a.source?.[0] ?? hull[0], a.cue?.[0] ?? hull[0]), Math.max(hull[1], a.source?.[1] ?? 0, a.cue?.[1] ?? 0)];
    const sym: DocumentSymbol = {
      name: clip(text.slice(hull[0], hull[1])),
      detail: `${a.type}${a.vague ? ', vague' : ''}${a.cue ? ` · ${text.slice(a.cue[0], a.cue[1])}` : ''}`,
      kind: a.type === 'direct' ? SymbolKind.String : SymbolKind.Event,
      range: range(full),
      selectionRange: range(hull),
    };
    groups.set(a.speaker, [...(groups.get(a.speaker) ?? []), sym]);
  }
  for (const [id, children] of groups) {
    const sp = id >= 0 ? model.speakers[id] : undefined;
    const offs = children.map((c) => [doc.offsetAt(c.range.start), doc.offsetAt(c.range.end)]);
    const span: Span = [Math.min(...offs.map((o) => o[0])), Math.max(...offs.map((o) => o[1]))];
    const mention = sp?.mentions.find((m) => m[0] >= span[0] && m[1] <= span[1]);
    speakers.push({
      name: sp?.name ?? '(unknown speaker)',
      detail: sp ? `${sp.kind}${sp.role ? ' · ' + clip(sp.role, 40) : ''}` : 'no speaker found',
      kind: sp?.kind === 'outlet' ? SymbolKind.Module : sp?.kind === 'person' ? SymbolKind.Class : SymbolKind.Namespace,
      range: range(span),
      selectionRange: mention ? range(mention) : children[0].selectionRange,
      children,
    });
  }
  const out: DocumentSymbol[] = [];
  const title = model.structure.headline ? clip(text.slice(...model.structure.headline), 80) : 'Article';
  out.push({
    name: title,
    detail: model.publication.date ? `published ${model.publication.date}` : 'publication date unknown',
    kind: SymbolKind.File,
    range: range(whole),
    selectionRange: range(model.structure.headline ?? [0, 0]),
    children: speakers,
  });
  if (model.dates.length) {
    out.push({
      name: 'Dates',
      kind: SymbolKind.Namespace,
      range: range([model.dates[0].span[0], model.dates[model.dates.length - 1].span[1]]),
      selectionRange: range(model.dates[0].span),
      children: model.dates.map((d) => ({ name: clip(text.slice(d.span[0], d.span[1]), 40), detail: d.value, kind: SymbolKind.Constant, range: range(d.span), selectionRange: range(d.span) })),
    });
  }
  if (model.agencies.length) {
    out.push({
      name: 'Outlets',
      kind: SymbolKind.Namespace,
      range: range([model.agencies[0].span[0], model.agencies[model.agencies.length - 1].span[1]]),
      selectionRange: range(model.agencies[0].span),
      children: model.agencies.map((a) => ({ name: a.name, detail: a.role, kind: SymbolKind.Module, range: range(a.span), selectionRange: range(a.span) })),
    });
  }
  return out;
}
