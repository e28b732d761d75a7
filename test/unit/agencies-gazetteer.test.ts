// The gazetteer (server/src/analysis/agencies/outlets.json) is data: every entry is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTLETS, buildGazetteer, gazetteerFor, lookupOutlet } from '../../server/src/analysis/agencies/agencies';
import { COUNTRY_NAMES, countryName } from '../../server/src/analysis/agencies/countries';

const KINDS = ['agency', 'broadcaster', 'newspaper', 'magazine', 'online'];
const THIS_YEAR = new Date().getUTCFullYear();

test('every entry has the required fields, well formed', () => {
  for (const o of OUTLETS) {
    const where = `outlet ${JSON.stringify(o.id)}`;
    assert.match(o.id, /^[a-z0-9][a-z0-9_.-]*$/, `${where}: id`);
    assert.ok(typeof o.name === 'string' && o.name.trim() === o.name && o.name.length >= 2, `${where}: name`);
    assert.ok(Array.isArray(o.aliases) && o.aliases.length >= 1, `${where}: aliases`);
    for (const a of o.aliases) assert.ok(typeof a === 'string' && a.length >= 2 && a.trim() === a, `${where}: alias ${JSON.stringify(a)}`);
    assert.equal(new Set(o.aliases).size, o.aliases.length, `${where}: repeated alias`);
    assert.match(o.country, /^[A-Z]{2}$/, `${where}: country`);
    assert.ok(COUNTRY_NAMES[o.country], `${where}: country ${o.country} has no name in countries.ts`);
    assert.ok(KINDS.includes(o.kind), `${where}: kind ${o.kind}`);
    if (o.founded !== undefined) assert.ok(Number.isInteger(o.founded) && o.founded >= 1600 && o.founded <= THIS_YEAR, `${where}: founded ${o.founded}`);
    if (o.stateControlled !== undefined) assert.equal(typeof o.stateControlled, 'boolean', `${where}: stateControlled`);
    for (const k of ['weakAliases', 'creditAliases'] as const) for (const a of o[k] ?? []) assert.ok(o.aliases.includes(a), `${where}: ${k} ${a} is not an alias`);
    const known = new Set(['id', 'name', 'aliases', 'country', 'kind', 'stateControlled', 'founded', 'description', 'weakAliases', 'creditAliases']);
    for (const k of Object.keys(o)) assert.ok(known.has(k), `${where}: unknown field ${k}`);
  }
});

test('ids are unique and no alias names two outlets', () => {
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  for (const o of OUTLETS) {
    assert.ok(!ids.has(o.id), `duplicate id ${o.id}`);
    ids.add(o.id);
    for (const a of new Set([o.name, ...o.aliases])) {
      const prev = owner.get(a);
      assert.ok(prev === undefined || prev === o.id, `alias ${JSON.stringify(a)} is shared by ${prev} and ${o.id}`);
      owner.set(a, o.id);
    }
  }
});

test('at least 100 news agencies and 150 other outlets, with the major wires', () => {
  const agencies = OUTLETS.filter((o) => o.kind === 'agency');
  assert.ok(agencies.length >= 100, `${agencies.length} agencies`);
  assert.ok(OUTLETS.length - agencies.length >= 150, `${OUTLETS.length - agencies.length} others`);
  for (const k of ['broadcaster', 'newspaper', 'magazine', 'online']) assert.ok(OUTLETS.some((o) => o.kind === k), k);
  const g = gazetteerFor();
  const wires = ['AP', 'The Associated Press', 'Reuters', 'AFP', 'Kyodo', 'Jiji', 'Xinhua', 'TASS', 'Tass', 'ITAR-TASS', 'RIA Novosti', 'Interfax', 'KCNA', 'Yonhap', 'ANSA', 'dpa', 'EFE', 'PTI', 'Anadolu', 'UPI', 'Bloomberg', 'IRNA', 'Bernama', 'Antara'];
  for (const w of wires) {
    const id = g.allAliases.get(w);
    assert.ok(id, `no outlet for ${w}`);
    assert.equal(g.byId.get(id)!.kind, 'agency', w);
  }
  assert.equal(g.byAlias.get('Tass'), g.byAlias.get('ITAR-TASS'));
  assert.equal(g.byAlias.get('AP'), g.byAlias.get('The Associated Press'));
});

test('a few well-known facts', () => {
  const g = gazetteerFor();
  const by = (alias: string) => g.byId.get(g.byAlias.get(alias)!)!;
  assert.deepEqual([by('AP').country, by('AP').founded, by('AP').stateControlled], ['US', 1846, false]);
  assert.deepEqual([by('Xinhua').country, by('Xinhua').stateControlled], ['CN', true]);
  assert.deepEqual([by('KCNA').country, by('KCNA').stateControlled], ['KP', true]);
  assert.equal(by('Reuters').founded, 1851);
  assert.equal(by('BBC').kind, 'broadcaster');
  assert.equal(by('The New York Times').kind, 'newspaper');
  assert.equal(by('The Economist').kind, 'magazine');
  assert.equal(by('Politico').kind, 'online');
  assert.equal(countryName('KP'), 'North Korea');
  assert.equal(countryName('XX'), 'XX');
});

test('upper-case forms and lookups', () => {
  const g = gazetteerFor();
  assert.equal(g.byAlias.get('REUTERS'), 'reuters');
  assert.equal(g.byAlias.get('DEMOCRAT-GAZETTE'), g.byAlias.get('Democrat-Gazette'));
  assert.equal(lookupOutlet('the Associated Press', g), 'ap');
  assert.equal(lookupOutlet('state news agency Tass', g), 'tass');
  assert.equal(lookupOutlet('a Foreign Ministry spokesman', g), undefined);
  // Weak and credit-only aliases do not name an outlet on their own: a speaker called Dawn is a person.
  assert.equal(g.byAlias.get('Dawn'), undefined);
  assert.equal(g.allAliases.get('Dawn'), 'dawn');
  assert.equal(lookupOutlet('Dawn', g), undefined);
  assert.equal(lookupOutlet('Dawn newspaper', g), 'dawn');
  assert.equal(lookupOutlet('The EPA', g), undefined);
  // The regex form still works for callers that match on it.
  const re = new RegExp(g.re.source, 'g');
  assert.deepEqual('said Xinhua and Kyodo News'.match(re), ['Xinhua', 'Kyodo News']);
});

test('workspace outlets add to the gazetteer and may replace a built-in entry', () => {
  const g = buildGazetteer([
    { id: 'vnt', name: 'Varonian Network Television', aliases: ['VNT'], country: 'VA', kind: 'broadcaster' },
    { id: 'reuters', name: 'Reuters (newsroom copy)', aliases: ['Reuters'], country: 'GB', kind: 'agency' },
  ]);
  assert.equal(g.byAlias.get('VNT'), 'vnt');
  assert.equal(g.byId.get('reuters')!.name, 'Reuters (newsroom copy)');
  assert.equal(g.byAlias.get('Thomson Reuters'), undefined, 'the replaced entry’s aliases are gone');
  const extra = [{ id: 'x', name: 'X Daily', aliases: ['X Daily'], country: 'US', kind: 'newspaper' as const }];
  assert.equal(gazetteerFor(extra), gazetteerFor(extra), 'the same workspace list reuses its gazetteer');
  assert.notEqual(gazetteerFor(extra), gazetteerFor());
});
