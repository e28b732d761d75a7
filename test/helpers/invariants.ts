// What every ArticleModel promises, whatever the text: used by the property tests and `npm run fuzz`.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel, Span } from '../../server/src/analysis';

/** Every span in the model, with a label saying where it came from. */
export function allSpans(m: ArticleModel): [string, Span][] {
  const out: [string, Span][] = [];
  const add = (label: string, s: Span | null | undefined) => {
    if (s) out.push([label, s]);
  };
  add('headline', m.structure.headline);
  add('byline', m.structure.byline);
  if (m.structure.dateline) {
    add('dateline', m.structure.dateline.span);
    add('dateline.place', m.structure.dateline.place);
    add('dateline.date', m.structure.dateline.date);
    m.structure.dateline.outlets.forEach((s) => add('dateline.outlet', s));
  }
  m.structure.paragraphs.forEach((p) => add('paragraph', p.span));
  m.sentences.forEach((s) => add('sentence', s.span));
  add('publication', m.publication.span);
  m.quotes.forEach((q) => (add('quote', q.span), add('quote.inner', q.inner)));
  m.attributions.forEach((a) => (add('attribution.source', a.source), add('attribution.cue', a.cue), a.content.forEach((c) => add('attribution.content', c))));
  m.speakers.forEach((s) => s.mentions.forEach((x) => add('speaker.mention', x)));
  m.dates.forEach((d) => add('date', d.span));
  m.agencies.forEach((a) => add('agency', a.span));
  m.claims.forEach((c) => add('claim', c.span));
  m.figures.forEach((f) => add('figure', f.span));
  m.findings.forEach((f) => add('finding', f.span));
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Line and character of an offset, computed independently of the LSP library (\r\n, \r and \n end lines). */
export function independentPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 >= offset) break; // offset between \r and \n stays on the line
      i++;
      line++;
      start = i + 1;
    } else if (c === 10 || c === 13) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

/** The broken promises of a model for a text (empty when all hold). `lsp` also checks LSP positions. */
export function violations(text: string, m: ArticleModel, lsp = false): string[] {
  const bad: string[] = [];
  const n = text.length;
  if (m.length !== n) bad.push(`length ${m.length} ≠ ${n}`);
  const spans = allSpans(m);
  for (const [label, s] of spans) {
    if (!Array.isArray(s) || s.length !== 2 || !Number.isInteger(s[0]) || !Number.isInteger(s[1])) {
      bad.push(`${label}: not a span ${JSON.stringify(s)}`);
      continue;
    }
    if (!(0 <= s[0] && s[0] <= s[1] && s[1] <= n)) bad.push(`${label} ${JSON.stringify(s)} outside [0, ${n}]`);
    for (const b of s) if (b > 0 && b < n && isHigh(text.charCodeAt(b - 1)) && isLow(text.charCodeAt(b))) bad.push(`${label} ${JSON.stringify(s)} splits a surrogate pair at ${b}`);
  }
  const inOrder = (label: string, xs: Span[], disjoint: boolean) => {
    for (let i = 1; i < xs.length; i++) {
      if (xs[i][0] < xs[i - 1][0] || (disjoint && xs[i][0] < xs[i - 1][1])) {
        bad.push(`${label} out of order at ${i}: ${JSON.stringify(xs[i - 1])} then ${JSON.stringify(xs[i])}`);
        return;
      }
    }
  };
  inOrder('paragraphs', m.structure.paragraphs.map((p) => p.span), true);
  inOrder('sentences', m.sentences.map((s) => s.span), true);
  inOrder('findings', m.findings.map((f) => f.span), false);
  m.speakers.forEach((s) => inOrder(`mentions of ${s.name}`, s.mentions, false));
  m.attributions.forEach((a) => inOrder(`content of attribution ${a.id}`, a.content, true));
  for (const s of m.sentences) {
    const p = m.structure.paragraphs[s.paragraph];
    if (!p) bad.push(`sentence ${JSON.stringify(s.span)} names paragraph ${s.paragraph} of ${m.structure.paragraphs.length}`);
    else if (s.span[0] < p.span[0] || s.span[1] > p.span[1]) bad.push(`sentence ${JSON.stringify(s.span)} outside its paragraph ${JSON.stringify(p.span)}`);
  }
  for (const a of m.attributions) if (a.speaker >= m.speakers.length || a.speaker < -1) bad.push(`attribution ${a.id} names speaker ${a.speaker}`);
  for (const q of m.quotes) if (q.continues >= m.quotes.length || q.continues < -1) bad.push(`quote continues ${q.continues}`);
  if (lsp) {
    const doc = TextDocument.create('file:///fuzz.news', 'news', 1, text);
    for (const [label, s] of spans.slice(0, 2000)) {
      for (const b of s) {
        if (b > 0 && text.charCodeAt(b - 1) === 13 && text.charCodeAt(b) === 10) continue; // inside a CRLF: no LSP position
        const p = doc.positionAt(b);
        const q = independentPosition(text, b);
        if (p.line !== q.line || p.character !== q.character) bad.push(`${label} offset ${b}: LSP ${p.line}:${p.character}, expected ${q.line}:${q.character}`);
        else if (doc.offsetAt(p) !== b) bad.push(`${label} offset ${b} does not round-trip (${doc.offsetAt(p)})`);
      }
    }
  }
  return bad;
}

/** The model without its timing, for determinism checks. */
export const stable = (m: ArticleModel): string => JSON.stringify({ ...m, elapsedMs: 0 });
