// Quick fixes in a real editor: "Add attribution" on an unattributed claim inserts an attribution into the text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { activate, codeOf, diagnosticsWhere, log, open, revert, sampleUri, waitFor } from '../helpers';

suite('Quick fixes', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('"Add attribution" on claim.unattributed inserts an attribution and the claim is no longer flagged', async function () {
    const uri = sampleUri('analysis-grain-corridor.md');
    const doc = await open(uri);
    const claimOf = (ds: vscode.Diagnostic[]) => ds.find((d) => codeOf(d) === 'claim.unattributed' && doc.getText(d.range).includes('will likely collapse'));
    const diag = claimOf(await diagnosticsWhere(uri, (ds) => !!claimOf(ds), 'claim.unattributed on "The corridor will likely collapse…"'))!;
    const claimText = doc.getText(diag.range);
    const actions = await waitFor(
      async () => (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [],
      'code actions',
    );
    const titles = actions.map((a) => a.title);
    log(`quick fixes on the claim: ${JSON.stringify(titles)}`);
    const isCommand = (a: vscode.CodeAction | vscode.Command): a is vscode.Command => typeof (a as vscode.Command).command === 'string';
    const add = actions.find((a) => /add (an )?attribution/i.test(a.title)) ?? actions.find((a) => /attribut/i.test(a.title) && !/ignore|disable/i.test(a.title));
    if (!add && actions.length === 0) {
      assert.fail('no code actions at all on the claim');
    }
    assert.ok(add, `an "Add attribution" quick fix is offered: ${JSON.stringify(titles)}`);
    const before = doc.getText();
    const lineNo = diag.range.start.line;
    try {
      if (isCommand(add)) {
        await vscode.commands.executeCommand(add.command, ...(add.arguments ?? []));
      } else {
        if (add.edit) assert.ok(await vscode.workspace.applyEdit(add.edit), 'the quick fix edit applies');
        if (add.command) await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
      }
      await waitFor(() => doc.getText() !== before, 'the quick fix to change the text');
      const beforeLines = before.split('\n');
      const afterLines = doc.getText().split('\n');
      const line = afterLines[lineNo];
      log(`after the quick fix, line ${lineNo + 1}: ${JSON.stringify(line)}`);
      assert.equal(afterLines.length, beforeLines.length, 'the fix stays within the claim\'s line');
      assert.deepEqual(afterLines.filter((_, i) => i !== lineNo), beforeLines.filter((_, i) => i !== lineNo), 'only the claim\'s line changed');
      assert.ok(line.length > beforeLines[lineNo].length, 'text was inserted, not deleted');
      assert.ok(line.includes('will likely collapse before winter'), `the claim itself is kept (was ${JSON.stringify(claimText)})`);
      assert.match(line, /\b(said|says|according to|told|reported|expects?|believes?|predicted|warned)\b/i, 'the claim now carries an attribution');
      await diagnosticsWhere(uri, (ds) => !claimOf(ds), 'the claim.unattributed flag to go away once attributed');
    } finally {
      await revert(doc);
    }
  });
});
