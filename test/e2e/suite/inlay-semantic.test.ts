// Inlay hints after relative dates and semantic tokens (speaker, cue, quote, date, agency), as VS Code receives them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { activate, log, open, positionOf, sampleUri, waitFor } from '../helpers';

const labelOf = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

suite('Inlay hints and semantic tokens', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('an inlay hint after a weekday shows its date, anchored on the page date', async () => {
    const uri = sampleUri('web-museum-fire.txt');
    const doc = await open(uri);
    // "Published: Sunday, October 6, 2024" … "The city council will meet on Monday" → Monday 7 October 2024.
    const monday = positionOf(doc, 'Monday to discuss', 'Monday'.length);
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    let seen: string[] = [];
    const hint = await waitFor(async () => {
      const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, whole)) ?? [];
      seen = hints.map((h) => `${h.position.line + 1}:${h.position.character} ${labelOf(h)}`);
      return hints.find((h) => h.position.isEqual(monday));
    }, 'an inlay hint right after "Monday"').catch((err: Error) => {
      throw new Error(`${err.message}; hints seen: ${JSON.stringify(seen)}`);
    });
    log(`inlay hints in web-museum-fire.txt: ${JSON.stringify(seen)}`);
    assert.match(labelOf(hint), /Mon\w*,? 7 Oct\w* 2024|2024-10-07/, `the hint after "Monday" gives Monday 7 October 2024: ${labelOf(hint)}`);
  });

  test('semantic tokens mark speakers and agencies', async function () {
    const uri = sampleUri('wire-harbor-talks.news');
    const doc = await open(uri);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri);
    if (!legend) {
      assert.fail('no semantic tokens provider for News Articles');
    }
    const types = legend!.tokenTypes;
    log(`semantic token types: ${types.join(', ')}`);
    const tokens = await waitFor(async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
      return t && t.data.length > 0 ? t : undefined;
    }, 'semantic tokens for wire-harbor-talks.news');
    // Decode LSP's relative encoding: (deltaLine, deltaStart, length, type, modifiers) per token.
    const decoded: { line: number; start: number; length: number; type: string }[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i + 4 < tokens.data.length; i += 5) {
      const [dl, ds, len, type] = [tokens.data[i], tokens.data[i + 1], tokens.data[i + 2], tokens.data[i + 3]];
      line += dl;
      start = dl === 0 ? start + ds : ds;
      decoded.push({ line, start, length: len, type: types[type] ?? `#${type}` });
    }
    const typeAt = (pos: vscode.Position) => decoded.find((t) => t.line === pos.line && t.start <= pos.character && pos.character < t.start + t.length)?.type;
    assert.equal(typeAt(positionOf(doc, 'Tomas Brandt said', 2)), types.find((t) => /speaker/i.test(t)) ?? 'speaker', 'the speaker "Tomas Brandt" is a speaker token');
    assert.equal(typeAt(positionOf(doc, 'Kyodo -', 1)), types.find((t) => /agency/i.test(t)) ?? 'agency', 'the dateline\'s "Kyodo" is an agency token');
    assert.ok(decoded.some((t) => /date/i.test(t.type)), 'dates are marked too');
  });
});
