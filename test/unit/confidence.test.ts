// The confidence model (confidence.ts): reported statements it rates unlikely are left out unless keepUncertain;
// direct quotations, transcript turns and nested speech verbs always stay; ids and nesting stay consistent.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../server/src/analysis';
import { attributionConfidence, CONFIDENCE_THRESHOLD, confidence, confidenceFeatures, eligible } from '../../server/src/analysis/confidence';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import model from '../../server/src/analysis/confidence-model.json';
import { decodeModel, type EncodedModel } from '../../server/src/analysis/model-codec';
import { check } from '../helpers/check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { hoverAt } from '../../server/src/lsp/hover';

const JUNK = 'The tax, known as the harbor levy, funds the ferries.';

test('a weak cue the model rates low is left out by default and kept with keepUncertain', () => {
  check(JUNK, { excludes: { attributions: [{ cue: 'known as' }] } });
  check(JUNK, { includes: { attributions: [{ cue: 'known as', content: 'the harbor levy, funds the ferries' }] } }, { keepUncertain: true });
});

test('a plain reported statement with a clear clause stays', () => {
  check('The mayor told reporters on Tuesday that the ferry would run all winter.', {
    includes: { attributions: [{ source: 'The mayor', cue: 'told', content: 'that the ferry would run all winter' }] },
  });
});

test('direct quotations and transcript turns are never filtered, whatever their size', () => {
  const text = '“No,” Lee said.\n\nORTIZ: Well, maybe.';
  const m = analyze(text, { keepUncertain: true });
  assert.ok(m.attributions.length >= 2, JSON.stringify(m.attributions));
  for (const a of m.attributions) {
    const cue = a.cue ? text.slice(a.cue[0], a.cue[1]) : '';
    if (a.type === 'direct' || cue === ':') assert.equal(eligible(text, a), false, cue);
  }
  assert.deepEqual(
    analyze(text).attributions.map((a) => a.content),
    m.attributions.map((a) => a.content),
  );
});

test('after a statement is left out, ids are positions again and nesting points to the right parent', () => {
  const text = `${JUNK} The mayor said Brandt told him that the quota talks had failed.`;
  const all = analyze(text, { keepUncertain: true }).attributions;
  const m = analyze(text);
  assert.ok(m.attributions.length < all.length, 'something was left out');
  m.attributions.forEach((a, i) => assert.equal(a.id, i));
  const said = m.attributions.find((a) => a.cue && text.slice(...a.cue) === 'said');
  const told = m.attributions.find((a) => a.cue && text.slice(...a.cue) === 'told');
  assert.ok(said && told, JSON.stringify(m.attributions));
  assert.equal(told.parent, said.id);
  for (const a of m.attributions) {
    if (a.parent < 0) continue;
    const p = m.attributions[a.parent];
    assert.ok(p.content.some((c) => c[0] <= a.cue![0] && a.cue![1] <= c[1]), 'the parent content holds the cue');
  }
});

test('the shipped model: a threshold between 0 and 1, weights that decode, features without spaces', () => {
  assert.ok(CONFIDENCE_THRESHOLD > 0 && CONFIDENCE_THRESHOLD < 1, String(CONFIDENCE_THRESHOLD));
  const w = decodeModel(model as EncodedModel).w;
  assert.ok(w.size > 100, `weights: ${w.size}`);
  const text = 'The mayor told reporters that the ferry would run.';
  const a = analyze(text, { keepUncertain: true }).attributions[0];
  const f = confidenceFeatures(text, a, 0);
  assert.ok(f.includes('side=R') && f.includes('fw=that') && f.includes('cue=told'), f.join(' '));
  for (const x of f) assert.ok(!/\s/.test(x), x);
  const t2 = 'The ferry will run all winter, according to the mayor.';
  const f2 = confidenceFeatures(t2, analyze(t2, { keepUncertain: true }).attributions[0], 0);
  assert.ok(f2.includes('cue=according_to') && f2.includes('side=L'), f2.join(' '));
  const p = confidence(f);
  assert.ok(p > 0 && p < 1);
  // A weight that counts: adding a feature with a known weight moves the probability the right way.
  const [key, weight] = [...w].find(([k, v]) => k.startsWith('cl=') && Math.abs(v) >= 0.3)!;
  const q = confidence([...f, key]);
  assert.ok(weight > 0 ? q > p : q < p, `${key} ${weight}`);
});

test('the fast path scores every statement of the sample articles as the feature strings do', () => {
  const dir = path.join(__dirname, '../../samples');
  let n = 0;
  for (const f of readdirSync(dir)) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const atts = analyze(text, { keepUncertain: true }).attributions;
    for (const a of atts) {
      if (!eligible(text, a)) continue;
      const children = atts.filter((b) => b.parent === a.id).length;
      const parent = a.parent >= 0 ? atts[a.parent] : undefined;
      const slow = confidence(confidenceFeatures(text, a, children, parent));
      const fast = attributionConfidence(text, a, children, parent);
      assert.ok(fast !== null && Math.abs(fast - slow) < 1e-12, `${f}: ${slow} vs ${fast}`);
      n++;
    }
  }
  assert.ok(n >= 10, `statements compared: ${n}`);
});

test('each rated statement carries its confidence; with keepUncertain the hover says when it is under the threshold', () => {
  const text = `${JUNK}\n\nMayor Ana Lee said on Monday that the levy would rise.`;
  const m = analyze(text, { keepUncertain: true });
  const weak = m.attributions.find((a) => a.cue && text.slice(...a.cue) === 'known as');
  const said = m.attributions.find((a) => a.cue && text.slice(...a.cue) === 'said');
  assert.ok(weak && said, JSON.stringify(m.attributions));
  assert.ok(weak.confidence !== undefined && weak.confidence < CONFIDENCE_THRESHOLD, String(weak.confidence));
  assert.ok(said.confidence !== undefined && said.confidence >= CONFIDENCE_THRESHOLD, String(said.confidence));
  // The default model keeps the same confidence for what it keeps.
  assert.equal(analyze(text).attributions.find((a) => a.cue && text.slice(...a.cue) === 'said')?.confidence, said.confidence);
  // Direct quotations are not rated.
  assert.equal(analyze('“No,” Lee said.').attributions[0]?.confidence, undefined);
  const doc = TextDocument.create('file:///levy.news', 'news', 1, text);
  const hover = (needle: string, model = m) => {
    const h = hoverAt(doc, model, text.indexOf(needle) + 1);
    return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
  };
  assert.match(hover('known as'), /Uncertain: the confidence model rates these limits unlikely/);
  assert.doesNotMatch(hover('said'), /Uncertain/);
});
