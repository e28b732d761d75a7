// The editor's annotations in the language-server layer and the Statements view: a sidecar beside the article is
// applied (corrections replace detections, rejections remove them), statuses reach the view, orphans are listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { statementsOf } from '../../server/src/lsp/statements';
import { AnnotationLayer } from '../../server/src/lsp/annotations';
import { hullOf } from '../../server/src/annotations/apply';
import { makeAnnotation, serializeAnnotations } from '../../server/src/annotations/webAnnotation';
import { buildTree, toPlain } from '../../client/src/statementsModel';

// Our own fictional article.
const TEXT = `Library to extend opening hours

The city library will stay open until 10 p.m. on weekdays from June, its director Pia Lund said on Monday.

"Students asked us for quiet space in the evenings," Lund told the council.
`;

test('layer: sidecar applied, statuses in the Statements view, hover lines, orphans listed', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-view-'));
  const file = path.join(dir, 'library.news');
  fs.writeFileSync(file, TEXT);
  const doc = TextDocument.create(pathToFileURL(file).href, 'news', 1, TEXT);
  const raw = analyze(TEXT);
  const quote = raw.attributions.find((a) => TEXT.slice(...hullOf(a)).includes('quiet space'));
  const other = raw.attributions.find((a) => TEXT.slice(...hullOf(a)).includes('open until'));
  assert.ok(quote && other, 'both statements are detected');
  const layer = new AnnotationLayer();
  assert.equal(layer.apply(doc, raw), raw, 'no sidecar: the model is the analysis');

  const ghost = makeAnnotation('A paragraph that was cut.', [2, 11], 'note', 'add', { id: 'urn:t:ghost', note: 'gone' });
  fs.writeFileSync(
    `${file}.annotations.json`,
    serializeAnnotations(
      [
        makeAnnotation(TEXT, hullOf(quote), 'statement', 'correct', { id: 'urn:t:q', corrections: { speaker: 'Pia Lund', type: 'direct' }, status: 'disputed', note: 'council minutes differ' }),
        makeAnnotation(TEXT, hullOf(other), 'statement', 'reject', { id: 'urn:t:r' }),
        { ...ghost, quote: { exact: 'paragraph', prefix: 'A ', suffix: ' that was cut.' } },
      ],
      'library.news',
      TEXT,
    ),
  );
  const model = layer.apply(doc, raw);
  assert.notEqual(model, raw);
  assert.equal(model.attributions.length, raw.attributions.length - 1, 'the rejected statement is gone');

  const dto = layer.withStatuses(doc, statementsOf(doc, model));
  const statements = dto.speakers.flatMap((s) => s.statements);
  assert.equal(statements.find((s) => s.text.includes('quiet space'))?.status, 'disputed');
  assert.ok(!statements.some((s) => s.text.includes('open until')));
  const items = toPlain(buildTree({ articles: [dto] }));
  const flat = JSON.stringify(items);
  assert.match(flat, /"description":"[^"]*disputed/, 'the view shows the status');
  assert.deepEqual(dto.orphans?.map((o) => o.id), ['urn:t:ghost']);
  const orphans = items[0].children?.find((c) => c.label === 'Orphaned annotations');
  assert.ok(orphans, 'the view lists the orphans');
  assert.equal(orphans.children?.[0].label, '“paragraph”');

  const offset = TEXT.indexOf('quiet space');
  const lines = layer.hoverLines(doc.uri, offset);
  assert.equal(lines.length, 1);
  assert.match(lines[0], /corrected/);
  assert.match(lines[0], /disputed/);
  assert.match(lines[0], /council minutes differ/);

  const list = layer.list(doc);
  assert.deepEqual(list.orphans.map((o) => o.id), ['urn:t:ghost']);
  assert.equal(list.annotations.length, 2);

  // the layer re-reads the sidecar when it changes on disk
  fs.writeFileSync(`${file}.annotations.json`, serializeAnnotations([], 'library.news', TEXT) + '\n');
  assert.equal(layer.apply(doc, raw).attributions.length, raw.attributions.length);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('layer: annotate requests are refused outside the workspace, and for unsaved documents', () => {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-ws-'));
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'newslens-elsewhere-'));
  const file = path.join(elsewhere, 'library.news');
  fs.writeFileSync(file, TEXT);
  const layer = new AnnotationLayer();
  layer.setWorkspace({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }] });
  const doc = TextDocument.create(pathToFileURL(file).href, 'news', 1, TEXT);
  const raw = analyze(TEXT);
  layer.apply(doc, raw);
  const at = TEXT.indexOf('quiet space');
  const range = { start: doc.positionAt(at), end: doc.positionAt(at) };
  const r = layer.annotate(doc, raw, { uri: doc.uri, action: 'confirm', range });
  assert.equal(r.ok, false);
  assert.equal(r.reason, 'outside');
  assert.ok(!fs.existsSync(`${file}.annotations.json`), 'nothing written outside the workspace');
  // inside the workspace it is written
  const inside = path.join(workspace, 'library.news');
  fs.writeFileSync(inside, TEXT);
  const doc2 = TextDocument.create(pathToFileURL(inside).href, 'news', 1, TEXT);
  layer.apply(doc2, raw);
  const ok = layer.annotate(doc2, raw, { uri: doc2.uri, action: 'confirm', range });
  assert.ok(ok.ok, ok.message);
  assert.ok(fs.existsSync(`${inside}.annotations.json`));
  const untitled = TextDocument.create('untitled:Untitled-1', 'news', 1, TEXT);
  assert.equal(layer.annotate(untitled, raw, { uri: untitled.uri, action: 'confirm', range }).reason, 'not-a-file');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(elsewhere, { recursive: true, force: true });
});
