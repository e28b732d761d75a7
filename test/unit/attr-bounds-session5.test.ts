// Exact content boundaries of reported speech (boundary.ts's ranking models; session 5): words that belong to the
// cue stay out of the content ("now says", "long debated", "complain bitterly that", "expressed concern that",
// "made it clear", "respond to"), and a period right after the cue ends the sentence. Our own fictional sentences.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('an adverb before the speech verb belongs to the cue, not to the content', () => {
  check('The mayor now says she opposes the ferry deal.', {
    includes: { attributions: [{ source: 'The mayor', cue: 'now says', content: 'she opposes the ferry deal' }] },
  });
  check('The council has long said that the ferry should stay in public hands.', {
    includes: { attributions: [{ source: 'The council', cue: 'long said', content: 'that the ferry should stay in public hands' }] },
  });
  check('Historians have long debated the role of the old harbor in the town’s growth.', {
    includes: { attributions: [{ source: 'Historians', cue: 'long debated', content: 'the role of the old harbor in the town’s growth' }] },
  });
});

test('an adverb after the speech verb belongs to the cue: the content starts at "that"', () => {
  check('Fishermen complain bitterly that the new quotas are too strict.', {
    includes: { attributions: [{ source: 'Fishermen', cue: 'complain bitterly', content: 'that the new quotas are too strict' }] },
  });
});

test('the noun of a light-verb cue belongs to the cue ("expressed concern that", "made it clear")', () => {
  check('The harbor board has expressed concern that the new pier could flood in winter.', {
    includes: { attributions: [{ source: 'The harbor board', cue: 'expressed concern', content: 'that the new pier could flood in winter' }] },
  });
  check('The governor made it clear she had serious doubts about the bridge plan.', {
    includes: { attributions: [{ source: 'The governor', cue: 'made it clear', content: 'she had serious doubts about the bridge plan' }] },
  });
});

test('the preposition of a prepositional cue belongs to the cue ("did not respond to")', () => {
  check('A coast guard spokesman did not respond to requests for comment on the rescue.', {
    includes: { attributions: [{ source: 'A coast guard spokesman', cue: 'respond to', content: 'requests for comment on the rescue' }] },
  });
});

test('a period right after the cue ends the statement: the quotation after it continues the one before', () => {
  // (The first paragraph of an article is read as its headline, one sentence.)
  const text = '“The ferry will run again in May,” Lind said. “We have fixed the ramp and the engines.”\n\nThe harbor reopened on Monday.';
  const v = check(text, {
    includes: { attributions: [{ source: 'Lind', cue: 'said', type: 'direct' }] },
    excludes: { attributions: [{ content: '. “We have fixed the ramp and the engines.”' }] },
  });
  const a = v.attributions.find((x) => x.cue === 'said');
  if (!a || !a.content.startsWith('The ferry will run again in May') || !a.content.includes('We have fixed the ramp and the engines')) {
    throw new Error(`one direct quotation over both parts expected, got ${JSON.stringify(v.attributions)}`);
  }
});

test('the one-pass start search picks the token with the highest start score', () => {
  const B = require('../../server/src/analysis/boundary') as typeof import('../../server/src/analysis/boundary');
  const { analyze } = require('../../server/src/analysis') as typeof import('../../server/src/analysis');
  let n = 0;
  const moved: number[] = [];
  B.boundaryTrace.fn = (toks, rs, re, cue) => {
    const lim = Math.min(re - 2, rs + B.START_WINDOW);
    if (lim <= rs + 1) return;
    let best = rs;
    let bs = -Infinity;
    for (let k = rs; k < lim; k++) {
      const sc = B.startScore(toks, k, rs, cue);
      if (sc > bs) {
        bs = sc;
        best = k;
      }
    }
    const got = B.startBest(toks, rs, lim, cue);
    if (got !== best) throw new Error(`startBest ${got}, argmax ${best} (${toks.slice(rs, lim).map((t) => t.w).join(' ')})`);
    moved.push(best - rs);
    n++;
  };
  try {
    analyze(
      'Fishermen complain bitterly that the new quotas are too strict.\n\n' +
        'The harbor board has expressed concern that the new pier could flood in winter.\n\n' +
        'The governor made it clear she had serious doubts about the bridge plan, aides said on Friday.\n\n' +
        'The coast guard did not respond to requests for comment on the rescue, which ended at dawn.',
    );
  } finally {
    B.boundaryTrace.fn = null;
  }
  if (n < 4) throw new Error(`only ${n} contents searched`);
  if (!moved.some((d) => d > 0)) throw new Error('no content start moved past the cue: the scores are not read');
});

test('words before ", X said," open the statement that a quotation starting in lower case goes on', () => {
  check('In other words, she said, “the island cannot wait any longer.”', {
    includes: { attributions: [{ source: 'she', cue: 'said', content: 'In other words … the island cannot wait any longer.' }] },
  });
  // A quotation that starts a sentence of its own keeps only itself.
  check('At the harbor on Monday, Lind said, “The ramp is fixed.”', {
    includes: { attributions: [{ source: 'Lind', cue: 'said', content: 'The ramp is fixed.' }] },
  });
});

test('"declined to comment on …": the declined act keeps its "to comment" in the content', () => {
  check('The ministry declined to comment on the report about the ferry.', {
    includes: { attributions: [{ source: 'The ministry', cue: 'declined', content: 'to comment on the report about the ferry' }] },
  });
});

test('a quotation after a statement that its cue trails goes on with that statement', () => {
  const text =
    'The port was quiet on Friday.\n\n' +
    'The fees are “too high,” Lind added on Radio Nord. “Without lower fees, the island will lose its ferry.”\n\n' +
    'The council may be slow to act while the mayor talks with the unions, Sand said. “The other factor is the budget.”';
  const v = check(text, {
    includes: {
      attributions: [
        { source: 'Lind', cue: 'added', content: 'The fees are “too high,” … Without lower fees, the island will lose its ferry.' },
        { source: 'Sand', cue: 'said', content: 'The council may be slow to act while the mayor talks with the unions … The other factor is the budget.' },
      ],
    },
  });
  if (v.attributions.length !== 2) throw new Error(`two statements expected, got ${JSON.stringify(v.attributions)}`);
});
