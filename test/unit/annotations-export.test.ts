// Exports (brat standoff, Prodigy/doccano JSONL, W3C Web Annotation) and brat import, on our own fictional articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, emptyModel } from '../../server/src/analysis';
import type { ArticleModel } from '../../server/src/analysis';
import { applyAnnotationsDetailed, hullOf } from '../../server/src/annotations/apply';
import { ANNOTATION_CONF, importBrat, parseBratAnn, toBratAnn } from '../../server/src/annotations/brat';
import { corpusOf } from '../../server/src/annotations/corpus';
import { planExport } from '../../server/src/annotations/exportFiles';
import { makeAnnotation, parseAnnotations } from '../../server/src/annotations/webAnnotation';
import type { NewsAnnotation } from '../../server/src/annotations/webAnnotation';

const spanOf = (text: string, needle: string): [number, number] => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in text`);
  return [at, at + needle.length];
};

// A small article and a model written by hand, so this test checks the writer, not the analyzer.
const SMALL = 'Dam 🌊 deal signed\n\n"The water is ours to share," said Minister Jon Ek on Monday.\n';
function smallModel(): ArticleModel {
  const m = emptyModel(SMALL.length);
  const content = spanOf(SMALL, 'The water is ours to share');
  const source = spanOf(SMALL, 'Minister Jon Ek');
  m.speakers = [{ id: 0, name: 'Jon Ek', role: 'Minister', kind: 'person', mentions: [source], aliases: ['Minister Jon Ek'], outlet: null }];
  m.attributions = [{ id: 0, source, cue: spanOf(SMALL, 'said'), content: [content], type: 'direct', speaker: 0, vague: false, parent: -1 }];
  m.dates = [{ span: spanOf(SMALL, 'Monday'), type: 'DATE', value: '2026-03-02', relative: true, explanation: 'weekday before publication' }];
  return m;
}

test('brat export of a small article, checked line by line (code-point offsets after an emoji)', () => {
  const model = smallModel();
  const anns = [
    makeAnnotation(SMALL, spanOf(SMALL, 'The water is ours to share'), 'statement', 'confirm', { status: 'verified', note: 'Quote checked against audio.' }),
    makeAnnotation(SMALL, spanOf(SMALL, 'Monday'), 'date', 'correct', { corrections: { value: '2026-03-09' } }),
    makeAnnotation(SMALL, spanOf(SMALL, 'deal'), 'note', 'add', { note: 'ask the ministry for the text' }),
  ];
  const applied = applyAnnotationsDetailed(model, SMALL, anns);
  const ann = toBratAnn(corpusOf(SMALL, applied.model, applied));
  assert.deepEqual(ann.split('\n'), [
    'T1\tNote 6 10\tdeal',
    'T2\tStatement 20 46\tThe water is ours to share',
    'T3\tSource 54 69\tMinister Jon Ek',
    'T4\tDate 73 79\tMonday',
    'R1\tSaidBy Arg1:T2 Arg2:T3',
    'A1\tType T2 direct',
    'A2\tStatus T2 verified',
    'A3\tConfirmed T2',
    '#1\tAnnotatorNotes T1\tnote: ask the ministry for the text',
    '#2\tAnnotatorNotes T2\tspeaker: Jon Ek | note: Quote checked against audio.',
    '#3\tAnnotatorNotes T4\tvalue: 2026-03-09',
    '',
  ]);
  // every T line's text is the code-point slice of the text, as brat checks it
  const cps = [...SMALL];
  for (const line of ann.split('\n').filter((l) => l.startsWith('T'))) {
    const [, lab, covered] = line.split('\t');
    const [s, e] = lab.split(' ').slice(1).map(Number);
    assert.equal(cps.slice(s, e).join(''), covered);
  }
  // every label and attribute used is declared in annotation.conf
  for (const word of ['Note', 'Statement', 'Source', 'Date', 'SaidBy', 'Type', 'Status', 'Confirmed']) assert.match(ANNOTATION_CONF, new RegExp(`^${word}\\b`, 'm'));
});

test('brat: a span across a line break becomes fragments; rejected items are absent; notes with tabs and newlines survive', () => {
  const text = 'He said "one\ntwo" today.\n';
  const m = emptyModel(text.length);
  m.attributions = [{ id: 0, source: null, cue: null, content: [spanOf(text, 'one\ntwo')], type: 'direct', speaker: -1, vague: false, parent: -1 }];
  m.dates = [{ span: spanOf(text, 'today'), type: 'DATE', value: 'PRESENT_REF', relative: true, explanation: '' }];
  const anns = [makeAnnotation(text, spanOf(text, 'today'), 'date', 'reject'), makeAnnotation(text, spanOf(text, 'one\ntwo'), 'statement', 'confirm', { note: 'a\tb\nc \\ d | e' })];
  const applied = applyAnnotationsDetailed(m, text, anns);
  const ann = toBratAnn(corpusOf(text, applied.model, applied));
  assert.equal(ann.split('\n')[0], 'T1\tStatement 9 12;13 16\tone two');
  assert.ok(!/Date/.test(ann), 'the rejected date is not exported');
  const back = parseBratAnn(ann, text);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.doc.entities[0].span, spanOf(text, 'one\ntwo'));
  assert.equal(back.doc.entities[0].note, 'a\tb\nc \\ d | e');
});

// ---- round trip on a real analysis -----------------------------------------------------------------------------

const ARTICLE = `Lakeside festival 🎉 draws record crowd

MERRICK FALLS, Aug. 3 (AP) -

Organizers of the 🎸 Lakeside Music Festival said on Saturday that 41,000 people attended, the largest crowd in its history.

"We had to open a third car park 🚗 by noon," festival director Ana Petrovic told reporters. Police said the weekend passed without serious incidents.

Local hotel owners 🏨 expect another busy weekend next month.
`;

const canon = (list: NewsAnnotation[]) =>
  list
    .map((a) => ({ kind: a.kind, action: a.action, span: a.span, exact: a.quote.exact, corrections: a.corrections ?? {}, status: a.status ?? null, note: a.note ?? null }))
    .sort((a, b) => a.span[0] - b.span[0] || a.kind.localeCompare(b.kind));

test('round trip: article with emoji → brat → import → the same annotations', () => {
  const model = analyze(ARTICLE);
  const quote = model.attributions.find((a) => ARTICLE.slice(...hullOf(a)).includes('third car park'));
  const police = model.attributions.find((a) => ARTICLE.slice(...hullOf(a)).includes('without serious incidents'));
  // the first date is corrected, the last one rejected; the first outlet is corrected
  const date = model.dates[0];
  const month = model.dates.length > 1 ? model.dates[model.dates.length - 1] : undefined;
  const outlet = model.agencies[0];
  assert.ok(quote && police && date && outlet && month, 'the analysis finds the items this test annotates');
  const anns = [
    makeAnnotation(ARTICLE, hullOf(quote), 'statement', 'correct', { corrections: { speaker: 'Mila Horvat' }, status: 'verified' }),
    makeAnnotation(ARTICLE, hullOf(police), 'statement', 'confirm', { status: 'needs-source', note: 'Which police force? 🚓' }),
    makeAnnotation(ARTICLE, date.span, 'date', 'correct', { corrections: { value: '2026-08-03' } }),
    makeAnnotation(ARTICLE, outlet.span, 'outlet', 'correct', { corrections: { outlet: outlet.id === 'reuters' ? 'afp' : 'reuters' } }),
    makeAnnotation(ARTICLE, month.span, 'date', 'reject'),
    makeAnnotation(ARTICLE, spanOf(ARTICLE, '41,000 people attended'), 'claim', 'add', { status: 'disputed' }),
    makeAnnotation(ARTICLE, spanOf(ARTICLE, 'the largest crowd in its history'), 'quote', 'add', { corrections: { speaker: 'Festival organizers' } }),
    makeAnnotation(ARTICLE, spanOf(ARTICLE, 'Local hotel owners 🏨'), 'note', 'add', { note: 'name one' }),
  ];
  const plan = planExport([{ name: 'festival.news', text: ARTICLE, model, annotations: anns }], 'brat');
  const txt = plan.files.find((f) => f.path === 'festival.txt')!.content;
  const ann = plan.files.find((f) => f.path === 'festival.ann')!.content;
  assert.equal(txt, ARTICLE);
  assert.ok(plan.files.some((f) => f.path === 'annotation.conf'));
  // code points, not UTF-16: the car-park quote comes after two emoji (and holds a third)
  const carPark = ann.split('\n').find((l) => l.startsWith('T') && l.includes('\tStatement ') && l.includes('third car park'))!;
  const [s, e] = hullOf(quote);
  assert.equal(carPark.split('\t')[1], `Statement ${s - 2} ${e - 3}`);
  const { annotations, problems } = importBrat(ann, txt, analyze(txt));
  assert.deepEqual(problems, []);
  assert.deepEqual(canon(annotations), canon(anns));
  // and the imported annotations export to the identical .ann
  const again = planExport([{ name: 'festival.news', text: ARTICLE, model, annotations }], 'brat').files.find((f) => f.path === 'festival.ann')!.content;
  assert.equal(again, ann);
});

test('Prodigy and doccano JSONL: code-point offsets, corrected items only', () => {
  const model = analyze(ARTICLE);
  const month = model.dates[model.dates.length - 1];
  assert.ok(month, 'a date is detected');
  const anns = [makeAnnotation(ARTICLE, month.span, 'date', 'reject'), makeAnnotation(ARTICLE, spanOf(ARTICLE, '41,000 people attended'), 'claim', 'add')];
  const input = [{ name: 'festival.news', text: ARTICLE, model, annotations: anns }];
  const prodigy = JSON.parse(planExport(input, 'prodigy').files[0].content.trim());
  const doccano = JSON.parse(planExport(input, 'doccano').files[0].content.trim());
  assert.deepEqual(Object.keys(prodigy), ['text', 'spans', 'meta']);
  assert.deepEqual(Object.keys(doccano), ['text', 'label']);
  const cps = [...ARTICLE];
  for (const s of prodigy.spans) assert.ok(Number.isInteger(s.start) && s.end <= cps.length && typeof s.label === 'string');
  const claim = prodigy.spans.find((s: { label: string }) => s.label === 'CLAIM');
  assert.equal(cps.slice(claim.start, claim.end).join(''), '41,000 people attended');
  const monthText = ARTICLE.slice(...month.span);
  assert.ok(!prodigy.spans.some((s: { start: number; end: number; label: string }) => s.label === 'DATE' && cps.slice(s.start, s.end).join('') === monthText), 'rejected date absent');
  assert.deepEqual(
    doccano.label,
    prodigy.spans.map((s: { start: number; end: number; label: string }) => [s.start, s.end, s.label]),
  );
});

test('W3C Web Annotation export parses as a collection with code-point positions', () => {
  const model = smallModel();
  const plan = planExport([{ name: 'dam.news', text: SMALL, model, annotations: [] }], 'webanno');
  assert.equal(plan.files[0].path, 'dam.webanno.json');
  const doc = JSON.parse(plan.files[0].content);
  assert.equal(doc.type, 'AnnotationCollection');
  const st = doc.first.items.find((i: { body: { value: string }[] }) => i.body[0].value === 'Statement');
  assert.deepEqual(st.target.selector[1], { type: 'TextPositionSelector', start: 20, end: 46 });
  assert.deepEqual(st['newslens:saidBy'], ['#T2']);
  // our own sidecar reader accepts it (as notes/classifications it does not know, it skips them with a problem each)
  assert.equal(parseAnnotations(plan.files[0].content, SMALL).annotations.length, 0);
});
