// Semantic tokens: decoded back from the LSP relative encoding and checked against the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { decodeTokens, encodeTokens, LEGEND, semanticSpans, semanticTokensFor } from '../../server/src/lsp/semanticTokens';
import { SEMANTIC_TOKEN_TYPES } from '../../protocol/protocol';

const TEXT = [
  'Harbor vote delayed',
  '',
  'PORT ELLIS, March 14 (Reuters) -',
  '',
  'Mayor Clara Hoff said on Tuesday that the vote would wait. "We need',
  'more time, and Reuters will hear from us," Hoff told reporters.',
].join('\r\n');
const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
const model = analyze(TEXT, { publicationDate: '2024-03-14' });
const tokens = decodeTokens(semanticTokensFor(doc, model).data);
const textOf = (t: { line: number; character: number; length: number }) =>
  doc.getText({ start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } });

test('the legend is the shared list of token types', () => {
  assert.deepEqual(LEGEND.tokenTypes, [...SEMANTIC_TOKEN_TYPES]);
});

test('speakers, cues, dates, agencies and quote content are tokens of their type', () => {
  const seen = tokens.map((t) => `${t.type}:${textOf(t)}`);
  for (const want of ['speaker:Mayor Clara Hoff', 'cue:said', 'date:Tuesday', 'agency:Reuters', 'speaker:Hoff']) {
    assert.ok(seen.includes(want), `${want} not in ${JSON.stringify(seen)}`);
  }
  assert.ok(seen.some((s) => s.startsWith('cue:told')), JSON.stringify(seen));
});

test('a quote over two lines is split per line, and an agency inside it keeps its own type', () => {
  const quote = tokens.filter((t) => t.type === 'quoteContent');
  assert.ok(quote.some((t) => t.line === 4 && textOf(t) === 'We need'), JSON.stringify(quote.map(textOf)));
  assert.ok(quote.some((t) => t.line === 5 && textOf(t).startsWith('more time, and')), JSON.stringify(quote.map(textOf)));
  for (const t of quote) assert.ok(!/[\r\n]/.test(textOf(t)) && !textOf(t).includes('Reuters'));
  assert.ok(tokens.some((t) => t.line === 5 && t.type === 'agency' && textOf(t) === 'Reuters'));
});

test('tokens are sorted and never overlap', () => {
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1];
    const b = tokens[i];
    assert.ok(b.line > a.line || (b.line === a.line && b.character >= a.character + a.length), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`);
  }
  const spans = semanticSpans(model);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].span[0] >= spans[i - 1].span[1]);
});

test('encode and decode are inverse; deltas are relative', () => {
  const abs = [
    { line: 0, character: 5, length: 3, type: 'speaker' as const },
    { line: 0, character: 10, length: 2, type: 'cue' as const },
    { line: 2, character: 1, length: 4, type: 'date' as const },
  ];
  const data = encodeTokens(abs);
  assert.deepEqual(data, [0, 5, 3, 0, 0, 0, 5, 2, 1, 0, 2, 1, 4, 3, 0]);
  assert.deepEqual(decodeTokens(data), abs);
});

test('a range request returns only the tokens inside it, clipped', () => {
  const start = TEXT.indexOf('Mayor');
  const end = TEXT.indexOf(' said');
  const part = decodeTokens(semanticTokensFor(doc, model, true, [start, end]).data);
  assert.deepEqual(part.map((t) => `${t.type}:${textOf(t)}`), ['speaker:Mayor Clara Hoff']);
});

test('the setting turns them off', () => {
  assert.deepEqual(semanticTokensFor(doc, model, false).data, []);
});
