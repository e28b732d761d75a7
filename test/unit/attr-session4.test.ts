// Attribution patterns added in the fourth tuning session, on our own fictional wire-style sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalysisCache } from '../../server/src/analysis';
import { check } from '../helpers/check';

test('a coordinated cue finds its subject after an introductory phrase', () => {
  check('By the end of the week, the port director was forced into a rare retreat and said that his figures had been wrong.', {
    includes: { attributions: [{ source: 'the port director', cue: 'said', content: 'that his figures had been wrong' }] },
    excludes: { attributions: [{ source: 'By the end of the week' }] },
  });
  // Without a comma the opening words are no introductory phrase to skip.
  check('The ferry captain toured the docks and said the crossing would resume.', {
    includes: { attributions: [{ source: 'The ferry captain', cue: 'said', content: 'the crossing would resume' }] },
  });
});

test('an adverb set off by commas stands between a source and its cue', () => {
  check('Backers of the toll, however, say it would pay for the new bridge.', {
    includes: { attributions: [{ source: 'Backers of the toll', cue: 'say', content: 'it would pay for the new bridge' }] },
  });
  check('The fishermen, meanwhile, said the quota was unfair to small boats.', {
    includes: { attributions: [{ source: 'The fishermen', cue: 'said', content: 'the quota was unfair to small boats' }] },
  });
  // A comma pair around a name is an appositive, not an adverb to skip.
  check('Her deputy, Ivo Brandt, said the audit would be published.', {
    includes: { attributions: [{ cue: 'said', content: 'the audit would be published' }] },
    excludes: { attributions: [{ source: 'Her deputy, Ivo' }] },
  });
});

test('a percentage is the source of a poll answer', () => {
  check('Among island residents, 61% say the ferry fares are too high.', {
    includes: { attributions: [{ source: '61%', cue: 'say', content: 'the ferry fares are too high' }] },
  });
  check('About 40% said they would vote for the levy.', {
    includes: { attributions: [{ source: 'About 40%', cue: 'said', content: 'they would vote for the levy' }] },
  });
  // A percentage that is the object of another verb is no source.
  check('Fares rose 12% this year.', { equals: { attributions: [] } });
});

test('a one-word answer after "say" is content', () => {
  check('Asked whether the toll was fair, 46 percent of commuters said yes.', {
    includes: { attributions: [{ source: '46 percent of commuters', cue: 'said', content: 'yes' }] },
  });
  check('The harbor master said so on Monday.', {
    includes: { attributions: [{ source: 'The harbor master', cue: 'said', content: 'so' }] },
  });
  // Other single words after a cue stay no content.
  check('The harbor master said nothing.', { excludes: { attributions: [{ content: 'nothing' }] } });
});

test('a quantity of a group heads the source', () => {
  check('Most of the nurses said they would strike on Friday.', {
    includes: { attributions: [{ source: 'Most of the nurses', cue: 'said', content: 'they would strike on Friday' }] },
  });
  check('A majority of residents say the fares are too high.', {
    includes: { attributions: [{ source: 'A majority of residents', cue: 'say' }] },
  });
});

test('page labels and tallies before a colon are not speakers', () => {
  check("Editor's Note: The following is the second part of a series on the port.", {
    excludes: { attributions: [{ source: "Editor's Note" }] },
  });
  check('Contributing: Ana Lee and Ivo Brandt in Harwich.', { excludes: { attributions: [{ source: 'Contributing' }] } });
  check('The count ended at midnight.\n\nHalvorsen: 1,204.\n\nBrandt: 988.', { excludes: { attributions: [{ source: 'Halvorsen' }] } });
  // A speaker label of a transcript still is one.
  check('The hearing opened at noon.\n\nBRANDT: We will reopen the pier before the summer season.', {
    includes: { attributions: [{ source: 'BRANDT', content: 'We will reopen the pier before the summer season' }] },
  });
});

test('a floating quantifier between the source and its cue', () => {
  check('The three harbor commissioners all suggested that the toll could be lowered.', {
    includes: { attributions: [{ source: 'The three harbor commissioners', cue: 'suggested', content: 'that the toll could be lowered' }] },
    excludes: { attributions: [{ cue: 'all' }] },
  });
  check('Lee and Brandt both denied that the audit had been delayed.', {
    includes: { attributions: [{ cue: 'denied', content: 'that the audit had been delayed' }] },
  });
  // "all" before a noun is no floating quantifier.
  check('All the ferries said nothing new about the strike.', { excludes: { attributions: [{ cue: 'All' }] } });
});

test('"close to" and "familiar with" stay inside the source', () => {
  check('People close to the harbor master say he will retire in June.', {
    includes: { attributions: [{ source: 'People close to the harbor master', cue: 'say', content: 'he will retire in June' }] },
  });
  check('A person familiar with the talks said the ferry deal was nearly done.', {
    includes: { attributions: [{ source: 'A person familiar with the talks', cue: 'said' }] },
  });
  check('Those close to him said that he would resign.', {
    includes: { attributions: [{ source: 'Those close to him', cue: 'said', content: 'that he would resign' }] },
  });
  // A plain object pronoun before a cue is still no source.
  check('The council thanked him and said the pier would reopen.', { excludes: { attributions: [{ source: 'him' }] } });
});

test('a number with a slash stays inside the source', () => {
  check('“The fund is empty,” said 9/11 widow Ana Lee.', {
    includes: { attributions: [{ source: '9/11 widow Ana Lee', cue: 'said', content: 'The fund is empty,' }] },
    excludes: { attributions: [{ source: '9' }] },
  });
  // A slash between words is no part of a name.
  check('“The fund is empty,” said the mayor/harbor board.', { excludes: { attributions: [{ source: 'the mayor/harbor board' }] } });
});

test('a second clause with a percentage and its own cue ends the first content', () => {
  check('Only 48 percent of commuters agreed that the toll was fair, while 71 percent said the same of the old fare.', {
    includes: {
      attributions: [
        { source: 'Only 48 percent of commuters', cue: 'agreed', content: 'that the toll was fair' },
        { source: '71 percent', cue: 'said', content: 'the same of the old fare' },
      ],
    },
  });
  // A number without "percent" does not open a clause of its own.
  check('The harbor master said that ferries ran late, while 12 boats stayed in port.', {
    includes: { attributions: [{ cue: 'said', content: 'that ferries ran late, while 12 boats stayed in port' }] },
  });
});

test('a coordinated clause with a weaker cue of its own ends the first content', () => {
  check('The mayor said the pier was safe, and the harbor master hoped it would reopen soon.', {
    includes: {
      attributions: [
        { source: 'The mayor', cue: 'said', content: 'the pier was safe' },
        { source: 'the harbor master', cue: 'hoped', content: 'it would reopen soon' },
      ],
    },
  });
  check('The mayor said the pier was safe, but the engineers feared it would collapse.', {
    includes: { attributions: [{ cue: 'said', content: 'the pier was safe' }, { cue: 'feared' }] },
  });
});

test('"when asked …" inside a sentence is a question without a source', () => {
  check('“I would,” the harbor master said when asked whether she would run again.', {
    includes: {
      attributions: [
        { source: 'the harbor master', cue: 'said', content: 'I would,' },
        { source: null, cue: 'asked', content: 'whether she would run again' },
      ],
    },
  });
  check('The mayor smiled when asked what Mr. Brandt would do at the port.', {
    includes: { attributions: [{ source: null, cue: 'asked', content: 'what Mr. Brandt would do at the port' }] },
  });
  // The quotation in the next paragraph goes on with the speaker, not with the question.
  check('“We will see,” Lee said when asked about the ferry strike.\n\n“Nobody wants another winter without boats.”', {
    includes: { attributions: [{ source: 'Lee', cue: 'said', content: 'We will see, … Nobody wants another winter without boats.' }] },
    excludes: { attributions: [{ cue: 'asked about', content: 'Nobody wants another winter without boats.' }] },
  });
  // "asked" with an object is a request, not a question.
  check('The mayor asked the council to delay the vote.', { excludes: { attributions: [{ source: null, cue: 'asked' }] } });
});

test('"according to" at the start of a sentence takes its whole source up to the comma', () => {
  check('According to early results of exit polls conducted for the Harbor Press and two radio stations by Velt Research, the mayor led in both wards.', {
    includes: {
      attributions: [
        {
          source: 'early results of exit polls conducted for the Harbor Press and two radio stations by Velt Research',
          cue: 'According to',
          content: 'the mayor led in both wards',
        },
      ],
    },
  });
  // "early" and "daily" are no adverbs that end a source.
  check('The ferry ran late on Monday, according to the daily Harbor Ledger.', {
    includes: { attributions: [{ source: 'the daily Harbor Ledger', cue: 'according to', content: 'The ferry ran late on Monday' }] },
  });
});

test('a reused paragraph keeps its question, which never speaks a later quotation', () => {
  const a = 'Port news\n\n“We will see,” Lee said when asked about the ferry strike.\n\nThe council met on Monday.\n\n“Nobody wants another winter without boats.”\n';
  const b = a.replace('met on Monday', 'met again on Tuesday');
  const cache = createAnalysisCache();
  analyze(a, { cache });
  const strip = (m: ReturnType<typeof analyze>) => JSON.stringify({ ...m, elapsedMs: 0 });
  assert.equal(strip(analyze(b, { cache })), strip(analyze(b)));
});

test('a quantity of a pronoun is a source', () => {
  check('Until the cannery closed, most of them said they had loved working there.', {
    includes: { attributions: [{ source: 'most of them', cue: 'said', content: 'they had loved working there' }] },
  });
  check('Two of us said the ferry was late again.', {
    includes: { attributions: [{ source: 'Two of us', cue: 'said' }] },
  });
  // A bare object pronoun is no source.
  check('The council thanked them and said the ferry would run.', { excludes: { attributions: [{ source: 'them' }] } });
});

test('a clause-initial participle after "while" or "after" speaks for the subject after its comma', () => {
  check('While saying that he respects the mayor, Brandt continued to doubt her harbor plans.', {
    includes: { attributions: [{ source: 'Brandt', cue: 'saying', content: 'that he respects the mayor' }] },
  });
  check('After insisting the pier was safe, the harbor master closed it for a week.', {
    includes: { attributions: [{ source: 'the harbor master', cue: 'insisting', content: 'the pier was safe' }] },
  });
});

test('"asked about" names its topic, not a listener', () => {
  check('After the vote, the fisherman asked about the new quota.', {
    includes: { attributions: [{ source: 'the fisherman', cue: 'asked about', content: 'the new quota' }] },
  });
  // "asked" with a listener still skips the listener.
  check('The mayor asked reporters whether the ferry had left.', { excludes: { attributions: [{ content: 'reporters whether the ferry had left' }] } });
});

test('a signed quotation whose name ends with a space before the line break', () => {
  const text =
    'Readers wrote to us about the ferry strike.\n\n“The strike has hurt every family on the island.”― Ana Lee\u00a0\n“Nobody in the council cares about us.”― Ivo Brandt \n“Bring the boats back.” ― Mara Velt';
  check(text, {
    includes: {
      attributions: [
        { source: 'Ana Lee', cue: '―', content: 'The strike has hurt every family on the island.' },
        { source: 'Ivo Brandt', cue: '―', content: 'Nobody in the council cares about us.' },
      ],
    },
  });
  // A dash and a name with more words after them on the same line is no signature.
  check('Readers wrote to us.\n\n“Bring the boats back.” ― Mara Velt said it twice at the pier.', {
    excludes: { attributions: [{ source: 'Mara Velt', cue: '―' }] },
  });
});

test('a participle cue after a preposition speaks for the subject of its clause', () => {
  check('The harbor master began the meeting by saying that the pier would stay shut.', {
    includes: { attributions: [{ source: 'The harbor master', cue: 'saying', content: 'that the pier would stay shut' }] },
  });
  check('The union leader ended her speech with a warning, despite saying earlier that talks were going well.', {
    includes: { attributions: [{ source: 'The union leader', cue: 'saying', content: 'that talks were going well' }] },
    excludes: { attributions: [{ source: 'despite' }] },
  });
});

test('a name with an appositive speaks for a participle after "despite" and for the cue after it', () => {
  check('Council Speaker Ana Lee, D-Harwich, despite admitting that she had doubts about the toll, said she would vote for it.', {
    includes: {
      attributions: [
        { source: 'Council Speaker Ana Lee', cue: 'admitting', content: 'that she had doubts about the toll' },
        { source: 'Council Speaker Ana Lee', cue: 'said', content: 'she would vote for it' },
      ],
    },
  });
});

test('a trailing cue followed only by a day or an occasion takes the clause before it', () => {
  check('Rising seas in the south could flood a thousand farms, Mr. Halvorsen said in his interview.', {
    includes: { attributions: [{ source: 'Mr. Halvorsen', cue: 'said', content: 'Rising seas in the south could flood a thousand farms' }] },
    excludes: { attributions: [{ content: 'in his interview' }] },
  });
  check('The council plans to publish more records soon, a spokesman announced Monday morning.', {
    includes: { attributions: [{ source: 'a spokesman', cue: 'announced', content: 'The council plans to publish more records soon' }] },
    excludes: { attributions: [{ content: 'Monday morning' }] },
  });
  // An introductory phrase before a leading cue still leaves the content on the right.
  check('In a statement, the ferry union said the strike would end on Friday.', {
    includes: { attributions: [{ source: 'the ferry union', cue: 'said', content: 'the strike would end on Friday' }] },
  });
});

test('a relative "that" after the listener of a tell verb opens no reported clause', () => {
  check('“We are in a critical situation,” Mayor Ana Lee told reporters at a meeting that was held on a ferry.', {
    includes: { attributions: [{ source: 'Mayor Ana Lee', cue: 'told', content: 'We are in a critical situation,' }] },
    excludes: { attributions: [{ content: 'that was held on a ferry' }] },
  });
  // A complementizer "that" after the listener still opens the content.
  check('The harbor master told reporters at the pier that the ferry would sail at noon.', {
    includes: { attributions: [{ cue: 'told', content: 'that the ferry would sail at noon' }] },
  });
});

test('only speech verbs invert with their source', () => {
  check('A Harbor Ledger analysis of ferry records that go back to Jan. 1, 2019, shows island families paying more.', {
    excludes: { attributions: [{ source: 'island families paying' }, { cue: 'shows', content: 'A Harbor Ledger analysis of ferry records that go back to Jan. 1, 2019' }] },
  });
  // (The confidence model rates this short inverted statement low; the relation is the rule's.)
  check(
    'The ferry was late again, admitted the harbor master.',
    { includes: { attributions: [{ source: 'the harbor master', cue: 'admitted', content: 'The ferry was late again' }] } },
    { keepUncertain: true },
  );
  check('“The pier is safe,” said harbor master Ana Lee.', {
    includes: { attributions: [{ source: 'harbor master Ana Lee', cue: 'said', content: 'The pier is safe,' }] },
  });
  check('“Bring back the boats,” read one sign at the dock.', {
    includes: { attributions: [{ cue: 'read', content: 'Bring back the boats,' }] },
  });
});

test('a subordinate clause with its own cue ends the content before it', () => {
  check('Lee said the union planned to bus supporters to the hearing, though she acknowledged it was unlikely to work.', {
    includes: {
      attributions: [
        { source: 'Lee', cue: 'said', content: 'the union planned to bus supporters to the hearing' },
        { source: 'she', cue: 'acknowledged', content: 'it was unlikely to work' },
      ],
    },
  });
  check('Lee said the ferry would run, and while the union has threatened a strike, talks continue.', {
    includes: { attributions: [{ source: 'Lee', cue: 'said', content: 'the ferry would run' }] },
    excludes: { attributions: [{ cue: 'said', content: 'the ferry would run, and' }] },
  });
  // A subordinate clause without a cue stays in the content.
  check('Lee said the union would strike, though the ferry kept running.', {
    includes: { attributions: [{ source: 'Lee', cue: 'said', content: 'the union would strike, though the ferry kept running' }] },
  });
});

test('a clause opened by a bare role noun with its own cue ends the content', () => {
  check('The mayor argued the toll was fair, although critics noted that fares had doubled.', {
    includes: {
      attributions: [
        { source: 'The mayor', cue: 'argued', content: 'the toll was fair' },
        { source: 'critics', cue: 'noted', content: 'that fares had doubled' },
      ],
    },
  });
  check('The mayor argued the toll was fair, although critics said fares had doubled.', {
    includes: { attributions: [{ source: 'critics', cue: 'said', content: 'fares had doubled' }] },
  });
});

test('a dateline before a trailing cue is not part of the content', () => {
  check('Port news\n\nHARWICH ― The ferry strike is an insult to every island family, the mayor said Tuesday.', {
    includes: { attributions: [{ source: 'the mayor', cue: 'said', content: 'The ferry strike is an insult to every island family' }] },
    excludes: { attributions: [{ content: 'HARWICH ― The ferry strike is an insult to every island family' }] },
  });
  // A capitalized word that is no dateline stays.
  check('Port news\n\nNATO ships will dock in Harwich next week, the mayor said.', {
    includes: { attributions: [{ cue: 'said', content: 'NATO ships will dock in Harwich next week' }] },
  });
});

test('the occasion at the end of a reported clause is not content', () => {
  check('The union demanded more school funding in a statement on Thursday.', {
    includes: { attributions: [{ source: 'The union', cue: 'demanded', content: 'more school funding' }] },
  });
  check('The mayor said the pier would reopen in an interview.', {
    includes: { attributions: [{ source: 'The mayor', cue: 'said', content: 'the pier would reopen' }] },
  });
  // A place or time that belongs to the reported event stays.
  check('The mayor said the ferry would dock in the harbor on Thursday.', {
    includes: { attributions: [{ cue: 'said', content: 'the ferry would dock in the harbor on Thursday' }] },
  });
});

test('a weak cue word that modifies the noun before a speech verb is no cue', () => {
  check('Several cast members said the director had asked one actor to sing twice.', {
    includes: { attributions: [{ source: 'Several cast members', cue: 'said', content: 'the director had asked one actor to sing twice' }] },
    excludes: { attributions: [{ cue: 'cast' }] },
  });
});

test('an impersonal report ("it was revealed that …", "it is unclear who …") is a vague attribution', () => {
  check('The mayor came under fire when it was revealed in March that she had used a private boat.', {
    includes: { attributions: [{ source: null, cue: 'was revealed', content: 'that she had used a private boat', vague: true }] },
  });
  check('It is unclear who else was on board the ferry.', {
    includes: { attributions: [{ source: null, cue: 'is unclear', content: 'who else was on board the ferry', vague: true }] },
  });
  // "it is" with another predicate is no report.
  check('It is cold on the pier in March when the ferry leaves.', { equals: { attributions: [] } });
});

test('the date of a report belongs to its participle, not to the source', () => {
  check('A Harbor Ledger poll released in late August found that most islanders oppose the toll.', {
    includes: { attributions: [{ source: 'A Harbor Ledger poll', cue: 'found', content: 'that most islanders oppose the toll' }] },
    excludes: { attributions: [{ source: 'late August' }] },
  });
  // A name after "in" that is no date of a participle stays the source.
  check('Officials in Harwich said the ferry would run.', {
    includes: { attributions: [{ source: 'Officials in Harwich', cue: 'said' }] },
  });
});
