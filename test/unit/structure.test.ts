import { test } from 'node:test';
import { check } from '../helpers/check';

test('wire story: headline, dateline with agency, sign-off', () => {
  const text = 'Dam talks stall, says envoy\n\nLUSVIK, May 2 Kyodo - Talks on the river dam stalled on Friday, an envoy said.\n\n==Kyodo\n';
  check(text, {
    equals: { headline: 'Dam talks stall, says envoy', dateline: 'LUSVIK, May 2 Kyodo -' },
    includes: { paragraphs: [{ kind: 'signoff', text: '==Kyodo' }, { kind: 'headline' }] },
  });
});

test('dateline forms: (Reuters) and (AP) with underscore', () => {
  check('MOSCOW (Reuters) - The grain deal was signed.', { equals: { dateline: 'MOSCOW (Reuters) -' } });
  check('NAIROBI, Kenya (AP) _ Rain fell all week.', { equals: { dateline: 'NAIROBI, Kenya (AP) _' } });
  check('SEOUL, Dec. 3 (Yonhap) -- Exports rose.', { equals: { dateline: 'SEOUL, Dec. 3 (Yonhap) --' } });
});

test('web page furniture, byline, page date and caption are set apart from the story', () => {
  const text = [
    'Home | World | Asia',
    '',
    'Ferry resumes service',
    '',
    'Published: Monday, March 3, 2025',
    '',
    'By Ana Ruiz',
    '',
    'The island ferry resumed service on Monday after repairs.',
    '',
    'Photo: The ferry leaves the harbor. (AP Photo/Tom Kell)',
    '',
    'Share this article',
  ].join('\n');
  check(text, {
    equals: { headline: 'Ferry resumes service', publication: '2025-03-03' },
    includes: {
      paragraphs: [
        { kind: 'furniture', text: 'Home | World | Asia' },
        { kind: 'pageDate' },
        { kind: 'byline', text: 'By Ana Ruiz' },
        { kind: 'caption' },
        { kind: 'furniture', text: 'Share this article' },
        { kind: 'body', text: 'The island ferry resumed service on Monday after repairs.' },
      ],
    },
  });
});

test('Markdown front matter gives the publication date and is not analyzed as text', () => {
  const text = '---\ntitle: A test\ndate: 2023-11-02\n---\n\n# Port reopens\n\nThe port reopened on Thursday, officials said.\n';
  const v = check(text, { equals: { publication: '2023-11-02', headline: 'Port reopens' } });
  if (v.sentences.some((s) => s?.includes('title:'))) throw new Error('front matter leaked into sentences');
});

test('credit lines are recognized', () => {
  const text = 'The river rose.\n\nInformation for this article was contributed by Ann Lee of The Associated Press.\n\nCOMPILED BY STAFF FROM WIRE REPORTS';
  check(text, { includes: { paragraphs: [{ kind: 'credit' }, { kind: 'credit', text: 'COMPILED BY STAFF FROM WIRE REPORTS' }] } });
});
