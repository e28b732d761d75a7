// Roles of outlet mentions, and the look-alikes that are no outlet at all. Fictional sentences written by the team.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers/check';
import { analyze } from '../../server/src/analysis';

const roles = (text: string) => analyze(text).agencies.map((a) => `${text.slice(a.span[0], a.span[1])}:${a.role}`);

test('datelines of several wire styles', () => {
  check('WASHINGTON (AP) — The committee met.', { includes: { agencies: [{ text: 'AP', role: 'dateline', name: 'The Associated Press' }] } });
  check('SEOUL, Dec. 3 (Yonhap) — The ministry said.', { includes: { agencies: [{ text: 'Yonhap', role: 'dateline' }] } });
  check('ANKARA (AA) - A quake hit.', { includes: { agencies: [{ text: 'AA', role: 'dateline', name: 'Anadolu Agency' }] } });
  check('LONDON, July 19 (REUTERS) -- Prices rose.', { includes: { agencies: [{ text: 'REUTERS', role: 'dateline', name: 'Reuters' }] } });
  check('HEMPSTEAD, N.Y., Sept. 26 (UPI) — A candidate spoke.', { includes: { agencies: [{ text: 'UPI', role: 'dateline' }] }, equals: { dateline: 'HEMPSTEAD, N.Y., Sept. 26 (UPI) —' } });
  check('TOKYO, July 20 (Jiji Press)—The government said.', { includes: { agencies: [{ text: 'Jiji Press', role: 'dateline' }] } });
  check('NEW DELHI, Jan 5 (PTI) The talks resumed on Friday.', { includes: { agencies: [{ text: 'PTI', role: 'dateline' }] } });
  // Without a date, a bracket after a capitalized word is no dateline.
  check('FBI (Federal Bureau of Investigation) Director Ann Voss resigned.', { equals: { dateline: null } });
  // A second wire story in the same file, with its own dateline.
  const two = 'Harbor talks resume\n\nPORT ELLIS (Reuters) - Talks resumed.\n\nTOKYO, July 20 (Kyodo) -- Ministers met.';
  assert.deepEqual(roles(two), ['Reuters:dateline', 'Kyodo:dateline']);
});

test('every outlet in a source list, the date left out', () => {
  const text = 'Ships were delayed again. (Reuters, AP, BBC, CNN, July 19)';
  assert.deepEqual(roles(text), ['Reuters:parenthetical', 'AP:parenthetical', 'BBC:parenthetical', 'CNN:parenthetical']);
  assert.deepEqual(roles('Police used water cannon. (AFP)'), ['AFP:parenthetical']);
  // Brackets that hold other things are no source list.
  assert.deepEqual(roles('He taught two courses (AP Biology, AP Chemistry) last year.'), []);
});

test('according to, in its usual shapes', () => {
  assert.deepEqual(roles('Four people died, according to the news agency Interfax.'), ['Interfax:according_to']);
  assert.deepEqual(roles('Output fell, according to a report by the Financial Times.'), ['Financial Times:according_to']);
  assert.deepEqual(roles('According to state-run IRNA, the minister will visit.'), ['IRNA:according_to']);
  assert.deepEqual(roles('It was the ninth launch, according to a tally by Reuters.'), ['Reuters:according_to']);
  assert.deepEqual(roles('The minister will visit, according to a Reuters tally.'), ['Reuters:according_to']);
});

test('said and reported', () => {
  assert.deepEqual(roles('KCNA said the test succeeded.'), ['KCNA:said']);
  assert.deepEqual(roles('A train derailed, state news agency Tass reported.'), ['Tass:said']);
  assert.deepEqual(roles('No one was hurt, the Interfax news agency said.'), ['Interfax:said']);
  assert.deepEqual(roles('Kyodo, citing government sources, reported the plan.'), ['Kyodo:said']);
  assert.deepEqual(roles('The senator told The Associated Press she would vote yes.'), ['The Associated Press:said']);
  assert.deepEqual(roles('The delay was first reported by Politico.'), ['Politico:said']);
  assert.deepEqual(roles('The New York Post reports that the deal is off.'), ['The New York Post:said']);
});

test('credit lines and sign-offs', () => {
  const text =
    'The river rose.\n\nInformation for this article was contributed by Lena Ortiz of The Washington Post.\n\n' +
    'Additional reporting by Reuters.\n\nStaff writer Jo Park and The Associated Press contributed to this report.\n\n' +
    'COMPILED BY DEMOCRAT-GAZETTE STAFF FROM WIRE REPORTS\n\n==Kyodo';
  assert.deepEqual(roles(text), ['The Washington Post:credit', 'Reuters:credit', 'The Associated Press:credit', 'DEMOCRAT-GAZETTE:credit', 'Kyodo:credit']);
  assert.deepEqual(roles('The vote was close.\n\nCopyright 2023 The Associated Press. All rights reserved.'), ['The Associated Press:credit']);
});

test('photo credits', () => {
  assert.deepEqual(roles('Storm over the bay.\n\nAP/YURI KADOBNOV'), ['AP:photo_credit']);
  assert.deepEqual(roles('Fans wave flags on Sunday. REUTERS/Pedro Alves'), ['REUTERS:photo_credit']);
  assert.deepEqual(roles('Players lift the trophy. (AP Photo/Evan Marsh)'), ['AP:photo_credit']);
  assert.deepEqual(roles('A rescue boat near Tarsk. (AFP via Getty Images)'), ['AFP:photo_credit', 'Getty Images:photo_credit']);
  assert.deepEqual(roles('Fireworks at midnight. Photo: Xinhua'), ['Xinhua:photo_credit']);
  // "EPA" is the photo agency only in a credit; elsewhere it is the Environmental Protection Agency.
  assert.deepEqual(roles('Marchers near the stadium. EPA/JOSE SENA'), ['EPA:photo_credit']);
  assert.deepEqual(roles('The EPA said the rule would stand. States sued the EPA.'), []);
});

test('other mentions: a masthead, a mention that cites nothing', () => {
  assert.deepEqual(roles('The Guardian\n\nCouncil approves seawall plan\n\nThe council voted on Thursday.'), ['The Guardian:other']);
  assert.deepEqual(roles('A columnist for the Daily Mirror called the lineup thin.'), ['Daily Mirror:other']);
  assert.deepEqual(roles('An AP reporter at the scene saw boats return.'), ['AP:other']);
});

test('look-alikes: AP as another abbreviation, Reuters and Bloomberg as names', () => {
  assert.deepEqual(roles('Calder once taught AP Biology and still grades AP exams each summer.'), []);
  assert.deepEqual(roles('Paul Reuters, a freight analyst, said shipments would slow.'), []);
  assert.deepEqual(roles('Researchers at the Reuters Institute said coverage had tripled.'), []);
  const mayor = 'Former mayor Michael Bloomberg said he would pay. Bloomberg, who led the city, said it would take years. Mr. Bloomberg declined to comment.';
  assert.deepEqual(roles(mayor), []);
  assert.deepEqual(roles('Households should keep AA batteries on hand.'), []);
  assert.deepEqual(roles('The Financial Times 100-share index fell 2 percent, and 58 Fortune 500 companies paid no tax.'), []);
  // An abbreviation in brackets inside a sentence is no source list: here ANA is an airline.
  assert.deepEqual(roles("Japan's (ANA) will take delivery of the first jets in May."), []);
  check('INDEPENDENCE, MO. (AP)--\n\nThe council met.', { includes: { agencies: [{ text: 'AP', role: 'dateline' }] } });
});

test('look-alikes: Sun, Post, Times, Mirror, Star, Express, Nation, Independent as ordinary words', () => {
  const text =
    'The festival runs Tues. through Sun., and the Post Office stays open late. A Times Square-style countdown drew crowds. ' +
    'The Morning Star Bakery sponsored the stage, and the Express coach added departures. Nation-wide, crowds were smaller. ' +
    'The Independent Election Commission said the count was on time. The sun set at nine; the Mirror Lake trail was closed. ' +
    'The launch of Sputnik in 1957 is celebrated here. At dawn, the convoy left. It is our Time now, she sang.';
  assert.deepEqual(roles(text), []);
});

test('ordinary-word names count when they are cited', () => {
  assert.deepEqual(roles('The festival was covered live by The Sun, and The Times reported that sales doubled.'), ['The Sun:other', 'The Times:said']);
  assert.deepEqual(roles('Officials told Dawn newspaper that 400 trucks had crossed.'), ['Dawn:said']);
  assert.deepEqual(roles('Talks will resume, the Sputnik news agency said.'), ['Sputnik:said']);
});

test('a short form refers back to the outlet named in full', () => {
  const text = 'The Washington Post reported Friday that the campaign spent $2 million. The campaign disputed the figure, telling the Post that the money was committed earlier.';
  check(text, { includes: { agencies: [{ text: 'The Washington Post', role: 'said' }, { text: 'the Post', name: 'The Washington Post', role: 'said' }] } });
  // Without a Post named in full, "the Post" is not an outlet.
  assert.deepEqual(roles('He walked to the Post on Main Street.'), []);
});

test('an abbreviation in brackets after the full name is the same mention', () => {
  assert.deepEqual(roles('The Korean Central News Agency (KCNA) said the launch succeeded.'), ['Korean Central News Agency:said']);
});

test('workspace outlets: weak and credit-only aliases', () => {
  const outlets = [{ id: 'harbor', name: 'The Harbor Light', aliases: ['The Harbor Light', 'Light'], weakAliases: ['Light'], country: 'US', kind: 'newspaper' as const }];
  const text = 'The Light reported on Monday that the pier would close. Light rain fell all day.';
  const m = analyze(text, { outlets });
  assert.deepEqual(m.agencies.map((a) => [text.slice(...a.span), a.name, a.role]), [['Light', 'The Harbor Light', 'said']]);
});
