// Generated articles for the benchmark: the team's own samples/, concatenated and varied (names, numbers and
// places rotate per copy so no two copies are identical).
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
export const samples = readdirSync(SAMPLES)
  .sort()
  .map((f) => readFileSync(path.join(SAMPLES, f), 'utf8'));

const NAMES = ['Tomas', 'Ana', 'Keiko', 'Omar', 'Lena', 'Pavel', 'Grace', 'Ines', 'Kwame', 'Sofia'];
const rotDigits = (s, k) => s.replace(/\d/g, (d) => String((Number(d) + k) % 10));

/** The i-th varied copy of sample i % n. */
export function variant(i) {
  const base = samples[i % samples.length];
  const k = Math.floor(i / samples.length);
  if (k === 0) return base;
  const name = NAMES[k % NAMES.length];
  // Years keep four digits; day numbers may become odd — the engine must not care.
  return rotDigits(base, k % 10).replace(/\b(Tomas|Ana|Keiko|Grace)\b/g, name);
}

/** One article body of about `size` UTF-16 code units: whole varied sample bodies joined by blank lines. */
export function article(size, seed = 0) {
  const parts = [];
  let n = 0;
  // Keep the first copy's headline and dateline; later copies are appended as more paragraphs.
  for (let i = seed; n < size; i++) {
    const v = i === seed ? variant(i) : variant(i).replace(/^---[\s\S]*?---\s*/, '');
    parts.push(v);
    n += v.length + 2;
  }
  const text = parts.join('\n\n');
  // Cut at a paragraph boundary near `size` when one is close, else at `size`.
  const cut = text.lastIndexOf('\n\n', size);
  return cut > size * 0.9 ? text.slice(0, cut) + '\n' : text.slice(0, size);
}
