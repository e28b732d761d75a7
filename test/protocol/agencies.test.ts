// Outlets over the real protocol: the hover card with the article's citations by role, the outline grouping
// statements under outlet speakers, and workspace outlets from .newslens.json in the card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, waitFor, positionOf } from '../helpers/lspClient';

const ARTICLE =
  'Missile test\n\nPYONGYANG (AP) — North Korea fired a short-range missile on Sunday.\n\n' +
  'KCNA said the launch was supervised by senior officers. The Korean Central News Agency also said the test was a success.\n\n' +
  "South Korea's Yonhap News Agency reported that the missile flew 600 kilometers. (AP, Yonhap, Oct. 3)\n";


interface Sym {
  name: string;
  kind: number;
  detail?: string;
  children?: Sym[];
}

test('hover on an outlet: its card and every citation here by role; the outline groups statements by outlet', async () => {
  const uri = 'file:///work/articles/missile.news';
  const server = await startServer();
  try {
    server.open(uri, ARTICLE);
    await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    const h = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'AP', 1) });
    assert.ok(h, 'no hover on AP');
    const v = h.contents.value;
    assert.match(v, /The Associated Press/);
    assert.match(v, /agency · United States · independent of the state · founded 1846/);
    assert.match(v, /Cited here as: \*\*source list\*\*/);
    assert.match(v, /2 citations in this article/);
    assert.match(v, /- dateline: line 3/);
    assert.match(v, /- source list: line 7 \(here\)/);

    const k = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'KCNA') });
    assert.ok(k, 'no hover on KCNA');
    assert.match(k.contents.value, /Korean Central News Agency\*\* — agency · North Korea · state-controlled · founded 1946/);
    assert.match(k.contents.value, /Statements attributed to it:\n- \*indirect\*/);

    const syms = await server.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const all: Sym[] = [];
    const walk = (list: Sym[]) => list.forEach((x) => (all.push(x), walk(x.children ?? [])));
    walk(syms);
    const kcna = all.filter((s) => s.name === 'Korean Central News Agency' && s.kind === 2 /* SymbolKind.Module: an outlet */);
    assert.equal(kcna.length, 1, `one outline group for KCNA; symbols: ${all.map((s) => s.name).join(', ')}`);
    assert.match(kcna[0].detail ?? '', /^outlet/);
    const statements = (kcna[0].children ?? []).filter((c) => c.kind !== 20 /* SymbolKind.Key: a citation */);
    assert.equal(statements.length, 2, 'both KCNA statements under the one outlet');
    assert.ok(statements.every((c) => /^indirect/.test(c.detail ?? '')), JSON.stringify(statements));
    const yonhap = all.find((s) => s.name === 'Yonhap News Agency' && s.kind === 2);
    assert.ok(yonhap, 'Yonhap has its outlet group');
    assert.ok((yonhap.children ?? []).some((c) => /reported|indirect/.test(c.detail ?? '')), 'with its statement');
    // Each outlet group also lists its citations, by role, in text order.
    const citations = (name: string) => (all.find((s) => s.name === name && s.kind === 2)?.children ?? []).filter((c) => c.kind === 20).map((c) => `${c.name}:${c.detail}`);
    assert.deepEqual(citations('The Associated Press'), ['AP:dateline', 'AP:parenthetical']);
    assert.deepEqual(citations('Korean Central News Agency'), ['KCNA:said', 'Korean Central News Agency:said']);
    assert.deepEqual(citations('Yonhap News Agency'), ['Yonhap News Agency:said', 'Yonhap:parenthetical']);
    // No statement of an outlet is left under an unknown speaker.
    assert.ok(!all.some((s) => s.name === '(unknown speaker)'), 'no unknown speaker');
  } finally {
    await server.stop();
  }
});

test('a workspace outlet from .newslens.json is found and shows its own card', async () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'nl-agencies-'));
  mkdirSync(path.join(ws, 'articles'));
  writeFileSync(
    path.join(ws, '.newslens.json'),
    JSON.stringify({ outlets: [{ id: 'vnt', name: 'Varonian Network Television', aliases: ['VNT'], country: 'VA', kind: 'broadcaster', stateControlled: true, founded: 1961 }] }),
  );
  const text = 'Pier closes\n\nThe pier will close for repairs, broadcaster VNT reported on Monday.\n';
  const file = path.join(ws, 'articles', 'pier.news');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const server = await startServer({ workspaceFolder: ws });
  try {
    server.open(uri, text);
    await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    const h = await server.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'VNT') });
    assert.ok(h, 'no hover on the workspace outlet');
    assert.match(h.contents.value, /\*\*Varonian Network Television\*\* — broadcaster · VA · state-controlled · founded 1961/);
    assert.match(h.contents.value, /said \/ reported/);
  } finally {
    await server.stop();
  }
});
