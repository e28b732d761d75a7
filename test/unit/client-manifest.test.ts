// The manifest and the client code agree: every command used is contributed and registered, the semantic token
// types match the shared legend, icons exist, and the view/welcome wiring points at real things.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SEMANTIC_TOKEN_TYPES } from '../../protocol/protocol';

const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const c = pkg.contributes;
const clientSource = readdirSync(path.join(root, 'client/src'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(path.join(root, 'client/src', f), 'utf8'))
  .join('\n');
const protocolSource = readFileSync(path.join(root, 'protocol/protocol.ts'), 'utf8');
const contributed = new Set<string>(c.commands.map((x: { command: string }) => x.command));

test('every command in menus, keybindings and welcome links is contributed', () => {
  const used: string[] = [];
  for (const items of Object.values(c.menus ?? {}) as { command?: string }[][]) for (const m of items) if (m.command) used.push(m.command);
  for (const k of c.keybindings ?? []) used.push(k.command);
  for (const w of c.viewsWelcome ?? []) for (const m of (w.contents as string).matchAll(/\(command:([\w.]+)\)/g)) used.push(m[1]);
  assert.ok(used.length > 5);
  for (const cmd of used) assert.ok(contributed.has(cmd) || cmd === 'newsLens.statements.focus', `${cmd} is not contributed`);
});

test('every contributed command is registered by the client', () => {
  const registered = new Set<string>();
  for (const m of clientSource.matchAll(/registerCommand\(\s*'([\w.]+)'/g)) registered.add(m[1]);
  for (const m of clientSource.matchAll(/registerCommand\(\s*([A-Z_]+)/g)) {
    const value = new RegExp(`export const ${m[1]} = '([\\w.]+)'`).exec(protocolSource);
    assert.ok(value, `${m[1]} is a protocol constant`);
    registered.add(value[1]);
  }
  for (const cmd of contributed) assert.ok(registered.has(cmd), `${cmd} is contributed but never registered`);
});

test('semantic token types match the shared legend and each has theme scopes', () => {
  assert.deepEqual(c.semanticTokenTypes.map((t: { id: string }) => t.id), [...SEMANTIC_TOKEN_TYPES]);
  const scopes = Object.assign({}, ...c.semanticTokenScopes.map((s: { scopes: object }) => s.scopes));
  for (const t of SEMANTIC_TOKEN_TYPES) assert.ok(Array.isArray(scopes[t]) && scopes[t].length > 0, `${t} has scopes`);
});

test('the Statements view lives in its own container with an existing icon, and its colors are contributed', () => {
  const container = c.viewsContainers.activitybar.find((x: { id: string }) => x.id === 'newsLens');
  assert.ok(container && existsSync(path.join(root, container.icon)), 'activity bar icon exists');
  assert.ok(c.views.newsLens.some((v: { id: string }) => v.id === 'newsLens.statements'));
  assert.ok(clientSource.includes("'newsLens.statements'"), 'the client creates the view it contributes');
  const colors = new Set<string>(c.colors.map((x: { id: string }) => x.id));
  const usedColors = [...clientSource.matchAll(/'(newsLens\.[\w.]+Icon)'/g)].map((m) => m[1]);
  assert.ok(usedColors.length >= 5);
  for (const id of usedColors) assert.ok(colors.has(id), `${id} is contributed`);
  assert.ok(readFileSync(path.join(root, '.vscodeignore'), 'utf8').includes('!media/**'), 'icons are packaged');
});

test('context keys used in when clauses are set by the client', () => {
  const whens = JSON.stringify([c.menus, c.viewsWelcome, c.keybindings]);
  for (const m of whens.matchAll(/newsLens\.statements\.(\w+)(?=[\s"&|)]|$)/g)) {
    const key = `newsLens.statements.${m[1]}`;
    if (contributed.has(key)) continue;
    assert.ok(clientSource.includes(`'${key}'`), `${key} is set by the client`);
  }
});
