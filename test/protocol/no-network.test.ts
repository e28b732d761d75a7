// Privacy: the server and the CLI never load net, http, https, tls, dgram or child_process for their work. Both run
// under a preload that makes loading any of those modules throw (and records the attempt), then do real work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { waitFor } from '../helpers/lspClient';
import { startRaw } from '../helpers/rawServer';

const ROOT = path.resolve(__dirname, '../..');
const FORBIDDEN = ['net', 'http', 'https', 'http2', 'tls', 'dgram', 'child_process', 'dns'];
const dir = mkdtempSync(path.join(tmpdir(), 'newslens-nonet-'));
const log = path.join(dir, 'attempts.log');
const preload = path.join(dir, 'forbid.cjs');
writeFileSync(
  preload,
  `const Module = require('module');
const fs = require('fs');
const forbidden = new Set(${JSON.stringify(FORBIDDEN)});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const name = request.replace(/^node:/, '');
  if (forbidden.has(name)) {
    fs.appendFileSync(${JSON.stringify(log)}, name + ' from ' + (parent && parent.filename) + '\\n');
    throw new Error('News Lens must not load ' + name);
  }
  return load.apply(this, arguments);
};
`,
);
const attempts = () => {
  try {
    return readFileSync(log, 'utf8');
  } catch {
    return '';
  }
};

test('the preload really blocks a forbidden module (the check can fail)', () => {
  const r = spawnSync(process.execPath, ['-r', preload, '-e', "require('node:http')"], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(attempts(), /^http from/m);
  writeFileSync(log, '');
});

test('the CLI analyzes files and JSONL (with worker threads) without loading network or process modules', () => {
  const a = spawnSync(process.execPath, ['-r', preload, path.join(ROOT, 'dist/cli.js'), 'analyze', path.join(ROOT, 'samples/wire-harbor-talks.news')], { encoding: 'utf8' });
  assert.equal(a.status, 0, a.stderr);
  assert.match(a.stdout, /Tomas Brandt/);
  const input = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: String(i), text: 'The port reopened, Tomas Brandt said.' })).join('\n');
  const b = spawnSync(process.execPath, ['-r', preload, path.join(ROOT, 'dist/cli.js'), 'analyze', '--jsonl', '--jobs', '2'], { input, encoding: 'utf8' });
  assert.equal(b.status, 0, b.stderr);
  assert.equal(b.stdout.trim().split('\n').length, 40);
  assert.equal(attempts(), '');
});

test('the server initializes, analyzes, hovers and indexes a workspace without loading network or process modules', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'newslens-nonet-ws-'));
  const text = readFileSync(path.join(ROOT, 'samples/wire-harbor-talks.news'), 'utf8');
  writeFileSync(path.join(ws, 'a.news'), text);
  const s = await startRaw({ workspaceFolders: [pathToFileURL(ws).href], nodeArgs: ['-r', preload] });
  try {
    const uri = 'file:///x/b.news';
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
    await waitFor(() => s.published.find((p) => p.uri === uri), 'diagnostics');
    const at = text.indexOf('Kyodo');
    const line = text.slice(0, at).split('\n').length - 1;
    const h = await s.conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: at - text.lastIndexOf('\n', at - 1) - 1 } });
    assert.ok(h);
    await waitFor(() => s.progress.find((p) => p.value.kind === 'end'), 'index');
    const syms = await s.conn.sendRequest<unknown[]>('workspace/symbol', { query: '' });
    assert.ok(syms.length > 0);
  } finally {
    await s.stop();
  }
  assert.equal(attempts(), '', `forbidden modules loaded: ${attempts()}`);
});

test('the bundles do not even contain a require of a network module', () => {
  for (const b of ['server', 'cli']) {
    const src = readFileSync(path.join(ROOT, `dist/${b}.js`), 'utf8');
    for (const m of ['net', 'http', 'https', 'tls', 'dgram']) {
      assert.doesNotMatch(src, new RegExp(`require\\(["'](?:node:)?${m}["']\\)`), `${b} requires ${m}`);
    }
  }
});
