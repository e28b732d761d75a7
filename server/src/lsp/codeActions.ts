// Quick fixes for News Lens diagnostics: add an attribution (a snippet with the article's likely speakers as choices),
// ignore this occurrence, disable the rule for this file, disable it for the workspace. The last three edit
// .newslens.json (creating it when needed) and never the article. Other features contribute their own code actions
// through `codeActionContributors` so the server keeps one codeActionProvider.
import { CodeActionKind } from 'vscode-languageserver';
import type { CodeAction, Diagnostic, Range, TextDocumentEdit, WorkspaceEdit, CreateFile } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleModel } from '../analysis';
import { RULES_BY_ID } from '../analysis';
import { INSERT_ATTRIBUTION_COMMAND } from '../../../protocol/protocol';
import type { InsertAttributionArgs } from '../../../protocol/protocol';
import { likelySpeakers } from './hover';
import { dateCodeActions } from './dateActions';

export interface ConfigFileState {
  /** file: URI of the workspace's .newslens.json. */
  uri: string;
  /** Its current text, or null when the file does not exist. */
  text: string | null;
  /** Version of the open document, or null when it is not open. */
  version: number | null;
}

export interface CodeActionInput {
  doc: TextDocument;
  model: ArticleModel;
  range: Range;
  diagnostics: Diagnostic[];
  /** The article's path relative to its workspace folder (as .newslens.json keys it), or null outside a workspace. */
  relative: string | null;
  /** The workspace's .newslens.json, or null when the article is in no workspace folder. */
  config: ConfigFileState | null;
  /** Client capabilities that decide the shape of edits. */
  snippetEdits: boolean;
  documentChanges: boolean;
  createFiles: boolean;
  /** Only these kinds, when the client asks for some (CodeActionContext.only). */
  only?: string[];
}

/** Another feature's code actions (e.g. the dates feature's "Set the article's date"). */
export type CodeActionContributor = (input: CodeActionInput) => CodeAction[];
export const codeActionContributors: CodeActionContributor[] = [];

export const ATTRIBUTION_CUES = ['said', 'told reporters', 'says', 'according to'];

/** Escapes text for a snippet choice ${1|a,b|}. */
export const escapeChoice = (s: string) => s.replace(/[\\$}|,]/g, (c) => '\\' + c);

/** Where an attribution goes: just before the sentence's final punctuation (and any closing quote mark). */
export function attributionInsertOffset(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  let k = e;
  while (k > start && /[”"’'»)\]]/.test(text[k - 1])) k--;
  if (k > start && /[.!]/.test(text[k - 1])) return k - 1;
  return e;
}

/** The snippet "…, ${1|Tomas Brandt,Ilse Marr|} ${2|said,told reporters|}" for the given speakers. */
export function attributionSnippet(speakers: string[], cues = ATTRIBUTION_CUES.slice(0, 2)): string {
  const who = speakers.length ? `\${1|${speakers.map(escapeChoice).join(',')}|}` : '${1:source}';
  return `, ${who} \${2|${cues.map(escapeChoice).join(',')}|}`;
}

/** The JSON text of .newslens.json after `change`; keeps the file's indentation. Null when the file is not valid JSON
 *  (the quick fix is then not offered: we never overwrite a file we cannot read). */
export function editConfigText(old: string | null, change: (cfg: Record<string, unknown>) => void): string | null {
  let cfg: Record<string, unknown> = {};
  let indent: string | number = 2;
  if (old !== null && old.trim()) {
    try {
      const parsed = JSON.parse(old.replace(/^\uFEFF/, ''));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
      cfg = parsed as Record<string, unknown>;
    } catch {
      return null;
    }
    const m = /\n([ \t]+)"/.exec(old);
    if (m) indent = m[1].startsWith('\t') ? '\t' : m[1].length;
  }
  change(cfg);
  const eol = old && /\r\n/.test(old) ? '\r\n' : '\n';
  return JSON.stringify(cfg, null, indent).replace(/\n/g, eol) + eol;
}

export const ignoreChange = (file: string, rule: string, text: string) => (cfg: Record<string, unknown>) => {
  const list = Array.isArray(cfg.ignore) ? (cfg.ignore as unknown[]) : [];
  if (!list.some((x) => x && typeof x === 'object' && (x as Record<string, unknown>).file === file && (x as Record<string, unknown>).rule === rule && (x as Record<string, unknown>).text === text))
    list.push({ file, rule, text });
  cfg.ignore = list;
};

export const disableForFileChange = (file: string, rule: string) => (cfg: Record<string, unknown>) => {
  const articles = cfg.articles && typeof cfg.articles === 'object' && !Array.isArray(cfg.articles) ? (cfg.articles as Record<string, Record<string, unknown>>) : {};
  const entry = articles[file] && typeof articles[file] === 'object' ? articles[file] : {};
  const rules = Array.isArray(entry.disabledRules) ? (entry.disabledRules as unknown[]) : [];
  if (!rules.includes(rule)) rules.push(rule);
  entry.disabledRules = rules;
  articles[file] = entry;
  cfg.articles = articles;
};

export const disableForWorkspaceChange = (rule: string) => (cfg: Record<string, unknown>) => {
  const rules = cfg.rules && typeof cfg.rules === 'object' && !Array.isArray(cfg.rules) ? (cfg.rules as Record<string, unknown>) : {};
  rules[rule] = 'off';
  cfg.rules = rules;
};

/** A WorkspaceEdit that writes `newText` as the whole of .newslens.json, creating the file when it is missing. */
export function configEdit(config: ConfigFileState, newText: string, input: Pick<CodeActionInput, 'documentChanges' | 'createFiles'>): WorkspaceEdit | null {
  if (config.text === null) {
    if (!input.documentChanges || !input.createFiles) return null;
    const create: CreateFile = { kind: 'create', uri: config.uri, options: { ignoreIfExists: true } };
    const fill: TextDocumentEdit = { textDocument: { uri: config.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText }] };
    return { documentChanges: [create, fill] };
  }
  const lines = config.text.split('\n');
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  if (input.documentChanges) return { documentChanges: [{ textDocument: { uri: config.uri, version: config.version }, edits: [{ range: whole, newText }] }] };
  return { changes: { [config.uri]: [{ range: whole, newText }] } };
}

const sameRange = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

export function codeActionsFor(input: CodeActionInput): CodeAction[] {
  const { doc, model } = input;
  const text = doc.getText();
  const out: CodeAction[] = [];
  const wantsQuickFix = !input.only || input.only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === '');
  const perRuleSeen = new Set<string>();
  if (wantsQuickFix) {
    for (const d of input.diagnostics) {
      if (d.source !== 'News Lens' || typeof d.code !== 'string' || !RULES_BY_ID.has(d.code)) continue;
      const rule = d.code;
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const occurrence = text.slice(start, end);

      if (rule === 'claim.unattributed') {
        const at = attributionInsertOffset(text, start, end);
        const pos = doc.positionAt(at);
        const speakers = likelySpeakers(model, start);
        const title = speakers.length ? `Add an attribution (${speakers.slice(0, 3).join(', ')}${speakers.length > 3 ? ', …' : ''})` : 'Add an attribution';
        const action: CodeAction = { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true };
        if (input.snippetEdits && input.documentChanges) {
          action.edit = {
            documentChanges: [
              { textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range: { start: pos, end: pos }, snippet: { kind: 'snippet', value: attributionSnippet(speakers) } }] } as unknown as TextDocumentEdit,
            ],
          };
        } else {
          const args: InsertAttributionArgs = { uri: doc.uri, position: pos, speakers, cues: ATTRIBUTION_CUES.slice(0, 2), before: ', ', after: '' };
          action.command = { title, command: INSERT_ATTRIBUTION_COMMAND, arguments: [args] };
        }
        out.push(action);
      }

      if (!input.config || !input.relative) continue;
      const push = (title: string, change: (cfg: Record<string, unknown>) => void) => {
        const newText = editConfigText(input.config!.text, change);
        if (newText === null) return;
        const edit = configEdit(input.config!, newText, input);
        if (edit) out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit });
      };
      push('Ignore this occurrence (.newslens.json)', ignoreChange(input.relative, rule, occurrence));
      if (!perRuleSeen.has(rule)) {
        perRuleSeen.add(rule);
        const sameRule = input.diagnostics.filter((x) => x.code === rule);
        push(`Disable ${rule} for this file (.newslens.json)`, disableForFileChange(input.relative, rule));
        push(`Disable ${rule} for the workspace (.newslens.json)`, disableForWorkspaceChange(rule));
        // The per-file and workspace actions fix every diagnostic of the rule in view, not only the first.
        for (const a of out.slice(-2)) if (a.title.startsWith('Disable')) a.diagnostics = sameRule.filter((x, i, all) => all.findIndex((y) => sameRange(x.range, y.range)) === i);
      }
    }
  }
  // The dates feature's fixes (date.unanchored: set the article's publication date).
  try {
    out.push(...dateCodeActions(doc, model, { diagnostics: input.diagnostics, only: input.only }));
  } catch {
    // never hide the other fixes
  }
  for (const f of codeActionContributors) {
    try {
      out.push(...f(input));
    } catch {
      // one contributor's failure must not hide the others' actions
    }
  }
  return out;
}
