// .newslens.json: the workspace's own outlets, speakers, rule severities, ignored occurrences and per-article
// settings. Read from disk, validated by hand against schemas/newslens.schema.json's rules; a broken file yields
// problems (shown in that file) and the defaults, never an exception.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { CustomSpeaker, OutletEntry, Severity } from '../analysis';
import { SEVERITIES } from '../analysis';

export const CONFIG_FILE = '.newslens.json';

export interface IgnoreEntry {
  file: string;
  rule: string;
  text: string;
}

export interface WorkspaceConfig {
  outlets: OutletEntry[];
  speakers: CustomSpeaker[];
  rules: Record<string, Severity>;
  ignore: IgnoreEntry[];
  articles: Record<string, { publicationDate?: string; disabledRules?: string[] }>;
}

export interface ConfigProblem {
  message: string;
  /** UTF-16 offset in the file where the problem is, when known. */
  offset: number;
}

export interface LoadedConfig {
  /** Absolute path of the .newslens.json, or null when there is none. */
  file: string | null;
  config: WorkspaceConfig;
  problems: ConfigProblem[];
}

export const emptyConfig = (): WorkspaceConfig => ({ outlets: [], speakers: [], rules: {}, ignore: [], articles: {} });

const KINDS = ['agency', 'broadcaster', 'newspaper', 'magazine', 'online'];
const isStr = (x: unknown): x is string => typeof x === 'string';
const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Offset of the first occurrence of a JSON key (for pointing a problem at it). */
function keyOffset(text: string, key: string, from = 0): number {
  const i = text.indexOf(JSON.stringify(key), from);
  return i >= 0 ? i : 0;
}

/** Parses and validates the text of a .newslens.json. */
export function parseWorkspaceConfig(text: string): { config: WorkspaceConfig; problems: ConfigProblem[] } {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  if (!text.trim()) return { config, problems };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    problems.push({ message: `${CONFIG_FILE} is not valid JSON (${msg}); News Lens uses its defaults.`, offset: m ? Math.min(+m[1], text.length) : 0 });
    return { config, problems };
  }
  if (!isObj(raw)) {
    problems.push({ message: `${CONFIG_FILE} must hold a JSON object; News Lens uses its defaults.`, offset: 0 });
    return { config, problems };
  }
  const known = new Set(['$schema', 'outlets', 'speakers', 'rules', 'ignore', 'articles']);
  for (const k of Object.keys(raw)) if (!known.has(k)) problems.push({ message: `Unknown property "${k}" (expected one of ${[...known].slice(1).join(', ')}).`, offset: keyOffset(text, k) });

  if (raw.outlets !== undefined) {
    if (!Array.isArray(raw.outlets)) problems.push({ message: '"outlets" must be a list.', offset: keyOffset(text, 'outlets') });
    else
      raw.outlets.forEach((o, i) => {
        const at = keyOffset(text, 'outlets');
        if (!isObj(o)) return problems.push({ message: `outlets[${i}] must be an object.`, offset: at });
        const bad: string[] = [];
        if (!isStr(o.id) || !/^[a-z0-9][a-z0-9_.-]*$/.test(o.id)) bad.push('"id" (lower-case letters, digits, _ . -)');
        if (!isStr(o.name) || !o.name) bad.push('"name"');
        if (!Array.isArray(o.aliases) || !o.aliases.every((a) => isStr(a) && a.length >= 2)) bad.push('"aliases" (a list of names, 2 characters or more)');
        if (!isStr(o.country) || !/^[A-Z]{2}$/.test(o.country)) bad.push('"country" (a two-letter code such as "FR")');
        if (!isStr(o.kind) || !KINDS.includes(o.kind)) bad.push(`"kind" (one of ${KINDS.join(', ')})`);
        if (o.founded !== undefined && !(Number.isInteger(o.founded) && (o.founded as number) >= 1600 && (o.founded as number) <= 2100)) bad.push('"founded" (a year)');
        if (o.stateControlled !== undefined && typeof o.stateControlled !== 'boolean') bad.push('"stateControlled" (true or false)');
        for (const k of ['weakAliases', 'creditAliases'] as const) {
          const v = o[k];
          if (v !== undefined && !(Array.isArray(v) && v.every((a) => isStr(a) && a.length >= 2 && Array.isArray(o.aliases) && o.aliases.includes(a)))) bad.push(`"${k}" (a list of names that are also in "aliases")`);
        }
        const idAt = isStr(o.id) ? keyOffset(text, o.id, at) : at;
        if (bad.length) problems.push({ message: `outlets[${i}]: missing or invalid ${bad.join(', ')}; this outlet is ignored.`, offset: idAt });
        else config.outlets.push(o as unknown as OutletEntry);
      });
  }
  if (raw.speakers !== undefined) {
    if (!Array.isArray(raw.speakers)) problems.push({ message: '"speakers" must be a list.', offset: keyOffset(text, 'speakers') });
    else
      raw.speakers.forEach((s, i) => {
        if (!isObj(s) || !isStr(s.name) || !s.name || (s.aliases !== undefined && !(Array.isArray(s.aliases) && s.aliases.every(isStr))) || (s.role !== undefined && !isStr(s.role)))
          problems.push({ message: `speakers[${i}] needs a "name", and optional "aliases" (list of strings) and "role" (string); ignored.`, offset: keyOffset(text, 'speakers') });
        else config.speakers.push({ name: s.name, aliases: s.aliases as string[] | undefined, role: s.role as string | undefined });
      });
  }
  if (raw.rules !== undefined) {
    if (!isObj(raw.rules)) problems.push({ message: '"rules" must be an object of rule ids to severities.', offset: keyOffset(text, 'rules') });
    else
      for (const [id, sev] of Object.entries(raw.rules)) {
        if (isStr(sev) && (SEVERITIES as readonly string[]).includes(sev)) config.rules[id] = sev as Severity;
        else problems.push({ message: `rules["${id}"] must be one of ${SEVERITIES.join(', ')}.`, offset: keyOffset(text, id, keyOffset(text, 'rules')) });
      }
  }
  if (raw.ignore !== undefined) {
    if (!Array.isArray(raw.ignore)) problems.push({ message: '"ignore" must be a list.', offset: keyOffset(text, 'ignore') });
    else
      raw.ignore.forEach((x, i) => {
        if (isObj(x) && isStr(x.file) && isStr(x.rule) && isStr(x.text)) config.ignore.push({ file: x.file, rule: x.rule, text: x.text });
        else problems.push({ message: `ignore[${i}] needs "file", "rule" and "text" strings; ignored.`, offset: keyOffset(text, 'ignore') });
      });
  }
  if (raw.articles !== undefined) {
    if (!isObj(raw.articles)) problems.push({ message: '"articles" must be an object keyed by workspace-relative path.', offset: keyOffset(text, 'articles') });
    else
      for (const [file, v] of Object.entries(raw.articles)) {
        const at = keyOffset(text, file, keyOffset(text, 'articles'));
        if (!isObj(v)) {
          problems.push({ message: `articles["${file}"] must be an object.`, offset: at });
          continue;
        }
        const entry: { publicationDate?: string; disabledRules?: string[] } = {};
        if (v.publicationDate !== undefined) {
          if (isStr(v.publicationDate) && /^\d{4}-\d{2}-\d{2}$/.test(v.publicationDate)) entry.publicationDate = v.publicationDate;
          else problems.push({ message: `articles["${file}"].publicationDate must be YYYY-MM-DD.`, offset: at });
        }
        if (v.disabledRules !== undefined) {
          if (Array.isArray(v.disabledRules) && v.disabledRules.every(isStr)) entry.disabledRules = v.disabledRules as string[];
          else problems.push({ message: `articles["${file}"].disabledRules must be a list of rule ids.`, offset: at });
        }
        config.articles[file] = entry;
      }
  }
  return { config, problems };
}

/** Loads <folder>/.newslens.json (cached by modification time). */
export class WorkspaceConfigs {
  private readonly cache = new Map<string, { mtimeMs: number; loaded: LoadedConfig }>();

  constructor(private folders: string[] = []) {}

  setFolders(folders: string[]): void {
    this.folders = [...folders].sort((a, b) => b.length - a.length);
    this.cache.clear();
  }

  /** The workspace folder holding this file path (longest match), or null. */
  folderOf(filePath: string): string | null {
    return this.folders.find((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep)) ?? null;
  }

  invalidate(): void {
    this.cache.clear();
  }

  load(folder: string): LoadedConfig {
    const file = path.join(folder, CONFIG_FILE);
    let mtimeMs = -1;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return { file: null, config: emptyConfig(), problems: [] };
    }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === mtimeMs) return hit.loaded;
    let loaded: LoadedConfig;
    try {
      const { config, problems } = parseWorkspaceConfig(readFileSync(file, 'utf8'));
      loaded = { file, config, problems };
    } catch (e) {
      loaded = { file, config: emptyConfig(), problems: [{ message: `cannot read ${CONFIG_FILE}: ${(e as Error).message}`, offset: 0 }] };
    }
    this.cache.set(file, { mtimeMs, loaded });
    return loaded;
  }

  /** The config that applies to a file, and the file's path relative to its workspace folder. */
  forFile(filePath: string): { loaded: LoadedConfig; relative: string | null } {
    const folder = this.folderOf(filePath);
    if (!folder) return { loaded: { file: null, config: emptyConfig(), problems: [] }, relative: null };
    return { loaded: this.load(folder), relative: path.relative(folder, filePath).split(path.sep).join('/') };
  }
}
