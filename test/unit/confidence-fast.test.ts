// The confidence model's fast scorer (typed-array tables, confidence.ts) gives exactly the probability of the
// feature strings, term by term, whatever the rules knew of the statement (cue score, boundary margin).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { attributionConfidence, confidence, confidenceFeatures, eligible, type RuleFacts } from '../../server/src/analysis/confidence';

const RULES: (RuleFacts | undefined)[] = [
  undefined,
  {},
  { margin: Infinity, cueScore: 0.93 },
  { margin: 0.1, cueScore: 0 },
  { margin: 0.3, cueScore: 0.45 },
  { margin: 0.7, cueScore: 1 },
  { margin: 1.5 },
  { margin: 3, cueScore: 0.61 },
  { margin: 9, cueScore: 0.08 },
  { margin: -2, cueScore: NaN },
  { margin: NaN },
];

test('the fast scorer equals the feature strings exactly, for every kind of rule facts', () => {
  const dir = path.join(__dirname, '../../samples');
  const texts = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
  texts.push('The mayor said, according to aides, that the ferry (the old one) would run; critics, who doubt it, disagreed. “It won’t,” one said.');
  let n = 0;
  const seen = new Set<string>();
  for (const text of texts) {
    const atts = analyze(text, { keepUncertain: true }).attributions;
    for (const a of atts) {
      if (!eligible(text, a)) continue;
      const children = atts.filter((b) => b.parent === a.id).length;
      const parent = a.parent >= 0 ? atts[a.parent] : undefined;
      for (const rule of RULES) {
        const features = confidenceFeatures(text, a, children, parent, rule);
        for (const f of features) seen.add(f.slice(0, f.indexOf('=')));
        const fast = attributionConfidence(text, a, children, parent, rule);
        assert.equal(fast, confidence(features), features.join(' '));
        n++;
      }
    }
  }
  assert.ok(n >= 100, `statements × rule facts compared: ${n}`);
  // The comparison went through the rule-facts templates and the character and cue tables.
  for (const t of ['em', 'em|ty', 'cs', 'cs|side', 'bef', 'side|aft', 'cl|pe', 'pty|cl']) assert.ok(seen.has(t), t);
});
