// The server's view of the user's settings (newsLens.*), with defaults and validation. Bad values fall back to
// defaults and are reported once, never thrown.
import type { Severity } from '../analysis';
import { RULES, SEVERITIES } from '../analysis';
import { DATE_HINT_MODES } from './inlayHints';
import type { DateHintMode } from './inlayHints';

export interface Settings {
  include: string[];
  publicationDate: string | null;
  maxFileSize: number;
  rules: Record<string, Severity>;
  /** When diagnostics are computed: on every edit, on save, or only with "News Lens: Check This Article". */
  checkOn: CheckOn;
  /** newsLens.semanticHighlighting.enabled: false returns no semantic tokens. */
  semanticHighlighting: boolean;
  /** newsLens.inlayHints.dates: which relative dates get an inlay hint with their value. */
  inlayHintsDates: DateHintMode;
  /** newsLens.attributions.keepUncertain: keep the statements the confidence model leaves out (AnalyzeOptions.keepUncertain). */
  keepUncertain: boolean;
}

export type CheckOn = 'edit' | 'save' | 'manual';
export const CHECK_ON: readonly CheckOn[] = ['edit', 'save', 'manual'];

export const DEFAULT_SETTINGS: Settings = {
  include: ['**/*.news', '**/articles/**/*.txt', '**/articles/**/*.md', '**/samples/**/*.txt', '**/samples/**/*.md'],
  publicationDate: null,
  maxFileSize: 5_000_000,
  rules: Object.fromEntries(RULES.map((r) => [r.id, r.defaultSeverity])),
  checkOn: 'edit',
  semanticHighlighting: true,
  inlayHintsDates: 'weekdays',
  keepUncertain: false,
};

/** Validates a raw settings object; returns the settings and the problems found. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const s: Settings = { ...DEFAULT_SETTINGS, rules: { ...DEFAULT_SETTINGS.rules } };
  if (!raw || typeof raw !== 'object') return { settings: s, problems };
  const r = raw as Record<string, unknown>;
  if (r.include !== undefined) {
    if (Array.isArray(r.include) && r.include.every((x) => typeof x === 'string')) s.include = r.include as string[];
    else problems.push('newsLens.include must be a list of glob patterns; using the default');
  }
  if (r.publicationDate !== undefined && r.publicationDate !== null && r.publicationDate !== '') {
    if (typeof r.publicationDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.publicationDate)) s.publicationDate = r.publicationDate;
    else problems.push('newsLens.publicationDate must be YYYY-MM-DD; ignored');
  }
  if (r.maxFileSize !== undefined) {
    if (typeof r.maxFileSize === 'number' && Number.isFinite(r.maxFileSize) && r.maxFileSize > 0) s.maxFileSize = r.maxFileSize;
    else problems.push('newsLens.maxFileSize must be a positive number; using the default');
  }
  if (r.rules !== undefined && r.rules !== null) {
    if (typeof r.rules === 'object') {
      for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!(id in s.rules)) problems.push(`newsLens.rules: unknown rule "${id}"`);
        else if (typeof sev === 'string' && (SEVERITIES as string[]).includes(sev)) s.rules[id] = sev as Severity;
        else problems.push(`newsLens.rules.${id} must be one of ${SEVERITIES.join(', ')}`);
      }
    } else problems.push('newsLens.rules must be an object of rule ids to severities');
  }
  if (r.checkOn !== undefined) {
    if (typeof r.checkOn === 'string' && (CHECK_ON as string[]).includes(r.checkOn)) s.checkOn = r.checkOn as CheckOn;
    else problems.push(`newsLens.checkOn must be one of ${CHECK_ON.join(', ')}; using "edit"`);
  }
  const sh = r.semanticHighlighting;
  if (sh !== undefined && sh !== null) {
    const enabled = typeof sh === 'object' ? (sh as Record<string, unknown>).enabled : undefined;
    if (enabled === undefined) {
      // nothing set
    } else if (typeof enabled === 'boolean') s.semanticHighlighting = enabled;
    else problems.push('newsLens.semanticHighlighting.enabled must be true or false');
  }
  const hints = r.inlayHints as Record<string, unknown> | undefined;
  if (hints && typeof hints === 'object' && hints.dates !== undefined) {
    if (typeof hints.dates === 'string' && (DATE_HINT_MODES as string[]).includes(hints.dates)) s.inlayHintsDates = hints.dates as DateHintMode;
    else problems.push(`newsLens.inlayHints.dates must be one of ${DATE_HINT_MODES.join(', ')}; using "weekdays"`);
  }
  const attr = r.attributions as Record<string, unknown> | undefined;
  if (attr && typeof attr === 'object' && attr.keepUncertain !== undefined && attr.keepUncertain !== null) {
    if (typeof attr.keepUncertain === 'boolean') s.keepUncertain = attr.keepUncertain;
    else problems.push('newsLens.attributions.keepUncertain must be true or false');
  }
  return { settings: s, problems };
}

/** A glob ("**\/articles/**\/*.md") as a regular expression over a path with forward slashes. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close > i) {
        re += '(?:' + glob.slice(i + 1, close).split(',').map((x) => x.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|') + ')';
        i = close;
      } else re += '\\{';
    } else re += /[.+^$()|[\]\\]/.test(c) ? '\\' + c : c;
  }
  return new RegExp('(?:^|/)' + re.replace(/^\(\?:\.\*\/\)\?/, '') + '$');
}

/** Settings for one article once its workspace's .newslens.json is applied: its rules override the user's, and
 *  an article's own entry can set its publication date and turn rules off. */
export function withWorkspaceConfig(
  settings: Settings,
  config: { rules: Record<string, Severity>; articles: Record<string, { publicationDate?: string; disabledRules?: string[] }> },
  relative: string | null,
): Settings {
  const rules = { ...settings.rules, ...config.rules };
  const article = relative ? config.articles[relative] : undefined;
  for (const id of article?.disabledRules ?? []) rules[id] = 'off';
  return { ...settings, rules, publicationDate: article?.publicationDate ?? settings.publicationDate };
}
