// Document symbols and the Statements request: the tree is well formed (ranges contain their children and their
// selection ranges), outlets are groups, and the statements DTO carries what the view needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { analyze } from '../../server/src/analysis';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { statementsOf } from '../../server/src/lsp/statements';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

function walk(sym: DocumentSymbol, parent: DocumentSymbol | null, visit: (s: DocumentSymbol, p: DocumentSymbol | null) => void) {
  visit(sym, parent);
  for (const c of sym.children ?? []) walk(c, sym, visit);
}

for (const file of ['wire-harbor-talks.news', 'analysis-grain-corridor.md', 'compiled-flood-relief.txt', 'web-museum-fire.txt']) {
  test(`symbols of ${file}: every range holds its selection range and its children`, () => {
    const text = readFileSync(path.resolve(__dirname, '../../samples', file), 'utf8');
    const doc = TextDocument.create(`file:///s/${file}`, 'news', 1, text);
    const syms = documentSymbols(doc, analyze(text));
    assert.equal(syms.length, 1, 'one article root');
    let count = 0;
    for (const root of syms)
      walk(root, null, (s, p) => {
        count++;
        assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection outside range`);
        if (p) assert.ok(inside(s.range, p.range), `${s.name} not inside ${p.name}`);
      });
    assert.ok(count > 5, `${count} symbols`);
  });
}

test('outlets are groups holding their citations and the statements attributed to them', () => {
  const text = 'Ferry strike spreads\n\nPORT ELLIS, March 14 (Reuters) -\n\nThe strike will spread to two more ports, Reuters reported.\n\n(Reuters, AP, March 14)\n';
  const doc = TextDocument.create('file:///a.news', 'news', 1, text);
  const model = analyze(text);
  const root = documentSymbols(doc, model)[0];
  const reuters = root.children?.find((c) => c.name === 'Reuters');
  assert.ok(reuters, JSON.stringify(root.children?.map((c) => c.name)));
  assert.match(reuters.detail ?? '', /outlet · \d+ citations?/);
  const roles = reuters.children?.map((c) => c.detail) ?? [];
  assert.ok(roles.includes('dateline'), JSON.stringify(roles));
  assert.ok(roles.includes('parenthetical'), JSON.stringify(roles));
});

test('statements DTO: icons, dates, outlets, unattributed claims with their reason, counts', () => {
  const text = 'Quay plan\n\nMayor Clara Hoff said on Tuesday the quay would reopen. Analysts say the plan could fail.\n\nThe repairs will almost certainly cost twice the estimate.\n';
  const doc = TextDocument.create('file:///q.news', 'news', 1, text);
  const dto = statementsOf(doc, analyze(text, { publicationDate: '2024-03-14' }));
  const hoff = dto.speakers.find((s) => s.name === 'Clara Hoff');
  assert.ok(hoff);
  assert.equal(hoff.statements[0].icon, 'indirect');
  assert.equal(hoff.statements[0].date?.text, 'Tuesday');
  assert.ok(hoff.aliases?.includes('Mayor Clara Hoff'));
  assert.ok(hoff.range);
  const vague = dto.speakers.flatMap((s) => s.statements).find((s) => s.vague);
  assert.equal(vague?.icon, 'vague');
  const claims = dto.speakers.find((s) => s.kind === 'claims');
  assert.ok(claims, JSON.stringify(dto.speakers.map((s) => s.name)));
  assert.equal(claims.statements[0].icon, 'unattributed');
  assert.equal(claims.statements[0].reason, 'prediction');
  assert.deepEqual(dto.counts, { statements: dto.speakers.filter((s) => s.kind !== 'claims').reduce((n, s) => n + s.statements.length, 0), vague: 1, unattributed: 1 });
});
