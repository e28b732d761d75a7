// Exact content boundaries (the strict score): what belongs to the content and what does not, on fictional wire copy.
import { test } from 'node:test';
import { check } from '../helpers/check';

test('after an inverted source, its appositive is not content', () => {
  const text =
    'The harbour expansion will cost far more than the council admits, said Mara Voss, a planner at the Tidewater Institute who has studied the project for years.';
  check(text, {
    includes: { attributions: [{ cue: 'said', content: 'The harbour expansion will cost far more than the council admits' }] },
  });
});

test('an inverted cue in mid-clause still joins the two halves of its content', () => {
  const text = 'The new levy, said Mara Voss, was drafted in haste and will be challenged in court.';
  check(text, {
    includes: { attributions: [{ cue: 'said', content: 'The new levy, said Mara Voss, was drafted in haste and will be challenged in court' }] },
  });
});

test('a quotation paragraph with no cue of its own carries on the direct quotation before it', () => {
  const text =
    '“The ferry will run again by spring,” harbour master Olav Brandt said.\n\n“We have the parts, we have the crews, and we have the money.”\n\n“Only the weather can stop us now.”';
  const v = check(text, {
    includes: {
      attributions: [
        {
          cue: 'said',
          content: 'The ferry will run again by spring, … We have the parts, we have the crews, and we have the money. … Only the weather can stop us now.',
          type: 'direct',
        },
      ],
    },
  });
  if (v.attributions.length !== 1) throw new Error(`one statement expected, got ${v.attributions.length}`);
});

test('a verb of impression has no speaker: its subject belongs to the content', () => {
  const text = 'The harbour board seemed unmoved by the protest outside its offices.';
  const v = check(text, {
    includes: { attributions: [{ source: null, cue: 'seemed', content: 'The harbour board seemed unmoved by the protest outside its offices' }] },
  });
  if (v.attributions.some((a) => a.source === 'The harbour board')) throw new Error('the subject of "seemed" is no source');
});

test('a speech verb keeps its subject as the source', () => {
  check('The harbour board said the protest changed nothing.', {
    includes: { attributions: [{ source: 'The harbour board', cue: 'said', content: 'the protest changed nothing' }] },
  });
});

test('a trailing participle cue does not take the quotation that goes on after it', () => {
  const text = 'The inspection ended on Friday.\n\n“The bridge is sound,” Ramos said, referring to the old ferry crossing. “We checked every cable twice.”';
  const v = check(text, {
    includes: { attributions: [{ cue: 'said', content: 'The bridge is sound, … We checked every cable twice.', type: 'direct' }] },
  });
  if (v.attributions.some((a) => a.cue === 'referring to' && a.content.includes('cable'))) throw new Error('the participle took the quotation');
});

test('a passive cue with a complement takes the whole clause as content', () => {
  const text = 'Three harbour officials were charged with taking bribes from developers.';
  check(text, {
    includes: { attributions: [{ source: null, cue: 'charged', content: 'Three harbour officials were charged with taking bribes from developers' }] },
  });
});

test('a passive cue with its agent keeps the subject alone as content', () => {
  check('The ferry plan was rejected by the island council.', {
    includes: { attributions: [{ source: 'the island council', cue: 'rejected', content: 'The ferry plan' }] },
  });
});
