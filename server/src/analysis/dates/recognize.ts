// Temporal expressions (TimeML TIMEX3): one regex pass over the text finds candidates; normalize.ts gives values.
import type { Sentence, TimeExpression } from '../model';
import { MONTH_PATTERN, WEEKDAY_PATTERN, lowerBound } from '../text';
import { normalize } from './normalize';

const ORD = '(?:st|nd|rd|th)?';
const PARTS = [
  // Full dates: "Wednesday, 19 July, 2000", "July 20, 2000", "20 July 2000", "2000-07-20"
  `(?:${WEEKDAY_PATTERN},?\\s+)?(?:${MONTH_PATTERN}\\s+\\d{1,2}${ORD},?\\s+\\d{4}|\\d{1,2}${ORD}\\s+${MONTH_PATTERN},?\\s+\\d{4})`,
  `\\d{4}-\\d{2}-\\d{2}`,
  // Month and day: "July 20", "20 July", "Wednesday, July 19"
  `(?:${WEEKDAY_PATTERN},?\\s+)?(?:${MONTH_PATTERN}\\s+\\d{1,2}${ORD}(?![\\d,]\\d)|\\d{1,2}${ORD}\\s+${MONTH_PATTERN})`,
  // Month and year: "October 1986"
  `${MONTH_PATTERN}\\s+(?:of\\s+)?\\d{4}`,
  // Times: "11:45 GMT", "8 PM", "8 p.m."
  `\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.m\\.|[AP]M|[ap]m)(?:\\s+(?:GMT|UTC|[A-Z]{2,3}T))?|\\d{1,2}:\\d{2}(?:\\s+(?:GMT|UTC|local time|[A-Z]{2,3}T))?`,
  // Weekdays with a part of day: "Sunday night", "Wednesday"
  `${WEEKDAY_PATTERN}(?:\\s+(?:morning|afternoon|evening|night))?`,
  `(?:yesterday|today|tomorrow|tonight)(?:\\s+(?:morning|afternoon|evening|night))?`,
  `(?:this|last|next|the past|the coming|the previous|the following)\\s+(?:week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter|${WEEKDAY_PATTERN}|${MONTH_PATTERN})`,
  `(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\\d+)\\s+(?:years?|months?|weeks?|days?|decades?)\\s+ago)`,
  // Durations: "two hours", "three years", "two-day", "a decade"
  `(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|several|a few|\\d+)[\\s-](?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))(?:-long)?)`,
  `(?:every|each)\\s+(?:year|month|week|day|morning|night|${WEEKDAY_PATTERN})|annually|yearly|monthly|weekly|daily`,
  `the\\s+(?:\\d{4}|(?:nineteen|twenty)[\\w-]*)s|the\\s+\\d0s|the\\s+new\\s+(?:century|millennium)`,
  `(?:now|currently|recently|the past|the future|nowadays|these days|at present|soon)`,
  // Bare months and years last: "February", "1999"
  `${MONTH_PATTERN}(?=[\\s,.;:)])`,
  `(?:19|20)\\d{2}(?!\\d)`,
];

const TIMEX_RE = new RegExp(`(?<![\\w-])(?:${PARTS.map((p) => `(?:${p})`).join('|')})(?![\\w])`, 'gi');
const ABBREV_MONTH_NOISE = /^(?:may|march|mar|jan|dec|aug|sun|sat|wed)$/i; // words that are months only when capitalized

export function findDates(text: string, sentences: Sentence[], dct: string | null): TimeExpression[] {
  const out: TimeExpression[] = [];
  const re = new RegExp(TIMEX_RE.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let surface = m[0];
    const s = m.index;
    // Month names that are ordinary words ("may") count only when capitalized.
    if (ABBREV_MONTH_NOISE.test(surface) && !/^[A-Z]/.test(surface)) continue;
    if (/^\d{4}$/.test(surface)) {
      // A year only in a date-like context, not an amount ("2000 people").
      const after = text.slice(s + 4, s + 20);
      if (/^\s+(?:people|troops|soldiers|dollars|times|members|of|more|miles|km|tons|feet|units)\b/i.test(after)) continue;
    }
    if (/^[a-z]/.test(surface) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)/.test(surface)) continue;
    surface = surface.replace(/[\s,]+$/, '');
    const e = s + surface.length;
    const si = lowerBound(sentences, s, (x) => x.span[1]);
    const sentence = si < sentences.length ? text.slice(sentences[si].span[0], sentences[si].span[1]) : '';
    const n = normalize(surface, sentence, dct);
    if (!n) continue;
    out.push({ span: [s, e], ...n });
  }
  return out;
}
