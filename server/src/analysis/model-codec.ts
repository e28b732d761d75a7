// The compact format of the shipped linear models (attribution-model.json, boundary-model.json):
//   { "bias": number, "scale": number, "t": { "<template>": "<entry> <entry> …" }, …other fields }
// Within a template the feature values are sorted and front-coded; an entry is one character P (how many leading
// characters it shares with the previous value), the rest of the value, and one character Q (the weight, an
// integer q in [-32, 31], times scale). Both characters come from ALPHA below. A feature "<template>=<value>" then
// has the weight q × scale; weights that round to 0 are left out unless the trainer keeps them (candidate words).
// Values never hold a space; "∅" stands for the empty value. Thousands of features fit in a few tens of KB.

const ALPHA = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/';
const EMPTY = '\u2205';

export interface EncodedModel {
  bias: number;
  scale: number;
  t: Record<string, string>;
}

export interface LinearModel {
  bias: number;
  w: Map<string, number>;
}

/** Calls f with every (template, value, weight) of an encoded model, in its order. */
function forEachEntry(m: EncodedModel, f: (tpl: string, val: string, weight: number) => void): void {
  for (const tpl of Object.keys(m.t)) {
    const s = m.t[tpl];
    let prev = '';
    let i = 0;
    while (i < s.length) {
      let j = s.indexOf(' ', i);
      if (j < 0) j = s.length;
      const p = ALPHA.indexOf(s[i]);
      const val = prev.slice(0, p) + s.slice(i + 1, j - 1);
      const q = ALPHA.indexOf(s[j - 1]) - 32;
      f(tpl, val === EMPTY ? '' : val, q * m.scale);
      prev = val;
      i = j + 1;
    }
  }
}

export function decodeModel(m: EncodedModel): LinearModel {
  const w = new Map<string, number>();
  forEachEntry(m, (tpl, val, weight) => w.set(tpl + '=' + val, weight));
  return { bias: m.bias, w };
}

/** Run-time tables: template → first value → (second value → (third value →)) weight. */
export type Nest = Map<string, number | Nest>;

/**
 * The same weights as decodeModel, nested by the "|" between the values of a pair or triple template (a value
 * holding "|" itself is left out), built straight from the encoded strings: at the server's start this is a few ms
 * less than decoding the flat map and splitting its keys again.
 */
export function decodeNested(m: EncodedModel): { bias: number; t: Map<string, Nest> } {
  const out = new Map<string, Nest>();
  const arity = new Map<string, number>();
  forEachEntry(m, (tpl, val, weight) => {
    let n = arity.get(tpl);
    if (n === undefined) arity.set(tpl, (n = tpl.split('|').length));
    const parts = n === 1 ? [val] : val.split('|');
    if (parts.length !== n) return;
    let x: Nest | undefined = out.get(tpl);
    if (x === undefined) out.set(tpl, (x = new Map()));
    for (let k = 0; k < n - 1; k++) {
      let y: number | Nest | undefined = x.get(parts[k]);
      if (!(y instanceof Map)) x.set(parts[k], (y = new Map()));
      x = y;
    }
    x.set(parts[n - 1], weight);
  });
  return { bias: m.bias, t: out };
}

/** The inverse (used by the training scripts): weights quantized to multiples of `scale`, zeros dropped. */
export function encodeModel(bias: number, weights: Iterable<[string, number]>, scale: number, keep: (key: string) => boolean = () => false): EncodedModel {
  const groups: Record<string, [string, number][]> = {};
  for (const [key, v] of weights) {
    const q = Math.max(-32, Math.min(31, Math.round(v / scale)));
    if (q === 0 && !keep(key)) continue;
    const eq = key.indexOf('=');
    const val = key.slice(eq + 1);
    if (val.includes(' ')) continue;
    (groups[key.slice(0, eq)] ??= []).push([val === '' ? EMPTY : val, q]);
  }
  const t: Record<string, string> = {};
  for (const tpl of Object.keys(groups).sort()) {
    const entries = groups[tpl].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    let prev = '';
    const parts: string[] = [];
    for (const [val, q] of entries) {
      let p = 0;
      while (p < 63 && p < prev.length && p < val.length - 1 && prev[p] === val[p]) p++;
      parts.push(ALPHA[p] + val.slice(p) + ALPHA[q + 32]);
      prev = val;
    }
    t[tpl] = parts.join(' ');
  }
  return { bias: Math.round(bias * 1000) / 1000, scale, t };
}
