import { test } from 'node:test';
import { check } from '../helpers/check';

test('a quotation after "…,” X said, citing …" continues the said quotation, not the participle', () => {
  const text =
    'The ferry line reopened on Tuesday.\n\n"The crossing is safe again," harbor chief Mira Olsen said, citing new radar at the pier. "We tested it for a month."';
  check(text, {
    includes: {
      attributions: [
        { source: 'harbor chief Mira Olsen', cue: 'said', content: 'The crossing is safe again, … We tested it for a month.', type: 'direct' },
        { cue: 'citing', content: 'new radar at the pier' },
      ],
    },
    excludes: { attributions: [{ cue: 'citing', content: 'We tested it for a month.' }] },
  });
});

test('a day or an adverb between the source and its cue is skipped', () => {
  check('The harbor council on Monday announced that the north pier would close for repairs.', {
    includes: { attributions: [{ source: 'The harbor council', cue: 'announced', content: 'that the north pier would close for repairs' }] },
    excludes: { attributions: [{ source: 'Monday' }] },
  });
  check('Inspector Rolf Dahl had repeatedly argued that the dam needed new gates.', {
    includes: { attributions: [{ source: 'Inspector Rolf Dahl', cue: 'argued' }] },
  });
  check('The ferry union bluntly rejected claims that its crews were paid too much.', {
    includes: { attributions: [{ source: 'The ferry union' }] },
    excludes: { attributions: [{ source: 'bluntly' }] },
  });
});

test('a participle cue after "before" or after a closing quote speaks for the clause subject', () => {
  check('Mayor Ines Berg toured the flooded docks, before insisting that the city would pay for the repairs.', {
    includes: { attributions: [{ source: 'Mayor Ines Berg', cue: 'insisting', content: 'that the city would pay for the repairs' }] },
  });
  check('Senator Paul Moe called the tariff "a mistake," warning that fishing towns would lose jobs.', {
    includes: { attributions: [{ source: 'Senator Paul Moe', cue: 'warning', content: 'that fishing towns would lose jobs' }] },
  });
});

test('a bare cue of appearance ("seemed", "appears") has no source, a cue after it keeps its speaker', () => {
  check('Dock workers seemed to accept the offer.', {
    includes: { attributions: [{ source: null, cue: 'seemed' }] },
  });
  check('Governor Lena Vik appeared to suggest that the dam would be sold.', {
    excludes: { attributions: [{ source: null, content: 'that the dam would be sold' }] },
  });
});

test('a year or a time phrase between the source and its cue is skipped ("who in 2011 said")', () => {
  check('The plan was drafted by Ola Lind, the harbor chief, who in 2011 said the old pier could not be saved.', {
    excludes: { attributions: [{ source: '2011' }] },
    includes: { attributions: [{ cue: 'said', content: 'the old pier could not be saved' }] },
  });
  check('The port board late Friday announced that the ferry fares would rise.', {
    includes: { attributions: [{ source: 'The port board', cue: 'announced' }] },
  });
});

test('an all-caps dateline before "―" is not a speaker label', () => {
  check('OSLOVIK ― The harbor authority said on Tuesday that the north pier would reopen in May.', {
    excludes: { attributions: [{ source: 'OSLOVIK' }] },
    includes: { attributions: [{ source: 'The harbor authority', cue: 'said' }] },
  });
});

test('a clause-initial participle cue speaks for the subject after its comma', () => {
  check('Citing falling catches, the fisheries minister Tor Aas said the quota would be cut.', {
    includes: { attributions: [{ source: 'the fisheries minister Tor Aas', cue: 'Citing', content: 'falling catches' }] },
  });
});

test('an occasion phrase ("in a radio interview") between the source and its cue is skipped', () => {
  check('Governor Lena Vik in a radio interview argued that the tolls were unfair.', {
    includes: { attributions: [{ source: 'Governor Lena Vik', cue: 'argued' }] },
    excludes: { attributions: [{ source: 'a radio interview' }] },
  });
});
