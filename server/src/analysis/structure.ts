// Article structure: front matter, headline, page date, dateline, byline, paragraphs, captions, credits and
// page furniture (navigation lines, share buttons) around the story. One pass over the lines.
import type { Dateline, Paragraph, ParagraphKind, Span, Structure } from './model';
import { MONTH_PATTERN, WEEKDAY_PATTERN, isRegexSpace, trimSpan } from './text';

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
/** Credit lines, in two parts: the line openings (one try at the line start), and the "… contributed to this report"
 * ending, tried only when the line holds those words. */
const CREDIT_START_RE =
  /^(?:(?:Additional )?[Rr]eporting by\b|Information for this (?:article|story) was contributed by\b|COMPILED BY\b|Compiled by\b|Editing by\b|Writing by\b|Contributing:|\(?(?:Reporting|Writing|Editing) by\b)/;
const CREDIT_END_RE = /^.*\bcontributed to this (?:report|story|article)\.?$/;
/** NAV_RE's separators: "|", "›", ">", "»", "•", "·". */
const isNavSeparator = (c: number) => c === 124 || c === 62 || c === 0xbb || c === 0xb7 || c === 0x203a || c === 0x2022;
/**
 * A necessary condition of NAV_RE, read from the text: before its first separator a line holds only capitalized words
 * of [\w&'.-] joined by single spaces, then white space. The walk stops at the first unit that cannot be there, most
 * often within the first two words.
 */
function mayBeNav(text: string, s: number, e: number): boolean {
  const f = text.charCodeAt(s);
  if (f < 65 || f > 90) return false;
  for (let k = s + 1; k < e; k++) {
    const c = text.charCodeAt(k);
    if (isNavSeparator(c)) return true;
    if (c === 32) {
      const d = k + 1 < e ? text.charCodeAt(k + 1) : 32;
      if (!((d >= 65 && d <= 90) || d === 38 || isNavSeparator(d) || isRegexSpace(d))) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 38 || c === 39 || c === 46 || c === 45 || isRegexSpace(c))) return false;
  }
  return false;
}
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
  // indexOf finds the breaks far faster than a charCode loop; each position is searched for at most once.
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (nl >= 0 || cr >= 0) {
    let i = cr < 0 || (nl >= 0 && nl < cr) ? nl : cr;
    out.push([s, i]);
    if (i === cr && text.charCodeAt(i + 1) === 10) i++;
    s = i + 1;
    if (nl >= 0 && nl < s) nl = text.indexOf('\n', s);
    if (cr >= 0 && cr < s) cr = text.indexOf('\r', s);
  }
  out.push([s, text.length]);
  return out;
}

const blank = (text: string, [s, e]: Span): boolean => {
  for (let k = s; k < e; k++) if (!isRegexSpace(text.charCodeAt(k))) return false;
  return true;
};

// Cheap tests on the line's characters, read from the text without slicing the line off: each is a necessary
// condition of one pattern, so a pattern runs only on lines it might match (the same answers, fewer calls).

/** The first four units of each FURNITURE_RE opening, lower-cased (|0x20 on each unit), as one number. */
const key4 = (c0: number, c1: number, c2: number, c3: number) => ((c0 | 32) * 0x1000000 + (c1 | 32) * 0x10000 + (c2 | 32) * 0x100 + (c3 | 32)) >>> 0;
const FURNITURE_KEYS = new Set(
  'home menu sear sign log  subs adve shar twee emai prin read rela most skip comm foll copy all  back next prev tren watc news'
    .match(/.{4} ?/g)!
    .map((w) => key4(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3))),
);
const mayBeFurniture = (text: string, s: number, e: number): boolean =>
  text.charCodeAt(s) === 0xa9 /* © */ || (e - s >= 4 && FURNITURE_KEYS.has(key4(text.charCodeAt(s), text.charCodeAt(s + 1), text.charCodeAt(s + 2), text.charCodeAt(s + 3))));
/** Openings of CREDIT_START_RE: A(dditional) R(eporting) r(eporting) I(nformation) C(OMPILED, ompiled, ontributing) E(diting) W(riting) "(". */
const CREDIT_FIRST = new Set([...'ARrICEW('].map((ch) => ch.charCodeAt(0)));
const endsWithAt = (text: string, e: number, word: string): boolean => e >= word.length && text.startsWith(word, e - word.length);
/** CREDIT_END_RE ends in "report", "story" or "article" and an optional full stop. */
function mayBeCreditEnd(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(e - 1) === 46) e--;
  return e > s && (endsWithAt(text, e, 'report') || endsWithAt(text, e, 'story') || endsWithAt(text, e, 'article'));
}
/** SIGNOFF_RE opens with "=", "-", "(", "（", "#", or two capitals, or "En(ds)". */
function mayBeSignoff(text: string, s: number, e: number): boolean {
  const f = text.charCodeAt(s);
  if (f === 61 || f === 45 || f === 40 || f === 0xff08 || f === 35) return true;
  if (f < 65 || f > 90 || e - s < 2) return false;
  const g = text.charCodeAt(s + 1);
  return (g >= 65 && g <= 90) || g === 110;
}
/** CAPTION_RE's three parts need a line that opens with "(", "[", P, I, C or F; or ends in ")" (then white space)
 * and holds a "("; or ends in a run of [A-Z .'-] (then white space) right after "/" or " via ". */
function mayBeCaption(text: string, s: number, e: number): boolean {
  const f = text.charCodeAt(s);
  if (f === 40 || f === 91 || f === 80 || f === 73 || f === 67 || f === 70) return true; // ( [ P I C F
  let t = e - 1;
  while (t >= s && isRegexSpace(text.charCodeAt(t))) t--;
  if (t < s) return false;
  if (text.charCodeAt(t) === 41 /* ) */) {
    for (let k = s; k < t; k++) if (text.charCodeAt(k) === 40) return true;
    return false;
  }
  let u = t;
  for (let c = text.charCodeAt(u); u >= s && ((c >= 65 && c <= 90) || c === 32 || c === 46 || c === 39 || c === 45); c = text.charCodeAt(--u));
  // u is the last unit before the run: "/", or the "a" of " via".
  if (u === t || u < s) return false;
  const p = text.charCodeAt(u);
  return p === 47 || (p === 97 && u - 3 >= s && text.startsWith(' vi', u - 3));
}
/** BYLINE_RE opens with "By", "BY" or "by". */
const mayBeByline = (text: string, s: number): boolean => (text.charCodeAt(s) | 32) === 98;
/** PAGE_DATE_RE opens with a digit or with P(ublished, osted) U(pdated) L(ast) D(ate, ec) M(onday, ar, ay) T(uesday,
 * hursday) W(ednesday) F(riday, eb) S(aturday, unday, ep) J(an, un, ul) A(pr, ug) O(ct) N(ov). */
const PAGE_DATE_FIRST = new Set([...'PULDMTWFSJAON0123456789'].map((ch) => ch.charCodeAt(0)));

/** The kind of the line text[s, e) (trimmed, not blank). */
function classifyLineAt(text: string, s: number, e: number): ParagraphKind | null {
  if (e - s > 300) return null;
  let line: string | null = null;
  const get = () => (line ??= s === 0 && e === text.length ? text : text.slice(s, e));
  if ((mayBeFurniture(text, s, e) && FURNITURE_RE.test(get())) || (mayBeNav(text, s, e) && NAV_RE.test(get()))) return 'furniture';
  if ((CREDIT_FIRST.has(text.charCodeAt(s)) && CREDIT_START_RE.test(get())) || (mayBeCreditEnd(text, s, e) && CREDIT_END_RE.test(get()))) return 'credit';
  if (mayBeSignoff(text, s, e) && SIGNOFF_RE.test(get())) return 'signoff';
  if (mayBeCaption(text, s, e) && CAPTION_RE.test(get())) return 'caption';
  if (mayBeByline(text, s) && BYLINE_RE.test(get())) return 'byline';
  if (PAGE_DATE_FIRST.has(text.charCodeAt(s)) && PAGE_DATE_RE.test(get())) return 'pageDate';
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
    const kind = classifyLineAt(text, s, e);
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
