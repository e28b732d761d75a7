// W3C Web Annotation export of the corrected article: every item (detected, corrected or added) as one annotation,
// classified by its label, with the editor's status and note. Same shape as the sidecar, so tools that read Web
// Annotation read both.
import { normalizeDoc } from './corpus';
import type { CorpusDoc, Entity } from './corpus';
import { offsetsOf } from './codepoints';
import { CONTEXT, quoteOf } from './webAnnotation';

export function toWebAnnotationCollection(doc: CorpusDoc, source: string): string {
  const d = normalizeDoc(doc);
  const off = offsetsOf(d.text);
  const items = d.entities.map((e: Entity, i) => {
    const body: Record<string, string>[] = [{ type: 'TextualBody', purpose: 'classifying', value: e.label }];
    const field = (f: string, purpose: string, value: string | undefined) => value !== undefined && body.push({ type: 'TextualBody', purpose, value, 'newslens:field': f });
    field('type', 'classifying', e.type);
    field('speaker', 'identifying', e.speaker);
    field('value', 'describing', e.value);
    field('outlet', 'identifying', e.outlet);
    field('status', 'assessing', e.status);
    field('confirmed', 'assessing', e.confirmed ? 'confirmed' : undefined);
    field('note', 'commenting', e.note);
    const saidBy = d.relations.filter((r) => r.from === i).map((r) => `#T${r.to + 1}`);
    const q = quoteOf(d.text, e.span);
    const o: Record<string, unknown> = {
      id: `#T${i + 1}`,
      type: 'Annotation',
      motivation: 'classifying',
      body,
      target: {
        source,
        selector: [
          { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
          { type: 'TextPositionSelector', start: off.toCodePoint(e.span[0]), end: off.toCodePoint(e.span[1]) },
        ],
      },
    };
    if (saidBy.length) o['newslens:saidBy'] = saidBy;
    return o;
  });
  const out = {
    '@context': CONTEXT,
    type: 'AnnotationCollection',
    label: `News Lens export of ${source}`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
