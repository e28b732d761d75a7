// The custom request behind the Statements view: every open article → speakers → statements (with their icon, date and
// outlet), unattributed claims as their own group, dates and outlets.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../analysis';
import type { ArticleStatementsDto, SpeakerDto, StatementIcon } from '../../../protocol/protocol';

/** Ids of unattributed claims in the view start here (attribution ids are small integers). */
export const CLAIM_ID_BASE = 100000;

export function statementsOf(doc: TextDocument, model: ArticleModel): ArticleStatementsDto {
  const text = doc.getText();
  const range = (s: Span) => ({ start: doc.positionAt(s[0]), end: doc.positionAt(s[1]) });
  const speakers = new Map<number, SpeakerDto>();
  let vague = 0;
  for (const a of model.attributions) {
    if (!a.content.length) continue;
    let dto = speakers.get(a.speaker);
    const sp = a.speaker >= 0 ? model.speakers[a.speaker] : undefined;
    if (!dto) {
      dto = {
        name: sp?.name ?? '(unknown speaker)',
        role: sp?.role ?? null,
        kind: sp?.kind ?? 'unknown',
        outlet: sp?.outlet ?? null,
        statements: [],
        aliases: sp?.aliases ?? [],
        range: sp?.mentions.length ? range(sp.mentions[0]) : null,
      };
      speakers.set(a.speaker, dto);
    }
    const hull: Span = [a.content[0][0], a.content[a.content.length - 1][1]];
    const full: Span = [Math.min(hull[0], a.source?.[0] ?? hull[0], a.cue?.[0] ?? hull[0]), Math.max(hull[1], a.source?.[1] ?? 0, a.cue?.[1] ?? 0)];
    // The statement's date: in its content, else between its source, cue and content ("said Wednesday his …").
    const d = model.dates.find((x) => x.span[0] >= hull[0] && x.span[1] <= hull[1]) ?? model.dates.find((x) => x.span[0] >= full[0] && x.span[1] <= full[1]);
    const icon: StatementIcon = a.vague ? 'vague' : a.type;
    if (a.vague) vague++;
    dto.statements.push({
      id: a.id,
      type: a.type,
      vague: a.vague,
      text: text.slice(hull[0], hull[1]),
      cue: a.cue ? text.slice(a.cue[0], a.cue[1]) : null,
      source: a.source ? text.slice(a.source[0], a.source[1]) : null,
      range: range(hull),
      icon,
      reason: null,
      date: d ? { text: text.slice(d.span[0], d.span[1]), value: d.value } : null,
      outlet: sp?.outlet ? sp.name : null,
      fullRange: range(full),
    });
  }
  const unattributed = model.claims.filter((c) => c.kind === 'unattributed');
  if (unattributed.length) {
    speakers.set(-2, {
      name: 'Unattributed claims',
      role: null,
      kind: 'claims',
      outlet: null,
      aliases: [],
      range: null,
      statements: unattributed.map((c, i) => {
        const d = model.dates.find((x) => x.span[0] >= c.span[0] && x.span[1] <= c.span[1]);
        return {
          id: CLAIM_ID_BASE + i,
          type: 'unattributed' as const,
          vague: false,
          text: text.slice(c.span[0], c.span[1]),
          cue: null,
          source: null,
          range: range(c.span),
          icon: 'unattributed' as const,
          reason: c.reason,
          date: d ? { text: text.slice(d.span[0], d.span[1]), value: d.value } : null,
          outlet: null,
          fullRange: range(c.span),
        };
      }),
    });
  }
  return {
    uri: doc.uri,
    title: model.structure.headline ? text.slice(...model.structure.headline).trim() : doc.uri.split('/').pop() ?? doc.uri,
    publicationDate: model.publication.date,
    speakers: [...speakers.values()],
    dates: model.dates.map((d) => ({ text: text.slice(d.span[0], d.span[1]), value: d.value, range: range(d.span) })),
    outlets: model.agencies.map((a) => ({ name: a.name, role: a.role, range: range(a.span), id: a.id })),
    counts: { statements: model.attributions.length, vague, unattributed: unattributed.length },
  };
}
