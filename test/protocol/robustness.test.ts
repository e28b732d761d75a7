// Protocol robustness against dist/server.js: malformed parameters, unknown and closed documents, cancelled
// requests, a burst of 1,000 edits (the final state equals a fresh analysis), limits (size, NUL bytes), invalid
// settings, and a client that disappears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { waitFor } from '../helpers/lspClient';
import { startRaw } from '../helpers/rawServer';
import type { RawServer } from '../helpers/rawServer';

const SAMPLE = readFileSync(path.resolve(__dirname, '../../samples/wire-harbor-talks.news'), 'utf8');
const open = (s: RawServer, uri: string, text: string, version = 1) =>
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version, text } });
const diagnosticsOf = (s: RawServer, uri: string, version?: number) =>
  waitFor(() => [...s.published].reverse().find((p) => p.uri === uri && (version === undefined || p.version === version)), `diagnostics of ${uri} v${version}`);

/** Position of an offset, computed independently of the server. */
function pos(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

test('malformed parameters get an answer (or are ignored) and the server keeps working', async () => {
  const s = await startRaw();
  try {
    const uri = 'file:///r/ok.news';
    open(s, uri, SAMPLE);
    await diagnosticsOf(s, uri, 1);
    const bad: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', {}],
      ['textDocument/hover', { textDocument: 5, position: 'x' }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -3, character: 1e9 } }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['workspace/symbol', { query: 42 }],
      ['newsLens/statements', { uris: 'not a list' }],
      ['newsLens/articleInfo', null],
    ];
    for (const [method, params] of bad) {
      // Either a result or a JSON-RPC error is fine; a crash or a hang is not.
      await s.conn.sendRequest(method, params).catch((e: Error) => e);
    }
    for (const [method, params] of [
      ['textDocument/didOpen', { textDocument: { uri: 'file:///r/x.news' } }],
      ['textDocument/didChange', { textDocument: { uri: 'file:///r/nope.news', version: 2 }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didClose', { textDocument: { uri: 'file:///r/never-opened.news' } }],
      ['newsLens/annotatedFiles', { uris: [1, null, 'file:///r/a.txt'] }],
      ['workspace/didChangeWatchedFiles', { changes: [null, { uri: 7 }, { uri: 'file:///nowhere/x.news', type: 2 }] }],
    ] as [string, unknown][])
      s.conn.sendNotification(method, params);
    const h = await s.conn.sendRequest<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: pos(SAMPLE, SAMPLE.indexOf('Kyodo')) });
    assert.ok(h, 'hover still works');
    assert.match(h.contents.value, /Kyodo/);
    assert.equal(s.proc.exitCode, null, 'server still running');
    assert.doesNotMatch(s.stderr.join(''), /uncaught|TypeError/i);
  } finally {
    await s.stop();
  }
});

test('unknown and closed documents: no hover, no symbols, diagnostics cleared on close', async () => {
  const s = await startRaw();
  try {
    assert.equal(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///r/unknown.news' }, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(await s.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///r/unknown.news' } }), []);
    const uri = 'file:///r/closing.news';
    open(s, uri, SAMPLE);
    const d = await diagnosticsOf(s, uri, 1);
    assert.ok(d.diagnostics.length > 0);
    const n = s.published.length;
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await waitFor(() => s.published.slice(n).find((p) => p.uri === uri), 'diagnostics cleared');
    assert.deepEqual(cleared.diagnostics, []);
    assert.equal(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(SAMPLE, SAMPLE.indexOf('Kyodo')) }), null);
  } finally {
    await s.stop();
  }
});

test('cancelled requests are answered (result or cancellation) and later requests still work', async () => {
  const s = await startRaw();
  try {
    const uri = 'file:///r/cancel.news';
    const big = Array.from({ length: 20 }, () => SAMPLE).join('\n\n');
    open(s, uri, big);
    const settled: unknown[] = [];
    for (let i = 0; i < 20; i++) {
      const cts = new CancellationTokenSource();
      const p = s.conn
        .sendRequest('textDocument/hover', { textDocument: { uri }, position: pos(big, (i * 997) % big.length) }, cts.token)
        .then((r) => ({ ok: r }), (e: { code?: number }) => ({ err: e.code }));
      cts.cancel();
      settled.push(await p);
    }
    for (const r of settled) {
      const err = (r as { err?: number }).err;
      if (err !== undefined) assert.equal(err, -32800, 'only RequestCancelled errors');
    }
    const syms = await s.conn.sendRequest<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(syms.length > 0);
  } finally {
    await s.stop();
  }
});

test('1,000 didChange notifications in a burst: the final diagnostics equal a fresh analysis of the final text', async () => {
  const s = await startRaw();
  try {
    const uri = 'file:///r/burst.news';
    let text = SAMPLE;
    open(s, uri, text);
    await diagnosticsOf(s, uri, 1);
    // Type a sentence one character at a time in the middle, with a few deletions and line breaks mixed in.
    const typed = ' “We will not sign,” the minister said.\nSources said the talks were over. ';
    let at = text.indexOf('\n\n', Math.floor(text.length / 2));
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      version++;
      let change;
      if (i % 10 === 9 && at > 0) {
        change = { range: { start: pos(text, at - 1), end: pos(text, at) }, text: '' };
        text = text.slice(0, at - 1) + text.slice(at);
        at--;
      } else {
        const ch = typed[i % typed.length];
        change = { range: { start: pos(text, at), end: pos(text, at) }, text: ch };
        text = text.slice(0, at) + ch + text.slice(at);
        at++;
      }
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    }
    const last = await diagnosticsOf(s, uri, version);
    const fresh = 'file:///r/fresh.news';
    open(s, fresh, text);
    const ref = await diagnosticsOf(s, fresh, 1);
    const norm = (d: typeof ref.diagnostics) => d.map((x) => ({ range: x.range, code: x.code, message: x.message, severity: x.severity }));
    assert.deepEqual(norm(last.diagnostics), norm(ref.diagnostics));
    assert.ok(ref.diagnostics.length > 0);
    // The server analyzed far fewer versions than it received (the burst was coalesced), and never an old one last.
    const versions = s.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.equal(versions[versions.length - 1], version);
    assert.ok(versions.length < 1000, `published ${versions.length} times`);
  } finally {
    await s.stop();
  }
});

test('files over newsLens.maxFileSize and files with NUL bytes are not analyzed, and say so once', async () => {
  const s = await startRaw({ configuration: { maxFileSize: 2000 } });
  try {
    const big = 'file:///r/big.news';
    open(s, big, SAMPLE + '\n' + 'The harbor stayed closed, Tomas Brandt said. '.repeat(100));
    const d = await diagnosticsOf(s, big, 1);
    assert.equal(d.diagnostics.length, 1);
    assert.equal(d.diagnostics[0].code, 'article.notAnalyzed');
    assert.match(String(d.diagnostics[0].message), /maxFileSize/);
    const bin = 'file:///r/bin.news';
    open(s, bin, 'Headline\n\nSome text\u0000with a NUL, Tomas Brandt said.');
    const b = await diagnosticsOf(s, bin, 1);
    assert.equal(b.diagnostics.length, 1);
    assert.match(String(b.diagnostics[0].message), /NUL/);
    assert.equal(await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: bin }, position: { line: 2, character: 40 } }), null);
  } finally {
    await s.stop();
  }
});

test('invalid settings: a clear message, defaults used, nothing crashes', async () => {
  const s = await startRaw({ configuration: { maxFileSize: 'huge', include: 'all', publicationDate: 'last week', rules: { 'quote.orphan': 'loud', 'no.such.rule': 'off' } } });
  try {
    const uri = 'file:///r/settings.news';
    open(s, uri, SAMPLE);
    const d = await diagnosticsOf(s, uri, 1);
    assert.ok(d.diagnostics.length > 0, 'the article is still analyzed with the defaults');
    const texts = await waitFor(() => (s.messages.length >= 5 ? s.messages.map((m) => m.message) : null), 'a message per bad setting');
    for (const re of [/maxFileSize/, /include/, /publicationDate/, /quote\.orphan/, /no\.such\.rule/]) assert.ok(texts.some((t) => re.test(t)), `no message for ${re}: ${texts}`);
  } finally {
    await s.stop();
  }
});

test('a client that disappears: the server exits by itself without a crash', async () => {
  const s = await startRaw();
  const uri = 'file:///r/gone.news';
  open(s, uri, SAMPLE);
  await diagnosticsOf(s, uri, 1);
  // The client goes away without shutdown/exit: its end of the pipe closes.
  s.conn.dispose();
  s.proc.stdin!.end();
  const code = await waitFor(() => (s.proc.exitCode !== null || s.proc.signalCode !== null ? { code: s.proc.exitCode, signal: s.proc.signalCode } : null), 'server exit');
  assert.equal(code.signal, null, 'not killed by a signal');
  assert.doesNotMatch(s.stderr.join(''), /uncaught|Error:/);
});
