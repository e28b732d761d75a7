// Helpers for the suites that run inside a real VS Code extension host (code-server here, desktop VS Code via
// `npm run test:desktop`). Everything waits by polling a condition; nothing sleeps a fixed time.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'newslens.news-lens';

/** Polls `probe` every `every` ms until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeoutMs = 30_000, every = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e suite needs a workspace folder (the runner opens a copy of samples/)');
  return folder.uri;
}

export function sampleUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), 'samples', name);
}

/** Makes sure News Lens is active (activation is lazy: on a news/plaintext/markdown document). */
export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  if (!ext.isActive) await ext.activate();
}

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** The position of the `nth` occurrence of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${nth + 1}) not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

export function newsLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Lens');
}

export const codeOf = (d: vscode.Diagnostic): string =>
  typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');

/** Waits until News Lens has published diagnostics for `uri` that satisfy `ok`. */
export function diagnosticsWhere(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const ds = newsLensDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  }, what, timeoutMs);
}

function hoverText(h: vscode.Hover): string {
  return h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** All hover text VS Code shows at `pos` (every provider), joined. */
export async function hoversAt(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers.map(hoverText).join('\n---\n');
}

/** Polls the hover at `pos` until it contains every one of `expected` (the server may still be starting). */
export async function hoverContaining(uri: vscode.Uri, pos: vscode.Position, expected: (string | RegExp)[]): Promise<string> {
  let last = '';
  try {
    return await waitFor(async () => {
      last = await hoversAt(uri, pos);
      return expected.every((e) => (typeof e === 'string' ? last.includes(e) : e.test(last))) ? last : undefined;
    }, `a hover containing ${expected.map(String).join(', ')}`);
  } catch (err) {
    throw new Error(`${(err as Error).message}\nlast hover text was: ${JSON.stringify(last)}`);
  }
}

/** Reverts the active editor's unsaved changes so tests leave the files as they found them. */
export async function revert(doc: vscode.TextDocument): Promise<void> {
  if (!doc.isDirty) return;
  await vscode.window.showTextDocument(doc, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !doc.isDirty, `revert of ${doc.uri.path}`);
}

export function log(message: string): void {
  console.log(`[e2e] ${message}`);
}
