// Properties of re-anchoring under random edits (fast-check): spans stay inside the text and never split a surrogate
// pair; position and quote matches cover exactly the annotated text; an unchanged text keeps every annotation in place;
// brat offsets survive the code-point round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorAll } from '../../server/src/annotations/anchor';
import { offsetsOf } from '../../server/src/annotations/codepoints';
import { makeAnnotation } from '../../server/src/annotations/webAnnotation';

const alphabet = ['a', 'b', ' ', '.', '\n', 'é', '🎉', '“', '”', 'said', 'the '];
const textArb = fc.array(fc.constantFrom(...alphabet), { minLength: 5, maxLength: 120 }).map((parts) => parts.join(''));
const splits = (t: string, i: number) => i > 0 && i < t.length && t.charCodeAt(i) >= 0xdc00 && t.charCodeAt(i) <= 0xdfff && t.charCodeAt(i - 1) >= 0xd800 && t.charCodeAt(i - 1) <= 0xdbff;
const snap = (t: string, i: number) => (splits(t, i) ? i - 1 : i);

test('random edits: anchored spans are valid and exact where they claim to be', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(20), textArb, (text, a, b, at, del, ins) => {
      let s = snap(text, a % text.length);
      let e = snap(text, b % (text.length + 1));
      if (e < s) [s, e] = [e, s];
      const ann = makeAnnotation(text, [s, e], 'note', 'add', { id: 'x' });
      const pos = snap(text, at % (text.length + 1));
      const end = snap(text, Math.min(text.length, pos + del));
      const edited = text.slice(0, pos) + ins + text.slice(end);
      const same = anchorAll(text, [ann]);
      assert.deepEqual(same.placed[0]?.span, [s, e], 'unchanged text: in place');
      const r = anchorAll(edited, [ann]);
      assert.equal(r.placed.length + r.orphans.length, 1, 'kept, placed or orphaned');
      for (const p of r.placed) {
        assert.ok(0 <= p.span[0] && p.span[0] <= p.span[1] && p.span[1] <= edited.length);
        assert.ok(!splits(edited, p.span[0]) && !splits(edited, p.span[1]));
        if (p.method !== 'fuzzy') assert.equal(edited.slice(p.span[0], p.span[1]), ann.quote.exact);
      }
    }),
    { numRuns: 400, seed: 20261127 },
  );
});

test('code points: UTF-16 → code point → UTF-16 is the identity on pair boundaries', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const o = offsetsOf(text);
      const cps = [...text];
      assert.equal(o.toCodePoint(text.length), cps.length);
      for (let i = 0; i <= text.length; i++) {
        if (splits(text, i)) continue;
        assert.equal(o.toUtf16(o.toCodePoint(i)), i);
        assert.equal(cps.slice(0, o.toCodePoint(i)).join(''), text.slice(0, i));
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});
