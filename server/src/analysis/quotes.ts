// Quotation marks of every style news uses: “…”, "…", ‘…’, «…», ``…'' and the ASCII doubled single quote of wire
// copy (''…''). Multi-paragraph quotes (an opening mark at each paragraph start, the closing mark only at the end)
// are linked with `continues`. One linear pass per paragraph.
import type { Paragraph, Quote, QuoteStyle } from './model';
import { isLetter, isSpace } from './text';

interface Open {
  pos: number;
  style: QuoteStyle;
  len: number;
}

const closerFor: Record<QuoteStyle, string> = {
  'curly-double': '\u201d',
  'straight-double': '"',
  'curly-single': '\u2019',
  guillemet: '\u00bb',
  'ascii-double-single': "''",
  'straight-single': "'",
};

function openerAt(text: string, i: number): Open | null {
  const c = text[i];
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
  const startish = isSpace(prev) || prev === 40 || prev === 91 || prev === 0x2014 || prev === 0x2013 || prev === 45 || prev === 58 || prev === 0x201c || prev === 34 || prev === 47;
  switch (c) {
    case '\u201c':
      return { pos: i, style: 'curly-double', len: 1 };
    case '\u00ab':
      return { pos: i, style: 'guillemet', len: 1 };
    case '\u2018':
      // ‘ opens unless it is an elision like ‘90s (then it is followed by digits).
      if (/\d/.test(text[i + 1] ?? '')) return null;
      return { pos: i, style: 'curly-single', len: 1 };
    case '`':
      if (text[i + 1] === '`') return { pos: i, style: 'ascii-double-single', len: 2 };
      return null;
    case "'":
      if (text[i + 1] === "'" && startish && !isSpace(text.charCodeAt(i + 2) || 32)) return { pos: i, style: 'ascii-double-single', len: 2 };
      return null;
    case '"':
      if (startish || i === 0) return { pos: i, style: 'straight-double', len: 1 };
      return null;
    default:
      return null;
  }
}

function closesAt(text: string, i: number, open: Open): number {
  const want = closerFor[open.style];
  if (text.startsWith(want, i)) {
    if (open.style === 'curly-single') {
      // ’ is also the apostrophe: it closes only when not followed by a letter ("don’t").
      if (i + 1 < text.length && isLetter(text.charCodeAt(i + 1))) return 0;
    }
    return want.length;
  }
  if (open.style === 'ascii-double-single' && text[i] === '"') return 1; // ``…" mixed styles in old wires
  // “…," X said: a straight mark closes a curly quotation when it stands where a closing mark stands (after a
  // word or punctuation, before a space, punctuation or the end), as typed copy mixes the two styles.
  if (open.style === 'curly-double' && text[i] === '"' && i > 0 && !isSpace(text.charCodeAt(i - 1))) {
    // (the end of the text is tested first: a read past it would send the optimized code back to the interpreter)
    if (i + 1 >= text.length) return 1;
    const next = text.charCodeAt(i + 1);
    if (!(isLetter(next) || (next >= 48 && next <= 57))) return 1;
  }
  return 0;
}

// Only these characters can open or close a quotation; the scan jumps from one to the next (a native regex scan,
// faster than a charCode loop over the long stretches without any).
const QUOTE_CHAR = /["'`\u00ab\u00bb\u2018\u2019\u201c\u201d]/g;

export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const quotes: Quote[] = [];
  let pending = -1; // an unclosed quote from the previous body paragraph
  // The next quotation mark at or after the last search's start (text.length when none): one search serves every
  // paragraph up to it, so the whole text is scanned once.
  let next = -1;
  let searched = 0;
  for (const para of paragraphs) {
    if (para.kind === 'frontMatter') continue;
    const [ps, pe] = para.span;
    const stack: Open[] = [];
    // `from`: where the search for the next quotation mark starts.
    for (let from = ps; ; ) {
      if (next < from || searched > from) {
        searched = QUOTE_CHAR.lastIndex = from;
        next = QUOTE_CHAR.test(text) ? QUOTE_CHAR.lastIndex - 1 : text.length;
      }
      const i = next;
      if (i >= pe) break;
      from = i + 1;
      // (Not stack[-1] when it is empty: a negative index is a slow property lookup.)
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      if (top) {
        const n = closesAt(text, i, top);
        if (n > 0 && i > top.pos + top.len) {
          stack.pop();
          quotes.push({
            span: [top.pos, i + n],
            inner: [top.pos + top.len, i],
            style: top.style,
            balanced: true,
            continues: pending >= 0 && top.pos === ps ? pending : -1,
          });
          if (top.pos === ps) pending = -1;
          from = i + n;
          continue;
        }
      }
      // Nested quotes: inside a double quote, single quotes may open; a same-style straight quote closes.
      const o = openerAt(text, i);
      if (o && stack.length < 3) {
        if (top && top.style === o.style) continue;
        stack.push(o);
        from = i + o.len;
      }
    }
    // Unclosed at paragraph end: a multi-paragraph quote when the next paragraph opens with the same mark.
    if (stack.length > 0) {
      const o = stack[0];
      quotes.push({
        span: [o.pos, pe],
        inner: [o.pos + o.len, pe],
        style: o.style,
        balanced: false,
        continues: pending >= 0 && o.pos === ps ? pending : -1,
      });
      pending = quotes.length - 1;
    } else if (para.kind === 'body') {
      pending = -1;
    }
  }
  quotes.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  // Re-link `continues` after sorting by index.
  return resolveContinuations(text, quotes);
}

function resolveContinuations(text: string, quotes: Quote[]): Quote[] {
  // Rebuild 'continues' on sorted indexes: an unbalanced quote followed by a quote that starts a paragraph.
  for (let i = 0; i < quotes.length; i++) quotes[i].continues = -1;
  for (let i = 0; i < quotes.length - 1; i++) {
    const q = quotes[i];
    if (q.balanced) continue;
    // The next top-level quote after this one's end.
    for (let j = i + 1; j < quotes.length; j++) {
      const r = quotes[j];
      if (r.span[0] < q.span[1]) continue;
      const between = text.slice(q.span[1], r.span[0]);
      if (/^\s*$/.test(between) && r.style === q.style) {
        r.continues = i;
        // The earlier paragraph is balanced by the later one.
        q.balanced = true;
      }
      break;
    }
  }
  return quotes;
}
