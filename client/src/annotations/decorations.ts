// Decorations for annotated spans: confirmed/verified in green, corrected in blue, disputed or needing a source in
// amber, rejected struck through, notes dotted; an orphan count in the status bar (click: list them).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ANNOTATIONS_REQUEST } from '../../../protocol/protocol';
import type { AnnotationDto, AnnotationsResult } from '../../../protocol/protocol';

type Style = 'ok' | 'corrected' | 'attention' | 'rejected' | 'note';

const STYLES: Record<Style, vscode.DecorationRenderOptions> = {
  ok: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('testing.iconPassed'), overviewRulerColor: new vscode.ThemeColor('testing.iconPassed'), overviewRulerLane: vscode.OverviewRulerLane.Right },
  corrected: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('editorInfo.foreground'), overviewRulerColor: new vscode.ThemeColor('editorInfo.foreground'), overviewRulerLane: vscode.OverviewRulerLane.Right },
  attention: { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: new vscode.ThemeColor('editorWarning.foreground'), overviewRulerColor: new vscode.ThemeColor('editorWarning.foreground'), overviewRulerLane: vscode.OverviewRulerLane.Right },
  rejected: { textDecoration: 'line-through', opacity: '0.7' },
  note: { borderWidth: '0 0 1px 0', borderStyle: 'dotted', borderColor: new vscode.ThemeColor('editorHint.foreground'), after: { contentText: ' ✎', color: new vscode.ThemeColor('editorHint.foreground') } },
};

export function styleOf(a: AnnotationDto): Style {
  if (a.action === 'reject') return 'rejected';
  if (a.status === 'disputed' || a.status === 'needs-source') return 'attention';
  if (a.kind === 'note') return 'note';
  if (a.action === 'correct') return 'corrected';
  return 'ok';
}

export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<Style, vscode.TextEditorDecorationType>();
  private readonly status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 90);
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly told = new Set<string>();

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    for (const [k, v] of Object.entries(STYLES)) this.types.set(k as Style, vscode.window.createTextEditorDecorationType(v));
    this.status.command = 'newsLens.annotation.showOrphans';
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const later = () => this.schedule();
    this.disposables.push(
      watcher,
      watcher.onDidChange(later),
      watcher.onDidCreate(later),
      watcher.onDidDelete(later),
      vscode.window.onDidChangeActiveTextEditor(later),
      vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && this.schedule(400)),
    );
    this.schedule(1000);
  }

  private schedule(delay = 150): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), delay);
  }

  /** Re-reads the annotations of the active editor (or `uri` if it is visible) and redraws. */
  async refresh(uri?: string): Promise<void> {
    const editor = uri ? vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri) ?? vscode.window.activeTextEditor : vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!editor || !client) return this.status.hide();
    let res: AnnotationsResult | null = null;
    try {
      res = await client.sendRequest<AnnotationsResult | null>(ANNOTATIONS_REQUEST, { uri: editor.document.uri.toString() });
    } catch {
      res = null;
    }
    const byStyle = new Map<Style, vscode.DecorationOptions[]>();
    for (const a of res?.annotations ?? []) {
      if (!a.range) continue;
      const list = byStyle.get(styleOf(a)) ?? [];
      const hover = new vscode.MarkdownString(`News Lens annotation: **${a.action}** ${a.kind}${a.status ? ` · ${a.status}` : ''}${a.note ? `\n\n${a.note}` : ''}`);
      list.push({ range: new vscode.Range(a.range.start.line, a.range.start.character, a.range.end.line, a.range.end.character), hoverMessage: hover });
      byStyle.set(styleOf(a), list);
    }
    for (const [style, type] of this.types) editor.setDecorations(type, byStyle.get(style) ?? []);
    // A sidecar that cannot be read is said once (per problem), not on every refresh; it is never overwritten.
    for (const p of res?.problems ?? []) {
      if (this.told.has(p)) continue;
      this.told.add(p);
      void vscode.window.showWarningMessage(`News Lens: ${p}`);
    }
    const orphans = res?.orphans.length ?? 0;
    if (orphans) {
      this.status.text = `$(debug-disconnect) ${orphans} orphaned annotation${orphans === 1 ? '' : 's'}`;
      this.status.tooltip = 'Annotations whose text is no longer in the article — click to list them';
      this.status.show();
    } else this.status.hide();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const t of this.types.values()) t.dispose();
    this.status.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
