// Rule findings → LSP diagnostics, with the severity each rule has in the settings ("off" drops it).
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Severity } from '../analysis';
import { RULES_BY_ID } from '../analysis';
import type { Settings } from './settings';

const SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/** `ignored(rule, text)` says whether the user chose to ignore this occurrence (.newslens.json "ignore"). */
export function diagnosticsFor(
  doc: TextDocument,
  model: ArticleModel,
  settings: Settings,
  ignored: (rule: string, text: string) => boolean = () => false,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const text = doc.getText();
  if (model.notice) {
    out.push({
      range: { start: doc.positionAt(0), end: doc.positionAt(0) },
      severity: DiagnosticSeverity.Information,
      source: 'News Lens',
      code: 'article.notAnalyzed',
      message: model.notice,
    });
  }
  for (const f of model.findings) {
    const sev = settings.rules[f.rule] ?? RULES_BY_ID.get(f.rule)?.defaultSeverity ?? 'information';
    if (sev === 'off' || ignored(f.rule, text.slice(f.span[0], f.span[1]))) continue;
    out.push({
      range: { start: doc.positionAt(f.span[0]), end: doc.positionAt(f.span[1]) },
      severity: SEVERITY[sev],
      source: 'News Lens',
      code: f.rule,
      message: f.message,
    });
  }
  return out;
}
