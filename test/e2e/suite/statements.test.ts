// The Statements view, read through the command the view registers: `newsLens.statements.getItems` returns the tree
// as plain JSON, `[{ label, description?, children?: [...] }]`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, suiteSetup, test } from 'mocha';
import { activate, log, open, sampleUri, waitFor } from '../helpers';

interface Item {
  label: string;
  description?: string;
  children?: Item[];
}

const COMMAND = 'newsLens.statements.getItems';

function find(items: Item[], ok: (i: Item) => boolean): Item | undefined {
  for (const i of items) {
    if (ok(i)) return i;
    const hit = find(i.children ?? [], ok);
    if (hit) return hit;
  }
  return undefined;
}

function outline(items: Item[], depth = 0, out: string[] = []): string[] {
  for (const i of items) {
    out.push(`${'  '.repeat(depth)}${i.label}${i.description ? ` — ${i.description}` : ''}`);
    outline(i.children ?? [], depth + 1, out);
  }
  return out;
}

suite('Statements view', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('lists the open article with its speakers and their statements', async function () {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(COMMAND)) {
      assert.fail(`command ${COMMAND} is not registered`);
    }
    await open(sampleUri('wire-harbor-talks.news'));
    let last: Item[] = [];
    const brandt = await waitFor(async () => {
      last = (await vscode.commands.executeCommand<Item[]>(COMMAND)) ?? [];
      return find(last, (i) => i.label.includes('Tomas Brandt') && (i.children?.length ?? 0) > 0);
    }, `a "Tomas Brandt" item with statements in ${COMMAND}`).catch((err: Error) => {
      throw new Error(`${err.message}\n${outline(last).join('\n')}`);
    });
    log(`Statements view:\n${outline(last).slice(0, 30).join('\n')}`);
    assert.ok(
      find(last, (i) => /Harbor talks stall|wire-harbor-talks/.test(`${i.label} ${i.description ?? ''}`)),
      'the article appears by its headline or file name',
    );
    const quotes = (brandt.children ?? []).map((c) => `${c.label} ${c.description ?? ''}`);
    assert.ok(quotes.length >= 2, `Brandt has several statements: ${JSON.stringify(quotes)}`);
    assert.ok(quotes.some((q) => q.includes('We came here in good faith')), `his direct quote is listed: ${JSON.stringify(quotes)}`);
  });
});
