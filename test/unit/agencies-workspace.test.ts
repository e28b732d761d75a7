// Workspace outlets in .newslens.json: the hand validation and the JSON schema accept the same outlet fields,
// and the analysis uses what they declare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseWorkspaceConfig } from '../../server/src/lsp/workspaceConfig';
import { analyze } from '../../server/src/analysis';

const schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../schemas/newslens.schema.json'), 'utf8'));

test('the schema lists every outlet field the gazetteer uses', () => {
  const props = Object.keys(schema.properties.outlets.items.properties).sort();
  assert.deepEqual(props, ['aliases', 'country', 'creditAliases', 'description', 'founded', 'id', 'kind', 'name', 'stateControlled', 'weakAliases']);
});

test('weakAliases and creditAliases must name aliases of the same outlet', () => {
  const text = JSON.stringify({
    outlets: [
      { id: 'light', name: 'The Harbor Light', aliases: ['The Harbor Light', 'Light', 'THL'], weakAliases: ['Light'], creditAliases: ['THL'], country: 'US', kind: 'newspaper' },
      { id: 'bad', name: 'Bad Weekly', aliases: ['Bad Weekly'], weakAliases: ['Weekly'], country: 'US', kind: 'magazine' },
    ],
  });
  const { config, problems } = parseWorkspaceConfig(text);
  assert.deepEqual(config.outlets.map((o) => o.id), ['light']);
  assert.match(problems.map((p) => p.message).join('\n'), /outlets\[1\].*"weakAliases"/);
});

test('a credit-only workspace alias counts in a photo credit and nowhere else', () => {
  const { config } = parseWorkspaceConfig(
    JSON.stringify({ outlets: [{ id: 'light', name: 'The Harbor Light', aliases: ['The Harbor Light', 'THL'], creditAliases: ['THL'], country: 'US', kind: 'newspaper' }] }),
  );
  const text = 'The THL said the pier would close.\n\nThe pier at dawn.\n\nTHL/ANNA WEST';
  const m = analyze(text, { outlets: config.outlets });
  assert.deepEqual(m.agencies.map((a) => [text.slice(...a.span), a.role]), [['THL', 'photo_credit']]);
});
