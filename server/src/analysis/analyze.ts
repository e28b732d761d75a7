// analyze(text, options) → ArticleModel. Pure and total: it never throws; a stage that fails leaves its layer empty
// and says so in `notice`.
import type { AnalyzeOptions, ArticleModel, Finding, Structure } from './model';
import { analyzeStructure } from './structure';
import { splitSentences } from './sentences';
import { findQuotes } from './quotes';
import { findAttributions } from './attributions';
import { resolveSpeakers } from './speakers';
import { findPublication } from './dates/anchor';
import { findDates } from './dates/recognize';
import { findAgencies, gazetteerFor } from './agencies/agencies';
import { findClaims, findFigures } from './claims';
import { RULES_BY_ID } from './rules';

export function emptyModel(length: number, notice: string | null = null): ArticleModel {
  return {
    length,
    structure: { headline: null, dateline: null, byline: null, paragraphs: [] },
    sentences: [],
    publication: { date: null, source: 'none', span: null, explanation: 'not analyzed' },
    quotes: [],
    attributions: [],
    speakers: [],
    dates: [],
    agencies: [],
    claims: [],
    figures: [],
    findings: [],
    notice,
    elapsedMs: 0,
  };
}

const now = () => performance.now();

export function analyze(input: string, options: AnalyzeOptions = {}): ArticleModel {
  const t0 = now();
  const text = typeof input === 'string' ? input : '';
  const model = emptyModel(text.length);
  const limit = options.timeLimitMs ?? 2000;
  const problems: string[] = [];
  const stage = <T>(name: string, f: () => T, fallback: T): T => {
    if (now() - t0 > limit) {
      if (!problems.includes('time')) problems.push('time');
      return fallback;
    }
    try {
      return f();
    } catch (err) {
      problems.push(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      return fallback;
    }
  };

  const emptyStructure: Structure = model.structure;
  model.structure = stage('structure', () => analyzeStructure(text), emptyStructure);
  model.sentences = stage('sentences', () => splitSentences(text, model.structure.paragraphs, model.structure.dateline?.span[1] ?? -1), []);
  model.publication = stage('publication date', () => findPublication(text, model.structure, options.publicationDate), model.publication);
  const gazetteer = stage('gazetteer', () => gazetteerFor(options.outlets), null);
  model.quotes = stage('quotes', () => findQuotes(text, model.structure.paragraphs), []);
  model.attributions = stage('attributions', () => findAttributions({ text, sentences: model.sentences, quotes: model.quotes }), []);
  if (gazetteer) {
    model.speakers = stage('speakers', () => resolveSpeakers(text, model.attributions, gazetteer, options.speakers), []);
    model.agencies = stage('agencies', () => findAgencies(text, model.structure, gazetteer), []);
  }
  if (options.purpose === 'index') {
    model.elapsedMs = now() - t0;
    return model;
  }
  model.dates = stage('dates', () => findDates(text, model.sentences, model.publication.date), []);
  model.figures = stage('figures', () => findFigures(text, model.attributions), []);
  const skipKinds = new Set(['headline', 'caption', 'credit', 'furniture', 'frontMatter', 'pageDate', 'signoff', 'byline', 'dateline']);
  model.claims = stage(
    'claims',
    () => findClaims(text, model.sentences, model.attributions, model.figures, (s) => skipKinds.has(model.structure.paragraphs[s.paragraph]?.kind ?? 'body')),
    [],
  );
  model.findings = stage('findings', () => findings(model), []);

  if (problems.length) {
    model.notice = problems.includes('time')
      ? `Analysis stopped after ${limit} ms; results are incomplete.`
      : `Some of the analysis failed (${problems.join('; ')}); the rest is shown.`;
  }
  model.elapsedMs = now() - t0;
  return model;
}

function msg(id: string): string {
  return RULES_BY_ID.get(id)?.message ?? id;
}

/** Rule findings from the model's layers, in text order. Severity is applied by the adapter, not here. */
export function findings(model: ArticleModel): Finding[] {
  const out: Finding[] = [];
  for (const c of model.claims) {
    if (c.kind === 'unattributed') out.push({ rule: 'claim.unattributed', span: c.span, message: `${msg('claim.unattributed')} (${c.reason})` });
    else out.push({ rule: 'attribution.vague', span: c.span, message: `${msg('attribution.vague')} ${c.reason.replace(/^vague-source: /, 'Marker: ')}` });
  }
  for (const a of model.attributions) {
    if (a.type === 'direct' && a.speaker < 0 && !a.source) out.push({ rule: 'quote.orphan', span: a.content[0], message: msg('quote.orphan') });
  }
  for (const q of model.quotes) {
    if (!q.balanced) out.push({ rule: 'quote.unbalanced', span: [q.span[0], q.span[0] + 1], message: msg('quote.unbalanced') });
  }
  if (!model.publication.date) {
    const rel = model.dates.find((d) => d.relative);
    if (rel) out.push({ rule: 'date.unanchored', span: rel.span, message: `${msg('date.unanchored')} Set newsLens.publicationDate or add a dateline.` });
  }
  out.sort((a, b) => a.span[0] - b.span[0]);
  return out;
}
