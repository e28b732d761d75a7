// The Statements view's data: tree building from a StatementsResult, the filter, the "copy with source" text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/analysis';
import { statementsOf } from '../../server/src/lsp/statements';
import type { ArticleStatementsDto, RangeDto, SpeakerDto, StatementDto, StatementsResult } from '../../protocol/protocol';
import { buildTree, copyText, countTree, fileName, filterMessage, nodeAt, parseFilter, shorten, speakerLine, statementKind, toPlain } from '../../client/src/statementsModel';
import type { TreeNode } from '../../client/src/statementsModel';

const r = (line: number, a: number, b: number): RangeDto => ({ start: { line, character: a }, end: { line, character: b } });
let nextId = 1;
const st = (text: string, type: StatementDto['type'], line: number, extra: Partial<StatementDto> = {}): StatementDto => ({
  id: nextId++,
  type,
  vague: false,
  text,
  cue: 'said',
  source: null,
  range: r(line, 0, text.length),
  ...extra,
});

const quayUri = 'file:///news/articles/quay%20dispute.news';
const quay: ArticleStatementsDto = {
  uri: quayUri,
  title: 'Dock workers walk out at Port Ellis',
  publicationDate: '2025-05-06',
  speakers: [
    {
      name: 'Mara Voss',
      role: 'Port Ellis harbor master',
      kind: 'person',
      outlet: null,
      statements: [
        st('We will not reopen the east quay until the cranes are inspected,', 'direct', 4, { cue: 'told reporters', source: 'Voss' }),
        st('the inspection would take at least a week', 'indirect', 6, { source: 'she' }),
      ],
    },
    {
      name: 'Jonas Keel',
      role: 'union steward',
      kind: 'person',
      outlet: null,
      statements: [st('the walkout was "the only language the port authority hears"', 'mixed', 8, { source: 'Keel' })],
    },
    {
      name: 'sources close to the talks',
      role: null,
      kind: 'group',
      outlet: null,
      statements: [st('a deal was close', 'indirect', 10, { vague: true, source: 'sources close to the talks' })],
    },
    {
      name: 'Unattributed claims',
      role: null,
      kind: 'claims',
      outlet: null,
      statements: [st('The stoppage costs the port $4 million a day.', 'unattributed', 12, { cue: null })],
    },
  ],
  dates: [
    { text: 'Tuesday', value: '2025-05-06', range: r(2, 10, 17) },
    { text: 'next week', value: '2025-W20', range: r(6, 40, 49) },
  ],
  outlets: [{ name: 'Varonian News Agency', role: 'source', range: r(14, 0, 20) }],
};
const minutes: ArticleStatementsDto = {
  uri: 'untitled:Untitled-1',
  title: 'Council minutes',
  publicationDate: null,
  speakers: [{ name: 'Ada Lind', role: 'Ada Lind', kind: 'person', outlet: null, statements: [st('the budget was balanced', 'indirect', 0)] }],
  dates: [],
  outlets: [],
};
const result: StatementsResult = { articles: [quay, minutes] };

function find(nodes: TreeNode[], pred: (n: TreeNode) => boolean): TreeNode | undefined {
  for (const n of nodes) {
    if (pred(n)) return n;
    const hit = n.children && find(n.children, pred);
    if (hit) return hit;
  }
  return undefined;
}
function all(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
}

test('the tree is article → speakers, unattributed claims, dates, outlets → items, sorted by title', () => {
  const tree = buildTree(result);
  assert.deepEqual(tree.map((n) => n.label), ['Council minutes', 'Dock workers walk out at Port Ellis']);
  const article = tree[1];
  assert.equal(article.kind, 'article');
  assert.match(article.description ?? '', /quay dispute\.news · 2025-05-06/);
  assert.deepEqual(article.children?.map((c) => `${c.kind}:${c.label}`), [
    'speaker:Mara Voss',
    'speaker:Jonas Keel',
    'speaker:sources close to the talks',
    'claims:Unattributed claims',
    'dates:Dates',
    'outlets:Outlets',
  ]);
  const voss = article.children![0];
  assert.match(voss.description ?? '', /^2 statements · Port Ellis harbor master/);
  assert.deepEqual(voss.children?.map((c) => c.statementKind), ['direct', 'indirect']);
  assert.equal(article.children![2].children![0].statementKind, 'vague');
  assert.equal(article.children![3].children![0].statementKind, 'unattributed');
  assert.equal(find(tree, (n) => n.label === 'next week')?.description, '2025-W20 · line 7');
  assert.match(find(tree, (n) => n.kind === 'outlet')?.description ?? '', /^source · line 15$/);
});

test('statement nodes quote only direct quotes, trim their trailing comma and point at their range', () => {
  const tree = buildTree(result);
  const direct = find(tree, (n) => n.statementKind === 'direct')!;
  assert.equal(direct.label, '“We will not reopen the east quay until the cranes are inspected”');
  assert.equal(direct.description, 'told reporters · line 5');
  assert.deepEqual(direct.target, { uri: quayUri, range: r(4, 0, quay.speakers[0].statements[0].text.length) });
  const indirect = find(tree, (n) => n.statementKind === 'indirect' && n.label.startsWith('the inspection'))!;
  assert.equal(indirect.label, 'the inspection would take at least a week');
  assert.match(indirect.tooltip ?? '', /indirect \(reported speech\)\nSpeaker: Mara Voss, Port Ellis harbor master\nSource as written: she/);
});

test('ids are unique even when two speakers share a name', () => {
  const twin: SpeakerDto = { name: 'Mara Voss', role: null, kind: 'person', outlet: null, statements: [st('the cranes are old', 'indirect', 20)] };
  const tree = buildTree({ articles: [{ ...quay, speakers: [...quay.speakers, twin] }, quay] });
  const ids = all(tree).map((n) => n.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('the filter keeps matching statements, whole speakers when the name matches, and kinds', () => {
  const byWord = buildTree(result, parseFilter('QUAY cranes'));
  assert.deepEqual(all(byWord).filter((n) => n.kind === 'statement').map((n) => n.statementKind), ['direct']);
  assert.equal(byWord.length, 1, 'the other article has no match and is dropped');
  assert.ok(!find(byWord, (n) => n.kind === 'dates'), 'dates that do not match are dropped');

  const bySpeaker = buildTree(result, parseFilter('voss'));
  assert.equal(find(bySpeaker, (n) => n.label === 'Mara Voss')?.children?.length, 2);

  const byRole = buildTree(result, parseFilter('steward'));
  assert.deepEqual(all(byRole).filter((n) => n.kind === 'statement').length, 1);

  const kinds = buildTree(result, parseFilter('is:vague type:unattributed'));
  assert.deepEqual(all(kinds).filter((n) => n.kind === 'statement').map((n) => n.statementKind).sort(), ['unattributed', 'vague']);

  const dates = buildTree(result, parseFilter('W20'));
  assert.deepEqual(all(dates).map((n) => n.label), ['Dock workers walk out at Port Ellis', 'Dates', 'next week']);

  assert.deepEqual(buildTree(result, parseFilter('nothing-like-this')), []);
});

test('the filter ignores case and accents; an empty filter is none', () => {
  const accented: StatementsResult = {
    articles: [{ ...minutes, speakers: [{ name: 'José Núñez', role: null, kind: 'person', outlet: null, statements: [st('rates will rise', 'indirect', 1)] }] }],
  };
  assert.equal(buildTree(accented, parseFilter('nunez')).length, 1);
  assert.equal(parseFilter('   '), undefined);
  assert.equal(parseFilter(undefined), undefined);
  assert.deepEqual(parseFilter('type:direct  "Brandt"'), { words: ['brandt'], kinds: ['direct'], statuses: [], raw: 'type:direct  "Brandt"' });
  assert.deepEqual(parseFilter('type:nonsense')?.words, ['type:nonsense'], 'an unknown kind is searched as a word');
});

test('the filter message counts what is shown', () => {
  const f = parseFilter('voss')!;
  const shown = countTree(buildTree(result, f));
  const total = countTree(buildTree(result));
  assert.equal(total.statements, 6);
  assert.equal(filterMessage(f, shown, total), 'Filter “voss”: 2 of 6 statements');
  assert.equal(filterMessage(parseFilter('zzz'), { articles: 0, statements: 0 }, total), 'No statement matches “zzz”.');
  assert.equal(filterMessage(undefined, shown, total), undefined);
});

test('copy text: quote marks only for direct quotes, the speaker with role, the cue, file and line', () => {
  const [voss, keel, sources, claims] = quay.speakers;
  assert.equal(
    copyText(quay, voss, voss.statements[0]),
    '“We will not reopen the east quay until the cranes are inspected” — Mara Voss, Port Ellis harbor master (told reporters), quay dispute.news:5',
  );
  assert.equal(copyText(quay, voss, voss.statements[1]), 'the inspection would take at least a week — Mara Voss, Port Ellis harbor master (said, paraphrase), quay dispute.news:7');
  assert.equal(copyText(quay, keel, keel.statements[0]), 'the walkout was "the only language the port authority hears" — Jonas Keel, union steward (said, partial quote), quay dispute.news:9');
  assert.equal(copyText(quay, sources, sources.statements[0]), 'a deal was close — sources close to the talks (said, paraphrase, vague attribution), quay dispute.news:11');
  assert.equal(copyText(quay, claims, claims.statements[0]), 'The stoppage costs the port $4 million a day. — unattributed, quay dispute.news:13');
  const node = find(buildTree(result), (n) => n.statementKind === 'direct');
  assert.equal(node?.copyText, copyText(quay, voss, voss.statements[0]));
});

test('speaker line drops a role that repeats the name and adds the outlet', () => {
  assert.equal(speakerLine({ name: 'Ada Lind', role: 'Ada Lind', outlet: null }), 'Ada Lind');
  assert.equal(speakerLine({ name: 'Ilse Marr', role: 'A Foreign Ministry spokeswoman, Ilse Marr', outlet: null }), 'Ilse Marr');
  assert.equal(speakerLine({ name: 'the agency', role: null, outlet: 'VNA' }), 'the agency, VNA');
  assert.equal(speakerLine({ name: 'VNA', role: null, outlet: 'VNA' }), 'VNA');
});

test('helpers: file names of URIs, shortening, statement kinds', () => {
  assert.equal(fileName('file:///a/b/wire%20x.news'), 'wire x.news');
  assert.equal(fileName('untitled:Untitled-1'), 'Untitled-1');
  assert.equal(fileName('vscode-remote://host/a/b.md?x=1'), 'b.md');
  const long = 'word '.repeat(40);
  const s = shorten(long, 30);
  assert.ok(s.length <= 30 && s.endsWith('…'), s);
  assert.equal(shorten('  a\n b  '), 'a b');
  assert.equal(statementKind({ ...st('x', 'direct', 0), vague: true }), 'vague');
  assert.equal(statementKind(st('x', 'unattributed', 0, { vague: true })), 'unattributed');
});

test('getItems JSON has exactly label, description, tooltip and children', () => {
  const plain = toPlain(buildTree(result));
  const keys = new Set<string>();
  const walk = (items: typeof plain) => items.forEach((i) => (Object.keys(i).forEach((k) => keys.add(k)), i.children && walk(i.children)));
  walk(plain);
  assert.deepEqual([...keys].sort(), ['children', 'description', 'label', 'tooltip']);
  assert.equal(plain[1].children?.[0].children?.[0].label, '“We will not reopen the east quay until the cranes are inspected”');
  assert.equal(JSON.stringify(JSON.parse(JSON.stringify(plain))), JSON.stringify(plain), 'plain JSON round-trips');
});

test('a real sample through the engine and the server mapping gives a consistent tree', () => {
  const file = path.resolve(__dirname, '../../samples/wire-harbor-talks.news');
  const text = readFileSync(file, 'utf8');
  const doc = TextDocument.create(pathToFileURL(file).toString(), 'news', 1, text);
  const tree = buildTree({ articles: [statementsOf(doc, analyze(text))] });
  assert.equal(tree.length, 1);
  const statements = all(tree).filter((n) => n.kind === 'statement');
  assert.ok(statements.length > 0, 'the sample has statements');
  for (const n of statements) {
    const { start, end } = n.target!.range;
    const slice = text.slice(doc.offsetAt(start), doc.offsetAt(end)).replace(/\s+/g, ' ');
    assert.ok(slice.length > 0, `${n.label} selects text`);
    assert.match(n.copyText ?? '', new RegExp(`wire-harbor-talks\\.news:${start.line + 1}$`));
    if (n.statementKind !== 'unattributed') assert.ok(!n.copyText!.includes('unattributed'));
  }
  const ids = all(tree).map((n) => n.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('a direct quote interrupted by its attribution is copied as the quoted words only', () => {
  const sp: SpeakerDto = { name: 'Mara Voss', role: null, kind: 'person', outlet: null, statements: [] };
  const s = st('The cranes are forty years old," Voss said on the quay. "Nobody should be working under them.', 'direct', 3);
  assert.equal(copyText(quay, sp, s), '“The cranes are forty years old … Nobody should be working under them.” — Mara Voss (said), quay dispute.news:4');
  const curly = st('We waited,” she said. “Then we left.', 'direct', 3);
  assert.equal(copyText(quay, sp, curly), '“We waited … Then we left.” — Mara Voss (said), quay dispute.news:4');
  const plain = st('Nobody asked us, not once', 'direct', 3);
  assert.equal(copyText(quay, sp, plain), '“Nobody asked us, not once” — Mara Voss (said), quay dispute.news:4');
});

test('follow cursor finds the statement under the cursor, then dates and outlets', () => {
  const tree = buildTree(result);
  assert.equal(nodeAt(tree, quayUri, 4, 10)?.statementKind, 'direct');
  assert.equal(nodeAt(tree, quayUri, 2, 12)?.label, 'Tuesday');
  assert.equal(nodeAt(tree, quayUri, 3, 0), undefined, 'nothing on that line');
  assert.equal(nodeAt(tree, 'file:///other.news', 4, 10), undefined, 'other documents do not match');
  const overlap: StatementsResult = {
    articles: [{ ...minutes, speakers: [{ ...minutes.speakers[0], statements: [st('the budget was balanced', 'indirect', 0)] }], dates: [{ text: 'budget', value: 'X', range: r(0, 4, 10) }] }],
  };
  assert.equal(nodeAt(buildTree(overlap), 'untitled:Untitled-1', 0, 5)?.kind, 'statement', 'a statement wins over a date inside it');
});

test('optional server fields: icon, claim reason, date, status and aliases show up; status filters', () => {
  const withExtras = {
    articles: [
      {
        ...minutes,
        speakers: [
          {
            ...minutes.speakers[0],
            aliases: ['Ada Lind', 'Lind', 'the treasurer'],
            statements: [
              { ...st('the budget was balanced on Monday', 'indirect', 0), icon: 'vague', date: { text: 'Monday', value: '2025-05-05' }, status: 'verified' },
              st('reserves were low', 'indirect', 1),
            ],
          },
          { name: 'Unattributed claims', role: null, kind: 'claims', outlet: null, statements: [{ ...st('Rents rose 40% in a year.', 'unattributed', 2, { cue: null }), reason: 'figure' }] },
        ],
      },
    ],
  } as StatementsResult;
  const tree = buildTree(withExtras);
  const first = find(tree, (n) => n.label.startsWith('the budget'))!;
  assert.equal(first.statementKind, 'vague', 'the server icon wins');
  assert.equal(first.description, '[verified] · said · line 1');
  assert.match(first.tooltip ?? '', /Date: Monday \(2025-05-05\)\nEditor's status: verified/);
  const claim = find(tree, (n) => n.statementKind === 'unattributed')!;
  assert.equal(claim.description, 'figure · line 3');
  assert.match(claim.tooltip ?? '', /^Rents rose 40% in a year\.\n\nunattributed claim: figure\n/);
  assert.match(find(tree, (n) => n.kind === 'speaker')?.tooltip ?? '', /Also called: Lind, the treasurer/);
  const verified = all(buildTree(withExtras, parseFilter('status:Verified'))).filter((n) => n.kind === 'statement');
  assert.deepEqual(verified.map((n) => n.label), ['the budget was balanced on Monday']);
});

test('follow cursor also finds a statement from its source and cue (fullRange)', () => {
  const s = { ...st('the ferry would run again on Friday', 'indirect', 5), range: r(5, 20, 55), fullRange: r(5, 0, 55) };
  const tree = buildTree({ articles: [{ ...minutes, speakers: [{ ...minutes.speakers[0], statements: [s] }] }] });
  assert.equal(nodeAt(tree, 'untitled:Untitled-1', 5, 3)?.label, 'the ferry would run again on Friday', 'cursor on the source');
  const click = find(tree, (n) => n.kind === 'statement')!;
  assert.deepEqual(click.target?.range, r(5, 20, 55), 'a click still selects the content');
});

test('articles open expanded, and so do the speakers of a short article only', () => {
  const tree = buildTree(result);
  assert.ok(tree.every((a) => a.expanded));
  assert.ok(tree[1].children!.filter((c) => c.kind === 'speaker').every((c) => c.expanded));
  assert.ok(!tree[1].children!.find((c) => c.kind === 'dates')?.expanded, 'dates stay collapsed');
  const many = Array.from({ length: 31 }, (_, i) => st(`point number ${i}`, 'indirect', i));
  const long = buildTree({ articles: [{ ...minutes, speakers: [{ ...minutes.speakers[0], statements: many }] }] });
  assert.ok(!long[0].children![0].expanded, 'a long article keeps its speakers collapsed');
});
