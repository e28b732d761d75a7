// Agency and media citations: every mention of an outlet from the gazetteer, with its role in the article
// (dateline, source list, "according to", "X said", credit line, photo credit, or a mere mention).
//
// Matching is one linear pass: at each word start the first two characters pick the few aliases that can start
// there (longest first). Each candidate then gets a role from a bounded window of text around it, and look-alikes
// are dropped: short acronyms that are no citation ("AP Biology", "AA batteries"), names that continue into a longer
// proper noun ("Reuters Institute", "The Independent Election Commission"), surnames ("Paul Reuters",
// "Michael Bloomberg") and aliases that are ordinary words too ("The Sun", "Dawn", "Sputnik") outside a citation.
import type { AgencyMention, AgencyRole, OutletEntry, Paragraph, Span, Structure } from '../model';
import { MONTH_PATTERN, WEEKDAY_PATTERN, isAsciiLetter, isRegexSpace } from '../text';
import outletsData from './outlets.json';

export const OUTLETS: readonly OutletEntry[] = outletsData as OutletEntry[];

/** How much context an alias needs: 'strong' (any mention), 'weak' (a citation cue), 'credit' (credit lines only). */
export type AliasStrength = 'strong' | 'weak' | 'credit';

export interface Gazetteer {
  byId: Map<string, OutletEntry>;
  /** Alias (exact case) → entry id, for the aliases that name an outlet on their own ("Reuters", "REUTERS", "AP");
   * weak and credit-only aliases ("Dawn", "EPA") are left out, so a speaker called Dawn stays a person. */
  byAlias: Map<string, string>;
  /** Every alias (exact case) → entry id, weak and credit-only ones too. */
  allAliases: Map<string, string>;
  /** One regex over all aliases, longest first (built on first use). */
  readonly re: RegExp;
  /** Alias → how much context it needs; absent means 'strong'. */
  strength: Map<string, AliasStrength>;
  /** An alias's first word, or its first two words joined by U+0000, → the aliases starting so, longest first. */
  index: Map<string, string[]>;
  /** The first two UTF-16 units of every alias (c0 * 65536 + c1): a cheap test before the index is consulted. */
  starts: Set<number>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildGazetteer(extra: readonly OutletEntry[] = []): Gazetteer {
  const byId = new Map<string, OutletEntry>();
  for (const o of [...OUTLETS, ...extra]) byId.set(o.id, o);
  const byAlias = new Map<string, string>();
  const strength = new Map<string, AliasStrength>();
  for (const o of byId.values()) {
    const weak = new Set(o.weakAliases ?? []);
    const credit = new Set(o.creditAliases ?? []);
    for (const a of [o.name, ...(o.aliases ?? [])]) {
      if (typeof a !== 'string' || a.length < 2) continue;
      byAlias.set(a, o.id);
      if (credit.has(a)) strength.set(a, 'credit');
      else if (weak.has(a)) strength.set(a, 'weak');
      else strength.delete(a);
    }
  }
  // Upper-case forms for credit lines and wire headers ("REUTERS/Name", "COMPILED BY DEMOCRAT-GAZETTE STAFF").
  for (const [a, id] of [...byAlias]) {
    const up = a.toUpperCase();
    if (up === a || a.length < 4 || byAlias.has(up)) continue;
    byAlias.set(up, id);
    const st = strength.get(a);
    if (st) strength.set(up, st);
  }
  const index = new Map<string, string[]>();
  for (const a of byAlias.keys()) {
    const k = keyAt(a, 0);
    if (!k) continue;
    const list = index.get(k);
    if (list) list.push(a);
    else index.set(k, [a]);
  }
  for (const list of index.values()) list.sort((x, y) => y.length - x.length);
  const starts = new Set<number>();
  for (const a of byAlias.keys()) starts.add(a.charCodeAt(0) * 65536 + a.charCodeAt(1));
  const allAliases = byAlias;
  const standalone = new Map<string, string>();
  for (const [a, id] of allAliases) if (!strength.has(a)) standalone.set(a, id);
  let re: RegExp | null = null;
  return {
    byId,
    byAlias: standalone,
    allAliases,
    strength,
    index,
    starts,
    get re() {
      if (!re) {
        const aliases = [...standalone.keys()].sort((x, y) => y.length - x.length).map(escape);
        re = new RegExp(`(?<![\\w-])(?:${aliases.join('|')})(?![\\w-])`, 'g');
      }
      return re;
    },
  };
}

let defaultGazetteer: Gazetteer | null = null;
const extraCache = new WeakMap<readonly OutletEntry[], Gazetteer>();
export function gazetteerFor(extra?: readonly OutletEntry[]): Gazetteer {
  if (extra && extra.length) {
    let g = extraCache.get(extra);
    if (!g) extraCache.set(extra, (g = buildGazetteer(extra)));
    return g;
  }
  return (defaultGazetteer ??= buildGazetteer());
}

/** The gazetteer id of a name as written ("the Associated Press", "Reuters", "state news agency Tass"), if any. */
export function lookupOutlet(surface: string, gazetteer: Gazetteer): string | undefined {
  const s = surface.trim();
  const direct = gazetteer.byAlias.get(s) ?? gazetteer.byAlias.get(s.replace(/^the\s+/i, '')) ?? gazetteer.byAlias.get(s.replace(/^the\s+/i, 'The '));
  if (direct) return direct;
  // A weak alias counts with a media noun next to it ("Dawn newspaper", "the Sputnik news agency").
  const media = new RegExp(`\\b${MEDIA_NOUN}\\b`, 'i').test(s);
  for (const m of scanAliases(s, gazetteer)) {
    const st = gazetteer.strength.get(m.alias);
    if (st === 'credit' || (st === 'weak' && !media)) continue;
    return gazetteer.allAliases.get(m.alias);
  }
  return undefined;
}

// ---- Scanning ----

const isAsciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** Letters and digits, counting non-ASCII letters but not typographic punctuation (U+2000–U+206F). */
const isWordChar = (c: number) => isAsciiWord(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x206f) && c !== 0x3000);

/** End of the run of word characters starting at i. */
function runEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
  return j;
}

/** The start of the second word after a word ending at j (up to three separators, not a line break), or -1. */
function secondWordAt(text: string, j: number): number {
  for (let k = j; k < j + 4 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return -1;
    if (isWordChar(c)) return k > j ? k : -1;
  }
  return -1;
}

/** Index key of an alias (or of text at i): its first word, or its first two words joined by U+0000. */
function keyAt(text: string, i: number): string {
  const j = runEnd(text, i);
  if (j === i) return '';
  const k = secondWordAt(text, j);
  return k < 0 ? text.slice(i, j) : text.slice(i, j) + '\u0000' + text.slice(k, runEnd(text, k));
}

interface RawMatch {
  alias: string;
  s: number;
  e: number;
}

/** Per gazetteer: a bitmap of the low bytes of every alias's first two UTF-16 units (a cheaper test than `starts`),
 * and a trie of every alias, walked from a word start to find the aliases spelled there. The trie's nodes are
 * numbers (0 is the root); its edges live in one open-addressing hash table keyed by (node, UTF-16 unit). */
interface ScanAids {
  pairs: Uint8Array;
  /** Hashes (triHash) of every alias's first three units, the third as a boundary when the alias has two. */
  tris: Uint8Array;
  mask: number;
  /** Slot h holds the edge from node from[h] (-1 when empty) along unit code[h]; the node it leads to is h + 1. */
  from: Int32Array;
  code: Uint16Array;
  /** The alias that ends at each node, or null. */
  ends: (string | null)[];
}
const edgeHash = (node: number, code: number, mask: number) => (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7 & mask;
/** The third unit's class for triHash: a word character by its low byte, anything else (a boundary) as 0. */
const triClass = (c: number) => (isWordChar(c) ? (c & 0xff) | 0x100 : 0);
const triHash = (c0: number, c1: number, k: number) => (Math.imul(c0 & 0xff, 0x9e37) ^ Math.imul(c1 & 0xff, 0x85eb) ^ Math.imul(k, 0xc2b3)) & 0xffff;
const scanAidsCache = new WeakMap<Gazetteer, ScanAids>();
function scanAids(g: Gazetteer): ScanAids {
  let aids = scanAidsCache.get(g);
  if (aids) return aids;
  const pairs = new Uint8Array(65536);
  for (const st of g.starts) pairs[(((st / 65536) & 0xff) << 8) | (st & 0xff)] = 1;
  const tris = new Uint8Array(65536);
  for (const list of g.index.values()) for (const a of list) tris[triHash(a.charCodeAt(0), a.charCodeAt(1), a.length > 2 ? triClass(a.charCodeAt(2)) : 0)] = 1;
  // Every alias in the index (those that start with a word character) goes into the trie.
  let units = 0;
  for (const list of g.index.values()) for (const alias of list) units += alias.length;
  let size = 1024;
  while (size < units * 2) size *= 2;
  const mask = size - 1;
  const from = new Int32Array(size).fill(-1);
  const code = new Uint16Array(size);
  const ends: (string | null)[] = new Array(size + 1).fill(null);
  for (const list of g.index.values()) {
    for (const alias of list) {
      let node = 0;
      for (let k = 0; k < alias.length; k++) {
        const c = alias.charCodeAt(k);
        let h = edgeHash(node, c, mask);
        while (from[h] !== -1 && !(from[h] === node && code[h] === c)) h = (h + 1) & mask;
        if (from[h] === -1) {
          from[h] = node;
          code[h] = c;
        }
        node = h + 1;
      }
      ends[node] = alias;
    }
  }
  aids = { pairs, tris, mask, from, code, ends };
  scanAidsCache.set(g, aids);
  return aids;
}

/** Every alias occurrence at a word boundary, left to right, longest alias first, without overlaps. */
export function scanAliases(text: string, g: Gazetteer): RawMatch[] {
  const out: RawMatch[] = [];
  const n = text.length;
  const { pairs, tris, mask, from, code, ends } = scanAids(g);
  // A word starts at i when text[i] is a word character and text[i - 1] is neither one nor a hyphen. The pair
  // bitmap is tested first: most positions fail it, so they cost one read and a table lookup (c1 rolls over to
  // the next position's first unit; every jump of i reloads it).
  let c1 = text.charCodeAt(0);
  for (let i = 0; i < n - 1; i++) {
    const c = c1;
    c1 = text.charCodeAt(i + 1);
    if (pairs[((c & 0xff) << 8) | (c1 & 0xff)] === 0 || !isWordChar(c)) continue;
    if (i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p === 45 /* - */ || isWordChar(p)) continue;
    }
    // Walk the trie along the text; the longest alias spelled here that ends at a word boundary wins. An alias
    // of two units needs a boundary after them, so the first three units (the third by its class) must fit first.
    let node = 0;
    let best: string | null = null;
    for (let k = tris[triHash(c, c1, triClass(text.charCodeAt(i + 2)))] === 0 ? n : i; k < n; ) {
      const d = text.charCodeAt(k);
      let h = edgeHash(node, d, mask);
      let f = from[h];
      while (f !== -1 && !(f === node && code[h] === d)) f = from[(h = (h + 1) & mask)];
      if (f === -1) break;
      node = h + 1;
      k++;
      const alias = ends[node];
      if (alias === null) continue;
      if (k < n) {
        const e = text.charCodeAt(k);
        if (isWordChar(e)) continue;
        // "Kyodo-" is no boundary unless a dash or space follows ("Kyodo--", "Reuters- ").
        if (e === 45 && k + 1 < n && isWordChar(text.charCodeAt(k + 1))) continue;
      }
      best = alias;
    }
    if (best !== null) {
      out.push({ alias: best, s: i, e: i + best.length });
      i += best.length - 1;
    } else {
      i = runEnd(text, i) - 1;
    }
    c1 = text.charCodeAt(i + 1);
  }
  return out;
}

function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | null {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = paragraphs[mid];
    if (p.span[1] < offset) lo = mid + 1;
    else if (p.span[0] > offset) hi = mid - 1;
    else return p;
  }
  return null;
}

// ---- Context patterns (all anchored on a bounded window next to the mention) ----

const MEDIA_NOUN = '(?:news agency|news agencies|agency|newspaper|paper|daily|weekly|broadcaster|network|channel|magazine|tabloid|website|site|outlet|station|radio|television|TV|wire service|news service|news site|news outlet|news channel|state media|state television|state TV)';
const VERB = '(?:said|says|say|reported|reports|report|quoted|quotes|cited|cites|announced|added|claimed|stated|wrote|writes|carried|published|learned|noted|showed|shows|broadcast|aired|described|confirmed|revealed|disclosed|obtained|found|estimated|counted|tallied|calculated|put|gave|released|asked|contacted|identified|first reported|has reported|had reported|has learned|was told|were told|was first to report)';
const REPORT_VERB = /^(?:reported|reports|quoted|quotes|cited|cites|wrote|writes|published|carried|broadcast|aired|has reported|had reported|first reported|has learned|learned|obtained|revealed|disclosed|confirmed)$/;
const SAID_AFTER = new RegExp(
  `^(?:['’]s?)?(?:\\s*\\(\\s*[A-Z][\\w.&-]*\\s*\\))?\\s*(?:,\\s*(?:citing|quoting|which|who|in|the|a|an|one|whose|according)[^,;\\n]{0,80},\\s*)?(?:${MEDIA_NOUN}\\s+)?(?:,\\s*(?:which|that)\\s+)?(?:(?:also|first|later|earlier|previously|exclusively|separately|initially|further|then|now|both|each|all|jointly|last week|on \\w+day)\\s+)?(${VERB})\\b`,
);
const ACCORDING_BEFORE =
  /\baccording to (?:(?:a|an|the|one)\s+(?:new\s+|recent\s+|separate\s+|later\s+)?(?:report|reports|tally|count|statement|dispatch|survey|poll|story|analysis|review|investigation|interview|estimate|estimates|calculation|calculations|article|editorial|broadcast|footage|bulletin|data|figures)\s+(?:by|in|from|of|on|with|published by|aired by|broadcast by)\s+)?(?:the\s+)?(?:(?:state|official|semi-official|semiofficial|state-run|state-owned|state-controlled|government-run|independent|private|privately owned|pro-government|opposition|public|national|local|daily|weekly|[A-Z][a-z]+(?:'s|’s)?|[A-Z][a-z]+ state)\s+){0,3}(?:(?:news agency|agency|newspaper|paper|daily|broadcaster|television|TV|radio|network|channel|magazine|tabloid|website|outlet|media|news outlet|news site|wire service)\s+)?$/i;
const ACCORDING_NOUN_AFTER = /^(?:['’]s?)?\s+(?:report|reports|tally|count|analysis|survey|poll|review|investigation|estimate|estimates|calculation|calculations|data|figures|story|article|dispatch)\b/;
const MEDIA_BEFORE = new RegExp(
  `(?:\\b${MEDIA_NOUN}\\s*,?|\\b(?:writer|reporter|columnist|editor|correspondent|contributor|host|anchor|journalist|photographer|commentator|analyst|producer)s? (?:for|at|with|of) (?:the )?|\\b(?:outlets|organizations|organisations|publications|networks|newspapers|papers|magazines|sites|broadcasters|agencies|media) (?:such as|like|including) (?:the )?)\\s*$`,
  'i',
);
const MEDIA_AFTER = new RegExp(`^(?:['’]s)?\\s+${MEDIA_NOUN}\\b`, 'i');
const REPORT_BEFORE =
  /\b(?:told|tells|telling|tell|quoted by|reported by|cited by|published by|carried by|obtained by|seen by|reviewed by|confirmed to|interview with|interviews with|an interview on|spoke to|speaking to|speaking with|spoke with|said to|comment to|statement to|a report (?:by|in|from|on)|reports? (?:by|in|from)|a count by|a tally by|an analysis by|a survey by|a poll by|an investigation by|a dispatch from|a story (?:by|in)|an article (?:by|in))\s+(?:the\s+)?(?:(?:state|official|semi-official|state-run|state-owned|public|private|independent|[A-Z][a-z]+(?:'s|’s)?)\s+){0,2}(?:(?:news agency|agency|newspaper|broadcaster|daily|network|channel|magazine|TV|television|radio)\s+)?$/i;
// Mentions that are citations of an outlet's own coverage without a speech verb: "covered live by The Sun",
// "published in The Times", "aired on Fox".
const COVERAGE_BEFORE = /\b(?:covered|broadcast|aired|shown|published|printed|appeared|carried|featured|written|headlined|streamed|posted)\s+(?:live\s+|first\s+|earlier\s+)?(?:by|on|in)\s+(?:the\s+)?$/i;
const MEDIA_FOLLOWER = /^(?:['’]s)?\s+(?:reporter|reporters|report|reports|reporting|photographer|photographers|correspondent|correspondents|journalist|journalists|story|stories|article|interview|poll|polls|survey|count|tally|analysis|investigation|review|editorial|columnist|editor|editors|host|anchor|newsroom|headline|dispatch|broadcast|footage|video|photo|photos|feed|wire|exclusive|crew|team|bureau|staff|news|program|programme|show|segment|op-ed|column|piece|podcast|website|site|page|coverage|tweet|investigative)\b/i;
const DATELINE_AFTER = /^\)?(?:\s*(?:--|-|_|—|–|:)(?=\s|$)|\s?[—–](?=[A-Z"“‘']))/;
const DATELINE_BEFORE = new RegExp(
  `^[A-Z][A-Za-z.'’ -]{1,40}?(?:,\\s*(?:(?:[A-Z][A-Za-z]+\\.?(?: [A-Z][a-z]+)?|(?:[A-Z]\\.){2,3}),?\\s*)?(?:(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTH_PATTERN})(?:\\s+\\d{4})?)?)?\\s*\\(?$`,
);
const DATE_ITEM = new RegExp(
  `^(?:${WEEKDAY_PATTERN},?\\s*)?(?:(?:${MONTH_PATTERN})\\s+\\d{1,2}(?:,?\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTH_PATTERN})(?:\\s+\\d{4})?|\\d{4}(?:-\\d{2}-\\d{2})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|${WEEKDAY_PATTERN}|(?:updated|wire reports|wires|agencies|staff|and)\\b.*)$`,
  'i',
);
// Words that may stand right before an outlet name without making it part of a person's name.
const OK_BEFORE = new Set(
  (
    'The A An According By From Via Told Tells Said Says Photo Photos Picture Source Sources Copyright Agency State Official Staff News Press ' +
    'Broadcaster Newspaper Daily Wire Reporting Writing Editing Additional Compiled Contributed And Or Both With In On At For To Of As When While ' +
    'After Before Meanwhile But Yet So Also Citing Cited Quoting Quoted Like Unlike Neither Nor Either Only Even Then Now Today Tonight Yesterday ' +
    'Earlier Later Separately Elsewhere However Still Here There This That These Those Its Their His Her Our My Your Both All Many Some Several ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun ' +
    'American British English Chinese Japanese Russian Korean Iranian Indian Pakistani Turkish French German Italian Spanish Portuguese Dutch Belgian ' +
    'Swiss Austrian Swedish Norwegian Danish Finnish Polish Czech Slovak Hungarian Romanian Bulgarian Greek Serbian Croatian Slovenian Bosnian ' +
    'Albanian Ukrainian Belarusian Georgian Armenian Azerbaijani Kazakh Uzbek Afghan Iraqi Syrian Lebanese Jordanian Israeli Palestinian Egyptian ' +
    'Saudi Emirati Qatari Kuwaiti Bahraini Omani Yemeni Libyan Tunisian Algerian Moroccan Sudanese Ethiopian Kenyan Nigerian Ghanaian Angolan ' +
    'Senegalese African Australian Canadian Mexican Brazilian Argentine Argentinian Chilean Peruvian Colombian Venezuelan Cuban Bolivian Vietnamese ' +
    'Thai Malaysian Indonesian Filipino Philippine Singaporean Taiwanese Mongolian Cambodian Lao Laotian Burmese Nepali Nepalese Bangladeshi ' +
    'Sri Lankan Irish Scottish Welsh European Asian Arab Arabic Persian Kurdish Western Eastern Northern Southern Semi Pro Conservative Liberal ' +
    'Leading Major Local Regional National International Independent Private Public Prominent Popular Respected Influential Rival Sister Parent ' +
    'Affiliate Exclusive Breaking Update Updated Read Watch Listen Follow Share Subscribe Source Credit Credits Courtesy Image Images Video Footage ' +
    'Radio Television TV Channel Network Media Outlet Website Magazine Tabloid Weekly Monthly Online Print Editor Columnist Reporter Correspondent ' +
    'Another Every Each Any No Other Former Fellow New Old Top Chief Senior Veteran Longtime Current Ex Most More Few Such Why How What Where Who ' +
    'Whether Because Since Until Although Though If Unless Once Not Just Perhaps Maybe Indeed Instead Likewise Similarly Overall Finally First ' +
    'Second Third Last Next Anchor Host Producer Writer Journalist Photographer Contributor Analyst Commentator Staff Wires Agencies'
  ).split(' '),
);
const HONORIFIC_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|Sir|Dame|Lord|Lady|Mayor|President|Senator|Governor|Minister|Judge|Justice|Chairman|Chairwoman|Director|Secretary|Speaker|Coach|Officer|Agent|Detective|Sergeant|Captain|Professor|Uncle|Aunt)\.?|\b[A-Z]\.)\s$/;
const NEXT_WORD_OK = new RegExp(
  `^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN}|Photo|Photos|PHOTO|Images|IMAGES|TV|Television|Radio|Online|International|World|Staff|STAFF|Wire|Service|Newswires?|Video|Live|Exclusive|Poll|Today|Tonight|On|In|And|Or|The|A|An|I|It|He|She|They|We|You|This|That|These|Those)\\b`,
);

// Words that turn a multi-word outlet name into the name of something else ("The Washington Post Company").
const ORG_EXTENDER =
  /^(?:Institute|Foundation|Company|Co|Corp|Corporation|Inc|Ltd|Group|Holdings|Building|Center|Centre|Square|Tower|Road|Street|Avenue|Office|Award|Awards|Prize|Cup|Stadium|Guild|Commission|Committee|Council|Party|Angels|Trust|Fund|Club|School|University|College|Hall|Theatre|Theater|Museum|Festival|Bakery|Election|Electoral|Traders|Association|Society|League|Board|Bridge|Station|Park|Hotel|Restaurant|Band|Hospital|Bank|Airlines?|Railway|Church|Court|Act|Law|Index|Fellowship|Fellow|Fellows|Lab|Labs)$/;

/** Offsets of every line break (\n or \r) of the text findAgencies works on, in order; found on the first need
 * (null at its start: most articles have few outlet mentions, many none). */
let lineBreaks: number[] | null = null;

function findLineBreaks(text: string): number[] {
  const out: number[] = [];
  let nl = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (nl >= 0 || cr >= 0) {
    if (cr < 0 || (nl >= 0 && nl < cr)) {
      out.push(nl);
      nl = text.indexOf('\n', nl + 1);
    } else {
      out.push(cr);
      cr = text.indexOf('\r', cr + 1);
    }
  }
  return out;
}

/** The line around [s, e), at most 400 units each way. */
function lineAround(text: string, s: number, e: number): [number, number] {
  const br = (lineBreaks ??= findLineBreaks(text));
  // The first break at or after s (binary search), then the one before it.
  let lo = 0;
  let hi = br.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (br[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  const a = Math.max(lo > 0 ? br[lo - 1] + 1 : 0, s - 400);
  while (lo < br.length && br[lo] < e) lo++;
  const b = Math.min(lo < br.length ? br[lo] : text.length, e + 400);
  return [a, b];
}


/** The last run of ASCII letters in s before its trailing white space and commas, lower-cased ('' if s ends
 * otherwise). The end-anchored context patterns below end in a word followed by white space (and a comma), so
 * this word is a cheap necessary condition tested before them. */
function lastWord(s: string): string {
  // (no read before the start: one there would send the optimized code back to the interpreter)
  let t = s.length;
  while (t > 0 && (s.charCodeAt(t - 1) === 44 || isRegexSpace(s.charCodeAt(t - 1)))) t--;
  let w = t;
  while (w > 0 && isAsciiLetter(s.charCodeAt(w - 1))) w--;
  return w === t ? '' : s.slice(w, t).toLowerCase();
}
/** The last character of s that is no white space, or -1. */
function lastNonSpace(s: string): number {
  for (let t = s.length - 1; t >= 0; t--) {
    const c = s.charCodeAt(t);
    if (!isRegexSpace(c)) return c;
  }
  return -1;
}
const words = (s: string) => new Set(s.split(' '));
/** The last words (see lastWord) that MEDIA_BEFORE, COVERAGE_BEFORE and the inline patterns can end in. */
const MEDIA_BEFORE_LAST = words('agency agencies newspaper paper daily weekly broadcaster network channel magazine tabloid website site outlet station radio television tv service media for at with of the as like including');
const COVERAGE_BEFORE_LAST = words('by on in the');
const CREDIT_BY_LAST = words('of from for by the');
const SAID_BEFORE_LAST = words('reported reports wrote writes noted notes added said says to the');
const BY_THE = words('by the');
const PHOTO_BY_LAST = words('by from the');
const ACCORDING = /according to/i;
const COPYRIGHT_LAST = new Set([...'tTeE0123456789-–,©)'].map((ch) => ch.charCodeAt(0)));

interface Candidate {
  s: number;
  e: number;
  alias: string;
  id: string;
  role: AgencyRole;
  /** A media noun, coverage verb or report verb stands next to it. */
  media: boolean;
  /** The cue verb after the mention, if any. */
  verb: string | null;
  /** Preceded by a given name or an honorific ("Paul Reuters", "Mr. Bloomberg"). */
  personal: boolean;
  /** Followed by a capitalized word that continues a longer proper noun ("Reuters Institute"). */
  continues: boolean;
  /** Preceded by a cue that names a citation ("told", "according to", "reported by"). */
  cued: boolean;
  /** In the headline. */
  inHeadline: boolean;
}

/** Finds outlet mentions and their roles. */
export function findAgencies(text: string, structure: Structure, gazetteer: Gazetteer): AgencyMention[] {
  const datelineOutlets: Span[] = structure.dateline?.outlets ?? [];
  const cands: Candidate[] = [];
  lineBreaks = null;
  for (const m of scanAliases(text, gazetteer)) {
    const id = gazetteer.allAliases.get(m.alias);
    if (!id) continue;
    const para = paragraphAt(structure.paragraphs, m.s);
    if (para && para.kind === 'frontMatter') continue;
    cands.push(classify(text, m.s, m.e, m.alias, id, para, datelineOutlets, gazetteer));
  }
  shortForms(text, structure, gazetteer, cands, datelineOutlets);
  if (cands.length === 0) return [];
  cands.sort((a, b) => a.s - b.s);

  // Surnames: an alias seen after a given name or an honorific is a person's name in this article; its bare
  // mentions then count only as clear citations.
  const personal = new Set<string>();
  for (const c of cands) if (c.personal && !/\s/.test(c.alias)) personal.add(c.alias);

  const kept = cands.map((c) => keep(c, gazetteer, personal));
  // An outlet clearly cited once may then be named bare ("the AP, which…", "RT covered the vote"), and an outlet
  // listed next to a cited one is cited too ("outlets such as Time, Slate and Drudge Report").
  const supported = new Set<string>();
  cands.forEach((c, i) => {
    if (kept[i] && (c.role !== 'other' || c.media)) supported.add(c.id);
  });
  cands.forEach((c, i) => {
    if (kept[i] || c.personal || c.continues || personal.has(c.alias) || (gazetteer.strength.get(c.alias) ?? 'strong') === 'credit') return;
    if (supported.has(c.id) && /^[A-Z]{2,5}$/.test(c.alias) && BARE_FOLLOWER.test(text.slice(c.e, c.e + 24))) kept[i] = true;
  });
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (kept[i] || c.personal || c.continues || (gazetteer.strength.get(c.alias) ?? 'strong') === 'credit') continue;
      const left = i > 0 && kept[i - 1] && LIST_GAP.test(text.slice(cands[i - 1].e, c.s));
      const right = i + 1 < cands.length && kept[i + 1] && LIST_GAP.test(text.slice(c.e, cands[i + 1].s));
      if (left || right) {
        kept[i] = true;
        if (c.role === 'other') c.role = (left ? cands[i - 1] : cands[i + 1]).role;
      }
    }
  }

  const out: AgencyMention[] = [];
  let prev: Candidate | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (!kept[i]) continue;
    // "Korean Central News Agency (KCNA)": the abbreviation in brackets repeats the name just given.
    if (prev && prev.id === c.id && c.s - prev.e <= 3 && /^\s*\($/.test(text.slice(prev.e, c.s))) continue;
    const entry = gazetteer.byId.get(c.id)!;
    out.push({ span: [c.s, c.e], id: c.id, name: entry.name, role: c.role });
    prev = c;
  }
  return out;
}

const BARE_FOLLOWER = /^(?:['’]s?\b|\s*(?:[,.;:)!?"”’]|$)|\s+(?:is|was|has|had|have|and|or|which|who|that|to|in|on|for|of|at|with|from|by|about|said|says|reported|reports|[a-z]{2,}ed)\b)/;
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|&))\s*(?:the\s+)?$/;
const CLEAR_ROLES = new Set<AgencyRole>(['dateline', 'parenthetical', 'credit', 'photo_credit']);

function keep(c: Candidate, g: Gazetteer, personal: Set<string>): boolean {
  let strength = g.strength.get(c.alias) ?? 'strong';
  // In a title-case headline every word is capitalized: "The …" names need a cue there ("Meet The Guardian Of …").
  if (strength === 'strong' && c.inHeadline && /^The /.test(c.alias)) strength = 'weak';
  if (CLEAR_ROLES.has(c.role)) return !c.personal || c.role !== 'credit';
  if (strength === 'credit') return false;
  if (c.personal) return false;
  if (c.continues && !c.cued) return false;
  const short = c.alias.length <= 2 || (/^[A-Z]{2,3}$/.test(c.alias) && c.alias.length <= 2);
  const reportVerb = c.verb !== null && REPORT_VERB.test(c.verb);
  if (strength === 'weak' || personal.has(c.alias)) {
    if (c.media) return true;
    if (c.role === 'said') return reportVerb || c.cued;
    if (c.role === 'according_to') return false;
    return c.role === 'other' && c.verb === null && c.cued;
  }
  if (c.role === 'other' && short) return c.media;
  return true;
}

function classify(text: string, s: number, e: number, alias: string, id: string, para: Paragraph | null, datelineOutlets: Span[], g: Gazetteer): Candidate {
  const before = text.slice(Math.max(0, s - 100), s);
  const after = text.slice(e, Math.min(text.length, e + 140));
  const c: Candidate = { s, e, alias, id, role: 'other', media: false, verb: null, personal: false, continues: false, cued: false, inHeadline: para?.kind === 'headline' };
  // Each end-anchored pattern is tried only when the last word before the mention allows it (the same answers).
  const lastBefore = lastWord(before);
  const coverage = COVERAGE_BEFORE_LAST.has(lastBefore) && COVERAGE_BEFORE.test(before);
  c.media = (MEDIA_BEFORE_LAST.has(lastBefore) && MEDIA_BEFORE.test(before)) || MEDIA_AFTER.test(after) || coverage || MEDIA_FOLLOWER.test(after);

  // Person-like: "Paul Reuters", "Mr. Bloomberg", "Michael J. Fox".
  const pw = capitalizedWordBefore(before.slice(-30));
  if (HONORIFIC_BEFORE.test(before.slice(-20)) || (pw && !OK_BEFORE.has(pw) && !/^[A-Z]\.$/.test(pw))) c.personal = true;
  if (pw && /^[A-Z]\.$/.test(pw) && /[a-z]/.test(before.slice(-30, -3))) c.personal = true;
  // A capitalized word straight after continues a longer name ("AP Biology", "Reuters Institute").
  const nx = /^ ([A-Z][A-Za-z]+)/.exec(after);
  // "The Financial Times 100-share index", "Fortune 500 companies", "the Nikkei index": named after the outlet.
  if (/^\s+(?:\d{2,4}(?:-share)?\s+)?(?:index|Index|average|stock average|companies|list)\b/.test(after)) c.continues = true;
  else if (nx) {
    if (/\s/.test(alias)) c.continues = ORG_EXTENDER.test(nx[1]);
    else if (!/^[A-Z]+$/.test(nx[1])) c.continues = !NEXT_WORD_OK.test(nx[1]);
    else if (!/^[A-Z\s\d.,'’&/()-]*$/.test(lineText(text, s, e))) c.continues = !NEXT_WORD_OK.test(nx[1]);
  }

  const [ls, le] = lineAround(text, s, e);
  const lineBefore = text.slice(ls, s);
  const lineAfter = text.slice(e, le);

  // Dateline: the structure's dateline, or a wire dateline opening a later paragraph ("TOKYO, July 20 (Kyodo) --").
  for (const d of datelineOutlets) if (d[0] <= s && e <= d[1]) return (c.role = 'dateline'), c;
  if (para && para.kind !== 'caption' && s - para.span[0] < 70 && DATELINE_AFTER.test(after) && DATELINE_BEFORE.test(text.slice(para.span[0], s))) {
    c.role = 'dateline';
    return c;
  }

  // Photo credit: "AP/YURI KADOBNOV", "REUTERS/Name Surname" at a line end, "(AP Photo/Name)", "Photo: Xinhua",
  // "(AFP via Getty Images)".
  const slash = /^(?: Photo| PHOTO)?\s?\/\s?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)(.{0,3})/.exec(lineAfter);
  if (slash) {
    const name = slash[1];
    const tail = slash[2];
    const allCaps = /^[A-Z][A-Z.'’ -]+$/.test(name) && !g.allAliases.has(name);
    const atEnd = /^\s*(?:\)|$)/.test(tail) || tail === '';
    if ((allCaps || atEnd) && !g.allAliases.has(name)) return (c.role = 'photo_credit'), c;
  }
  const lastLine = lastWord(lineBefore);
  if (/(?:Photo|PHOTO|Picture|Photograph|Image|Credit|Foto)/.test(lineBefore.slice(-30)) && /(?:Photo|PHOTO|Picture|Photograph|Image|Credit|Photo credit|Foto)s?\s*(?:by)?\s*:?\s*$/.test(lineBefore)) return (c.role = 'photo_credit'), c;
  if (/^\s+(?:via|VIA)\s+[A-Z]/.test(lineAfter) || (lastLine === 'via' && /\b(?:via|VIA)\s+$/.test(lineBefore))) {
    if (/\(\s*(?:[^()]*\s)?$/.test(lineBefore) || (para && para.kind === 'caption') || lineBefore.length + lineAfter.length < 60) return (c.role = 'photo_credit'), c;
  }
  if (PHOTO_BY_LAST.has(lastBefore) && /\bphoto(?:graph)?s?\s+(?:by|from)\s+(?:the\s+)?$/i.test(before)) return (c.role = 'photo_credit'), c;

  // Credit lines.
  if (para && (para.kind === 'credit' || para.kind === 'signoff')) return (c.role = 'credit'), c;
  // The copyright pattern ends in "Copyright", "©", "(c)", a year, a dash or comma, or "the" (then white space).
  const lastChar = lastNonSpace(lineBefore);
  if (COPYRIGHT_LAST.has(lastChar) && /(?:Copyright|COPYRIGHT|©|\(c\))\s*(?:\d{4}\s*)?(?:[-–,]\s*)?(?:\d{4}\s*)?(?:the\s+)?$/i.test(lineBefore)) return (c.role = 'credit'), c;
  if (lastChar === 61 /* = */ && (/==\s*$/.test(lineBefore) || (/^\s*==?\s*$/.test(lineBefore) && lineAfter.trim() === ''))) return (c.role = 'credit'), c;
  if (CREDIT_BY_LAST.has(lastLine) && /\b(?:reporting|contributed|compiled|written|edited)\s+(?:by|from)\b.*\b(?:of|from|for|by)\s+(?:the\s+)?$/i.test(lineBefore)) return (c.role = 'credit'), c;
  if (/^\s*(?:and\s+[^.]{0,60})?\s*contributed to this (?:report|story|article)/.test(lineAfter)) return (c.role = 'credit'), c;
  if (BY_THE.has(lastLine) && /\b(?:Additional reporting|Reporting|Compiled|COMPILED|Writing|Editing)\s+(?:by|BY)\s+(?:the\s+)?$/.test(lineBefore)) return (c.role = 'credit'), c;

  // Source list in brackets: "(Reuters, AP, BBC, CNN, July 19)", "(AFP)".
  const open = lineBefore.lastIndexOf('(');
  if (open >= 0 && !lineBefore.slice(open).includes(')')) {
    const close = lineAfter.indexOf(')');
    if (close >= 0 && close < 160 && !lineAfter.slice(0, close).includes('(')) {
      const inner = lineBefore.slice(open + 1) + alias + lineAfter.slice(0, close);
      const items = inner.split(/\s*(?:[,;/]|\band\b|&)\s*/).map((x) => x.trim()).filter(Boolean);
      // A source list closes a sentence or a paragraph: "…cannon. (AFP)", "…on Monday (Reuters, AP)."
      const pre = lineBefore.slice(0, open).trimEnd();
      const post = lineAfter.slice(close + 1);
      const placed = pre === '' || /[.!?"”'’)\]]$/.test(pre) || /^\s*(?:[.;!?]|$)/.test(post);
      if (placed && items.length && items.every((it) => g.allAliases.has(it) || g.allAliases.has(it.replace(/^the\s+/i, '')) || DATE_ITEM.test(it))) {
        c.role = 'parenthetical';
        return c;
      }
    }
  }

  // According to.
  if (ACCORDING.test(before) && (ACCORDING_BEFORE.test(before) || (/\baccording to (?:an?|the)\s+$/i.test(before) && ACCORDING_NOUN_AFTER.test(after)))) {
    c.role = 'according_to';
    c.cued = true;
    return c;
  }
  // Said / reported.
  const sm = SAID_AFTER.exec(after);
  if (sm) {
    c.role = 'said';
    c.verb = sm[1];
    return c;
  }
  if (SAID_BEFORE_LAST.has(lastBefore) && /\b(?:reported|reports|wrote|writes|noted|notes|added|said|says|according to)\s+(?:the\s+)?$/.test(before) && /^\s*(?:[.,;:)]|$)/.test(after)) {
    c.role = 'said';
    c.cued = true;
    return c;
  }
  if (REPORT_BEFORE.test(before)) {
    c.role = 'said';
    c.cued = true;
    return c;
  }
  if (/^(?:['’]s?)?\s+(?:report|reports|reporting|tally|count|analysis|survey|investigation|review|estimate|calculation|interview|story|article|dispatch)\b/.test(after)) {
    c.role = 'said';
    c.media = true;
    return c;
  }
  if (coverage) c.cued = true;
  // A masthead: the name alone on a line at the top or bottom of the page.
  if (lineBefore.trim() === '' && lineAfter.trim() === '') c.cued = true;
  return c;
}

const isAZ = (c: number) => c >= 65 && c <= 90;
const isaz = (c: number) => c >= 97 && c <= 122;
/** /(?:^|[^\w'’.-])([A-Z][a-z]+|[A-Z]\.)\s$/.exec(b)?.[1], read from the end of b: the capitalized word or initial
 * right before b's last character, which is white space. */
function capitalizedWordBefore(b: string): string | null {
  const j = b.length - 1;
  if (j < 2 || !isRegexSpace(b.charCodeAt(j))) return null;
  const last = b.charCodeAt(j - 1);
  let k: number;
  if (last === 46 /* . */) k = j - 2;
  else if (isaz(last)) for (k = j - 2; k >= 0 && isaz(b.charCodeAt(k)); k--);
  else return null;
  if (k < 0 || !isAZ(b.charCodeAt(k))) return null;
  if (k > 0) {
    const p = b.charCodeAt(k - 1);
    if (isAsciiWord(p) || p === 39 || p === 0x2019 || p === 46 || p === 45) return null;
  }
  return b.slice(k, j);
}

function lineText(text: string, s: number, e: number): string {
  const [a, b] = lineAround(text, s, e);
  return text.slice(a, b);
}

// ---- Short forms: "the Post" after "The Washington Post", "the Times" after "The New York Times" ----

const SHORT_SKIP = new Set(['News', 'Press', 'Agency', 'Service', 'Network', 'Channel', 'Radio', 'Television', 'Media', 'Online', 'Daily', 'International', 'Report', 'Group']);

const isAsciiWordOrDash = (c: number) => isAsciiWord(c) || c === 45;

/** Where "the W" or "The W" stands for one of the words (\b[Tt]he W(?![\w-]), left to right without overlaps), as
 * [offset, W]: native substring searches for "he W" instead of a regex over the whole text. */
function theWordAt(text: string, ws: string[]): [number, string][] {
  const found: [number, string][] = [];
  for (const w of ws) {
    const needle = 'he ' + w;
    for (let k = text.indexOf(needle, 1); k >= 0; k = text.indexOf(needle, k + 1)) {
      const t = text.charCodeAt(k - 1);
      if (t !== 84 && t !== 116) continue; // T, t
      if (k >= 2 && isAsciiWord(text.charCodeAt(k - 2))) continue;
      const end = k + needle.length;
      if (end < text.length && isAsciiWordOrDash(text.charCodeAt(end))) continue;
      found.push([k - 1, w]);
    }
  }
  found.sort((x, y) => x[0] - y[0]);
  // One match per offset (the words are whole words); a match starting inside the previous one is skipped.
  const out: [number, string][] = [];
  let end = -1;
  for (const f of found) {
    if (f[0] < end) continue;
    out.push(f);
    end = f[0] + 4 + f[1].length;
  }
  return out;
}

function shortForms(text: string, structure: Structure, g: Gazetteer, cands: Candidate[], datelineOutlets: Span[]): void {
  const byWord = new Map<string, string>();
  for (const c of cands) {
    const entry = g.byId.get(c.id);
    if (!entry || !/\s/.test(c.alias)) continue;
    if (c.personal || (c.continues && !c.cued)) continue;
    const w = /\s([A-Z][a-z]{2,})$/.exec(entry.name)?.[1];
    if (!w || SHORT_SKIP.has(w) || entry.kind === 'agency') continue;
    if (!byWord.has(w)) byWord.set(w, c.id);
  }
  if (!byWord.size) return;
  const taken = cands.map((c) => [c.s, c.e] as Span);
  for (const [s, w] of theWordAt(text, [...byWord.keys()])) {
    const e = s + 4 + w.length;
    const id = byWord.get(w)!;
    const overlapping = cands.find((c) => c.s < e && s < c.e);
    if (overlapping) {
      // "The Times" written as the short form of The New York Times.
      if (overlapping.s === s && overlapping.e === e && overlapping.id !== id) overlapping.id = id;
      continue;
    }
    if (taken.some((t) => t[0] < e && s < t[1])) continue;
    const para = paragraphAt(structure.paragraphs, s);
    const c = classify(text, s, e, text.slice(s, e), id, para, datelineOutlets, g);
    if (c.continues || c.personal) continue;
    if (c.role === 'other' && !c.media && !c.cued) continue;
    cands.push(c);
  }
}
