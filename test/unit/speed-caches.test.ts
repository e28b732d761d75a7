// The speed work keeps state between calls (the tokenizer's vocabulary, the speakers' per-source cache, the lazy
// index of name runs): these tests hold that the state never changes an answer.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { tokenize } from '../../server/src/analysis/attributions';
import { view } from '../helpers/check';

test('tokens carry their own text and lower case, the same on a second pass over a warm vocabulary', () => {
  const text = 'Councilwoman Überlinger-Smith SAID “Counterintelligence matters,” adding: it’s ``fine’’ — İstanbul’s OK.';
  const first = tokenize(text, 0, text.length);
  const second = tokenize(text, 0, text.length);
  assert.deepEqual(second, first);
  for (const t of first) {
    assert.equal(t.w, text.slice(t.s, t.e));
    assert.equal(t.l, t.k === 0 ? t.w.toLowerCase() : t.w);
  }
  const words = first.filter((t) => t.k === 0).map((t) => t.w);
  assert.ok(words.includes('Überlinger-Smith'));
  assert.ok(words.includes('Counterintelligence'));
  assert.ok(words.includes('İstanbul’s'));
});

test('an article analyzed again after others gets the same speakers', () => {
  const a = 'Harbor fees to rise\n\nPort director Mara Voss said on Monday that fees would rise. "We have no choice," Voss said.\n\nShe added that the board agreed.\n';
  const b = 'Museum closes early\n\nThe curator, Ilan Brook, said the roof leaked. Brook told reporters the repairs would take weeks.\n';
  const first = view(a, analyze(a));
  analyze(b);
  const again = view(a, analyze(a));
  assert.deepEqual(again.speakers, first.speakers);
  assert.deepEqual(again.attributions, first.attributions);
  assert.ok(first.speakers.some((s) => s.name === 'Mara Voss'));
});

test('short names resolve to the full names written earlier, however many there are', () => {
  // More surnames than the index answers by scanning before it builds its map: every one must still resolve.
  const first = ['Ana', 'Ben', 'Cleo', 'Dario', 'Elin', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Kira', 'Lars', 'Mina', 'Nils', 'Oona', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tova'];
  const last = ['Arndt', 'Brisk', 'Colm', 'Dunmore', 'Eskel', 'Fenwright', 'Gallo', 'Hestin', 'Ilves', 'Jarrow', 'Kestel', 'Lunde', 'Morrow', 'Norcott', 'Orrin', 'Pellow', 'Quaile', 'Rendt', 'Sorby', 'Tamsin'];
  const intro = first.map((f, i) => `${f} ${last[i]} chaired a local committee.`).join(' ');
  const quotes = last.map((l) => `The vote was close, ${l} said.`).join('\n\n');
  const text = `Committees meet\n\n${intro}\n\n${quotes}\n`;
  const v = view(text, analyze(text));
  for (let i = 0; i < last.length; i++) {
    const att = v.attributions.find((a) => a.source === last[i]);
    assert.equal(att?.speaker, `${first[i]} ${last[i]}`, last[i]);
  }
});
