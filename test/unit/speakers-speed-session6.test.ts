// The name runs' lookups by last name compare the text with the key without making strings (ASCII words) and, after
// many lookups, make a name's sequences only when asked: a last name must still find the full name written earlier,
// through a possessive ('s, ’s), and with letters beyond ASCII.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';

const nameOfSpeaker = (text: string, m: ReturnType<typeof analyze>, content: string) => {
  const a = m.attributions.find((x) => x.content.some((c) => text.slice(...c).includes(content)));
  assert.ok(a, `no attribution with "${content}"`);
  return a.speaker >= 0 ? m.speakers[a.speaker].name : null;
};

test('a last name alone takes the full name written before it (possessives, non-ASCII letters)', () => {
  const text = [
    'The harbour board met on Monday in the office of Ilse Marr’s deputy, with Tomas Ødegård and Pia Lind\'s aides present.',
    'Marr said the quay would be rebuilt by spring.',
    'Ødegård said the money was already set aside.',
    'Lind said the fishermen had been consulted.',
  ].join('\n\n');
  const m = analyze(text);
  assert.equal(nameOfSpeaker(text, m, 'quay would be rebuilt'), 'Ilse Marr');
  assert.equal(nameOfSpeaker(text, m, 'money was already'), 'Tomas Ødegård');
  assert.equal(nameOfSpeaker(text, m, 'fishermen had been'), 'Pia Lind');
});

test('with many last-name lookups (the keyed path) every last name still finds its own full name', () => {
  const last = ['Arden', 'Bosk', 'Corvin', 'Dallow', 'Erm', 'Farrow', 'Gisk', 'Holm', 'Ivel', 'Jusk', 'Karn', 'Lorrow', 'Mott', 'Nyle', 'Orr', 'Pell', 'Quell', 'Rusk', 'Sallow', 'Tamm', 'Ulm', 'Vask'];
  const first = ['Ada', 'Bern', 'Cleo', 'Dag', 'Eli', 'Fenna', 'Gus', 'Hild', 'Ivo', 'Jora', 'Kai', 'Lio', 'Mira', 'Nils', 'Oda', 'Pim', 'Quin', 'Runa', 'Sem', 'Tova', 'Ulla', 'Vik'];
  const intro = `Present at the assembly were ${last.map((l, i) => `${first[i]} ${l}`).join(', ')}.`;
  const lines = last.map((l, i) => `${l} said the levy number ${i + 1} was unfair.`);
  const text = [intro, ...lines].join('\n\n');
  const m = analyze(text);
  last.forEach((l, i) => assert.equal(nameOfSpeaker(text, m, `levy number ${i + 1} was`), `${first[i]} ${l}`));
});
