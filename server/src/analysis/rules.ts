// Diagnostics as data: stable dotted ids, a message, a default severity. Settings override the severity per rule.
import type { ArticleModel, Finding, Severity } from './model';
import { collapseSpace, isRegexSpace } from './text';

export interface Rule {
  id: string;
  message: string;
  defaultSeverity: Severity;
  description: string;
}

export const RULES = [
  {
    id: 'claim.unattributed',
    message: 'Claim without attribution: who says so?',
    defaultSeverity: 'information',
    description: 'A sentence makes a contestable claim (a figure, an evaluation, a prediction, an allegation) and no source is given for it.',
  },
  {
    id: 'attribution.vague',
    message: 'Vague attribution: the source is not named.',
    defaultSeverity: 'hint',
    description: '"reportedly", "sources said", "analysts say": the reader cannot tell who stands behind the statement.',
  },
  {
    id: 'quote.orphan',
    message: 'Quotation with no speaker found.',
    defaultSeverity: 'warning',
    description: 'A direct quotation that no speaker is attributed to, nearby or in the same paragraph.',
  },
  {
    id: 'quote.unbalanced',
    message: 'Quotation mark opened but never closed.',
    defaultSeverity: 'warning',
    description: 'An opening quotation mark with no closing mark before the end of the paragraph, and no continuation.',
  },
  {
    id: 'date.unanchored',
    message: 'Relative date with no publication date to anchor it.',
    defaultSeverity: 'information',
    description: 'The article gives no dateline or page date, so "Wednesday" or "last month" cannot be resolved.',
  },
  {
    id: 'speaker.unnamed',
    message: 'Anonymous source with no reason given for anonymity.',
    defaultSeverity: 'hint',
    description: '"a senior official said", "one diplomat told reporters": a single unnamed source, and neither this sentence nor the next says why the source is not named ("on condition of anonymity", "not authorized to speak").',
  },
  {
    id: 'speaker.unresolved',
    message: 'Pronoun source with nobody named before it: who is "he" or "she"?',
    defaultSeverity: 'warning',
    description: 'A statement is attributed to "he", "she" or "they", but no named speaker comes before it in the article.',
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

/** A single unnamed person: "a senior official", "one diplomat", "an aide to the minister". Spokespeople speak for
 *  their office and are not anonymous sources. */
const UNNAMED_SOURCE = /^(?:a|an|one|another)\s+(?:[\w-]+\s+){0,4}?(?:official|source|diplomat|person|aide|officer|insider|adviser|advisor|employee|staffer|executive|member|lawmaker|negotiator|investigator|analyst|expert|resident|witness)\b/i;
/** The stated reason for anonymity, as wire style asks for it. */
const ANONYMITY_REASON = /\b(?:anonymity|anonymously|not to be (?:named|identified)|(?:not|n't) authori[sz]ed|on background|declined to be (?:named|identified)|without being (?:named|identified)|for fear of|because of the sensitivity|because (?:he|she|they) (?:was|were|is|are) not)\b/i;
const PRONOUN_SOURCE = /^(?:he|she|they)$/i;

const NOT_NAMES = new Set(
  ('The A An In On At But And It Its This That These Those He She They We I You There Here His Her Their Our My When While ' +
    'After Before If As So Yet Or Nor For With Without From To Of By About Under Over During Since Until Although Though ' +
    'Because Once Then Now Also Still Some Many Most Other Such No Not All Both Each Every Several Few One Two Three ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December What Who Why How Where Which Mr Mrs Ms Dr').split(' '),
);
const CAPITALIZED = /\b[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\b/g;

/** Offset of the first capitalized word in the body text that could be a name, or -1. */
function firstNameOffset(text: string, model: ArticleModel): number {
  const body = model.sentences.find((s) => model.structure.paragraphs[s.paragraph]?.kind === 'body');
  const from = body ? body.span[0] : 0;
  const re = new RegExp(CAPITALIZED.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NOT_NAMES.has(m[0]) && !opensQuotation(text, m.index)) return m.index;
  return -1;
}

/** The word at `i` is the first of a quotation ('"Go," she said'): a sentence opener, not a name. */
function opensQuotation(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  const c = text.charCodeAt(k);
  return c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 96 || c === 0xab;
}


/** Findings of the source rules (speaker.unnamed, speaker.unresolved); messages come from RULES. */
export function sourceFindings(text: string, model: ArticleModel): Finding[] {
  const out: Finding[] = [];
  const sentences = model.sentences;
  let si = 0;
  let firstName = -2; // offset of the first name-like word in the body, computed on first need
  for (const a of model.attributions) {
    if (!a.source) continue;
    // The source without white space at its ends: a pronoun source is 2–4 units long, an unnamed one starts with
    // a/an/one/another; other sources (most: names) need neither the text nor a pattern.
    let s0 = a.source[0];
    let e0 = a.source[1];
    while (s0 < e0 && isRegexSpace(text.charCodeAt(s0))) s0++;
    while (e0 > s0 && isRegexSpace(text.charCodeAt(e0 - 1))) e0--;
    const first = text.charCodeAt(s0) | 32;
    const pronounLike = e0 - s0 >= 2 && e0 - s0 <= 4 && a.speaker < 0;
    const unnamedLike = first === 97 /* a */ || first === 111; /* o */
    if (!pronounLike && !unnamedLike) continue;
    const src = collapseSpace(text.slice(a.source[0], a.source[1]));
    if (pronounLike && PRONOUN_SOURCE.test(src) && a.speaker < 0) {
      if (firstName === -2) firstName = firstNameOffset(text, model);
      if (firstName >= 0 && firstName < a.source[0]) continue; // someone was named before, just not as a speaker
      out.push({ rule: 'speaker.unresolved', span: a.source, message: RULES_BY_ID.get('speaker.unresolved')!.message });
      continue;
    }
    if (a.speaker >= 0 && model.speakers[a.speaker]?.kind === 'person') continue;
    if (!UNNAMED_SOURCE.test(src) || /,/.test(src)) continue;
    while (si < sentences.length && sentences[si].span[1] <= a.source[0]) si++;
    const here = sentences[si];
    const next = sentences[si + 1];
    const window = text.slice(a.source[0], Math.max(here?.span[1] ?? a.source[1], (next && next.paragraph === here?.paragraph ? next.span[1] : here?.span[1]) ?? a.source[1]));
    const before = here ? text.slice(here.span[0], a.source[0]) : '';
    if (ANONYMITY_REASON.test(window) || ANONYMITY_REASON.test(before)) continue;
    out.push({ rule: 'speaker.unnamed', span: a.source, message: RULES_BY_ID.get('speaker.unnamed')!.message });
  }
  return out;
}
