// The attribution rules' exact skips (attributions.ts, contentSkips): a candidate cue that the tests at the end of
// cueContent would drop anyway is dropped before its content's end is drawn. With and without the skips, the
// analysis must be the same; and the skips must be taken (else they only cost a test).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/analysis';
import { contentSkips } from '../../server/src/analysis/attributions';
import { refineRight, rightEnd, rightStart, lastLimit, boundaryTrace } from '../../server/src/analysis/boundary';

/** Fictional wire copy: weak and low-band cues with and without a plain source, passives, participles. */
const TEXTS = [
  'The harbor board pledged new ferries for the island.',
  'The harbor board pledged it would add two ferries.',
  'The mayor defended the pier and pledged new ferries for the island.',
  'Marsh rejected the levy, and then pledged lower fares for the outer islands.',
  'The ferry project is estimated to cost 3 billion crowns, Marsh said. Skippers on both coasts say the route will never pay.',
  'The new pier is estimated to need two more winters of work, the harbor master said on Friday.',
  'Councillors hinted at a second bridge over the river, and the mayor pledged that the vote would come soon.',
  'The union welcomed the contract. It urged patience from the regulators in Port Ellen, according to a statement.',
  '“We will not wait,” Ruiz told reporters in Harwich, adding that the levy could rise in the spring.',
  'The fares are thought to rise in the autumn, and the board is expected to meet on Tuesday.',
  'Lee suggested the quota was too strict. Fishermen complained bitterly about the new rules, aides said.',
  'Promising lower fares, the ferry line expanded its routes to the outer islands.',
  'The dock was reported to be flooded after the storm, officials said, while the pier was criticized for its cost.',
];

function samples(): string[] {
  const dir = path.join(__dirname, '../../samples');
  return readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

function both(text: string, keepUncertain: boolean): [string, string] {
  contentSkips.on = true;
  const on = JSON.stringify(analyze(text, { keepUncertain, timeLimitMs: 1e9 }).attributions);
  contentSkips.on = false;
  try {
    return [on, JSON.stringify(analyze(text, { keepUncertain, timeLimitMs: 1e9 }).attributions)];
  } finally {
    contentSkips.on = true;
  }
}

test('cueContent gives the same attributions with and without its exact skips', () => {
  const weak0 = contentSkips.weak;
  const low0 = contentSkips.lowBand;
  for (const text of [...TEXTS, TEXTS.join('\n\n'), ...samples()]) {
    for (const keep of [false, true]) {
      const [on, off] = both(text, keep);
      assert.equal(on, off, `skips changed the attributions of ${JSON.stringify(text.slice(0, 80))}`);
    }
  }
  // Both skips were taken on these texts (a skip that never fires would leave this test comparing nothing).
  assert.ok(contentSkips.weak > weak0, 'the weak-cue skip was never taken');
  assert.ok(contentSkips.lowBand > low0, 'the low-band skip was never taken');
});

test('the skips drop candidates that leave no attribution', () => {
  // The low-band cue of the first text is dropped early: no attribution, with the skips or without.
  const low0 = contentSkips.lowBand;
  const m = analyze(TEXTS[0], { keepUncertain: true, timeLimitMs: 1e9 });
  assert.ok(contentSkips.lowBand > low0);
  assert.ok(!m.attributions.some((a) => a.cue && TEXTS[0].slice(a.cue[0], a.cue[1]) === 'pledged'), 'a dropped cue made an attribution');
});

test('refineRight is rightStart then rightEnd, margin included', () => {
  // Every right content that the rules draw on these texts, drawn again in two steps.
  type Draw = [Parameters<typeof refineRight>[0], number, number, string];
  const draws: Draw[] = [];
  boundaryTrace.fn = (toks, rs, re, cue) => draws.push([toks.map((t) => ({ ...t })), rs, re, cue]);
  try {
    for (const text of TEXTS) analyze(text, { timeLimitMs: 1e9 });
  } finally {
    boundaryTrace.fn = null;
  }
  assert.ok(draws.length >= 8, `only ${draws.length} contents drawn`);
  let moved = 0;
  for (const [toks, rs, re, cue] of draws) {
    const [s, e] = refineRight(toks, rs, re, cue);
    const margin = lastLimit.margin;
    const s2 = rightStart(toks, rs, re, cue);
    const e2 = rightEnd(toks, s2, re, cue);
    assert.deepEqual([s2, e2], [s, e]);
    assert.equal(lastLimit.margin, margin);
    assert.ok(s < e && e <= re);
    if (e < re || s > rs) moved++;
  }
  assert.ok(moved > 0, 'no draw was refined: the comparison shows nothing');
});
