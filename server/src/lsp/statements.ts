// The custom request behind the Statements view: every open article → speakers → statements, dates and outlets.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../analysis';
import type { ArticleStatementsDto, SpeakerDto } from '../../../protocol/protocol';

export function statementsOf(doc: TextDocument, model: ArticleModel): ArticleStatementsDto {
  const text = doc.getText();
  const range = (s: Span) => ({ start: doc.positionAt(s[0]), end: doc.positionAt(s[1]) });
  const speakers = new Map<number, SpeakerDto>();
  for (const a of model.attributions) {
    let dto = speakers.get(a.speaker);
    if (!dto) {
      const sp = a.speaker >= 0 ? model.speakers[a.speaker] : undefined;
      dto = { name: sp?.name ?? '(unknown speaker)', role: sp?.role ?? null, kind: sp?.kind ?? 'unknown', outlet: sp?.outlet ?? null, statements: [] };
      speakers.set(a.speaker, dto);
    }
    const hull: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
    dto.statements.push({
      id: a.id,
      type: a.type,
      vague: a.vague,
      text: text.slice(hull[0], hull[1]),
      cue: a.cue ? text.slice(a.cue[0], a.cue[1]) : null,
      source: a.source ? text.slice(a.source[0], a.source[1]) : null,
      range: range(hull),
    });
  }
  const unattributed = model.claims.filter((c) => c.kind === 'unattributed');
  if (unattributed.length) {
    speakers.set(-2, {
      name: 'Unattributed claims',
      role: null,
      kind: 'claims',
      outlet: null,
      statements: unattributed.map((c, i) => ({ id: 100000 + i, type: 'unattributed', vague: false, text: text.slice(c.span[0], c.span[1]), cue: null, source: null, range: range(c.span) })),
    });
  }
  return {
    uri: doc.uri,
    title: model.structure.headline ? text.slice(...model.structure.headline).trim() : doc.uri.split('/').pop() ?? doc.uri,
    publicationDate: model.publication.date,
    speakers: [...speakers.values()],
    dates: model.dates.map((d) => ({ text: text.slice(d.span[0], d.span[1]), value: d.value, range: range(d.span) })),
    outlets: model.agencies.map((a) => ({ name: a.name, role: a.role, range: range(a.span) })),
  };
}
