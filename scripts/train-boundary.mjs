#!/usr/bin/env node
// Trains the content-boundary models of server/src/analysis/boundary.ts on the train split of PolNeAR: for every
// right content the analyzer draws after a cue, and the gold attribution whose cue overlaps that cue, which of the
// first tokens starts the gold content (the tokens skipped belong to the cue) and which boundary candidate (or the
// end of the draw) ends it; both are ranking models (softmax over one content's candidates, scripts/rank.mjs),
// trained for exact spans. Left contents: a logistic model of where the content starts. Writes
// server/src/analysis/boundary-model.json in the compact format of model-codec.ts (features are single words, word
// classes and their pairs). KEEP_LEFT=1 keeps the shipped left model.
// Usage: node --import tsx scripts/train-boundary.mjs [../shared/eval/polnear.train.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// One module instance for the analyzer and the hook (required the way the analyzer requires its own modules).
const require = createRequire(import.meta.url);
const { analyze } = require('../server/src/analysis/analyze.ts');
const { boundaryTrace, startLimit, startFeatures, endFeatures, restFeatures, END_WORDS, START_WINDOW, FINITE, leftTrace, leftFeatures, isLeftCandidate, LEFT_WINDOW } = require('../server/src/analysis/boundary.ts');
const { CUE_FORMS } = require('../server/src/analysis/lexicon.ts');
const { encodeModel } = require('../server/src/analysis/model-codec.ts');
import { trainLogistic } from './lr.mjs';
import { fitRank } from './rank.mjs';

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

const startGroups = [];
const endGroups = [];
const leftEx = [];
let leftMatched = 0;
let traces = 0, matched = 0;
const isEndCandidate = (t) => t.q < 0 && (t.k !== 0 || END_WORDS.has(t.l));
const isVerbish = (t) => t.k === 0 && (FINITE.has(t.l) || (t.l.length > 4 && t.l.endsWith('ed')));
for (const d of docs) {
  const text = d.text;
  const gold = (d.attributions ?? []).map((a) => ({ c: norm(text, a.content), q: a.cue ? norm(text, a.cue) : null })).filter((g) => g.c);
  boundaryTrace.fn = (toks, rs, re, cue) => {
    traces++;
    // The cue word itself (the nearest token before the content with the cue's head word), and the gold attribution
    // whose cue overlaps it and whose content starts after its cue (not an outer content holding this cue).
    let cs = null;
    for (let k = rs - 1; k >= 0 && k >= rs - 25; k--) if ((CUE_FORMS.get(toks[k].l) ?? toks[k].l) === cue) { cs = [toks[k].s, toks[k].e]; break; }
    if (!cs) return;
    const span = [toks[rs].s, toks[re - 1].e];
    let best = null;
    for (const g of gold) {
      if (!g.q || !(g.q[0] < cs[1] && g.q[1] > cs[0]) || g.c[0] < g.q[0] || ov(g.c, span) <= 0) continue;
      if (!best || g.c[1] - g.c[0] > best.c[1] - best.c[0]) best = g;
    }
    if (!best) return;
    matched++;
    const [gs, ge] = best.c;
    const at = (a, b) => norm(text, [toks[a].s, toks[b - 1].e]);
    // Start: the candidates and which of them give the gold start.
    const lim = startLimit(toks, rs, re);
    let K = -1;
    if (lim > rs + 1) {
      const cands = [], golds = [];
      for (let k = rs; k < lim; k++) {
        const fs = [];
        startFeatures(toks, k, rs, cue, sink(fs));
        cands.push(fs);
        if (at(k, re)?.[0] === gs) golds.push(k - rs);
      }
      if (golds.length) {
        startGroups.push({ cands, golds });
        K = rs + golds[0];
      }
    } else if (at(rs, re)?.[0] === gs) K = rs;
    if (K < 0) return;
    // End: every boundary candidate after the gold start, and the end of the draw.
    let last = re - 1;
    while (last > K && toks[last].k !== 0) last--;
    let commas = 0;
    let verbs = 0;
    const cands = [], golds = [];
    for (let m = K + 1; m <= last; m++) {
      const u = toks[m];
      if (isVerbish(toks[m - 1])) verbs++;
      if (!isEndCandidate(u)) continue;
      const fs = [];
      endFeatures(toks, m, K, re, cue, commas, verbs, sink(fs));
      if (at(K, m)?.[1] === ge) golds.push(cands.length);
      cands.push(fs);
      if (u.w === ',') commas++;
    }
    const fs = [];
    restFeatures(toks, K, re, cue, commas, verbs, sink(fs));
    if (at(K, re)?.[1] === ge) golds.push(cands.length);
    cands.push(fs);
    if (golds.length && cands.length > 1) endGroups.push({ cands, golds });
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
console.error(`traces ${traces}, matched ${matched}; start groups ${startGroups.length}, end groups ${endGroups.length}`);
const scale = Number(process.env.SCALE ?? 0.1);
// Fit, drop the small weights, refit on the rest (a small shipped model).
const prune = Number(process.env.PRUNE ?? 0.2);
const fit = (ex) => {
  const m = trainLogistic(ex, { minCount: 3 });
  const only = new Set([...m.w].filter(([, v]) => Math.abs(v) >= prune).map(([f]) => f));
  const r = trainLogistic(ex, { only });
  return { bias: r.bias, w: [...r.w].filter(([, v]) => Math.abs(v) >= prune / 2) };
};
const rankPrune = Number(process.env.RANK_PRUNE ?? 0.25);
// Optional settings of the ranking fit (defaults of scripts/rank.mjs when unset).
const rankOpts = Object.fromEntries(
  [['epochs', 'RANK_EPOCHS'], ['lambda', 'RANK_LAMBDA'], ['minCount', 'RANK_MIN'], ['lr0', 'RANK_LR']]
    .filter(([, k]) => process.env[k] !== undefined)
    .map(([o, k]) => [o, Number(process.env[k])]),
);
const rank = (groups) => {
  const r = fitRank(groups, rankPrune, rankOpts);
  return { bias: 0, w: [...r.w] };
};
const S = rank(startGroups);
const E = rank(endGroups);
const L = fit(leftEx);
for (const [name, M, groups] of [['start', S, startGroups], ['end', E, endGroups]]) {
  const W = new Map(M.w);
  let ok = 0;
  for (const g of groups) {
    const z = g.cands.map((fs) => fs.reduce((a, f) => a + (W.get(f) ?? 0), 0));
    if (g.golds.includes(z.indexOf(Math.max(...z)))) ok++;
  }
  console.error(`${name}: right on train ${ok} of ${groups.length}`);
}
{
  let tp = 0, fp = 0, fn = 0;
  const W = new Map(L.w);
  for (const [fs, y] of leftEx) {
    let z = L.bias;
    for (const f of fs) z += W.get(f) ?? 0;
    if (z > 0 && y) tp++;
    else if (z > 0) fp++;
    else if (y) fn++;
  }
  console.error(`left: on train tp ${tp} fp ${fp} fn ${fn}`);
}
// KEEP_LEFT=1: keep the shipped left model (retrain only the right-content models).
const left = process.env.KEEP_LEFT ? JSON.parse(readFileSync(out, 'utf8')).left : encodeModel(L.bias, L.w, scale);
const model = { start: encodeModel(S.bias, S.w, scale), end: encodeModel(E.bias, E.w, scale), left };
writeFileSync(out, JSON.stringify(model) + '\n');
console.error(`wrote ${out}: ${JSON.stringify(model).length} bytes`);
