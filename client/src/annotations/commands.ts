// Annotate commands: confirm / correct / reject the detected item under the cursor, set its status, attach a note,
// mark the selection as a claim, a quote or a source, list orphans, export and import. The server does the work
// (it knows the items and writes the sidecar atomically); these commands ask the user and show the outcome.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ANNOTATE_REQUEST,
  ANNOTATIONS_REQUEST,
  EXPORT_REQUEST,
  IMPORT_REQUEST,
} from '../../../protocol/protocol';
import type {
  AnnotateParams,
  AnnotateResult,
  AnnotationsResult,
  ExportParams,
  ExportResult,
  ImportParams,
  ImportResult,
  RangeDto,
} from '../../../protocol/protocol';
import { AnnotationDecorations } from './decorations';

/** Arguments a code action passes (uri and LSP range); from the palette we use the active editor. */
interface Target {
  uri: string;
  range: RangeDto;
  kind?: string;
}

const toDto = (r: vscode.Range): RangeDto => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } });

function targetOf(arg: unknown): Target | null {
  if (arg && typeof arg === 'object' && typeof (arg as Target).uri === 'string' && (arg as Target).range) return arg as Target;
  const ed = vscode.window.activeTextEditor;
  if (!ed) return null;
  return { uri: ed.document.uri.toString(), range: toDto(ed.selection) };
}

const STATUSES: { label: string; value: 'verified' | 'needs-source' | 'disputed'; description: string }[] = [
  { label: '$(pass) Verified', value: 'verified', description: 'checked and sourced' },
  { label: '$(question) Needs source', value: 'needs-source', description: 'who says so?' },
  { label: '$(warning) Disputed', value: 'disputed', description: 'contested by another source' },
];

export function registerAnnotationCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const decorations = new AnnotationDecorations(getClient);
  context.subscriptions.push(decorations);

  const send = async (params: AnnotateParams): Promise<void> => {
    const client = getClient();
    if (!client) return void vscode.window.showWarningMessage('News Lens: the server is not running.');
    const r = await client.sendRequest<AnnotateResult>(ANNOTATE_REQUEST, params);
    if (!r.ok) {
      if (r.reason === 'conflict') void vscode.window.showWarningMessage(`News Lens: ${r.message}`);
      else void vscode.window.showInformationMessage(`News Lens: ${r.message}`);
    }
    await decorations.refresh(params.uri);
  };

  const withTarget = (f: (t: Target) => Promise<void>) => async (arg?: unknown) => {
    const t = targetOf(arg);
    if (!t) return void vscode.window.showInformationMessage('News Lens: open an article and put the cursor on an item.');
    await f(t);
  };

  const reg = (d: vscode.Disposable) => context.subscriptions.push(d);

  reg(vscode.commands.registerCommand('newsLens.annotation.confirm', withTarget((t) => send({ uri: t.uri, action: 'confirm', range: t.range, kind: t.kind }))));
  reg(vscode.commands.registerCommand('newsLens.annotation.reject', withTarget((t) => send({ uri: t.uri, action: 'reject', range: t.range, kind: t.kind }))));
  reg(
    vscode.commands.registerCommand(
    'newsLens.annotation.correct',
    withTarget(async (t) => {
      const fields = [
        { label: 'Speaker', field: 'speaker', itemKind: 'statement', prompt: 'Who said it? (the speaker’s name)' },
        { label: 'Statement type', field: 'type', itemKind: 'statement', prompt: '' },
        { label: 'Date value', field: 'value', itemKind: 'date', prompt: 'TIMEX3 value, e.g. 2026-03-11 or 2026-W10' },
        { label: 'Outlet', field: 'outlet', itemKind: 'outlet', prompt: 'Outlet name or id, e.g. Reuters' },
      ].filter((f) => !t.kind || f.itemKind === t.kind);
      const pick = fields.length === 1 ? fields[0] : await vscode.window.showQuickPick(fields, { placeHolder: 'What is wrong?' });
      if (!pick) return;
      let value: string | undefined;
      if (pick.field === 'type') value = (await vscode.window.showQuickPick(['direct', 'indirect', 'mixed'], { placeHolder: 'The statement is…' })) ?? undefined;
      else value = await vscode.window.showInputBox({ prompt: pick.prompt, validateInput: (v) => (v.trim() ? null : 'Required') });
      if (!value) return;
      await send({ uri: t.uri, action: 'correct', range: t.range, kind: pick.itemKind, corrections: { [pick.field]: value.trim() } });
    }),
  ),
  );
  reg(
    vscode.commands.registerCommand(
    'newsLens.annotation.setStatus',
    withTarget(async (t) => {
      const s = await vscode.window.showQuickPick(STATUSES, { placeHolder: 'Status of this item' });
      if (s) await send({ uri: t.uri, action: 'status', range: t.range, kind: t.kind, status: s.value });
    }),
  ),
  );
  reg(
    vscode.commands.registerCommand(
    'newsLens.annotation.attachNote',
    withTarget(async (t) => {
      const note = await vscode.window.showInputBox({ prompt: 'Note for this item or selection' });
      if (note !== undefined) await send({ uri: t.uri, action: 'note', range: t.range, note });
    }),
  ),
  );
  const mark = (kind: 'claim' | 'quote' | 'source') =>
    withTarget(async (t) => {
      if (t.range.start.line === t.range.end.line && t.range.start.character === t.range.end.character) {
        return void vscode.window.showInformationMessage(`News Lens: select the text to mark as a ${kind} first.`);
      }
      let corrections: AnnotateParams['corrections'];
      if (kind === 'quote') {
        const speaker = await vscode.window.showInputBox({ prompt: 'Who said it? (leave empty if unknown)' });
        if (speaker === undefined) return;
        if (speaker.trim()) corrections = { speaker: speaker.trim() };
      }
      await send({ uri: t.uri, action: 'add', kind, range: t.range, corrections });
    });
  reg(vscode.commands.registerCommand('newsLens.annotation.markClaim', mark('claim')));
  reg(vscode.commands.registerCommand('newsLens.annotation.markQuote', mark('quote')));
  reg(vscode.commands.registerCommand('newsLens.annotation.markSource', mark('source')));

  reg(vscode.commands.registerCommand('newsLens.annotation.showOrphans', async () => {
    const ed = vscode.window.activeTextEditor;
    const client = getClient();
    if (!ed || !client) return;
    const uri = ed.document.uri.toString();
    const res = await client.sendRequest<AnnotationsResult | null>(ANNOTATIONS_REQUEST, { uri });
    if (!res || !res.orphans.length) return void vscode.window.showInformationMessage('News Lens: no orphaned annotations in this article.');
    const pick = await vscode.window.showQuickPick(
      res.orphans.map((o) => ({ label: `$(debug-disconnect) ${o.kind} · ${o.action}${o.status ? ` · ${o.status}` : ''}`, detail: `“${o.exact}”${o.note ? ` — ${o.note}` : ''}`, id: o.id })),
      { placeHolder: `${res.orphans.length} annotation(s) whose text is no longer in the article — pick one to delete it, Esc to keep them` },
    );
    if (!pick) return;
    const sure = await vscode.window.showWarningMessage(`Delete the orphaned annotation on “${pick.detail}”?`, { modal: true }, 'Delete');
    if (sure === 'Delete') await send({ uri, action: 'remove', id: pick.id });
  }));

  reg(vscode.commands.registerCommand('newsLens.exportAnnotations', async (arg?: unknown) => {
    const client = getClient();
    if (!client) return;
    const uris = arg instanceof vscode.Uri ? [arg.toString()] : vscode.window.activeTextEditor ? [vscode.window.activeTextEditor.document.uri.toString()] : [];
    if (!uris.length) return void vscode.window.showInformationMessage('News Lens: open an article to export.');
    const format = await vscode.window.showQuickPick(
      [
        { label: 'brat standoff', description: '.txt + .ann + annotation.conf (brat, INCEpTION)', value: 'brat' as const },
        { label: 'Prodigy JSONL', description: '{"text","spans"}', value: 'prodigy' as const },
        { label: 'doccano JSONL', description: '{"text","label"}', value: 'doccano' as const },
        { label: 'W3C Web Annotation', description: 'JSON-LD AnnotationCollection', value: 'webanno' as const },
      ],
      { placeHolder: 'Export format' },
    );
    if (!format) return;
    const folder = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, canSelectMany: false, openLabel: 'Export here' });
    if (!folder?.length) return;
    const params: ExportParams = { uris, format: format.value, outDir: folder[0].fsPath };
    let r = await client.sendRequest<ExportResult>(EXPORT_REQUEST, params);
    if (r.failed.some((f) => f.reason === 'conflict')) {
      const again = await vscode.window.showWarningMessage(`${r.failed.length} file(s) in that folder differ from this export. Overwrite them?`, { modal: true }, 'Overwrite');
      if (again === 'Overwrite') r = await client.sendRequest<ExportResult>(EXPORT_REQUEST, { ...params, force: true });
    }
    const problems = r.failed.filter((f) => f.reason !== 'conflict' || r.written.length === 0);
    if (problems.length) void vscode.window.showWarningMessage(`News Lens: ${problems[0].message}`);
    else void vscode.window.showInformationMessage(`News Lens: exported ${r.written.length} file(s)${r.skipped.length ? `, ${r.skipped.length} unchanged` : ''}${r.orphans ? `; ${r.orphans} orphaned annotation(s) not exported` : ''}.`);
  }));

  reg(vscode.commands.registerCommand('newsLens.importAnnotations', async () => {
    const client = getClient();
    const ed = vscode.window.activeTextEditor;
    if (!client || !ed) return void vscode.window.showInformationMessage('News Lens: open the article to import annotations into.');
    const files = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'brat annotations': ['ann'] }, openLabel: 'Import' });
    if (!files?.length) return;
    const params: ImportParams = { uri: ed.document.uri.toString(), annPath: files[0].fsPath };
    let r = await client.sendRequest<ImportResult>(IMPORT_REQUEST, params);
    if (!r.ok && r.reason === 'exists') {
      const replace = await vscode.window.showWarningMessage(`${r.message} Replace its annotations with the imported ones?`, { modal: true }, 'Replace');
      if (replace !== 'Replace') return;
      r = await client.sendRequest<ImportResult>(IMPORT_REQUEST, { ...params, replace: true });
    }
    if (r.ok) void vscode.window.showInformationMessage(`News Lens: ${r.count} annotation(s) ${r.message}.`);
    else void vscode.window.showWarningMessage(`News Lens: ${r.message}`);
    await decorations.refresh(params.uri);
  }));
}
