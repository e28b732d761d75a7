import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseWorkspaceConfig } from '../../server/src/lsp/workspaceConfig';
import { DEFAULT_SETTINGS, withWorkspaceConfig } from '../../server/src/lsp/settings';
import { analyze } from '../../server/src/analysis';

test('a valid .newslens.json is read whole', () => {
  const text = JSON.stringify({
    outlets: [{ id: 'vna', name: 'Varonian News Agency', aliases: ['VNA'], country: 'VA', kind: 'agency', stateControlled: true, founded: 1951 }],
    speakers: [{ name: 'Tomas Brandt', aliases: ['the fisheries minister'] }],
    rules: { 'claim.unattributed': 'off' },
    ignore: [{ file: 'articles/a.news', rule: 'attribution.vague', text: 'Analysts say' }],
    articles: { 'articles/a.news': { publicationDate: '2024-03-14', disabledRules: ['quote.orphan'] } },
  });
  const { config, problems } = parseWorkspaceConfig(text);
  assert.deepEqual(problems, []);
  assert.equal(config.outlets[0].name, 'Varonian News Agency');
  assert.equal(config.rules['claim.unattributed'], 'off');
  const s = withWorkspaceConfig(DEFAULT_SETTINGS, config, 'articles/a.news');
  assert.equal(s.rules['claim.unattributed'], 'off');
  assert.equal(s.rules['quote.orphan'], 'off');
  assert.equal(s.publicationDate, '2024-03-14');
  assert.equal(withWorkspaceConfig(DEFAULT_SETTINGS, config, 'other.news').publicationDate, null);
});

test('broken JSON gives one problem with its position and the defaults', () => {
  const text = '{\n  "rules": { "claim.unattributed": "off", }\n}';
  const { config, problems } = parseWorkspaceConfig(text);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /not valid JSON/);
  assert.ok(problems[0].offset > 0 && problems[0].offset <= text.length);
  assert.deepEqual(config.rules, {});
});

test('invalid entries are reported one by one; the valid ones still apply', () => {
  const text = JSON.stringify({
    outlets: [{ id: 'Bad Id', name: 'X', aliases: ['X'], country: 'france', kind: 'blog' }, { id: 'ok', name: 'Ok Daily', aliases: ['Ok Daily'], country: 'US', kind: 'newspaper' }],
    rules: { 'quote.orphan': 'loud' },
    colour: 'blue',
  });
  const { config, problems } = parseWorkspaceConfig(text);
  const msgs = problems.map((p) => p.message).join('\n');
  assert.match(msgs, /outlets\[0\].*"id".*"aliases".*"country".*"kind"/s);
  assert.match(msgs, /rules\["quote.orphan"\] must be one of/);
  assert.match(msgs, /Unknown property "colour"/);
  assert.deepEqual(config.outlets.map((o) => o.id), ['ok']);
});

test('workspace outlets extend the gazetteer used by the analysis', () => {
  const { config } = parseWorkspaceConfig(JSON.stringify({ outlets: [{ id: 'vna', name: 'Varonian News Agency', aliases: ['VNA'], country: 'VA', kind: 'agency' }] }));
  const text = 'Fishermen protested, according to VNA.';
  assert.equal(analyze(text).agencies.length, 0);
  const m = analyze(text, { outlets: config.outlets });
  assert.deepEqual(m.agencies.map((a) => [text.slice(...a.span), a.name, a.role]), [['VNA', 'Varonian News Agency', 'according_to']]);
});
