// The quick fix for `date.unanchored`: "Set the article's publication date…". The server only proposes it; the
// client asks for the date (prefilled with a suggestion) and writes the newsLens.publicationDate setting.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, CodeActionContext } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis';

export const SET_PUBLICATION_DATE_COMMAND = 'newsLens.setPublicationDate';

/** A date to offer: the latest full date the article writes (YYYY-MM-DD), else today's date. */
export function suggestedPublicationDate(model: ArticleModel, today: Date = new Date()): string {
  let best: string | null = null;
  for (const d of model.dates) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(d.value);
    if (m && !d.relative && (!best || m[1] > best)) best = m[1];
  }
  return best ?? today.toISOString().slice(0, 10);
}

export function dateCodeActions(doc: TextDocument, model: ArticleModel, context: CodeActionContext): CodeAction[] {
  const diags = context.diagnostics.filter((d) => d.code === 'date.unanchored');
  if (!diags.length) return [];
  if (context.only && !context.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '')) return [];
  const suggestion = suggestedPublicationDate(model);
  return [
    {
      title: `Set the article's publication date… (suggested ${suggestion})`,
      kind: CodeActionKind.QuickFix,
      diagnostics: diags,
      isPreferred: true,
      command: { title: 'Set publication date', command: SET_PUBLICATION_DATE_COMMAND, arguments: [doc.uri, suggestion] },
    },
  ];
}
