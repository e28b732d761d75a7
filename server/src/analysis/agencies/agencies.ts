// Agency and media citations: every mention of an outlet from the gazetteer, with its role in the article
// (dateline, source list, "according to", "X said", credit line, photo credit, or a mere mention).
import type { AgencyMention, AgencyRole, OutletEntry, Paragraph, Span, Structure } from '../model';
import outletsData from './outlets.json';

export const OUTLETS: readonly OutletEntry[] = outletsData as OutletEntry[];

export interface Gazetteer {
  byId: Map<string, OutletEntry>;
  /** Alias (exact case) → entry id. */
  byAlias: Map<string, string>;
  /** One regex over all aliases, longest first. */
  re: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildGazetteer(extra: readonly OutletEntry[] = []): Gazetteer {
  const byId = new Map<string, OutletEntry>();
  for (const o of [...OUTLETS, ...extra]) byId.set(o.id, o);
  const byAlias = new Map<string, string>();
  for (const o of byId.values()) {
    for (const a of [o.name, ...o.aliases]) if (a.length >= 2) byAlias.set(a, o.id);
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
  const re = new RegExp(`(?<![\\w-])(?:${aliases.join('|')})(?![\\w-])`, 'g');
  return { byId, byAlias, re };
}

let defaultGazetteer: Gazetteer | null = null;
export function gazetteerFor(extra?: readonly OutletEntry[]): Gazetteer {
  if (extra && extra.length) return buildGazetteer(extra);
  return (defaultGazetteer ??= buildGazetteer());
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

const SAID_AFTER = /^(?:'s?|’s?)?\s*(?:news agency\s+|agency\s+|newspaper\s+|television\s+|TV\s+)?(?:said|says|reported|reports|quoted|cited|announced|added|claimed|stated|wrote|carried|published|learned|has learned|noted)\b/;
const ACCORDING_BEFORE = /\baccording to (?:a report (?:by|in|from) |reports? (?:by|in|from) |a statement (?:by|from) )?(?:the )?(?:(?:state|official|state-run|state-owned|[A-Z][a-z]+|[A-Z][a-z]+ state) )?(?:news agency |agency |newspaper |broadcaster |daily |television |TV )?$/i;
const SAID_BEFORE = /\b(?:(?:state|official|state-run|state-owned)\s+)?(?:news agency|agency|newspaper|broadcaster|media|daily|television|TV)\s*,?\s*$/i;
const REPORT_BEFORE = /\b(?:told|quoted by|reported by|cited by|interview with|a report (?:by|in|from)|a count by|reports? (?:by|in|from)|a dispatch from|an? \w+ (?:by|in|from))\s+(?:the\s+)?$/i;

/** Finds outlet mentions and their roles. */
export function findAgencies(text: string, structure: Structure, gazetteer: Gazetteer): AgencyMention[] {
  const out: AgencyMention[] = [];
  const datelineOutlets: Span[] = structure.dateline?.outlets ?? [];
  const re = new RegExp(gazetteer.re.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const alias = m[0];
    const id = gazetteer.byAlias.get(alias);
    if (!id) continue;
    const entry = gazetteer.byId.get(id)!;
    const s = m.index;
    const e = s + alias.length;
    const para = paragraphAt(structure.paragraphs, s);
    if (para && para.kind === 'frontMatter') continue;
    const role = roleOf(text, s, e, para, datelineOutlets, alias);
    if (role === null) continue;
    out.push({ span: [s, e], id, name: entry.name, role });
  }
  return out;
}

function roleOf(text: string, s: number, e: number, para: Paragraph | null, datelineOutlets: Span[], alias: string): AgencyRole | null {
  for (const d of datelineOutlets) if (d[0] <= s && e <= d[1]) return 'dateline';
  const before = text.slice(Math.max(0, s - 80), s);
  const after = text.slice(e, Math.min(text.length, e + 60));
  // Look-alikes: "AP" or "AA" in running text that is not followed by a citation cue and not in a list.
  const shortAcronym = alias.length <= 3 && /^[A-Z]+$/.test(alias);
  // Photo credit: "AP/YURI KADOBNOV", "(AP Photo/Jane Doe)", "Photo: Reuters".
  if (/^(?: Photo)?\/\s*[A-Z]/.test(after) || /(?:Photo|PHOTO|Picture)\s*:\s*$/.test(before) || (para && para.kind === 'caption' && /[/(]\s*$/.test(before))) return 'photo_credit';
  if (para && (para.kind === 'credit' || para.kind === 'signoff')) return 'credit';
  if (/\b(?:reporting by|contributed by|compiled by|from|of|by)\s+(?:the\s+)?$/i.test(before) && /\b(?:[Rr]eporting|contributed|COMPILED|[Cc]ompiled)\b/.test(before)) return 'credit';
  if (/==\s*$/.test(before)) return 'credit';
  // Source list: "(Reuters, AP, July 19)" or "(AFP)" at the end of a paragraph.
  const open = before.lastIndexOf('(');
  if (open >= 0 && !before.slice(open).includes(')')) {
    const inside = before.slice(open + 1);
    const close = after.indexOf(')');
    const rest = close >= 0 ? after.slice(0, close) : '';
    if (/^(?:[\w.&'/ -]+,\s*)*$/.test(inside) && close >= 0 && /^(?:\s*,\s*[\w.&'/ -]+)*$/.test(rest)) return 'parenthetical';
  }
  if (ACCORDING_BEFORE.test(before)) return 'according_to';
  if (SAID_AFTER.test(after)) return 'said';
  if (SAID_BEFORE.test(before) && /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|reported|reports)\b/.test(after)) return 'said';
  if (REPORT_BEFORE.test(before)) return 'said';
  if (shortAcronym && !/^\s*(?:,|\))/.test(after)) return null;
  return 'other';
}
