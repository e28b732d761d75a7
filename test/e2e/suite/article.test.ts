// News Lens in a real VS Code: diagnostics, hovers, document symbols and live edits on the bundled sample articles.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { activate, codeOf, diagnosticsWhere, hoverContaining, log, newsLensDiagnostics, open, positionOf, revert, sampleUri, waitFor, workspaceRoot } from '../helpers';

suite('News Lens on sample articles', () => {
  suiteSetup(async () => {
    log(`VS Code ${vscode.version}, extension host pid ${process.pid}, node ${process.version}`);
    await activate();
  });

  test('diagnostics arrive for an article, from News Lens, with stable codes', async () => {
    const uri = sampleUri('wire-harbor-talks.news');
    const doc = await open(uri);
    assert.equal(doc.languageId, 'news', 'a .news file gets the News Article language');
    const ds = await diagnosticsWhere(uri, (d) => d.some((x) => codeOf(x) === 'attribution.vague'), 'attribution.vague on wire-harbor-talks.news');
    const vague = ds.filter((d) => codeOf(d) === 'attribution.vague').map((d) => doc.getText(d.range));
    log(`wire-harbor-talks.news: ${ds.length} diagnostics: ${ds.map(codeOf).join(', ')}`);
    assert.ok(vague.some((t) => t.includes('reportedly')), `the "reportedly" sentence is flagged: ${JSON.stringify(vague)}`);
    assert.ok(vague.some((t) => t.includes('Analysts say')), `the "Analysts say" sentence is flagged: ${JSON.stringify(vague)}`);
  });

  test('hover on a speaker names the person and lists their statements', async () => {
    const uri = sampleUri('wire-harbor-talks.news');
    const doc = await open(uri);
    const text = await hoverContaining(uri, positionOf(doc, 'Brandt told reporters', 2), ['Tomas Brandt', /statements? in this article/]);
    assert.match(text, /We came here in good faith/, 'the hover lists the quote Brandt gave');
  });

  test('hover on a date gives its calendar value against the page date', async () => {
    const uri = sampleUri('web-museum-fire.txt');
    const doc = await open(uri);
    // "Published: Sunday, October 6, 2024" … "The city council will meet on Monday" → the next day.
    await hoverContaining(uri, positionOf(doc, 'on Monday to discuss', 4), ['2024-10-07', /Mon/]);
  });

  test('hover on an agency shows its card and how the article cites it', async () => {
    const uri = sampleUri('wire-harbor-talks.news');
    const doc = await open(uri);
    await hoverContaining(uri, positionOf(doc, 'Kyodo -', 1), ['Kyodo News', /dateline/i]);
  });

  test('hover on a quoted figure says who it is attributed to', async () => {
    const uri = sampleUri('web-museum-fire.txt');
    const doc = await open(uri);
    await hoverContaining(uri, positionOf(doc, '$40 million', 2), ['$40 million', 'Hanne Solberg']);
  });

  test('document symbols list statements under their speakers', async () => {
    const uri = sampleUri('wire-harbor-talks.news');
    await open(uri);
    const brandt = await waitForSymbol(uri, 'Tomas Brandt');
    const names = (brandt.children ?? []).map((c) => c.name);
    log(`outline under Tomas Brandt: ${JSON.stringify(names)}`);
    assert.ok(names.length >= 2, `Brandt has several statements: ${JSON.stringify(names)}`);
    assert.ok(names.some((n) => n.startsWith('We came here in good faith')), `his direct quote is listed: ${JSON.stringify(names)}`);
  });

  test('an edit updates the diagnostics, and undoing it brings them back', async () => {
    const uri = sampleUri('wire-harbor-talks.news');
    const doc = await open(uri);
    const isReportedly = (d: vscode.Diagnostic) => codeOf(d) === 'attribution.vague' && doc.getText(d.range).includes('under pressure');
    await diagnosticsWhere(uri, (ds) => ds.some(isReportedly), 'the vague "reportedly" sentence to be flagged');
    try {
      const at = positionOf(doc, 'reportedly ');
      const edit = new vscode.WorkspaceEdit();
      edit.delete(uri, new vscode.Range(at, at.translate(0, 'reportedly '.length)));
      assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
      assert.match(doc.getText(), /The minister is under pressure/);
      const after = await diagnosticsWhere(uri, (ds) => !ds.some((d) => codeOf(d) === 'attribution.vague' && doc.getText(d.range).includes('under pressure')), 'the flag on the edited sentence to go away');
      assert.ok(after.some((d) => codeOf(d) === 'attribution.vague' && doc.getText(d.range).includes('Analysts say')), 'the other vague sentence is still flagged');
    } finally {
      await revert(doc);
    }
    await diagnosticsWhere(uri, (ds) => ds.some(isReportedly), 'the flag to come back after the revert');
  });

  test('a file that is not an article gets no diagnostics and no hovers', async () => {
    const body = [
      '# Notes for the desk',
      '',
      'The minister is reportedly under pressure, analysts say. The deal will likely collapse before winter.',
      '',
      '"We came here in good faith," Brandt told reporters on Wednesday.',
      '',
    ].join('\n');
    const readme = vscode.Uri.joinPath(workspaceRoot(), 'README.md');
    await vscode.workspace.fs.writeFile(readme, new TextEncoder().encode(body));
    const notArticle = await open(readme);
    assert.equal(notArticle.languageId, 'markdown');
    // Control: the same text as a News Article does get diagnostics and hovers, so their absence below means something.
    const control = await vscode.workspace.openTextDocument({ language: 'news', content: body });
    await vscode.window.showTextDocument(control, { preview: false });
    await diagnosticsWhere(control.uri, (ds) => ds.length > 0, 'diagnostics on the control article');
    const controlHover = await hoverContaining(control.uri, positionOf(control, 'Brandt told', 2), ['Brandt']);
    await vscode.window.showTextDocument(notArticle, { preview: false });
    assert.deepEqual(newsLensDiagnostics(readme).map((d) => `${codeOf(d)}: ${d.message}`), [], 'README.md gets no News Lens diagnostics');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme, positionOf(notArticle, 'Brandt told', 2))) ?? [];
    const texts = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')));
    assert.ok(!texts.some((t) => t.includes('Brandt')), `README.md gets no News Lens hover: ${JSON.stringify(texts)} (an article would show ${JSON.stringify(controlHover.slice(0, 80))})`);
    await vscode.window.showTextDocument(control, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

async function waitForSymbol(uri: vscode.Uri, name: string): Promise<vscode.DocumentSymbol> {
  const find = (syms: vscode.DocumentSymbol[]): vscode.DocumentSymbol | undefined => {
    for (const s of syms) {
      if (s.name === name) return s;
      const hit = find(s.children ?? []);
      if (hit) return hit;
    }
    return undefined;
  };
  let seen: string[] = [];
  try {
    return await waitFor(async () => {
      const syms = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
      seen = syms.flatMap((s) => [s.name, ...(s.children ?? []).map((c) => `  ${c.name}`)]);
      return find(syms);
    }, `a document symbol named ${name}`);
  } catch (err) {
    throw new Error(`${(err as Error).message}; symbols seen: ${JSON.stringify(seen)}`);
  }
}
