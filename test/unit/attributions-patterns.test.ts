// Every attribution pattern of the attributions issue, on our own fictional wire-style sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { check, view } from '../helpers/check';

test('X said (that) …: "that" belongs to the content', () => {
  check('Port officials said that the ferry would resume on Monday.', {
    includes: { attributions: [{ source: 'Port officials', cue: 'said', content: 'that the ferry would resume on Monday', type: 'indirect' }] },
  });
});

test('X told reporters …', () => {
  check('Fisheries Minister Tomas Brandt told reporters the cod quota would be cut by a third.', {
    includes: { attributions: [{ source: 'Fisheries Minister Tomas Brandt', cue: 'told', content: 'the cod quota would be cut by a third', speaker: 'Tomas Brandt' }] },
  });
});

test('X told him that …', () => {
  check('The skipper said Brandt told him that the northern grounds would stay open.', {
    includes: { attributions: [{ source: 'Brandt', cue: 'told', content: 'that the northern grounds would stay open' }] },
  });
});

test('…, X said. and …, said X.', () => {
  const v = check('The northern pier will close for repairs, harbor master Ivo Lund said.\n\nThe work will take two winters, said the harbor master.', {
    includes: {
      attributions: [
        { source: 'harbor master Ivo Lund', cue: 'said', content: 'The northern pier will close for repairs' },
        { source: 'the harbor master', cue: 'said', content: 'The work will take two winters' },
      ],
    },
  });
  assert.equal(v.attributions.length, 2);
});

test('according to X, … and …, according to X.', () => {
  check('According to the coast guard, two trawlers ran aground overnight.\n\nThe crews were safe, according to a spokeswoman for the port authority.', {
    includes: {
      attributions: [
        { source: 'the coast guard', cue: 'According to', content: 'two trawlers ran aground overnight' },
        { source: 'a spokeswoman for the port authority', cue: 'according to', content: 'The crews were safe' },
      ],
    },
  });
});

test('X was quoted as saying …; X was quoted by Y as saying …', () => {
  check('Brandt was quoted as saying the fleet would return by spring.\n\nLund was quoted by the Harbor Gazette as saying the pier was unsafe.', {
    includes: {
      attributions: [
        { source: 'Brandt', content: 'the fleet would return by spring' },
        { source: 'Lund', content: 'the pier was unsafe' },
      ],
    },
  });
});

test('the wider family of speech and cognition verbs, in several tenses', () => {
  const verbs = [
    'added', 'noted', 'stressed', 'argued', 'claimed', 'denied', 'insisted', 'warned', 'suggested', 'pledged', 'conceded',
    'indicated', 'announced', 'reported', 'asserted', 'believes', 'has said', 'says', 'will say', 'acknowledged', 'explained',
  ];
  for (const verb of verbs) {
    const text = `Minister Tomas Brandt ${verb} that the northern grounds were badly overfished.`;
    const v = view(text, analyze(text));
    assert.ok(
      v.attributions.some((a) => a.source === 'Minister Tomas Brandt' && /^that the northern grounds were badly overfished/.test(a.content)),
      `${verb}: ${JSON.stringify(v.attributions)}`,
    );
  }
});

test('nested relations: A said B told him that … gives both, with a parent link', () => {
  const text = 'The mayor said Brandt told him that the quota talks had failed.';
  const m = analyze(text);
  const outer = m.attributions.find((a) => a.cue && text.slice(...a.cue) === 'said');
  const inner = m.attributions.find((a) => a.cue && text.slice(...a.cue) === 'told');
  assert.ok(outer && inner, JSON.stringify(m.attributions));
  assert.equal(text.slice(...outer.source!), 'The mayor');
  assert.equal(text.slice(...inner.source!), 'Brandt');
  assert.equal(text.slice(...inner.content[0]), 'that the quota talks had failed');
  assert.equal(inner.parent, outer.id);
});

test('sources as whole noun phrases: titles, "a … spokesman", appositives, coordinated groups', () => {
  check(
    [
      'A Varonian Foreign Ministry spokesman said the talks would resume in May.',
      'Ilse Marr, a fisheries expert at Northport University in Kessel, said the stocks could recover within a decade.',
      'Varonian officials and several shipping experts said the new rules were too strict.',
    ].join('\n\n'),
    {
      includes: {
        attributions: [
          { source: 'A Varonian Foreign Ministry spokesman', content: 'the talks would resume in May' },
          { source: 'Ilse Marr, a fisheries expert at Northport University in Kessel', content: 'the stocks could recover within a decade', speaker: 'Ilse Marr' },
          { source: 'Varonian officials and several shipping experts', content: 'the new rules were too strict' },
        ],
      },
    },
  );
});

test('an outlet as source points to its gazetteer entry', () => {
  const text = 'The news agency Interfax reported that the tanker had left port.';
  const m = analyze(text);
  const a = m.attributions.find((x) => x.cue && text.slice(...x.cue) === 'reported');
  assert.ok(a && a.speaker >= 0, JSON.stringify(m.attributions));
  const sp = m.speakers[a.speaker];
  assert.equal(sp.kind, 'outlet');
  assert.ok(sp.outlet, 'speaker.outlet is set');
  assert.match(sp.name, /Interfax/);
});

test('vague attributions are flagged', () => {
  const text = [
    'The tanker was reportedly carrying fuel for the island.',
    'Analysts say the price of cod will double.',
    'Sources said the minister would resign.',
    'The talks collapsed, according to reports.',
    'It was said that the harbor would be sold.',
    'A deal is thought likely before the summer.',
  ].join('\n\n');
  const v = view(text, analyze(text));
  const vague = (re: RegExp) => v.attributions.find((a) => re.test(a.content));
  // "reportedly" is flagged by the claims layer as a vague claim.
  assert.ok(v.claims.some((c) => c.kind === 'vague' && /reportedly/.test(c.text ?? '')), JSON.stringify(v.claims));
  for (const re of [/price of cod will double/, /minister would resign/, /talks collapsed/, /harbor would be sold/, /deal is thought likely/]) {
    const a = vague(re);
    assert.ok(a, `${re}: ${JSON.stringify(v.attributions)}`);
    assert.equal(a.vague, true, `${re} is vague`);
  }
});

test('a named source is not vague', () => {
  check('Brandt said the harbor would stay open.', { includes: { attributions: [{ source: 'Brandt', vague: false }] } });
});

test('nominal cue: a statement that …, his assertion that …', () => {
  const text = 'The ministry issued a statement that the ban would be lifted.\n\nBrandt repeated his assertion that the quota was fair.';
  const v = view(text, analyze(text));
  assert.ok(v.attributions.some((a) => a.cue === 'statement' && a.content === 'that the ban would be lifted'), JSON.stringify(v.attributions));
  assert.ok(v.attributions.some((a) => a.cue === 'assertion' && a.content === 'that the quota was fair' && a.speaker === 'Brandt'), JSON.stringify(v.attributions));
});

test('headline: "X willing to …, says Y"', () => {
  const text = 'Varonia willing to reopen fishing talks, says Brandt\n\nPORT ELLIS, March 14 (Reuters) - Varonia is ready to return to the table, its fisheries minister said on Tuesday.';
  check(text, {
    includes: { attributions: [{ source: 'Brandt', cue: 'says', content: 'Varonia willing to reopen fishing talks' }] },
  });
});

test('a bare cue word with no clause after it is still not an attribution', () => {
  check('The harbor committee said nothing.', { equals: { attributions: [] } });
});
