// One speaker per person: full names, last names, "Mr X", role mentions, pronouns and spelling variants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { nameIndex, splitRoleAndName } from '../../server/src/analysis/speakers';
import { check } from '../helpers/check';

const speakerOf = (text: string, m: ReturnType<typeof analyze>, cueOrContent: RegExp) => {
  const a = m.attributions.find((x) => cueOrContent.test(x.content.map((c) => text.slice(...c)).join(' ')));
  assert.ok(a, `no attribution matching ${cueOrContent}: ${JSON.stringify(m.attributions)}`);
  return a.speaker >= 0 ? m.speakers[a.speaker] : null;
};

test('full name, last name, "Mr X", role and pronoun are one speaker with a canonical name and role', () => {
  const text = [
    'Varonian President Aldo Brandt said the border would reopen in June.',
    'Brandt said the customs posts were ready.',
    'Mr Brandt said talks with the neighbors had gone well.',
    'The Varonian president said the army would stay in its barracks.',
    'The Varonian leader said elections would be held in the autumn.',
    'He said he had no plans to step down.',
  ].join('\n\n');
  const m = analyze(text);
  const ids = new Set(m.attributions.map((a) => a.speaker));
  assert.equal(ids.size, 1, JSON.stringify(m.attributions.map((a) => [text.slice(...(a.source ?? [0, 0])), a.speaker])));
  const sp = m.speakers[[...ids][0]];
  assert.equal(sp.name, 'Aldo Brandt');
  assert.equal(sp.role, 'Varonian President');
  assert.equal(sp.kind, 'person');
  assert.ok(sp.aliases.includes('Mr Brandt') && sp.aliases.includes('He'), sp.aliases.join(', '));
  assert.equal(sp.mentions.length, 6);
});

test('a pronoun after two candidate speakers resolves to the compatible one', () => {
  const text = [
    'Ms Ilse Marr met Mr Tomas Brandt at the port on Monday.',
    'Marr said the fishing quotas were too high.',
    'Brandt said the quotas were fair.',
    'She said she would take the matter to the regional court.',
  ].join('\n\n');
  const m = analyze(text);
  assert.equal(speakerOf(text, m, /regional court/)?.name, 'Ilse Marr');
  assert.equal(speakerOf(text, m, /quotas were fair/)?.name, 'Tomas Brandt');
});

test('a pronoun goes to the most recent speaker when gender is unknown', () => {
  const text = 'Kari Oduya said the ferry was late.\n\nJon Pell said the ferry was early.\n\nHe said it would not happen again.';
  const m = analyze(text);
  assert.equal(speakerOf(text, m, /not happen again/)?.name, 'Jon Pell');
});

test('spelling variants join: "Park Sun-hee" and "Park Sun Hee"', () => {
  const text = 'Park Sun-hee said the summit would go ahead.\n\nPark Sun Hee said the delegations had arrived.';
  const m = analyze(text);
  assert.equal(new Set(m.attributions.map((a) => a.speaker)).size, 1);
});

test('a short name takes the full name the article gives elsewhere, and its title as the role', () => {
  const text = 'Harbor Master Ivo Lund inspected the pier.\n\n"It is worse than we thought," Lund said.';
  const m = analyze(text);
  const sp = speakerOf(text, m, /worse than we thought/);
  assert.equal(sp?.name, 'Ivo Lund');
  assert.match(sp?.role ?? '', /Harbor Master/);
});

test('unnamed groups are group speakers', () => {
  const text = 'Officials said the bridge would stay shut.';
  const m = analyze(text);
  const sp = speakerOf(text, m, /bridge would stay shut/);
  assert.equal(sp?.kind, 'group');
});

test('splitRoleAndName', () => {
  assert.deepEqual(splitRoleAndName('Varonian Fisheries Minister Tomas Brandt'), { name: 'Tomas Brandt', role: 'Varonian Fisheries Minister' });
  assert.deepEqual(splitRoleAndName('Ilse Marr, a fisheries expert at Northport University'), { name: 'Ilse Marr', role: 'fisheries expert at Northport University' });
  assert.deepEqual(splitRoleAndName('Sen. Ann Lee (D-Ore.)'), { name: 'Ann Lee', role: 'Sen.' });
  assert.equal(splitRoleAndName('the harbor master').name, null);
});

test('the name index is built in one pass and keyed by last word', () => {
  const idx = nameIndex('Mayor Clara Hoff spoke. Later Hoff left with Deputy Mayor Jon Pell.');
  assert.deepEqual(idx.get('hoff')?.map((s) => s.words.join(' ')), ['Mayor Clara Hoff', 'Later Hoff']);
  assert.deepEqual(idx.get('pell')?.map((s) => s.words.join(' ')), ['Deputy Mayor Jon Pell']);
});

test('a bare role in a headline joins the one person who holds it, named later', () => {
  const text = 'Quota talks stall, says minister\n\nVaronian Fisheries Minister Tomas Brandt said the quota would empty the harbors.\n';
  const v = check(text, {});
  const says = v.attributions.find((a) => a.cue === 'says');
  assert.equal(says?.speaker, 'Tomas Brandt');
  assert.equal(v.speakers.filter((s) => /minister/i.test(s.name)).length, 0, JSON.stringify(v.speakers));
});

test('a role with the name in apposition names the speaker', () => {
  const text = 'A Kessland Foreign Ministry spokeswoman, Ilse Marr, said the proposal was fair.';
  check(text, { includes: { attributions: [{ speaker: 'Ilse Marr' }], speakers: [{ name: 'Ilse Marr', role: 'Kessland Foreign Ministry spokeswoman' }] } });
});
