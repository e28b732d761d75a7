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
import { trainLogistic } from './lr.mjs';
import { encodeModel } from '../server/src/analysis/model-codec.ts';

const file =
  process.argv[2] ??
  (process.env.NEWSLENS_EVAL_DIR ? `${process.env.NEWSLENS_EVAL_DIR}/polnear.train.jsonl` : new URL('../../shared/eval/polnear.train.jsonl', import.meta.url).pathname);
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

// 2-3. Logistic regression (SGD, L2; features seen at least 3 times, every candidate word). Then the features
// whose weight is small are dropped and the rest refitted without them, which keeps the shipped model small.
const prune = Number(process.env.PRUNE ?? 0.4);
// The word two before the cue (p2w=) is a large template: its own bar (the model must stay small).
const pruneP2 = Number(process.env.PRUNE_P2 ?? 0.4);
const bar = (f) => (f.startsWith('p2w=') ? pruneP2 : prune);
let { bias, w } = trainLogistic(examples, { minCount: 3, keep: (f) => f.startsWith('w=') });
if (prune > 0) {
  const only = new Set([...w].filter(([f, v]) => f.startsWith('w=') || Math.abs(v) >= bar(f)).map(([f]) => f));
  ({ bias, w } = trainLogistic(examples, { only }));
}

// 4. Keep the weights that matter; every candidate word keeps its w= weight (it marks the word as a candidate).
// Written in the compact format of model-codec.ts: weights quantized to multiples of SCALE, small ones pruned.
const scale = Number(process.env.SCALE ?? 0.1);
const kept = [];
for (const [f, v] of w) {
  if (f.startsWith('w=') ? candidate(f.slice(2)) : Math.abs(v) >= bar(f)) kept.push([f, v]);
}
const threshold = Number(process.env.CUE_THRESHOLD ?? 0.35);
// The low band of cues.ts (CUE_LOW): cues from this probability on are kept with a plain source before them and a
// content that opens plainly (attributions.ts).
const low = Number(process.env.CUE_LOW ?? 0.24);
const model = { ...encodeModel(bias, kept, scale, (f) => f.startsWith('w=')), threshold, ...(low < threshold ? { low } : {}) };
writeFileSync(out, JSON.stringify(model) + '\n');
console.error(`wrote ${out}: ${kept.length} weights, ${JSON.stringify(model).length} bytes`);
