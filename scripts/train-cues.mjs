#!/usr/bin/env node
// Trains the cue model of server/src/analysis/cues.ts: logistic regression (SGD, L2) over the features of
// cueFeatures(), on the train split of PolNeAR. Writes server/src/analysis/attribution-model.json (feature → weight;
// features are single words, word shapes and their combinations — no text from the corpus).
// Usage: node --import tsx scripts/train-cues.mjs [../shared/eval/polnear.train.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeStructure } from '../server/src/analysis/structure.ts';
import { splitSentences } from '../server/src/analysis/sentences.ts';
import { findQuotes } from '../server/src/analysis/quotes.ts';
import { forEachParagraph, topLevelQuotes } from '../server/src/analysis/attributions.ts';
import { cueFeatures } from '../server/src/analysis/cues.ts';
import { CUE_FORMS } from '../server/src/analysis/lexicon.ts';

const file = process.argv[2] ?? new URL('../../shared/eval/polnear.train.jsonl', import.meta.url).pathname;
const out = new URL('../server/src/analysis/attribution-model.json', import.meta.url).pathname;
const docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const AUX = new Set("has have had is was were are be been being will would could can did does do also not n't n’t never just then later again still even previously already recently first publicly privately repeatedly often once further 's ’s".split(' '));

// 1. Examples: every word token outside quotes whose word is a candidate (lexicon, or seen as a cue head twice).
const examples = []; // [features[], label]
const headCount = new Map();
const perDoc = [];
for (const d of docs) {
  const text = d.text;
  const structure = analyzeStructure(text);
  const sentences = splitSentences(text, structure.paragraphs, structure.dateline?.span[1] ?? -1);
  const quotes = topLevelQuotes(findQuotes(text, structure.paragraphs));
  const cueSpans = (d.attributions ?? []).filter((a) => a.cue && a.content).map((a) => a.cue);
  const items = [];
  forEachParagraph(text, sentences, quotes, (toks, units) => {
    for (const [a, b] of units) {
      for (let i = a; i < b; i++) {
        const t = toks[i];
        if (t.q >= 0 || t.k !== 0) continue;
        // Head of a gold cue: the first non-auxiliary word of the cue span.
        let label = 0;
        for (const c of cueSpans) {
          if (t.s >= c[0] && t.e <= c[1]) {
            let k = i;
            while (k > a && toks[k - 1].s >= c[0] && toks[k - 1].k === 0 && !AUX.has(toks[k - 1].l)) k--;
            // t is the head when every word before it inside the cue is an auxiliary
            let head = true;
            for (let m = i - 1; m >= a && toks[m].s >= c[0]; m--) if (!AUX.has(toks[m].l)) head = false;
            if (head && !AUX.has(t.l)) label = 1;
          }
        }
        if (label) headCount.set(t.l, (headCount.get(t.l) ?? 0) + 1);
        items.push([toks, i, a, b, label, t.l]);
      }
    }
  });
  perDoc.push(items);
}
const STOP = new Set('a an the in of for on to it that and or but as at by with from this is was be'.split(' '));
const candidate = (l) => !STOP.has(l) && (CUE_FORMS.has(l) || (headCount.get(l) ?? 0) >= 2);
for (const items of perDoc) for (const [toks, i, a, b, label, l] of items) if (candidate(l)) examples.push([cueFeatures(toks, i, a, b), label]);
console.error(`examples ${examples.length}, positives ${examples.filter((e) => e[1]).length}`);

// 2. Feature counts; keep features seen at least 3 times.
const fc = new Map();
for (const [fs] of examples) for (const f of fs) fc.set(f, (fc.get(f) ?? 0) + 1);
const w = new Map();
for (const [f, n] of fc) if (n >= 3 || f.startsWith('w=')) w.set(f, 0);
let bias = 0;

// 3. SGD with L2, a few epochs, deterministic order shuffle.
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const order = examples.map((_, i) => i);
const lambda = 1e-6;
for (let epoch = 0; epoch < 8; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const lr = 0.2 / (1 + epoch);
  let loss = 0;
  for (const idx of order) {
    const [fs, y] = examples[idx];
    let z = bias;
    for (const f of fs) z += w.get(f) ?? 0;
    const p = 1 / (1 + Math.exp(-z));
    loss += -(y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
    const g = p - y;
    bias -= lr * g;
    for (const f of fs) {
      const v = w.get(f);
      if (v === undefined) continue;
      w.set(f, v - lr * (g + lambda * v));
    }
  }
  console.error(`epoch ${epoch} loss ${(loss / order.length).toFixed(4)}`);
}

// 4. Keep the weights that matter; every candidate word keeps its w= weight (it marks the word as a candidate).
const weights = {};
for (const [f, v] of [...w].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
  if (f.startsWith('w=') ? candidate(f.slice(2)) : Math.abs(v) >= 0.15) weights[f] = Math.round(v * 100) / 100;
}
const threshold = Number(process.env.CUE_THRESHOLD ?? 0.4);
writeFileSync(out, JSON.stringify({ bias: Math.round(bias * 1000) / 1000, threshold, weights }) + '\n');
console.error(`wrote ${out}: ${Object.keys(weights).length} weights`);
