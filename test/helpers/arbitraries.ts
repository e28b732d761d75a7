// fast-check generators of hostile and ordinary article text, from our own fictional fragments.
import fc from 'fast-check';

const NAMES = ['Tomas Brandt', 'Ana Ruiz', 'Keiko Mori', 'Mr. Okafor', 'Dr. Lena Vos', 'she', 'he', 'they', 'the ministry', 'Kyodo', 'Reuters'];
const CUES = ['said', 'says', 'told reporters', 'added', 'warned', 'according to', 'claimed', 'reportedly'];
const OPEN = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '``', "''", '「', '」'];
const WORDS = ['the', 'harbor', 'talks', 'will', 'resume', 'on', 'Monday', 'next week', 'last Friday', 'May 3', '2024', '$75m', '12%', 'hundreds of thousands', 'U.S.', 'Jan.', 'No.', '3.5', 'e.g.', '...', '—', '-', '(AP)', 'MOSCOW', '---', '#'];
const EXOTIC = ['😀', '👩🏽‍⚕️', '𝔘𝔫𝔦', '\u{1F1FA}\u{1F1F8}', 'e\u0301', 'a\u0308\u0323', '\u202Eabc\u202C', 'مرحبا', 'שלום', 'Ελλάδα', '中文', '\u00A0', '\u2009', '\t', '\uFEFF', '\u200B', '\uD800', '\uDC00'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', ' ', '  ', '\n\r'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...CUES) },
  { weight: 3, arbitrary: fc.constantFrom(...OPEN) },
  { weight: 2, arbitrary: fc.constantFrom(...EXOTIC) },
  { weight: 1, arbitrary: fc.constantFrom('.', ',', '!', '?', ':', ';', '.”', ',”', '."') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const sentence = fc.array(token, { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' ') + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' '));

/** Article-like text: paragraphs of mixed fragments, any line breaks, maybe a BOM, a headline or a dateline. */
export const articleText = fc
  .tuple(
    fc.boolean(),
    fc.option(fc.constantFrom('Harbor talks stall\n\n', '# Fire at museum\n\n', '---\ntitle: x\ndate: 2025-05-18\n---\n', 'MOSCOW (Reuters) - ')),
    fc.array(fc.tuple(paragraph, fc.constantFrom(...BREAKS)), { minLength: 1, maxLength: 6 }),
  )
  .map(([bom, head, paras]) => (bom ? '\uFEFF' : '') + (head ?? '') + paras.map(([p, b]) => p + b).join(''));

/** Arbitrary UTF-16 (lone surrogates included) and arbitrary bytes decoded as UTF-8 or Latin-1. */
export const rawText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8')),
  fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('latin1')),
);

/** A text mutated by inserts, deletions, duplications and line-break rewrites. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const op = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('insert', 'delete', 'dup', 'breaks', 'quote'), fc.oneof(token, fc.constantFrom(...BREAKS)));
  return fc.tuple(base, fc.array(op, { maxLength: 8 })).map(([t, ops]) => {
    for (const [a, b, kind, frag] of ops) {
      const i = t.length ? a % (t.length + 1) : 0;
      const j = Math.min(t.length, i + (b % 200));
      if (kind === 'insert') t = t.slice(0, i) + frag + t.slice(i);
      else if (kind === 'delete') t = t.slice(0, i) + t.slice(j);
      else if (kind === 'dup') t = t.slice(0, j) + t.slice(i, j) + t.slice(j);
      else if (kind === 'breaks') t = t.slice(0, i) + t.slice(i, j).replace(/\r?\n|\r/g, frag.includes('\n') || frag.includes('\r') ? frag : '\r\n') + t.slice(j);
      else t = t.slice(0, i) + '“' + t.slice(i, j) + (b % 2 ? '”' : '') + t.slice(j);
    }
    return t;
  });
}
