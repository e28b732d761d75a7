// One engine measurement in its own process (so peak RSS is its own): node bench/engine.mjs ENGINE SIZE RUNS BUDGET_MS
// ENGINE: newslens | wink | regex | linearity | versus (News Lens and wink-nlp in alternation, one process) | stages
// (News Lens's time per stage, in ms per MB). SIZE: bytes of generated article, or `real` with a JSONL corpus as the
// fifth argument (every article's text analyzed once per run). Prints one JSON line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { article } from './gen.mjs';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const [engine, sizeArg, runsArg, budgetArg] = process.argv.slice(2);
const size = Number(sizeArg);
const runs = Number(runsArg);
const budget = Number(budgetArg);
const real = sizeArg === 'real' ? readFileSync(process.argv[6], 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text) : null;
const text = real ? '' : article(size);

let run;
let peer = null;
if (engine === 'versus') {
  // News Lens and wink-nlp loaded in one process and run in alternation (below), for a ratio the host's drift
  // weighs on alike.
  const winkNLP = require('wink-nlp');
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  peer = (t) => {
    const doc = nlp.readDoc(t);
    return doc.sentences().length() + doc.entities().out(its.value).length;
  };
}
let many = null;
let analyze = null;
if (engine === 'newslens' || engine === 'linearity' || engine === 'versus' || engine === 'stages') {
  const engineApi = require(path.join(HERE, '.tmp/analysis.js'));
  analyze = engineApi.analyze;
  const { analyzeMany } = engineApi;
  // Articles in batches, as the CLI analyzes a JSONL stream (analyzeMany over up to 256 lines or 256 KB).
  many = (ts) => {
    let n = 0;
    for (let i = 0; i < ts.length; ) {
      const batch = [];
      for (let bytes = 0; i < ts.length && batch.length < 256 && bytes < 256 * 1024; i++) {
        batch.push({ text: ts[i], options: { timeLimitMs: 1e9 } });
        bytes += ts[i].length;
      }
      for (const m of analyzeMany(batch)) n += m.attributions.length + m.dates.length + m.agencies.length;
    }
    return n;
  };
  run = (t) => {
    const m = analyze(t, { timeLimitMs: 1e9 });
    if (m.notice) throw new Error(m.notice);
    return m.attributions.length + m.dates.length + m.agencies.length;
  };
} else if (engine === 'wink') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  run = (t) => {
    const doc = nlp.readDoc(t);
    return doc.sentences().length() + doc.entities().out(its.value).length;
  };
} else if (engine === 'regex') {
  // The floor: one rich regular expression pass (quotes, "X said", dates, "according to") over the text.
  const RE =
    /[“"][^”"\n]{1,400}[”"]|\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:said|says|told|added|warned)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\baccording to\b/g;
  run = (t) => {
    let n = 0;
    RE.lastIndex = 0;
    while (RE.exec(t)) n++;
    return n;
  };
} else throw new Error(`unknown engine ${engine}`);

// Warm-up, the same for every engine and size: run until the JIT has seen ~1.5 s of work (at most 300 runs), so the
// median is the steady state a batch or a long-lived server sees, not the first calls' compilation. Above 1 MB the
// warm-up runs on a 100 KB article: with only three runs of 10 MB, V8's optimizing of the engine (seconds of
// compilation on real text) would otherwise fall inside the measured runs and make the largest size look slower.
const warmText = size <= 1e6 ? text : article(1e5);
if (!real) for (let i = 0, w0 = performance.now(); i < 300 && performance.now() - w0 < 1500; i++) run(warmText);

if (engine === 'versus') {
  // Rounds of one News Lens pass and one wink-nlp pass over the same texts, the order swapped every round, until
  // RUNS rounds or the budget; the ratio is of the summed times. Real articles are each analyzed on their own.
  const texts = real ?? [text];
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const pass = (f) => {
    const s = performance.now();
    for (const t of texts) f(t);
    return performance.now() - s;
  };
  if (real) pass(run);
  for (let i = 0, w0 = performance.now(); i < 300 && performance.now() - w0 < 1500; i++) pass(peer);
  let tn = 0;
  let tw = 0;
  let rounds = 0;
  for (const t0 = performance.now(); rounds < runs && (rounds < 2 || performance.now() - t0 < budget); rounds++) {
    if (rounds % 2 === 0) {
      tn += pass(run);
      tw += pass(peer);
    } else {
      tw += pass(peer);
      tn += pass(run);
    }
  }
  console.log(JSON.stringify({ engine, size: bytes, articles: texts.length, rounds, ratio: tw / tn, newslensMbs: (bytes * rounds) / 1e3 / tn, winkMbs: (bytes * rounds) / 1e3 / tw }));
  process.exit(0);
}

if (engine === 'stages') {
  // Where the time goes: the pipeline's own clock around each stage (analyze's `profile` option), summed over passes
  // until RUNS passes or the budget, in ms per MB of text. Real articles are each analyzed on their own.
  const texts = real ?? [text];
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  if (real) for (const t of texts) run(t);
  const profile = {};
  let passes = 0;
  for (const t0 = performance.now(); passes < runs && (passes === 0 || performance.now() - t0 < budget); passes++) for (const t of texts) analyze(t, { timeLimitMs: 1e9, profile });
  const perMB = Object.fromEntries(Object.entries(profile).map(([k, ms]) => [k, ms / passes / (bytes / 1e6)]));
  console.log(JSON.stringify({ engine, size: bytes, passes, perMB }));
  process.exit(0);
}
if (engine === 'linearity') {
  // Time per byte of News Lens at SIZE against 100 KB, measured in alternation in one process (rounds of one SIZE
  // run and as many 100 KB runs as make the same bytes), so that the machine's speed, which drifts from minute to
  // minute on a shared host, weighs on both sides alike. One SIZE run first, untimed, warms what only long texts run
  // (the cutting into pieces and their join) as the warm-up above warmed the stages. Each side starts on a collected
  // heap (with --expose-gc, as run.mjs starts it): otherwise a side pays for the garbage the side before it left, and
  // a 10 MB model left behind is ~100 MB to collect. The order of the two sides swaps every round all the same; the
  // ratio is the median of the rounds' ratios, and the ratio of the summed times is printed beside it.
  const small = article(1e5);
  const collect = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
  const timed = (t) => {
    const s = performance.now();
    run(t);
    return performance.now() - s;
  };
  const perRound = Math.max(1, Math.round(text.length / small.length));
  run(text);
  let tBig = 0;
  let tSmall = 0;
  const ratios = [];
  for (const t0 = performance.now(); ratios.length < runs && (ratios.length < 3 || performance.now() - t0 < budget); ) {
    let b = 0;
    let l = 0;
    const bigSide = () => {
      collect();
      b = timed(text);
    };
    if (ratios.length % 2 === 0) bigSide();
    collect();
    for (let k = 0; k < perRound; k++) l += timed(small);
    if (ratios.length % 2 === 1) bigSide();
    tBig += b;
    tSmall += l;
    ratios.push(b / text.length / (l / (perRound * small.length)));
  }
  const rounds = ratios.length;
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = rounds % 2 ? sorted[(rounds - 1) / 2] : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2;
  const big = tBig / (rounds * text.length);
  const little = tSmall / (rounds * perRound * small.length);
  console.log(JSON.stringify({ engine, size: text.length, rounds, ratio: median, ratios, pooled: big / little, bigMbs: 1 / big / 1e3, smallMbs: 1 / little / 1e3 }));
  process.exit(0);
}
if (real) {
  // Real articles, each analyzed on its own (as the CLI and the server meet them): one pass to warm up, then passes.
  const bytes = real.reduce((n, t) => n + t.length, 0);
  for (const t of real) run(t);
  if (many) many(real);
  // For News Lens, passes one article after another and passes in batches take turns (a ratio the drift spares).
  const passes = [];
  const batched = [];
  for (const t0 = performance.now(); passes.length < runs && (passes.length === 0 || performance.now() - t0 < budget); ) {
    const perArticle = () => {
      const s = performance.now();
      for (const t of real) run(t);
      passes.push(performance.now() - s);
    };
    const inBatches = () => {
      if (!many) return;
      const s = performance.now();
      many(real);
      batched.push(performance.now() - s);
    };
    // (Which goes first changes every pass.)
    if (passes.length % 2 === 0) {
      perArticle();
      inBatches();
    } else {
      inBatches();
      perArticle();
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const median = med(passes);
  const batchedMbs = many ? bytes / 1e6 / (med(batched) / 1000) : undefined;
  console.log(JSON.stringify({ engine, size: bytes, articles: real.length, runs: passes.length, medianMs: median, mbs: bytes / 1e6 / (median / 1000), batchedMbs, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}
const times = [];
const t0 = performance.now();
for (let i = 0; i < runs; i++) {
  const s = performance.now();
  run(text);
  times.push(performance.now() - s);
  if (performance.now() - t0 > budget) break;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ engine, size: text.length, runs: times.length, medianMs: median, mbs: text.length / 1e6 / (median / 1000), peakRssMB: process.resourceUsage().maxRSS / 1024 }));
