// The rule settings: package.json contributes newsLens.rules with one property per rule of rules.ts (same ids, enum and
// default), and the server reads newsLens.checkOn and newsLens.semanticHighlighting.enabled with validation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, SEVERITIES } from '../../server/src/analysis';
import { readSettings } from '../../server/src/lsp/settings';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8'));
const props = pkg.contributes.configuration.properties;

test('newsLens.rules has one property per rule, with the severities and the default', () => {
  const rules = props['newsLens.rules'];
  assert.equal(rules.type, 'object');
  assert.equal(rules.scope, 'resource');
  assert.deepEqual(Object.keys(rules.properties).sort(), RULES.map((r) => r.id).sort());
  for (const r of RULES) {
    const p = rules.properties[r.id];
    assert.deepEqual(p.enum, [...SEVERITIES], r.id);
    assert.equal(p.default, r.defaultSeverity, r.id);
    assert.ok(String(p.markdownDescription ?? p.description).length > 20, r.id);
  }
});

test('checkOn and semanticHighlighting.enabled are contributed and read', () => {
  assert.deepEqual(props['newsLens.checkOn'].enum, ['edit', 'save', 'manual']);
  assert.equal(props['newsLens.semanticHighlighting.enabled'].default, true);
  assert.equal(readSettings({}).settings.checkOn, 'edit');
  assert.equal(readSettings({ checkOn: 'manual' }).settings.checkOn, 'manual');
  const bad = readSettings({ checkOn: 'sometimes', semanticHighlighting: { enabled: 'no' } });
  assert.equal(bad.settings.checkOn, 'edit');
  assert.equal(bad.settings.semanticHighlighting, true);
  assert.equal(bad.problems.length, 2);
  assert.equal(readSettings({ semanticHighlighting: { enabled: false } }).settings.semanticHighlighting, false);
  assert.equal(readSettings({ rules: { 'speaker.unnamed': 'error' } }).settings.rules['speaker.unnamed'], 'error');
});
