// The server's model cache (lsp/articles.ts): only the models read last stay as objects, the others are packed, and a
// packed model reads back exactly as analyzed; a model read for diagnostics first is completed on the next read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import type { ArticleModel } from '../../server/src/analysis';
import { Articles, HOT_MODELS } from '../../server/src/lsp/articles';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';

const SAMPLES = path.join(__dirname, '../../samples');
const texts = readdirSync(SAMPLES).map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));
const comparable = (m: ArticleModel) => ({ ...m, elapsedMs: 0, notice: m.notice });

// More documents than stay unpacked: each sample twice, with a different first line.
const docs = [...texts, ...texts].map((t, i) => TextDocument.create(`file:///cache/a${i}.news`, 'news', 1, `Story ${i}\n\n${t}`));

test('models beyond the last few read are packed, and read back equal to a fresh analysis', () => {
  assert.ok(docs.length > HOT_MODELS + 2);
  const articles = new Articles();
  const released: string[] = [];
  articles.onRelease = (uri) => released.push(uri);
  for (const d of docs) articles.get(d, DEFAULT_SETTINGS);
  const st = articles.stats();
  assert.equal(st.unpacked, HOT_MODELS);
  assert.equal(st.packed, docs.length - HOT_MODELS);
  assert.ok(st.packedBytes > 0);
  // The first documents were read first, so they were packed (and their holders told so).
  assert.ok(released.includes(docs[0].uri));
  // Reading them again (in any order) gives the analysis of their text, unchanged by packing.
  for (const d of [...docs].reverse()) {
    const m = articles.get(d, DEFAULT_SETTINGS);
    assert.deepEqual(comparable(m), comparable(analyze(d.getText(), { publicationDate: DEFAULT_SETTINGS.publicationDate })), d.uri);
  }
  assert.equal(articles.stats().unpacked, HOT_MODELS);
  // A packed model is read without analyzing again: the version it was made for is kept.
  assert.equal(articles.peek(docs[docs.length - 1].uri)?.version, 1);
});

test('a model read for diagnostics first gets its late layers on the next read, and is not packed half-done', () => {
  const articles = new Articles();
  const dated = docs.find((d) => analyze(d.getText()).publication.date !== null);
  assert.ok(dated, 'a sample with a publication date');
  const partial = articles.get(dated, DEFAULT_SETTINGS, {}, true);
  assert.equal(articles.isComplete(dated.uri, 1), false);
  assert.deepEqual(partial.dates, []);
  // Reading many other documents meanwhile must not pack (and so lose) the pending model.
  for (const d of docs) if (d !== dated) articles.get(d, DEFAULT_SETTINGS);
  const full = articles.get(dated, DEFAULT_SETTINGS);
  assert.equal(articles.isComplete(dated.uri, 1), true);
  assert.ok(full.dates.length > 0);
  assert.deepEqual(comparable(full), comparable(analyze(dated.getText())));
});

test('a new version of a packed document is analyzed again', () => {
  const articles = new Articles();
  for (const d of docs) articles.get(d, DEFAULT_SETTINGS);
  const first = docs[0];
  const changed = TextDocument.update(first, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Updated: ' }], 2);
  const m = articles.get(changed, DEFAULT_SETTINGS);
  assert.equal(m.length, changed.getText().length);
  assert.equal(articles.peek(first.uri)?.version, 2);
});
