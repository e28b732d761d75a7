// One speaker per person: names, short names ("Putin", "Mr Putin"), roles ("the Russian president") and pronouns
// resolve to one Speaker with a canonical name and the role the text gives.
import type { Attribution, CustomSpeaker, Speaker, SpeakerKind, Span } from './model';
import { PRONOUNS, ROLE_NOUNS, VAGUE_SOURCES } from './lexicon';
import type { Gazetteer } from './agencies/agencies';

const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Gen|Lt|Col|Maj|Capt|Sen|Rep|Gov|Pres|President|Prime Minister|Minister|Chancellor|Secretary|Ambassador|Judge|Justice|King|Queen|Prince|Princess|Pope|Rev|Father|Sheikh|Chairman)\.?\s+/;
const LEADING = /^(?:the|a|an|another|one|two|three|several|many|some|other)\s+/i;

/** Splits "Russian President Vladimir Putin" into role "Russian President" and name "Vladimir Putin". */
export function splitRoleAndName(phrase: string): { name: string | null; role: string | null } {
  let p = phrase.replace(/\s+/g, ' ').trim();
  // Appositive: "Andrei Lankov, a North Korea expert at Kookmin University"
  const comma = p.indexOf(',');
  let appos: string | null = null;
  if (comma > 0) {
    appos = p.slice(comma + 1).trim();
    p = p.slice(0, comma).trim();
  }
  const words = p.split(' ');
  // The name is the trailing run of capitalized words that are not role nouns.
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1];
    if (/^\p{Lu}/u.test(w) && !ROLE_NOUNS.has(w.toLowerCase()) && !/^(?:The|A|An)$/.test(w)) k--;
    else break;
  }
  let name: string | null = words.slice(k).join(' ') || null;
  let role: string | null = words.slice(0, k).join(' ') || null;
  if (name && role === null && appos) role = appos;
  else if (appos && role) role = `${role}, ${appos}`;
  if (name) name = name.replace(HONORIFICS, '').replace(/[’']s$/, '');
  if (role) role = role.replace(LEADING, '').trim() || null;
  if (name && /^(?:He|She|They|We|I|It)$/.test(name)) name = null;
  return { name, role };
}

const lastName = (n: string) => n.split(' ').pop()!.toLowerCase();
/** "Kim Jong-il" and "Kim Jong Il" are one name. */
const nameKey = (n: string) => n.toLowerCase().replace(/[-\s.]+/g, ' ').trim();

export function resolveSpeakers(
  text: string,
  attributions: Attribution[],
  gazetteer: Gazetteer,
  custom: readonly CustomSpeaker[] = [],
): Speaker[] {
  const speakers: Speaker[] = [];
  const byKey = new Map<string, number>();
  const byLast = new Map<string, number>();
  for (const c of custom) {
    const id = speakers.length;
    speakers.push({ id, name: c.name, role: c.role ?? null, kind: 'person', mentions: [], aliases: [c.name, ...(c.aliases ?? [])], outlet: null });
    byKey.set(nameKey(c.name), id);
    byLast.set(lastName(c.name), id);
    for (const a of c.aliases ?? []) byKey.set(nameKey(a), id);
  }
  let lastPerson = -1;
  const lastByGender: Record<string, number> = {};

  const add = (name: string, role: string | null, kind: SpeakerKind, span: Span, surface: string, outlet: string | null): number => {
    const id = speakers.length;
    speakers.push({ id, name, role, kind, mentions: [span], aliases: [surface], outlet });
    return id;
  };
  const mention = (id: number, span: Span, surface: string, role: string | null) => {
    const sp = speakers[id];
    sp.mentions.push(span);
    if (!sp.aliases.includes(surface)) sp.aliases.push(surface);
    if (role && !sp.role) sp.role = role;
  };

  for (const a of attributions) {
    if (!a.source) continue;
    const surface = text.slice(a.source[0], a.source[1]).replace(/\s+/g, ' ').trim();
    const low = surface.toLowerCase();
    // Pronouns
    const pr = PRONOUNS[low];
    if (pr) {
      const target = pr === 'm' || pr === 'f' ? (lastByGender[pr] ?? lastPerson) : -1;
      if (target >= 0) {
        mention(target, a.source, surface, null);
        a.speaker = target;
      }
      continue;
    }
    // Outlets
    const outletId = gazetteer.byAlias.get(surface.replace(/^the /i, (m) => m)) ?? gazetteer.byAlias.get(surface.replace(/^the\s+/i, '')) ?? findOutletIn(surface, gazetteer);
    if (outletId) {
      const entry = gazetteer.byId.get(outletId)!;
      const key = 'outlet:' + outletId;
      let id = byKey.get(key);
      if (id === undefined) {
        id = add(entry.name, null, 'outlet', a.source, surface, outletId);
        byKey.set(key, id);
      } else mention(id, a.source, surface, null);
      a.speaker = id;
      continue;
    }
    const { name, role } = splitRoleAndName(surface);
    if (name && name.split(' ').length <= 5) {
      const key = nameKey(name);
      let id = byKey.get(key) ?? byLast.get(lastName(name));
      if (id === undefined) {
        id = add(name.includes(' ') ? name : fullNameInText(text, name, a.source[0]) ?? name, role, 'person', a.source, surface, null);
        if (!role) speakers[id].role = roleInText(text, speakers[id].name);
      } else {
        mention(id, a.source, surface, role);
        // Keep the fullest form as the canonical name.
        if (name.length > speakers[id].name.length && lastName(name) === lastName(speakers[id].name)) speakers[id].name = name;
      }
      byKey.set(key, id);
      byLast.set(lastName(name), id);
      a.speaker = id;
      lastPerson = id;
      // Gender from a nearby pronoun is unknown here; titles give it.
      if (/^(?:Mr|Sir|King|Prince|Father)\b/.test(surface)) lastByGender.m = id;
      else if (/^(?:Mrs|Ms|Miss|Dame|Queen|Princess)\b/.test(surface)) lastByGender.f = id;
      else {
        lastByGender.m = id;
        lastByGender.f = id;
      }
      continue;
    }
    // A role alone: "the Russian president" joins an earlier speaker with that role; otherwise a group.
    const roleText = (role ?? low).toLowerCase().replace(LEADING, '');
    const head = roleText.split(' ').pop() ?? '';
    let id = -1;
    if (/^the /i.test(surface)) {
      for (let k = speakers.length - 1; k >= 0; k--) {
        const r = speakers[k].role?.toLowerCase() ?? '';
        if (r && speakers[k].kind === 'person' && (r.endsWith(roleText) || r.split(/[\s,]+/).includes(head)) && head.length > 3) {
          id = k;
          break;
        }
      }
    }
    if (id >= 0) {
      mention(id, a.source, surface, null);
      a.speaker = id;
      lastPerson = id;
      continue;
    }
    const key = 'role:' + roleText;
    id = byKey.get(key) ?? -1;
    const kind: SpeakerKind = VAGUE_SOURCES.has(head) || /s$/.test(head) ? 'group' : 'unknown';
    if (id < 0) {
      id = add(surface.replace(/^(?:the|a|an)\s+/i, ''), surface, kind, a.source, surface, null);
      byKey.set(key, id);
    } else mention(id, a.source, surface, null);
    a.speaker = id;
    if (kind !== 'group') lastPerson = id;
  }

  // Direct quotes without a cue: the speaker of the nearest attribution before (same or previous paragraph), else
  // the next one after (a quote whose speaker comes a sentence or two later).
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i];
    if (a.source || a.speaker >= 0) continue;
    const next = attributions.slice(i + 1).find((b) => b.speaker >= 0);
    const prev = [...attributions.slice(0, i)].reverse().find((b) => b.speaker >= 0);
    const gap = (b: Attribution) => Math.abs((b.content[0][0] ?? 0) - a.content[0][0]);
    const pick = next && gap(next) < 400 && (!prev || gap(next) < gap(prev)) ? next : prev && gap(prev) < 1500 ? prev : undefined;
    if (pick) a.speaker = pick.speaker;
  }
  return speakers;
}

function findOutletIn(surface: string, gazetteer: Gazetteer): string | undefined {
  if (!/\b(?:agency|news|newspaper|daily|broadcaster|television|TV|paper|outlet)\b/i.test(surface)) return undefined;
  const re = new RegExp(gazetteer.re.source, 'g');
  const m = re.exec(surface);
  return m ? gazetteer.byAlias.get(m[0]) : undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_FIRST_NAME = /^(?:The|A|An|In|On|At|But|And|As|If|When|While|After|Before|President|Minister|Mayor|Governor|Senator|Chief|General|Gen|Mr|Mrs|Ms|Dr|Prime|Foreign|Finance|Fire|Museum|Opposition|Election|Commission|Chairman|Director|Secretary|Spokesman|Spokeswoman|Admiral|Judge|Captain|Colonel|Deputy|Vice|Former|State|Police)$/;

/** "Hoff" → "Clara Hoff" when the text names the person in full before (or after) this mention. */
function fullNameInText(text: string, last: string, near: number): string | null {
  const re = new RegExp(`((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\\.? ){1,2})${escapeRe(last)}\\b`, 'g');
  let best: string | null = null;
  let bestDist = Infinity;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[1].trim().split(' ').filter((w) => !NOT_FIRST_NAME.test(w.replace(/\.$/, '')));
    if (!words.length) continue;
    const dist = Math.abs(m.index - near) + (m.index > near ? 10000 : 0);
    if (dist < bestDist) {
      bestDist = dist;
      best = `${words.join(' ')} ${last}`;
    }
  }
  return best;
}

/** The title written before a full name ("Mayor Clara Hoff" → "Mayor"). */
function roleInText(text: string, name: string): string | null {
  const m = new RegExp(`((?:[A-Z][a-z]+\\.? ){1,3})${escapeRe(name)}\\b`).exec(text);
  if (!m) return null;
  const words = m[1].trim().split(' ').filter((w) => NOT_FIRST_NAME.test(w.replace(/\.$/, '')) && !/^(?:The|A|An|In|On|At|But|And|As|If|When|While|After|Before)$/.test(w));
  return words.length ? words.join(' ') : null;
}
