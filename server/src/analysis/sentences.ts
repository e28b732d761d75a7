// Sentence boundaries: a single linear pass per paragraph that knows abbreviations ("Mr.", "U.S.", "Jan.",
// "Gen."), initials, decimal numbers and closing quotation marks.
import type { Paragraph, Sentence } from './model';
import { isAsciiLetter, isDigit, isLower, isSpace, isUpper } from './text';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt sen rep gov pres supt insp det rev fr sr jr st mt ft ' +
    'sens reps govs gens v ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'co corp inc ltd bros dept univ assn est govt no nos vol fig approx vs etc al ave blvd rd hon amb messrs mme mlle ' +
    'ariz calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

const STOPS = /[\n.!?]/g;

/**
 * A dotted acronym ("U.S.", "N.A.T.O."), which rarely ends a sentence before a capitalized word: whether
 * /(?:^|[^A-Za-z])(?:[A-Za-z]\.){2,}$/ matches text.slice(w, dot + 1), read from the end without a string:
 * two or more letter-period pairs end it, with the start or a non-letter before them (a third pair puts a period
 * there).
 */
function dottedAcronym(text: string, w: number, dot: number): boolean {
  let k = dot;
  let pairs = 0;
  while (k - 1 >= w && text.charCodeAt(k) === 46 && isAsciiLetter(text.charCodeAt(k - 1))) {
    pairs++;
    k -= 2;
  }
  if (pairs >= 3) return true;
  if (pairs < 2) return false;
  return k < w || !isAsciiLetter(text.charCodeAt(k));
}

const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d]); // " ' ” ’ » ) ]

/** True when the word before the period at `dot` is an abbreviation that does not end a sentence. */
function isAbbreviation(text: string, start: number, dot: number): boolean {
  let w = dot;
  // Abbreviations are short: a long token ("a.a.a.…", a URL) is never one, and the backward scan stays bounded.
  const floor = Math.max(start, dot - 24);
  while (w > floor && !isSpace(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== 40 && text.charCodeAt(w - 1) !== 0x201c && text.charCodeAt(w - 1) !== 34) w--;
  if (w === floor && floor > start && !isSpace(text.charCodeAt(w - 1))) return false;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  if (word.length === 1 && isUpper(word.charCodeAt(0))) return true; // initial: "John F. Kennedy"
  const low = word.toLowerCase();
  if (ABBREVIATIONS.has(low)) return true;
  // "then-Sen.", "ex-Gov.": the title after the hyphen.
  const hy = low.lastIndexOf('-');
  if (hy > 0 && ABBREVIATIONS.has(low.slice(hy + 1))) return true;
  if (dottedAcronym(text, w, dot)) {
    // "U.S." and "U.N." end a sentence only at a paragraph end, which the caller handles.
    return true;
  }
  return false;
}

/** Splits each non-furniture paragraph into sentences. Lines hard-wrapped mid-sentence are joined. */
export function splitSentences(text: string, paragraphs: Paragraph[], skipUntil = -1): Sentence[] {
  const out: Sentence[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.kind === 'frontMatter') continue;
    const [ps, pe] = para.span;
    if (para.kind !== 'body') {
      out.push({ span: [ps, pe], paragraph: p });
      continue;
    }
    // An inline dateline ("MOSCOW (Reuters) - ...") is not part of the first sentence.
    let s = skipUntil > ps && skipUntil < pe ? skipUntil : ps;
    let lineStart = ps;
    const push = (e: number) => {
      let a = s;
      let b = e;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (b > a) out.push({ span: [a, b], paragraph: p });
    };
    for (let i = ps; i < pe; i++) {
      // Only line breaks and . ! ? matter: jump to the next one (a native scan, faster than a charCode loop).
      STOPS.lastIndex = i;
      if (!STOPS.test(text)) break;
      i = STOPS.lastIndex - 1;
      if (i >= pe) break;
      const c = text.charCodeAt(i);
      if (c === 10) {
        // A line break ends a sentence unless the line was hard-wrapped (long line, no closing punctuation).
        const lineLen = i - lineStart;
        let k = i - 1;
        while (k > lineStart && (text.charCodeAt(k) === 13 || text.charCodeAt(k) === 32)) k--;
        const last = text.charCodeAt(k);
        const wrapped = lineLen >= 50 && !(last === 46 || last === 33 || last === 63 || CLOSERS.has(last) || last === 58);
        if (!wrapped) {
          push(i);
          s = i + 1;
        }
        lineStart = i + 1;
        continue;
      }
      if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
      // Run of terminal punctuation and closing marks.
      let j = i + 1;
      while (j < pe && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      while (j < pe && CLOSERS.has(text.charCodeAt(j))) j++;
      if (j >= pe) {
        i = j - 1;
        continue;
      }
      const next = text.charCodeAt(j);
      if (!isSpace(next)) {
        i = j - 1;
        continue;
      }
      let n = j;
      while (n < pe && (text.charCodeAt(n) === 32 || text.charCodeAt(n) === 9 || text.charCodeAt(n) === 0xa0)) n++;
      if (n >= pe) {
        i = j - 1;
        continue;
      }
      const first = text.charCodeAt(n);
      if (first === 10 || first === 13) {
        i = j - 1;
        continue; // the line break handles it
      }
      if (isLower(first)) continue;
      if (c === 46 && j === i + 1 && isAbbreviation(text, s, i)) {
        // "U.S. officials", "Mr. Putin": not a boundary. "in the U.S. The" is a boundary when a
        // sentence-starting word follows; we only accept that for dotted acronyms.
        continue;
      }
      if (c === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(first)) continue;
      if (!(isUpper(first) || isDigit(first) || first === 0x201c || first === 34 || first === 0x2018 || first === 39 || first === 40 || first === 0xab || first === 0x2014 || first > 0xff)) continue;
      push(j);
      s = j;
      i = j - 1;
    }
    push(pe);
  }
  return out;
}
