// Article structure: front matter, headline, page date, dateline, byline, paragraphs, captions, credits and
// page furniture (navigation lines, share buttons) around the story. One pass over the lines.
import type { Dateline, Paragraph, ParagraphKind, Span, Structure } from './model';
import { MONTH_PATTERN, WEEKDAY_PATTERN, trimSpan } from './text';

// "BEIJING, July 20 Kyodo -", "MOSCOW (Reuters) -", "NAIROBI, Kenya (AP) _", "WASHINGTON, July 19 (AFP) --",
// "TOKYO (Kyodo) --", "SEOUL, Dec. 3 (Yonhap) —". The place is upper case (one to four words).
const PLACE = "[A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,3}";
const DATELINE_RE = new RegExp(
  `^(${PLACE})(?:, (?:(?:[A-Z][A-Za-z]+\\.?(?: [A-Z][a-z]+)?|(?:[A-Z]\\.){2,3}),? )?)?` + // place, optional ", Kenya" / ", N.Y." / ", MO." region
    `(?:,? ?(${MONTH_PATTERN} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH_PATTERN}(?: \\d{4})?))?` + // date
    `(?: ?(\\([A-Za-z][A-Za-z .&/'-]{1,40}\\)|[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?(?= ?[-_—–])))?` + // outlet
    // a dash; an em dash straight before the text ("(Jiji Press)—The"); or, after a bracketed outlet and a date, no
    // dash at all ("NEW DELHI, Jan 5 (PTI) The").
    `(?: ?(?:--|-|_|—|–|:)(?=\\s|$)| ?[—–](?=[A-Z"“‘'])|(?<=\\)) (?=[A-Z]))`,
);

const FURNITURE_RE =
  /^(?:Home|Menu|Search|Sign in|Log in|Subscribe|Advertisement|ADVERTISEMENT|Share(?: this (?:article|story))?|Tweet|Email|Print|Read more|Related(?: (?:stories|articles|coverage))?|Most (?:read|popular)|Skip to (?:content|main content)|Comments?|Follow us.*|Copyright .*|©.*|All rights reserved.*|Back to top|Next article|Previous article|Trending.*|Watch:?.*|Newsletter.*)$/i;
const NAV_RE = /^(?:[A-Z][\w&'.-]*(?: [A-Z&][\w&'.-]*)*\s*[|›>»•·]\s*){2,}[A-Z][\w&'.-]*(?: [\w&'.-]+)*\s*$/;
const CAPTION_RE = /^(?:\(?(?:Photo|PHOTO|Picture|Image|Caption|File photo|FILE PHOTO)\b|\[(?:Photo|Image)\b)|(?:\((?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Kyodo|Yonhap)(?: Photo)?(?:\/[^)]*)?\)\s*$)|(?:\b[A-Z]{2,}(?:\/| via )[A-Z][A-Z .'-]{2,}\s*$)/;
const CREDIT_RE =
  /^(?:(?:Additional )?[Rr]eporting by\b|Information for this (?:article|story) was contributed by\b|COMPILED BY\b|Compiled by\b|Editing by\b|Writing by\b|Contributing:|.*\bcontributed to this (?:report|story|article)\.?$|\(?(?:Reporting|Writing|Editing) by\b)/;
const SIGNOFF_RE = /^(?:={1,3}\s*[A-Z][A-Za-z]+\s*={0,3}|-{2,}\s*[A-Z][A-Za-z ]+-*|\(?[A-Z]{2,}\/[A-Z]{2,}\)?|[(（]?(?:END|ENDS|Ends)[)）]?|#{3})$/;
// Names are joined by "," or by " and " with white space around it: an optional-space "and" let "[\w]*" and the
// separator both take the letters of "…andA…", which backtracked exponentially on a line like "By AandAandA…!".
const BYLINE_RE = /^(?:By|BY|by)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4})*(?:\s*,\s*[A-Za-z .]+)?$/;
const PAGE_DATE_RE = new RegExp(
  `^(?:(?:Published|Updated|Posted|Last updated|Date)\\s*:?\\s*)?(?:${WEEKDAY_PATTERN},?\\s+)?` +
    `(?:${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*\\.?$`,
);

export function matchDateline(line: string): RegExpExecArray | null {
  const m = DATELINE_RE.exec(line);
  return m && m[0].endsWith(') ') && !m[2] ? null : m;
}

/** Line boundaries: [start, end) without the line break. */
function lines(text: string): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push([s, i]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  out.push([s, text.length]);
  return out;
}

const blank = (text: string, [s, e]: Span): boolean => !/\S/.test(text.slice(s, e));

function classifyLine(line: string): ParagraphKind | null {
  if (line.length > 300) return null;
  if (FURNITURE_RE.test(line) || NAV_RE.test(line)) return 'furniture';
  if (CREDIT_RE.test(line)) return 'credit';
  if (SIGNOFF_RE.test(line)) return 'signoff';
  if (CAPTION_RE.test(line)) return 'caption';
  if (BYLINE_RE.test(line)) return 'byline';
  if (PAGE_DATE_RE.test(line)) return 'pageDate';
  return null;
}

export function analyzeStructure(text: string): Structure {
  const paragraphs: Paragraph[] = [];
  let headline: Span | null = null;
  let dateline: Dateline | null = null;
  let byline: Span | null = null;

  const ls = lines(text);
  let i = 0;
  // Markdown front matter: a first line '---' up to the next '---'.
  if (ls.length > 1 && text.slice(ls[0][0], ls[0][1]).trim() === '---') {
    for (let j = 1; j < ls.length && j < 200; j++) {
      if (text.slice(ls[j][0], ls[j][1]).trim() === '---') {
        paragraphs.push({ span: [ls[0][0], ls[j][1]], kind: 'frontMatter' });
        i = j + 1;
        break;
      }
    }
  }

  // Group the remaining lines into blocks separated by blank lines; inside a block, lines that are page
  // furniture, credits, captions, bylines or page dates stand alone.
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) paragraphs.push({ span: trimSpan(text, blockStart, blockEnd), kind: 'body' });
    blockStart = -1;
  };
  for (; i < ls.length; i++) {
    const span = ls[i];
    if (blank(text, span)) {
      flush();
      continue;
    }
    const [s, e] = trimSpan(text, span[0], span[1]);
    const line = text.slice(s, e);
    const kind = classifyLine(line);
    if (kind) {
      flush();
      paragraphs.push({ span: [s, e], kind });
      if (kind === 'byline' && !byline) byline = [s, e];
      continue;
    }
    if (blockStart < 0) blockStart = s;
    blockEnd = e;
  }
  flush();

  // Headline: a first body paragraph that is one short line without closing punctuation, or a Markdown '# '.
  let firstBody = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const k = paragraphs[p].kind;
    if (k === 'body') {
      firstBody = p;
      break;
    }
    if (k !== 'frontMatter' && k !== 'furniture' && k !== 'pageDate') break;
  }
  if (firstBody >= 0) {
    const para = paragraphs[firstBody];
    const t = text.slice(para.span[0], para.span[1]);
    const nl = t.search(/\r?\n/);
    const firstLine = nl >= 0 ? t.slice(0, nl) : t;
    const isMarkdownHeading = /^#{1,3} /.test(firstLine);
    const looksLikeHeadline =
      isMarkdownHeading ||
      (firstLine.length <= 160 &&
        !matchDateline(firstLine) &&
        (!/[.:;,]$/.test(firstLine) || /^[^a-z]*$/.test(firstLine)) &&
        (nl >= 0 ? !/^\r?\n\s*[a-z]/.test(t.slice(nl)) : paragraphs.length > 1));
    if (looksLikeHeadline) {
      const hs = para.span[0] + (isMarkdownHeading ? firstLine.indexOf(' ') + 1 : 0);
      const he = para.span[0] + firstLine.length;
      headline = [hs, he];
      if (nl >= 0) {
        // Split the headline line off its block.
        const restStart = para.span[0] + nl;
        const rest = trimSpan(text, restStart, para.span[1]);
        paragraphs.splice(firstBody, 1, { span: [para.span[0], he], kind: 'headline' }, { span: rest, kind: 'body' });
      } else {
        para.kind = 'headline';
      }
    }
  }

  // Dateline: at the start of the first body paragraph (or a short paragraph of its own).
  for (let p = 0; p < paragraphs.length && p < 12; p++) {
    const para = paragraphs[p];
    if (para.kind !== 'body') continue;
    const t = text.slice(para.span[0], Math.min(para.span[1], para.span[0] + 200));
    const m = matchDateline(t);
    if (m) {
      const base = para.span[0];
      const outlets: Span[] = [];
      let date: Span | null = null;
      if (m[2]) {
        const ds = base + m.index + m[0].indexOf(m[2]);
        date = [ds, ds + m[2].length];
      }
      if (m[3]) {
        let os = base + m[0].lastIndexOf(m[3]);
        let oe = os + m[3].length;
        if (m[3].startsWith('(')) {
          os++;
          oe--;
        }
        outlets.push([os, oe]);
      }
      const end = base + m[0].length;
      dateline = { span: [base, end], place: [base, base + m[1].length], date, outlets };
      // The dateline is its own paragraph when nothing but white space follows it on its line.
      const after = text.slice(end, para.span[1]);
      if (/^[ \t]*\r?\n/.test(after) || after.trim() === '') {
        const rest = trimSpan(text, end, para.span[1]);
        const replacement: Paragraph[] = [{ span: [base, end], kind: 'dateline' }];
        if (rest[1] > rest[0]) replacement.push({ span: rest, kind: 'body' });
        paragraphs.splice(p, 1, ...replacement);
      }
    }
    break;
  }

  return { headline, dateline, byline, paragraphs };
}
