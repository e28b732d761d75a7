import { test } from 'node:test';
import { check } from '../helpers/check';

test('dateline agencies', () => {
  check('BEIJING, July 20 Kyodo - Talks resumed.', { includes: { agencies: [{ text: 'Kyodo', role: 'dateline', name: 'Kyodo News' }] } });
  check('MOSCOW (Reuters) - Talks resumed.', { includes: { agencies: [{ text: 'Reuters', role: 'dateline' }] } });
});

test('a source list names each outlet', () => {
  check('Ships were delayed again (Reuters, AP, BBC, July 19).', {
    includes: { agencies: [{ text: 'Reuters', role: 'parenthetical' }, { text: 'AP', role: 'parenthetical' }, { text: 'BBC', role: 'parenthetical' }] },
  });
});

test('according to and said', () => {
  check('Four people died, according to the news agency Interfax. KCNA said the test succeeded.', {
    includes: { agencies: [{ text: 'Interfax', role: 'according_to' }, { text: 'KCNA', role: 'said', name: 'Korean Central News Agency' }] },
  });
});

test('credit and photo credit', () => {
  const text = 'The river rose.\n\nAdditional reporting by Reuters.\n\nAP/YURI KADOBNOV';
  check(text, { includes: { agencies: [{ text: 'Reuters', role: 'credit' }, { text: 'AP', role: 'photo_credit' }] } });
});
