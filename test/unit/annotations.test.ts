// Editor annotations: the W3C sidecar, re-anchoring after edits, and each annotate action applied to the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import { anchor, anchorAll, boundedLevenshtein } from '../../server/src/annotations/anchor';
import { applyAnnotationsDetailed, detectedItems, hullOf, itemsAt } from '../../server/src/annotations/apply';
import { makeAnnotation, parseAnnotations, serializeAnnotations } from '../../server/src/annotations/webAnnotation';
import type { NewsAnnotation } from '../../server/src/annotations/webAnnotation';

// Our own fictional wire story.
const ARTICLE = `Lakeside festival 🎉 draws record crowd

MERRICK FALLS, Aug. 3 (AP) -

Organizers of the 🎸 Lakeside Music Festival said on Saturday that 41,000 people attended, the largest crowd in its history.

"We had to open a third car park 🚗 by noon," festival director Ana Petrovic told reporters. Police said the weekend passed without serious incidents.

The mayor is reportedly weighing a new parking levy for next summer.
`;

const spanOf = (text: string, needle: string): [number, number] => {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in text`);
  return [at, at + needle.length];
};

const model = analyze(ARTICLE);
const statementWith = (m: typeof model, needle: string) => m.attributions.findIndex((a) => ARTICLE.slice(...hullOf(a)).includes(needle));

test('sidecar: W3C Web Annotation collection, pretty, stable order, code-point positions, lossless round trip', () => {
  const s1 = spanOf(ARTICLE, 'We had to open a third car park 🚗 by noon');
  const s0 = spanOf(ARTICLE, 'Aug. 3');
  const a = makeAnnotation(ARTICLE, s1, 'statement', 'correct', { id: 'urn:x:2', corrections: { speaker: 'Ana Petrovic', type: 'direct' }, status: 'verified', note: 'Checked "by phone".\nTwice.', created: '2026-01-02T03:04:05.000Z' });
  const b = makeAnnotation(ARTICLE, s0, 'date', 'confirm', { id: 'urn:x:1' });
  const json = serializeAnnotations([a, b], 'festival.news', ARTICLE);
  // stable: the same set in another order gives the same bytes
  assert.equal(serializeAnnotations([b, a], 'festival.news', ARTICLE), json);
  assert.ok(json.endsWith('\n') && json.includes('\n  "type": "AnnotationCollection"'), 'pretty-printed collection');
  const doc = JSON.parse(json);
  assert.deepEqual(doc['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.total, 2);
  const items = doc.first.items;
  assert.deepEqual(items.map((i: { id: string }) => i.id), ['urn:x:1', 'urn:x:2'], 'text order');
  assert.deepEqual(Object.keys(items[1]), ['id', 'type', 'motivation', 'created', 'body', 'target']);
  const [quoteSel, posSel] = items[1].target.selector;
  assert.equal(quoteSel.type, 'TextQuoteSelector');
  assert.equal(quoteSel.exact, 'We had to open a third car park 🚗 by noon');
  assert.ok(ARTICLE.slice(0, s1[0]).endsWith(quoteSel.prefix) && quoteSel.prefix.length > 0);
  assert.ok(ARTICLE.slice(s1[1]).startsWith(quoteSel.suffix) && quoteSel.suffix.length > 0);
  // two emoji (🎉 🎸) precede the span: code points are two less than UTF-16 units
  assert.equal(posSel.type, 'TextPositionSelector');
  assert.equal(posSel.start, s1[0] - 2);
  assert.equal(posSel.end, s1[1] - 3, 'the 🚗 inside the span counts once');
  const back = parseAnnotations(json, ARTICLE);
  assert.deepEqual(back.problems, []);
  assert.deepEqual(back.annotations, [b, a]);
});

test('sidecar: malformed files and items are reported, never thrown', () => {
  assert.match(parseAnnotations('{oops').problems[0], /not valid JSON/);
  assert.match(parseAnnotations('{"type":"Other"}').problems[0], /not a W3C/);
  const r = parseAnnotations(JSON.stringify([{ id: 'a' }, { id: 'b', target: { selector: { type: 'TextQuoteSelector', exact: 'x' } }, body: { purpose: 'classifying', value: 'claim' } }]));
  assert.equal(r.annotations.length, 1);
  assert.equal(r.annotations[0].kind, 'claim');
  assert.equal(r.problems.length, 1);
});

// ---- re-anchoring --------------------------------------------------------------------------------------------

const QUOTE = 'We had to open a third car park 🚗 by noon';
const ann = () => makeAnnotation(ARTICLE, spanOf(ARTICLE, QUOTE), 'statement', 'confirm');

test('anchor: unchanged text → position', () => {
  assert.deepEqual(anchor(ARTICLE, ann()), { span: spanOf(ARTICLE, QUOTE), method: 'position' });
});

test('anchor: insertion before the span → found by quote, shifted', () => {
  const edited = ARTICLE.replace('Organizers of', 'After a rainy start, organizers of');
  const r = anchor(edited, ann());
  assert.equal(r?.method, 'quote');
  assert.deepEqual(r?.span, spanOf(edited, QUOTE));
});

test('anchor: insertion after the span → position still holds', () => {
  const edited = ARTICLE.replace('Police said', 'Police, who closed two roads, said');
  assert.deepEqual(anchor(edited, ann()), { span: spanOf(ARTICLE, QUOTE), method: 'position' });
});

test('anchor: insertion inside the span → fuzzy match covering the edited text', () => {
  const edited = ARTICLE.replace('a third car park', 'a third and then a fourth car park');
  const r = anchor(edited, ann());
  assert.equal(r?.method, 'fuzzy');
  assert.equal(edited.slice(r!.span[0], r!.span[1]), 'We had to open a third and then a fourth car park 🚗 by noon');
});

test('anchor: paragraph moved → found at its new place; the same words elsewhere are told apart by context', () => {
  const paras = ARTICLE.split('\n\n');
  const moved = [paras[0], paras[1], paras[3], paras[4], paras[2]].join('\n\n');
  const r = anchor(moved, ann());
  assert.equal(r?.method, 'quote');
  assert.deepEqual(r?.span, spanOf(moved, QUOTE));
  // a short quote that occurs twice: the context picks the right one
  const text = 'Police said it was calm. Later the mayor said it was calm too.';
  const second = [text.lastIndexOf('it was calm'), text.lastIndexOf('it was calm') + 11] as [number, number];
  const a = makeAnnotation(text, second, 'note', 'add');
  const edited = 'Update: ' + text;
  assert.deepEqual(anchor(edited, a)?.span, [second[0] + 8, second[1] + 8]);
});

test('anchor: the span deleted → orphan, kept and listed', () => {
  const edited = ARTICLE.replace(`"${QUOTE}," festival director Ana Petrovic told reporters. `, '');
  const a = ann();
  const note = makeAnnotation(ARTICLE, spanOf(ARTICLE, 'Police said'), 'note', 'add', { note: 'call the police press office' });
  const r = anchorAll(edited, [a, note]);
  assert.deepEqual(r.orphans, [a], 'the deleted one is an orphan, unchanged');
  assert.equal(r.placed.length, 1);
  assert.equal(edited.slice(...r.placed[0].span), 'Police said');
  // and applying keeps it as an orphan
  const applied = applyAnnotationsDetailed(analyze(edited), edited, [a, note]);
  assert.deepEqual(applied.orphans, [a]);
});

test('bounded Levenshtein gives up early and is exact otherwise', () => {
  assert.equal(boundedLevenshtein('kitten', 'sitting', 5), 3);
  assert.equal(boundedLevenshtein('kitten', 'sitting', 2), Infinity);
  assert.equal(boundedLevenshtein('a'.repeat(50), 'b'.repeat(50), 3), Infinity);
});

// ---- annotate actions applied to the model -------------------------------------------------------------------

const apply = (list: NewsAnnotation[], text = ARTICLE, m = model) => applyAnnotationsDetailed(m, text, list);

test('confirm: the model is unchanged; the annotation points at the item', () => {
  const i = statementWith(model, 'third car park');
  assert.ok(i >= 0, 'the direct quote is detected');
  const r = apply([makeAnnotation(ARTICLE, hullOf(model.attributions[i]), 'statement', 'confirm', { status: 'verified' })]);
  assert.equal(r.model, model);
  assert.deepEqual(r.applied[0].target, { layer: 'attribution', index: i });
  assert.equal(r.applied[0].matched, true);
});

test('correct speaker and type: the corrected statement replaces the detected one', () => {
  const i = statementWith(model, 'third car park');
  const r = apply([makeAnnotation(ARTICLE, hullOf(model.attributions[i]), 'statement', 'correct', { corrections: { speaker: 'Ana Petrovic', type: 'mixed' } })]);
  const j = statementWith(r.model, 'third car park');
  const a = r.model.attributions[j];
  assert.equal(r.model.speakers[a.speaker].name, 'Ana Petrovic');
  assert.equal(a.type, 'mixed');
  assert.equal(model.attributions[i].type, 'direct', 'the input model is not mutated');
  assert.deepEqual(r.applied[0].target, { layer: 'attribution', index: j });
});

test('correct a date value and an outlet', () => {
  assert.ok(model.dates.length && model.agencies.length, 'the analysis finds a date and an outlet');
  const d = model.dates[0];
  const o = model.agencies[0];
  const r = apply([
    makeAnnotation(ARTICLE, d.span, 'date', 'correct', { corrections: { value: '2026-08-03' } }),
    makeAnnotation(ARTICLE, o.span, 'outlet', 'correct', { corrections: { outlet: o.id === 'reuters' ? 'AFP' : 'Reuters' } }),
  ]);
  const date = r.model.dates.find((x) => x.span[0] === d.span[0] && x.span[1] === d.span[1])!;
  assert.equal(date.value, '2026-08-03');
  assert.match(date.explanation, /corrected by the editor/);
  const outlet = r.model.agencies.find((x) => x.span[0] === o.span[0])!;
  assert.equal(outlet.id, o.id === 'reuters' ? 'afp' : 'reuters', 'the name is looked up in the gazetteer');
  assert.equal(outlet.name, o.id === 'reuters' ? 'Agence France-Presse' : 'Reuters');
  assert.notEqual(model.agencies[0].id, outlet.id, 'the input model is not mutated');
});

test('reject: the item disappears, and its diagnostics with it', () => {
  const claim = model.claims.find((c) => ARTICLE.slice(...c.span).includes('reportedly'));
  assert.ok(claim, 'the vague claim is detected');
  assert.ok(model.findings.some((f) => f.span[0] === claim.span[0]), 'and has a diagnostic');
  const i = statementWith(model, 'third car park');
  const r = apply([makeAnnotation(ARTICLE, claim.span, 'claim', 'reject'), makeAnnotation(ARTICLE, hullOf(model.attributions[i]), 'statement', 'reject')]);
  assert.equal(r.model.claims.length, model.claims.length - 1);
  assert.ok(!r.model.findings.some((f) => f.span[0] === claim.span[0]), 'its diagnostic is gone');
  assert.equal(r.model.attributions.length, model.attributions.length - 1);
  assert.equal(statementWith(r.model, 'third car park'), -1);
  r.model.attributions.forEach((a, k) => assert.equal(a.id, k, 'ids renumbered'));
  for (const f of r.model.figures) assert.ok(f.attribution < r.model.attributions.length);
});

test('add: claim, quote, source and note', () => {
  const claimSpan = spanOf(ARTICLE, '41,000 people attended');
  const quoteSpan = spanOf(ARTICLE, 'the largest crowd in its history');
  const sourceSpan = spanOf(ARTICLE, 'festival director Ana Petrovic');
  const noteSpan = spanOf(ARTICLE, 'Police');
  const r = apply([
    makeAnnotation(ARTICLE, claimSpan, 'claim', 'add', { status: 'needs-source' }),
    makeAnnotation(ARTICLE, quoteSpan, 'quote', 'add', { corrections: { speaker: 'Festival organizers' } }),
    makeAnnotation(ARTICLE, noteSpan, 'note', 'add', { note: 'Which police force?' }),
  ]);
  const c = r.model.claims.find((x) => x.span[0] === claimSpan[0] && x.span[1] === claimSpan[1]);
  assert.ok(c && c.kind === 'unattributed');
  assert.ok(r.model.findings.some((f) => f.rule === 'claim.unattributed' && f.span[0] === claimSpan[0]), 'an added claim is flagged like a detected one');
  const q = r.model.attributions.find((a) => a.content[0][0] === quoteSpan[0]);
  assert.ok(q);
  assert.equal(q.type, 'direct');
  assert.equal(r.model.speakers[q.speaker].name, 'Festival organizers');
  const note = r.applied.find((x) => x.annotation.kind === 'note')!;
  assert.equal(note.target, null);
  assert.deepEqual(note.span, noteSpan);

  // source: a quote with no speaker gets the marked source
  const text = 'Talks on the bridge toll went on late.\n\n"Nobody wants a toll war," a harbor official said after the meeting.\n';
  const m = analyze(text);
  const src = spanOf(text, 'a harbor official');
  const r2 = apply([makeAnnotation(text, src, 'source', 'add', { corrections: { speaker: 'Port Authority' } })], text, m);
  const st = r2.model.attributions.find((a) => text.slice(...hullOf(a)).includes('toll war'));
  assert.ok(st);
  assert.deepEqual(st.source, src);
  assert.equal(r2.model.speakers[st.speaker].name, 'Port Authority');
});

test('items under the cursor: innermost first', () => {
  const at = ARTICLE.indexOf('Saturday') + 2;
  const items = itemsAt(model, at);
  assert.ok(items.length >= 1);
  assert.equal(items[0].kind, 'date');
  for (let k = 1; k < items.length; k++) assert.ok(items[k].span[1] - items[k].span[0] >= items[0].span[1] - items[0].span[0]);
  assert.ok(detectedItems(model).length >= model.attributions.length + model.dates.length);
});

test('anchor: many annotations after an insertion at the top all move with the text', () => {
  const paras = Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: the harbor board met ${i} times, a clerk said on day ${i * 7}.`);
  const text = paras.join('\n\n');
  const list: NewsAnnotation[] = [];
  paras.forEach((p, i) => {
    const at = text.indexOf(p);
    list.push(makeAnnotation(text, [at + p.indexOf('met'), at + p.indexOf(' times') + 6], 'note', 'add', { id: `n${i}` }));
  });
  const edited = 'UPDATE: the board corrected its figures.\n\n' + text;
  const r = anchorAll(edited, list);
  assert.equal(r.orphans.length, 0);
  r.placed.forEach((p, i) => {
    assert.equal(edited.slice(...p.span), list[i].quote.exact);
    assert.equal(p.span[0], list[i].span[0] + 42, `annotation ${i} moved with its text`);
  });
});
