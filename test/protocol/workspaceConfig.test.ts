// .newslens.json over the protocol: its rules change diagnostics, its problems show in that file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, waitFor } from '../helpers/lspClient';

const ARTICLE = 'Pier closes\n\nThe pier will likely collapse before winter. Analysts say repairs are overdue.\n';

test('rules in .newslens.json turn a rule off for the workspace', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'nl-ws-'));
  mkdirSync(path.join(ws, 'articles'));
  const file = path.join(ws, 'articles', 'pier.news');
  writeFileSync(file, ARTICLE);
  const uri = pathToFileURL(file).toString();

  const plain = await startServer({ workspaceFolder: ws });
  try {
    plain.open(uri, ARTICLE);
    const d = await waitFor(() => plain.diagnostics.get(uri), 'diagnostics');
    assert.ok(d.diagnostics.some((x) => x.code === 'claim.unattributed'), JSON.stringify(d.diagnostics.map((x) => x.code)));
  } finally {
    await plain.stop();
  }

  writeFileSync(path.join(ws, '.newslens.json'), JSON.stringify({ rules: { 'claim.unattributed': 'off' }, ignore: [{ file: 'articles/pier.news', rule: 'attribution.vague', text: 'Analysts say repairs are overdue.' }] }));
  const configured = await startServer({ workspaceFolder: ws });
  try {
    configured.open(uri, ARTICLE);
    const d = await waitFor(() => configured.diagnostics.get(uri), 'diagnostics');
    const codes = d.diagnostics.map((x) => x.code);
    assert.ok(!codes.includes('claim.unattributed'), JSON.stringify(codes));
    assert.ok(!codes.includes('attribution.vague'), 'the ignored occurrence is not reported');
  } finally {
    await configured.stop();
  }
});

test('a broken .newslens.json shows a problem in that file and the defaults are used', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'nl-ws-'));
  writeFileSync(path.join(ws, '.newslens.json'), '{ "rules": { "claim.unattributed": "off", } }');
  const file = path.join(ws, 'pier.news');
  writeFileSync(file, ARTICLE);
  const server = await startServer({ workspaceFolder: ws });
  try {
    const cfgUri = pathToFileURL(path.join(ws, '.newslens.json')).toString();
    const p = await waitFor(() => server.diagnostics.get(cfgUri), 'config problems');
    assert.equal(p.diagnostics.length, 1);
    assert.match(String(p.diagnostics[0].message), /not valid JSON/);
    const uri = pathToFileURL(file).toString();
    server.open(uri, ARTICLE);
    const d = await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    assert.ok(d.diagnostics.some((x) => x.code === 'claim.unattributed'), 'defaults apply');
    assert.equal(server.proc.exitCode, null);
  } finally {
    await server.stop();
  }
});
