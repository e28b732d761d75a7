// The one helper of the data-driven tests: analyze a small inline article and compare what was found, by text.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis';
import type { AnalyzeOptions, ArticleModel, Span } from '../../server/src/analysis';

export const slice = (text: string, s: Span | null) => (s ? text.slice(s[0], s[1]) : null);

/** The model's findings as plain strings, easy to compare in tests. */
export function view(text: string, m: ArticleModel) {
  return {
    attributions: m.attributions.map((a) => ({
      source: slice(text, a.source),
      cue: slice(text, a.cue),
      content: a.content.map((c) => text.slice(c[0], c[1])).join(' … '),
      type: a.type,
      speaker: a.speaker >= 0 ? m.speakers[a.speaker].name : null,
      vague: a.vague,
    })),
    dates: m.dates.map((d) => ({ text: slice(text, d.span), type: d.type, value: d.value })),
    agencies: m.agencies.map((a) => ({ text: slice(text, a.span), name: a.name, role: a.role })),
    claims: m.claims.map((c) => ({ text: slice(text, c.span), kind: c.kind })),
    figures: m.figures.map((f) => ({ text: slice(text, f.span), kind: f.kind })),
    findings: m.findings.map((f) => ({ rule: f.rule, text: slice(text, f.span) })),
    sentences: m.sentences.map((s) => slice(text, s.span)),
    publication: m.publication.date,
    headline: slice(text, m.structure.headline),
    dateline: slice(text, m.structure.dateline?.span ?? null),
    paragraphs: m.structure.paragraphs.map((p) => ({ kind: p.kind, text: slice(text, p.span) })),
    speakers: m.speakers.map((s) => ({ name: s.name, role: s.role, kind: s.kind, aliases: s.aliases })),
  };
}
export type View = ReturnType<typeof view>;

type DeepPartial<T> = T extends (infer U)[] ? DeepPartial<U>[] : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export interface Expected {
  /** Each listed item must be present (partial match on its fields). */
  includes?: { [K in keyof View]?: View[K] extends (infer U)[] ? DeepPartial<U>[] : View[K] };
  /** None of the listed items may be present (partial match). */
  excludes?: { [K in keyof View]?: View[K] extends (infer U)[] ? DeepPartial<U>[] : never };
  /** Exact values of scalar fields or whole lists. */
  equals?: Partial<View>;
}

function partialMatch(item: unknown, pattern: unknown): boolean {
  if (pattern === null || typeof pattern !== 'object') return item === pattern;
  if (!item || typeof item !== 'object') return false;
  return Object.entries(pattern as Record<string, unknown>).every(([k, v]) => partialMatch((item as Record<string, unknown>)[k], v));
}

export function check(text: string, expected: Expected, options: AnalyzeOptions = {}): View {
  const v = view(text, analyze(text, options));
  for (const [key, want] of Object.entries(expected.equals ?? {})) {
    assert.deepEqual(v[key as keyof View], want, `${key} differs`);
  }
  for (const [key, items] of Object.entries(expected.includes ?? {})) {
    const have = v[key as keyof View];
    if (!Array.isArray(items)) {
      assert.deepEqual(have, items, `${key} differs`);
      continue;
    }
    for (const want of items) {
      assert.ok(
        (have as unknown[]).some((h) => partialMatch(h, want)),
        `${key}: expected an item like ${JSON.stringify(want)}\nfound:\n${JSON.stringify(have, null, 1)}`,
      );
    }
  }
  for (const [key, items] of Object.entries(expected.excludes ?? {})) {
    const have = v[key as keyof View] as unknown[];
    for (const bad of items as unknown[]) {
      assert.ok(!have.some((h) => partialMatch(h, bad)), `${key}: did not expect ${JSON.stringify(bad)}\nfound:\n${JSON.stringify(have, null, 1)}`);
    }
  }
  return v;
}
