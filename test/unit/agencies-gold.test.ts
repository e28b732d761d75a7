// Scores the analyzer on the team's own labelled fixture (test/fixtures/agencies.gold.jsonl, built from
// agencies.gold.src.txt), with a small scorer that follows ../shared/eval/score.mjs: mentions match one-to-one by
// overlap, greedily; agency.name also needs the canonical names to agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';
import type { AgencyRole, Span } from '../../server/src/analysis';

interface GoldMention {
  span: Span;
  name: string;
  role: AgencyRole;
}
interface GoldDoc {
  id: string;
  text: string;
  agencies: GoldMention[];
}

const FIXTURE = path.resolve(__dirname, '../fixtures/agencies.gold.jsonl');
const docs: GoldDoc[] = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
const key = (n: string) => n.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]/g, '');

function match(gold: Span[], sys: Span[]): [number, number][] {
  const cand: [number, number, number][] = [];
  gold.forEach((g, gi) => sys.forEach((s, si) => overlap(g, s) > 0 && cand.push([overlap(g, s), gi, si])));
  cand.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>();
  const su = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, gi, si] of cand) {
    if (gu.has(gi) || su.has(si)) continue;
    gu.add(gi);
    su.add(si);
    pairs.push([gi, si]);
  }
  return pairs;
}

const f1 = (tp: number, fp: number, fn: number) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);

test('the fixture covers every role with at least 80 mentions', () => {
  const all = docs.flatMap((d) => d.agencies);
  assert.ok(all.length >= 80, `${all.length} mentions`);
  for (const role of ['dateline', 'parenthetical', 'according_to', 'said', 'credit', 'photo_credit', 'other']) assert.ok(all.some((a) => a.role === role), role);
  for (const d of docs) for (const a of d.agencies) assert.ok(a.span[0] < a.span[1] && a.span[1] <= d.text.length, `${d.id}: bad span`);
});

test('agency.lenient and agency.name F1 ≥ 0.95 on the fixture; roles mostly right', () => {
  let tp = 0, fp = 0, fn = 0, nameTp = 0, roleOk = 0;
  const misses: string[] = [];
  for (const d of docs) {
    const sys = analyze(d.text).agencies;
    const pairs = match(d.agencies.map((a) => a.span), sys.map((a) => a.span));
    tp += pairs.length;
    fp += sys.length - pairs.length;
    fn += d.agencies.length - pairs.length;
    for (const [gi, si] of pairs) {
      if (key(d.agencies[gi].name) === key(sys[si].name)) nameTp++;
      if (d.agencies[gi].role === sys[si].role) roleOk++;
      else misses.push(`${d.id}: ${d.text.slice(...d.agencies[gi].span)} ${d.agencies[gi].role} → ${sys[si].role}`);
    }
    const gs = new Set(pairs.map((p) => p[0]));
    const ss = new Set(pairs.map((p) => p[1]));
    d.agencies.forEach((a, i) => gs.has(i) || misses.push(`${d.id}: missed ${d.text.slice(...a.span)}`));
    sys.forEach((a, i) => ss.has(i) || misses.push(`${d.id}: spurious ${d.text.slice(...a.span)}`));
  }
  const lenient = f1(tp, fp, fn);
  const name = f1(nameTp, fp + (tp - nameTp), fn + (tp - nameTp));
  assert.ok(lenient >= 0.95, `agency.lenient F1 ${lenient.toFixed(3)}\n${misses.join('\n')}`);
  assert.ok(name >= 0.95, `agency.name F1 ${name.toFixed(3)}\n${misses.join('\n')}`);
  assert.ok(roleOk / Math.max(1, tp) >= 0.9, `role accuracy ${roleOk}/${tp}\n${misses.join('\n')}`);
});
