// One speaker per person: names, short names ("Putin", "Mr Putin"), roles ("the Russian president", "the Russian
// leader") and pronouns resolve to one Speaker with a canonical name and the role the text gives. Spelling variants
// ("Kim Jong-il", "Kim Jong Il") join. Outlets ("the Russian news agency Interfax") point to their gazetteer entry.
//
// Linear: one pass over the text finds the runs of capitalized words (offsets only, on first need); lookups by last
// name test the runs' first letters, or a map once lookups are many. What depends only on a source's text (its name,
// role, outlet) is computed once per distinct text and cached.
import type { Attribution, CustomSpeaker, Speaker, SpeakerKind, Span } from './model';
import { PRONOUNS, ROLE_NOUNS, VAGUE_SOURCES } from './lexicon';
import { collapseSpace, isRegexSpace } from './text';
import type { Gazetteer } from './agencies/agencies';

const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Mme|Dr|Prof|Sir|Dame|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Sen|Rep|Gov|Pres|President|Prime Minister|Minister|Chancellor|Secretary|Ambassador|Judge|Justice|King|Queen|Prince|Princess|Pope|Rev|Father|Sheikh|Chairman|Chairwoman|Mayor|Governor|Senator|Admiral|General|Colonel|Captain)\.?\s+/;
const LEADING = /^(?:the|a|an|another|one|two|three|several|many|some|other)\s+/i;
/** Capitalized words that are titles or sentence openers, never part of a person's name. */
const TITLE_WORDS = new Set(
  (
    'The A An In On At But And As If When While After Before For Of To By With From President Minister Mayor Governor Senator ' +
    'Sen Rep Gov Chief General Gen Mr Mrs Ms Miss Dr Prof Prime Foreign Finance Defense Defence Interior Justice Health Trade ' +
    'Fire Museum Opposition Election Commission Chairman Chairwoman Director Secretary Spokesman Spokeswoman Spokesperson ' +
    'Admiral Adm Judge Captain Capt Colonel Col Deputy Vice Former Acting State Police Ambassador Envoy King Queen Prince ' +
    'Princess Pope Sheikh Father Rev Lt Maj Sgt Lord Lady Sir Dame Representative Congressman Congresswoman Chancellor ' +
    'Premier Leader Commander Officer Inspector Professor Attorney Officials Official Analyst Expert Speaker House Senate ' +
    'Department Ministry Agency Council Committee Party University Institute Center Centre Bank Army Navy Court Supreme ' +
    'Federal National International Democratic Republican Democrat Independent General Council Mme Chief Executive CEO Master ' +
    'Manager Coach Bishop Archbishop Cardinal Rabbi Imam Sergeant Corporal Private Major Lieutenant Marshal Sheriff Constable'
  ).split(' '),
);
const MALE_WORDS = /\b(?:Mr|Sir|King|Prince|Father|Lord|spokesman|chairman|congressman|businessman|husband|father|son|brother|he|his)\b/i;
const FEMALE_WORDS = /\b(?:Mrs|Ms|Miss|Mme|Dame|Queen|Princess|Lady|spokeswoman|chairwoman|congresswoman|businesswoman|wife|mother|daughter|sister|she|her)\b/i;

/** Splits "Russian President Vladimir Putin" into role "Russian President" and name "Vladimir Putin". */
export function splitRoleAndName(phrase: string): { name: string | null; role: string | null } {
  return splitFolded(collapseSpace(phrase));
}

/** The words of s split at runs of white space and commas, empty ones left out (s.split(/[\s,]+/).filter(Boolean)). */
function wordsOf(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || isRegexSpace(c)) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}
// Unicode-property regexes live in constants: a build for an older target turns each literal into a
// `new RegExp(…, 'u')` call, which would then run (and allocate) every time the expression is evaluated.
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const CAPITALIZED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** /^\p{Lu}/u.test(w), answered from the first unit when it is ASCII. */
const startsUpper = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_FIRST.test(w);
};
/** /\p{L}/u.test(text[i]) (i inside the text), answered from the unit when it is ASCII. */
const letterAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(text[i]);
};

/** splitRoleAndName on a phrase whose white space is folded already (collapseSpace(p) === p). */
function splitFolded(phrase: string): { name: string | null; role: string | null } {
  let p = phrase;
  // Appositive: "Andrei Lankov, a North Korea expert at Kookmin University"
  const comma = p.indexOf(',');
  let appos: string | null = null;
  if (comma > 0) {
    appos = p.slice(comma + 1).trim().replace(/,$/, '').trim() || null;
    p = p.slice(0, comma).trim();
  }
  // A trailing parenthesis: "Sen. Ann Lee (D-Ore.)"
  p = p.replace(/\s*\([^)]*\)?$/, '');
  const words = p.split(' ');
  // The name is the trailing run of capitalized words that are not role nouns or titles.
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1];
    if (startsUpper(w) && !ROLE_NOUNS.has(w.toLowerCase()) && !TITLE_WORDS.has(w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w)) k--;
    else break;
  }
  let name: string | null = words.slice(k).join(' ') || null;
  let role: string | null = words.slice(0, k).join(' ') || null;
  // A role with the name in apposition: "a Foreign Ministry spokeswoman, Ilse Marr,".
  if (!name && appos && CAPITALIZED_NAME.test(appos) && !appos.split(' ').some((w) => ROLE_NOUNS.has(w.toLowerCase()))) {
    name = appos;
    appos = null;
  }
  if (name && role === null && appos) role = appos;
  else if (appos && role) role = `${role}, ${appos}`;
  if (name) name = name.replace(HONORIFICS, '').replace(/[’']s$/, '');
  if (role) role = role.replace(LEADING, '').trim() || null;
  if (role && /^(?:Mr|Mrs|Ms|Miss|Mme|Dr|Sir|Dame)\.?$/.test(role)) role = null;
  if (name && /^(?:He|She|They|We|I|It|You)$/.test(name)) name = null;
  return { name, role };
}

const lastName = (n: string) => n.split(' ').pop()!.toLowerCase();
/** "Kim Jong-il" and "Kim Jong Il" are one name. */
const nameKey = (n: string) => n.toLowerCase().replace(/[-\s.]+/g, ' ').trim();

interface NameSeq {
  start: number;
  /** The words of the sequence, titles included. */
  words: string[];
}

const UPPER = /[A-Z\u00c0-\u00d6\u00d8-\u00de]/g;

/**
 * For the lookups before a NameRuns makes its map: its runs by the low byte of their last word's first unit, in text
 * order (the head of each chain in CHAIN_HEADS, the next run of the same chain in chainNexts, -1 at the end). One
 * pair of arrays for every index (allocating them per article cost more than the lookups): they hold the chains of
 * the index numbered chainsOf.
 */
const CHAIN_HEADS = new Int32Array(256);
let chainNexts = new Int32Array(1024);
let chainsOf = 0;
let nameRunsMade = 0;

/**
 * Every run of capitalized words in the text ("Russian President Vladimir Putin"), found in one pass that records
 * only offsets; a run's words (strings) are made when a lookup needs them. Lookups by last word scan the runs with a
 * cheap first-letter test until they are many, then a map is built once, so a text with few lookups (the usual
 * case) never pays for one.
 */
class NameRuns {
  /** Word i is text.slice(ws[i], we[i]) (a short word's trailing period included). */
  readonly ws: number[] = [];
  readonly we: number[] = [];
  /** Run r: words runFirst[r] .. runFirst[r + 1] - 1 (with a sentinel at the end). */
  readonly runFirst: number[] = [];
  private readonly seqs: (NameSeq | undefined)[] = [];
  /** After many lookups: the first 64 runs of each key (run numbers), and their sequences once a lookup asks. */
  private keyed: Map<string, number[]> | null = null;
  private keyedSeqs: Map<string, NameSeq[]> | null = null;
  private lookups = 0;
  /** This index's number, for the chains (see CHAIN_HEADS). */
  private readonly serial = ++nameRunsMade;

  constructor(readonly text: string) {
    const { ws, we, runFirst } = this;
    let i = 0;
    const n = text.length;
    let inRun = false;
    // Whether text[i] is an upper-case letter already (a run going on), where the jump below would stay.
    let atUpper = false;
    while (i < n) {
      // Only an upper-case letter can start a name: jump to the next one (a native scan, faster than a charCode loop).
      if (!atUpper) {
        UPPER.lastIndex = i;
        if (!UPPER.test(text)) break;
        i = UPPER.lastIndex - 1;
      }
      atUpper = false;
      const c = text.charCodeAt(i);
      const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
      const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
      const wordStart = !((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57) || prev === 45 || prev === 39 || prev === 0x2019 || prev >= 0xc0);
      if (upper && wordStart) {
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if ((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 0xc0 && d <= 0x24f && d !== 0xd7 && d !== 0xf7)) j++;
          else if ((d === 45 || d === 39 || d === 0x2019) && j + 1 < n && letterAt(text, j + 1)) j += 2;
          else break;
        }
        if (text.charCodeAt(j) === 46 && j - i <= 3) j++;
        if (!inRun) {
          runFirst.push(ws.length);
          inRun = true;
        }
        ws.push(i);
        we.push(j);
        i = j;
        // Continue the run over one space (not a line break or punctuation).
        if (i + 1 < n && text.charCodeAt(i) === 32) {
          const e = text.charCodeAt(i + 1);
          if ((e >= 65 && e <= 90) || (e >= 0xc0 && e <= 0xde)) {
            i++;
            // (× (U+00D7) is no upper-case letter: from it the jump goes on)
            atUpper = e !== 0xd7;
            continue;
          }
        }
        inRun = false;
        continue;
      }
      i++;
    }
    runFirst.push(ws.length);
  }

  get size(): number {
    return this.runFirst.length - 1;
  }

  start(r: number): number {
    return this.ws[this.runFirst[r]];
  }

  seq(r: number): NameSeq {
    let q = this.seqs[r];
    if (!q) {
      const words: string[] = [];
      for (let k = this.runFirst[r]; k < this.runFirst[r + 1]; k++) words.push(this.text.slice(this.ws[k], this.we[k]));
      this.seqs[r] = q = { start: this.ws[this.runFirst[r]], words };
    }
    return q;
  }

  /** The lookup key of run r: its last word in lower case, without a trailing 's or ’s. */
  key(r: number): string {
    const k = this.runFirst[r + 1] - 1;
    let key = this.text.slice(this.ws[k], this.we[k]).toLowerCase();
    const kl = key.length;
    if (kl >= 2 && key.charCodeAt(kl - 1) === 115 && (key.charCodeAt(kl - 2) === 39 || key.charCodeAt(kl - 2) === 0x2019)) key = key.slice(0, kl - 2);
    return key;
  }

  /** this.key(r) === key, read from the text without making the key when the word is ASCII (lower case is then
   * A–Z → a–z, one unit for one). A word with other characters makes the key. */
  private keyIs(r: number, key: string): boolean {
    const { text } = this;
    const k = this.runFirst[r + 1] - 1;
    const s = this.ws[k];
    const e = this.we[k];
    // A trailing 's or ’s (the s in either case: lower case makes it "s") is not part of the key.
    let end = e;
    if (e - s >= 2 && (text.charCodeAt(e - 1) | 0x20) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) end = e - 2;
    for (let i = s; i < end; i++) if (text.charCodeAt(i) >= 0x80) return this.key(r) === key;
    if (end - s !== key.length) return false;
    for (let i = s; i < end; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== key.charCodeAt(i - s)) return false;
    }
    return true;
  }

  /** get(key) from the keyed runs: the sequences made (once per key) only for the keys looked up. */
  private keyedGet(key: string): NameSeq[] | undefined {
    let list = this.keyedSeqs!.get(key);
    if (list) return list;
    const runs = this.keyed!.get(key);
    if (!runs) return undefined;
    list = runs.map((r) => this.seq(r));
    this.keyedSeqs!.set(key, list);
    return list;
  }

  /** The first 64 runs (in text order) whose key is `key`, as nameIndex(text).get(key). */
  get(key: string): NameSeq[] | undefined {
    if (this.keyed) return this.keyedGet(key);
    if (++this.lookups > 16) {
      const m = new Map<string, number[]>();
      for (let r = 0; r < this.size; r++) {
        const kr = this.key(r);
        let list = m.get(kr);
        if (!list) m.set(kr, (list = []));
        if (list.length < 64) list.push(r);
      }
      this.keyed = m;
      this.keyedSeqs = new Map();
      return this.keyedGet(key);
    }
    if (key.length === 0) return undefined;
    // A word starts with A-Z or À-Þ, whose lower case is the code + 32: a key can only match a run whose last word
    // starts with (key[0] - 32); lower case never shortens a word, so it has at most key.length + 2 characters.
    const first = key.charCodeAt(0) - 32;
    const { ws, we, runFirst, text } = this;
    if (chainsOf !== this.serial) {
      // The chains of this index, in the shared arrays (made again only if another index used them in between).
      const heads = CHAIN_HEADS.fill(-1);
      if (chainNexts.length < runFirst.length) chainNexts = new Int32Array(Math.max(runFirst.length, chainNexts.length * 2));
      const nexts = chainNexts;
      for (let r = runFirst.length - 2; r >= 0; r--) {
        const b = text.charCodeAt(ws[runFirst[r + 1] - 1]) & 0xff;
        nexts[r] = heads[b];
        heads[b] = r;
      }
      chainsOf = this.serial;
    }
    const nexts = chainNexts;
    let list: NameSeq[] | undefined;
    // (every run whose last word starts with `first` is in its chain, in text order)
    for (let r = CHAIN_HEADS[first & 0xff]; r >= 0; r = nexts[r]) {
      const k = runFirst[r + 1] - 1;
      if (text.charCodeAt(ws[k]) !== first || we[k] - ws[k] > key.length + 2) continue;
      if (!this.keyIs(r, key)) continue;
      (list ??= []).push(this.seq(r));
      if (list.length >= 64) break;
    }
    return list;
  }
}

/** Every run of capitalized words ("Russian President Vladimir Putin"), indexed by last word (and in text order). */
export function nameIndex(text: string): Map<string, NameSeq[]> & { ordered?: NameSeq[] } {
  const runs = new NameRuns(text);
  const index: Map<string, NameSeq[]> & { ordered?: NameSeq[] } = new Map<string, NameSeq[]>();
  const ordered: NameSeq[] = [];
  index.ordered = ordered;
  for (let r = 0; r < runs.size; r++) {
    const key = runs.key(r);
    let list = index.get(key);
    if (!list) index.set(key, (list = []));
    const seq = runs.seq(r);
    if (list.length < 64) list.push(seq);
    ordered.push(seq);
  }
  return index;
}

/** The name part of a sequence: its trailing words that are not titles. */
function namePart(words: string[], endWord: number): string[] {
  return words.slice(namePartStart(words, endWord), endWord);
}
/** Where namePart(words, endWord) starts in words. */
function namePartStart(words: string[], endWord: number): number {
  let k = endWord;
  while (k > 0 && !TITLE_WORDS.has(words[k - 1].replace(/\.$/, ''))) k--;
  return k;
}

// ---- Per-surface facts, computed once per distinct source text (and gazetteer) and reused across attributions and
// analyze calls: a source phrase recurs many times in an article and across articles. Bounded caches.
const CACHE_MAX = 1 << 14;
function cached<K, V>(m: Map<K, V>, k: K, f: (k: K) => V): V {
  let v = m.get(k);
  if (v === undefined) {
    if (m.size >= CACHE_MAX) m.clear();
    m.set(k, (v = f(k)));
  }
  return v;
}

/** Bit 1: the text names a woman (FEMALE_WORDS), bit 2: a man (MALE_WORDS). Both are word lists, so the bits of
 * "a b" are the bits of a | the bits of b. */
const GENDER_BITS = new Map<string, number>();
const genderBits = (s: string): number => cached(GENDER_BITS, s, (x) => (FEMALE_WORDS.test(x) ? 1 : 0) | (MALE_WORDS.test(x) ? 2 : 0));
/** A role's lower-case words (as `role.toLowerCase().split(/[\s,]+/)`). */
const ROLE_WORDS = new Map<string, string[]>();
const roleWordsOf = (r: string): string[] => cached(ROLE_WORDS, r, (x) => x.toLowerCase().split(/[\s,]+/));
/** ''.toLowerCase().split(/[\s,]+/): the role words of a speaker without a role. */
const NO_ROLE_WORDS: readonly string[] = [''];
/** A name's lower-case words without a leading article (as `n.toLowerCase().replace(LEADING, '').split(/\s+/).filter(Boolean)`). */
const BARE_ROLE_WORDS = new Map<string, string[]>();
const bareRoleWordsOf = (n: string): string[] => cached(BARE_ROLE_WORDS, n, (x) => x.toLowerCase().replace(LEADING, '').split(/\s+/).filter(Boolean));
const NAME_KEYS = new Map<string, string>();
const nameKeyOf = (n: string): string => cached(NAME_KEYS, n, nameKey);
const LAST_NAMES = new Map<string, string>();
const lastNameOf = (n: string): string => cached(LAST_NAMES, n, lastName);

interface SurfaceFacts {
  /** The source text with white space folded. */
  surface: string;
  low: string;
  /** PRONOUNS' entry for low, if any. */
  pr: (typeof PRONOUNS)[string] | undefined;
  outletId: string | undefined;
  name: string | null;
  role: string | null;
  /** A name of at most five words. */
  named: boolean;
  key: string;
  last: string;
  /** For a role alone: */
  roleText: string;
  /** 'role:' + roleText and 'outlet:' + outletId: the speakers' map keys, made (and hashed) once per surface. */
  roleKey: string;
  outletKey: string;
  roleWords: string[];
  head: string;
  mods: string[];
  startsWithThe: boolean;
  kind: SpeakerKind;
  /** The surface without a leading article (a new role speaker's name). */
  bareName: string;
  genderBits: number;
}

const SURFACES = new WeakMap<Gazetteer, Map<string, SurfaceFacts>>();
/** The gazetteer asked for last and its map (almost always the one default gazetteer). */
let lastGazetteer: Gazetteer | null = null;
let lastSurfaces: Map<string, SurfaceFacts> | null = null;

function surfaceFacts(raw: string, gazetteer: Gazetteer): SurfaceFacts {
  let m = gazetteer === lastGazetteer ? lastSurfaces : SURFACES.get(gazetteer);
  if (!m) SURFACES.set(gazetteer, (m = new Map()));
  lastGazetteer = gazetteer;
  lastSurfaces = m;
  let f = m.get(raw);
  if (f === undefined) {
    if (m.size >= CACHE_MAX) m.clear();
    // The cache keeps a copy: a V8 slice of 13+ characters would keep the whole text alive.
    const own = raw.length < 13 ? raw : (' ' + raw).slice(1);
    m.set(own, (f = computeSurfaceFacts(own, gazetteer)));
  }
  return f;
}

/** PRONOUNS' entry for a lower-case source, through a map. */
const PRONOUN_MAP = new Map(Object.entries(PRONOUNS));
const pronounOf = (low: string): (typeof PRONOUNS)[string] | undefined => PRONOUN_MAP.get(low);
/** How many spaces s has (s.split(' ').length - 1). */
function spaces(s: string): number {
  let k = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) k++;
  return k;
}

function computeSurfaceFacts(raw: string, gazetteer: Gazetteer): SurfaceFacts {
  const surface = collapseSpace(raw);
  const low = surface.toLowerCase();
  const pr = pronounOf(low);
  const outletId = pr ? undefined : gazetteer.byAlias.get(surface) ?? gazetteer.byAlias.get(surface.replace(/^the\s+/i, '')) ?? findOutletIn(surface, gazetteer);
  const { name, role } = pr || outletId ? { name: null, role: null } : splitFolded(surface);
  const named = !!name && spaces(name) <= 4;
  const roleText = (role ?? low).toLowerCase().replace(LEADING, '');
  const roleWords = wordsOf(roleText);
  const head = roleWords[roleWords.length - 1] ?? '';
  const kind: SpeakerKind = VAGUE_SOURCES.has(head) || /s$/.test(head) ? 'group' : ORG_HEADS.has(head) ? 'organization' : 'unknown';
  return {
    surface,
    low,
    pr,
    outletId,
    name,
    role,
    named,
    key: named ? nameKey(name!) : '',
    last: named ? lastName(name!) : '',
    roleText,
    roleKey: 'role:' + roleText,
    outletKey: outletId ? 'outlet:' + outletId : '',
    roleWords,
    head,
    mods: roleWords.slice(0, -1),
    startsWithThe: /^the /i.test(surface),
    kind,
    bareName: surface.replace(/^(?:the|a|an)\s+/i, ''),
    genderBits: genderBits(surface),
  };
}

export function resolveSpeakers(text: string, attributions: Attribution[], gazetteer: Gazetteer, custom: readonly CustomSpeaker[] = []): Speaker[] {
  const speakers: Speaker[] = [];
  const gender: ('m' | 'f' | '')[] = [];
  const byKey = new Map<string, number>();
  const byLast = new Map<string, number>();
  let index: NameRuns | null = null;
  const idx = () => (index ??= new NameRuns(text));

  for (const c of custom) {
    const id = speakers.length;
    speakers.push({ id, name: c.name, role: c.role ?? null, kind: 'person', mentions: [], aliases: [c.name, ...(c.aliases ?? [])], outlet: null });
    gender.push('');
    byKey.set(nameKey(c.name), id);
    byLast.set(lastName(c.name), id);
    for (const a of c.aliases ?? []) byKey.set(nameKey(a), id);
  }
  let lastPerson = -1;
  // The last person of each gender (undefined: none, or the slot was cleared).
  let lastM: number | undefined;
  let lastF: number | undefined;

  const add = (name: string, role: string | null, kind: SpeakerKind, span: Span, surface: string, outlet: string | null): number => {
    const id = speakers.length;
    speakers.push({ id, name, role, kind, mentions: [span], aliases: [surface], outlet });
    gender.push('');
    return id;
  };
  const mention = (id: number, span: Span, surface: string, role: string | null) => {
    const sp = speakers[id];
    sp.mentions.push(span);
    if (!sp.aliases.includes(surface)) sp.aliases.push(surface);
    if (role && !sp.role) sp.role = role;
  };
  // As testing FEMALE_WORDS, then MALE_WORDS on `${surface} ${role ?? ''}`.
  const setGender = (id: number, surfaceBits: number, role: string | null) => {
    if (gender[id]) return;
    const bits = surfaceBits | (role ? genderBits(role) : 0);
    if (bits & 1) gender[id] = 'f';
    else if (bits & 2) gender[id] = 'm';
  };
  const notePerson = (id: number) => {
    lastPerson = id;
    const g = gender[id];
    if (g === 'm') lastM = id;
    else if (g === 'f') lastF = id;
    else {
      lastM = id;
      lastF = id;
    }
  };

  /** The speaker of a person named in the text (found, or added with no mentions yet), for a pronoun's antecedent. */
  const personNamed = (near: string, at: Span): number => {
    const key = nameKey(near);
    let id = byKey.get(key) ?? byLast.get(lastName(near)) ?? -1;
    if (id < 0) {
      id = add(near, null, 'person', at, near, null);
      speakers[id].mentions = [];
      speakers[id].aliases = [];
      byKey.set(key, id);
      byLast.set(lastName(near), id);
    }
    return id;
  };
  for (const a of attributions) {
    if (!a.source) continue;
    const facts = surfaceFacts(text.slice(a.source[0], a.source[1]), gazetteer);
    const surface = facts.surface;
    // Pronouns: the most recent compatible person.
    const pr = facts.pr;
    if (pr && facts.low === 'who') {
      // A relative "who" speaks for the person named right before its comma, or before the appositive that precedes
      // it ("Mara Velt, a farmer near Arden, who said …"); anything else stays without a speaker.
      const near = whoAntecedent(text, idx(), a.source[0]);
      if (near) {
        const target = personNamed(near, a.source);
        mention(target, a.source, surface, null);
        a.speaker = target;
        notePerson(target);
      }
      continue;
    }
    if (pr) {
      let target = pr === 'm' ? (lastM ?? lastPerson) : pr === 'f' ? (lastF ?? lastPerson) : -1;
      if (target < 0 && (pr === 'm' || pr === 'f')) {
        // No speaker yet: the nearest person named in the text before the pronoun.
        // (Not a word of what the pronoun's speaker says: in '"We will win," he said' the speaker is no "We".)
        const near = nearestNameBefore(text, idx(), a.source[0], a.content);
        if (near) target = personNamed(near, a.source);
      }
      if (target >= 0) {
        mention(target, a.source, surface, null);
        if (!gender[target]) gender[target] = pr === 'f' ? 'f' : 'm';
        a.speaker = target;
        // The gender is now known: the other gender's slot no longer points here.
        if (pr === 'm') {
          if (lastF === target) lastF = undefined;
        } else if (lastM === target) lastM = undefined;
      }
      continue;
    }
    // Outlets
    const outletId = facts.outletId;
    if (outletId) {
      const entry = gazetteer.byId.get(outletId)!;
      const key = facts.outletKey;
      let id = byKey.get(key);
      if (id === undefined) {
        id = add(entry.name, null, 'outlet', a.source, surface, outletId);
        byKey.set(key, id);
      } else mention(id, a.source, surface, null);
      a.speaker = id;
      continue;
    }
    const { name, role } = facts;
    if (name && facts.named) {
      const key = facts.key;
      let id = byKey.get(key) ?? byLast.get(facts.last);
      if (id === undefined) {
        let full = name;
        let foundRole = role;
        if (!name.includes(' ')) {
          const f = fullNameInText(idx(), name, a.source[0]);
          if (f) {
            full = f.name;
            foundRole = foundRole ?? f.role;
            id = byKey.get(nameKeyOf(full));
          }
        } else if (!role) foundRole = roleInText(idx(), name);
        if (id === undefined) id = add(full, foundRole, 'person', a.source, surface, null);
        else mention(id, a.source, surface, role);
      } else {
        mention(id, a.source, surface, role);
        // Keep the fullest form as the canonical name.
        if (name.length > speakers[id].name.length && facts.last === lastNameOf(speakers[id].name)) speakers[id].name = name;
      }
      byKey.set(key, id);
      byKey.set(nameKeyOf(speakers[id].name), id);
      byLast.set(facts.last, id);
      a.speaker = id;
      setGender(id, facts.genderBits, speakers[id].role);
      notePerson(id);
      continue;
    }
    // A role alone: "the Russian president" / "the Russian leader" joins an earlier person with that role.
    const { head } = facts;
    let id = -1;
    if (facts.startsWithThe && head.length > 3) {
      const mods = facts.mods;
      for (let k = speakers.length - 1; k >= 0; k--) {
        const sp = speakers[k];
        if (sp.kind !== 'person') continue;
        if (!sp.role) continue;
        const rw = roleWordsOf(sp.role);
        const headOk = rw.includes(head) || (GENERIC_HEADS.has(head) && mods.length > 0);
        const modsOk = mods.every((m) => rw.includes(m));
        if (headOk && modsOk) {
          id = k;
          break;
        }
      }
    }
    if (id >= 0) {
      mention(id, a.source, surface, null);
      a.speaker = id;
      notePerson(id);
      continue;
    }
    const key = facts.roleKey;
    id = byKey.get(key) ?? -1;
    const kind = facts.kind;
    if (id < 0) {
      id = add(facts.bareName, surface, kind, a.source, surface, null);
      byKey.set(key, id);
    } else mention(id, a.source, surface, null);
    a.speaker = id;
    setGender(id, facts.genderBits, null);
    if (kind !== 'group' && kind !== 'organization') notePerson(id);
  }

  // Attributions without a source (a quotation paragraph continuing a speaker): the speaker of the nearest
  // attribution before (within the article's recent text), else the next one after.
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    if (a.source || a.speaker >= 0 || a.vague) continue;
    let prev: Attribution | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (attributions[k].speaker >= 0) { prev = attributions[k]; break; }
    let next: Attribution | undefined;
    for (let k = i + 1; k < attributions.length && k <= i + 8; k++) if (attributions[k].speaker >= 0) { next = attributions[k]; break; }
    const gap = (b: Attribution) => Math.abs(b.content[0][0] - a.content[0][0]);
    const pick = next && gap(next) < 400 && (!prev || gap(next) < gap(prev)) ? next : prev && gap(prev) < 1500 ? prev : undefined;
    if (pick) a.speaker = pick.speaker;
  }
  return mergeRoleMentions(speakers, attributions);
}

/**
 * A bare role met before the person is named ("…, says minister" in a headline, then "Fisheries Minister Tomas
 * Brandt said") is that person when exactly one named person in the article holds the role: merge it into them.
 */
function mergeRoleMentions(speakers: Speaker[], attributions: Attribution[]): Speaker[] {
  const into = new Map<number, number>();
  for (const sp of speakers) {
    if (sp.kind !== 'unknown' || sp.outlet) continue;
    const words = bareRoleWordsOf(sp.name);
    const head = words[words.length - 1] ?? '';
    if (words.length === 0 || words.length > 3 || !ROLE_NOUNS.has(head) || GENERIC_HEADS.has(head)) continue;
    const mods = words.slice(0, -1);
    const holders = speakers.filter((p) => {
      if (p.kind !== 'person' || p === sp) return false;
      const rw = p.role ? roleWordsOf(p.role) : NO_ROLE_WORDS;
      return rw.includes(head) && mods.every((m) => rw.includes(m));
    });
    if (holders.length === 1) into.set(sp.id, holders[0].id);
  }
  if (!into.size) return speakers;
  for (const [from, to] of into) {
    const a = speakers[from];
    const b = speakers[to];
    b.mentions.push(...a.mentions);
    b.mentions.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    for (const alias of a.aliases) if (!b.aliases.includes(alias)) b.aliases.push(alias);
  }
  const kept = speakers.filter((sp) => !into.has(sp.id));
  const newId = new Map<number, number>();
  kept.forEach((sp, i) => {
    newId.set(sp.id, i);
  });
  for (const [from, to] of into) newId.set(from, newId.get(to)!);
  kept.forEach((sp, i) => (sp.id = i));
  for (const a of attributions) if (a.speaker >= 0) a.speaker = newId.get(a.speaker) ?? -1;
  return kept;
}

const GENERIC_HEADS = new Set(['leader', 'official', 'head', 'chief', 'politician', 'diplomat', 'envoy']);
const ORG_HEADS = new Set(['ministry', 'government', 'agency', 'department', 'office', 'committee', 'council', 'company', 'firm', 'bank', 'party', 'court', 'commission', 'administration', 'campaign', 'police', 'army', 'military']);

const OUTLET_HINT = /\b(?:agency|news|newspaper|daily|broadcaster|television|TV|paper|outlet|radio|network|magazine|channel)\b/i;

function findOutletIn(surface: string, gazetteer: Gazetteer): string | undefined {
  if (!OUTLET_HINT.test(surface)) return undefined;
  // Longest capitalized run that is an alias ("the Russian news agency Interfax" → "Interfax").
  const words = surface.split(/\s+/);
  for (let len = Math.min(4, words.length); len >= 1; len--) {
    for (let s = words.length - len; s >= 0; s--) {
      const cand = words.slice(s, s + len).join(' ').replace(/[,.;:]$/, '');
      const id = gazetteer.byAlias.get(cand);
      if (id) return id;
    }
  }
  return undefined;
}

/** The name a relative "who" at `pos` refers to: "NAME, who" or "NAME, a/the … , who"; null when unsure. */
function whoAntecedent(text: string, runs: NameRuns, pos: number): string | null {
  const comma = text.lastIndexOf(',', pos);
  if (comma < 0 || text.slice(comma + 1, pos).trim() !== '') return null;
  let end = comma;
  const before = text.lastIndexOf(',', comma - 1);
  const segment = before >= 0 ? text.slice(before + 1, comma).trim() : '';
  // An appositive between the name and "who" starts with an article or a lower-case word.
  if (before >= 0 && comma - before < 160 && /^(?:an?|the)\s|^[a-z]/.test(segment) && !segment.includes('\n')) end = before;
  const near = nearestNameBefore(text, runs, end);
  if (!near) return null;
  const at = text.lastIndexOf(near, end);
  return at >= 0 && /^(?:[’']s)?\s*$/.test(text.slice(at + near.length, end)) ? near : null;
}

/**
 * The nearest capitalized name that ends before `pos` and is not a title or a sentence opener alone, nor inside one
 * of the spans `not` (the statement whose speaker is sought).
 */
function nearestNameBefore(text: string, runs: NameRuns, pos: number, not: readonly Span[] = []): string | null {
  let lo = 0;
  let hi = runs.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs.start(mid) < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 6; k--) {
    // Same paragraph, close by: a headline or an earlier paragraph is no antecedent.
    const start = runs.start(k);
    if (pos - start > 300 || text.slice(start, pos).includes('\n')) return null;
    if (not.some((sp) => start >= sp[0] && start < sp[1])) continue;
    const seq = runs.seq(k);
    const words = namePart(seq.words, seq.words.length);
    if (words.length && !words.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return words.join(' ').replace(/[’']s$/, '');
  }
  return null;
}

/** "Hoff" → "Clara Hoff" when the text names the person in full before (or else after) this mention. */
function fullNameInText(index: NameRuns, last: string, near: number): { name: string; role: string | null } | null {
  const list = index.get(last.toLowerCase());
  if (!list) return null;
  // The nearest sequence with a name of two words or more; its strings are made once, for it alone.
  let best: NameSeq | null = null;
  let bestK = 0;
  let bestDist = Infinity;
  for (const seq of list) {
    const n = seq.words.length;
    const k = namePartStart(seq.words, n);
    if (n - k < 2) continue;
    const dist = Math.abs(seq.start - near) + (seq.start > near ? 1e7 : 0);
    if (dist < bestDist) {
      bestDist = dist;
      best = seq;
      bestK = k;
    }
  }
  if (!best) return null;
  const words = best.words;
  return { name: words.slice(bestK).join(' ').replace(/[’']s$/, ''), role: bestK ? words.slice(0, bestK).join(' ') : null };
}

/** The title written before a full name ("Mayor Clara Hoff" → "Mayor"), from the index. */
function roleInText(index: NameRuns, name: string): string | null {
  const parts = name.split(' ');
  const list = index.get(parts[parts.length - 1].toLowerCase());
  if (!list) return null;
  for (const seq of list) {
    const w = seq.words;
    if (w.length <= parts.length) continue;
    if (w.slice(w.length - parts.length).join(' ') !== name) continue;
    const roleWords = w.slice(0, w.length - parts.length).filter((x) => TITLE_WORDS.has(x.replace(/\.$/, '')) && !/^(?:The|A|An|In|On|At|But|And|As|If|When|While|After|Before|For|Of|To|By|With|From)$/.test(x));
    if (roleWords.length) return roleWords.join(' ');
  }
  return null;
}
