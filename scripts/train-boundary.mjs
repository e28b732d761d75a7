#!/usr/bin/env node
// Trains the content-boundary models of server/src/analysis/boundary.ts on the train split of PolNeAR: for every
// right content the analyzer draws after a cue, where the gold content starts (tokens skipped into the cue) and
// where it ends (the first boundary candidate before which it stops). Writes server/src/analysis/boundary-model.json
// in the compact format of model-codec.ts (features are single words, word classes and their pairs).
// Usage: node --import tsx scripts/train-boundary.mjs [../shared/eval/polnear.train.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// One module instance for the analyzer and the hook (required the way the analyzer requires its own modules).
const require = createRequire(import.meta.url);
const { analyze } = require('../server/src/analysis/analyze.ts');
const { boundaryTrace, startFeatures, endFeatures, END_WORDS, START_WINDOW, FINITE, leftTrace, leftFeatures, isLeftCandidate, LEFT_WINDOW } = require('../server/src/analysis/boundary.ts');
const { encodeModel } = require('../server/src/analysis/model-codec.ts');
import { trainLogistic } from './lr.mjs';

const file =
  process.argv[2] ??
  (process.env.NEWSLENS_EVAL_DIR ? `${process.env.NEWSLENS_EVAL_DIR}/polnear.train.jsonl` : new URL('../../shared/eval/polnear.train.jsonl', import.meta.url).pathname);
const out = new URL('../server/src/analysis/boundary-model.json', import.meta.url).pathname;
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const TRIM = /[\s"'“”‘’«»`.,;:!?()\[\]—–-]/;
function norm(text, span) {
  if (!span) return null;
  if (Array.isArray(span[0])) span = [Math.min(...span.map((x) => x[0])), Math.max(...span.map((x) => x[1]))];
  let [s, e] = span;
  while (s < e && TRIM.test(text[s])) s++;
  while (e > s && TRIM.test(text[e - 1])) e--;
  return s < e ? [s, e] : null;
}
// Feature keys as the model stores them: "tpl=a|b|c".
const sink = (fs) => (tpl, a, b, c) => fs.push(tpl + '=' + a + (b === undefined ? '' : '|' + b) + (c === undefined ? '' : '|' + c));
const ov = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

const startEx = [];
const endEx = [];
const leftEx = [];
let leftMatched = 0;
let traces = 0, matched = 0;
for (const d of docs) {
  const text = d.text;
  const gold = (d.attributions ?? []).map((a) => ({ c: norm(text, a.content), q: a.cue })).filter((g) => g.c);
  boundaryTrace.fn = (toks, rs, re, cue) => {
    traces++;
    const span = [toks[rs].s, toks[re - 1].e];
    let best = null, bo = 0;
    for (const g of gold) {
      if (g.q && !(g.q[1] <= span[0] + 1 && g.q[1] >= span[0] - 80)) continue;
      const o = ov(g.c, span);
      if (o > bo) (bo = o), (best = g);
    }
    if (!best) return;
    matched++;
    const [gs, ge] = best.c;
    // Start: the first token reaching the gold start, moved back over quote marks and punctuation.
    let K = rs;
    if (gs > toks[rs].s) {
      while (K < re && toks[K].e <= gs) K++;
      while (K > rs && toks[K - 1].k !== 0) K--;
    }
    if (K >= re) return;
    if (K - rs < START_WINDOW) {
      const lim = Math.min(re - 2, rs + START_WINDOW);
      for (let k = rs; k < lim && k <= K; k++) {
        const fs = [];
        startFeatures(toks, k, rs, cue, sink(fs));
        startEx.push([fs, k === K ? 1 : 0]);
      }
    } else return;
    // End: the first token at or after the gold end.
    let M = K + 1;
    while (M < re && toks[M].s < ge) M++;
    let last = re - 1;
    while (last > K && toks[last].k !== 0) last--;
    let commas = 0;
    let verbs = 0;
    for (let m = K + 1; m <= last && m <= M; m++) {
      const u = toks[m];
      const pv = toks[m - 1];
      if (pv.k === 0 && (FINITE.has(pv.l) || (pv.l.length > 4 && pv.l.endsWith('ed')))) verbs++;
      if (!(u.q < 0 && (u.k !== 0 || END_WORDS.has(u.l)))) continue;
      const fs = [];
      endFeatures(toks, m, K, re, cue, commas, verbs, sink(fs));
      endEx.push([fs, m === M ? 1 : 0]);
      if (u.w === ',') commas++;
    }
  };
  leftTrace.fn = (toks, ls, le, cue) => {
    if (toks[ls].k === 2 && toks[ls].q >= 0) return;
    const span = [toks[ls].s, toks[le].e];
    let best = null, bo = 0;
    for (const g of gold) {
      if (g.q && !(g.q[0] >= span[1] - 1 && g.q[0] <= span[1] + 120)) continue;
      const o = ov(g.c, span);
      if (o > bo) (bo = o), (best = g);
    }
    if (!best) return;
    leftMatched++;
    const gs = best.c[0];
    let K = ls;
    if (gs > toks[ls].s) {
      while (K < le && toks[K].e <= gs) K++;
      while (K > ls && toks[K - 1].k !== 0 && !isLeftCandidate(toks, K, ls)) K--;
    }
    let verbs = 0, commas = 0;
    const lim = Math.min(le - 1, ls + LEFT_WINDOW);
    for (let m = ls; m < lim && m <= K; m++) {
      if (m > ls) {
        const pv = toks[m - 1];
        if (pv.k === 0 && (FINITE.has(pv.l) || (pv.l.length > 4 && pv.l.endsWith('ed')))) verbs++;
        if (pv.w === ',') commas++;
      }
      if (toks[m].q >= 0) break;
      if (!isLeftCandidate(toks, m, ls)) continue;
      const fs = [];
      leftFeatures(toks, m, ls, le, cue, verbs, commas, sink(fs));
      leftEx.push([fs, m === K ? 1 : 0]);
    }
  };
  analyze(text, { dct: d.dct ?? undefined, timeLimitMs: 1e9 });
}
boundaryTrace.fn = null;
leftTrace.fn = null;
console.error(`left: matched ${leftMatched}, examples ${leftEx.length} (+${leftEx.filter((e) => e[1]).length})`);
console.error(`traces ${traces}, matched ${matched}; start examples ${startEx.length} (+${startEx.filter((e) => e[1]).length}), end examples ${endEx.length} (+${endEx.filter((e) => e[1]).length})`);
const scale = Number(process.env.SCALE ?? 0.1);
// Fit, drop the small weights, refit on the rest (a small shipped model).
const prune = Number(process.env.PRUNE ?? 0.2);
const fit = (ex) => {
  const m = trainLogistic(ex, { minCount: 3 });
  const only = new Set([...m.w].filter(([, v]) => Math.abs(v) >= prune).map(([f]) => f));
  const r = trainLogistic(ex, { only });
  return { bias: r.bias, w: [...r.w].filter(([, v]) => Math.abs(v) >= prune / 2) };
};
const S = fit(startEx);
const E = fit(endEx);
const L = fit(leftEx);
for (const [name, M, ex] of [['start', S, startEx], ['end', E, endEx], ['left', L, leftEx]]) {
  let tp = 0, fp = 0, fn = 0;
  const W = new Map(M.w);
  for (const [fs, y] of ex) {
    let z = M.bias;
    for (const f of fs) z += W.get(f) ?? 0;
    if (z > 0 && y) tp++;
    else if (z > 0) fp++;
    else if (y) fn++;
  }
  console.error(`${name}: on train tp ${tp} fp ${fp} fn ${fn}`);
}
const model = { endThreshold: Number(process.env.END_T ?? 0), start: encodeModel(S.bias, S.w, scale), end: encodeModel(E.bias, E.w, scale), left: encodeModel(L.bias, L.w, scale) };
writeFileSync(out, JSON.stringify(model) + '\n');
console.error(`wrote ${out}: ${JSON.stringify(model).length} bytes`);
