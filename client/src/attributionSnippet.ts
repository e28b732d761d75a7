// The "Add an attribution" snippet as a string (no vscode import, unit-tested in test/unit/client-commands.test.ts).
// The contract of the arguments is InsertAttributionArgs in protocol/protocol.ts.
import type { InsertAttributionArgs } from '../../protocol/protocol';

/** Escapes literal text of a snippet (`$`, `}` and `\` are syntax). */
export function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** Escapes one option of a `${n|a,b|}` choice (`,`, `|` and `\` are syntax there). */
export function escapeChoice(s: string): string {
  return s.replace(/[\\,|]/g, '\\$&');
}

function cleanList(values: unknown, fallback: string[]): string[] {
  const out: string[] = [];
  if (Array.isArray(values)) {
    for (const v of values) {
      if (typeof v !== 'string') continue;
      const t = v.replace(/\s+/g, ' ').trim();
      if (t && !out.includes(t)) out.push(t);
    }
  }
  return out.length ? out : fallback;
}

function tabstop(n: number, values: string[], placeholder: string): string {
  if (!values.length) return `\${${n}:${escapeSnippetText(placeholder)}}`;
  if (values.length === 1) return `\${${n}:${escapeSnippetText(values[0])}}`;
  return `\${${n}|${values.map(escapeChoice).join(',')}|}`;
}

/** The snippet text for InsertAttributionArgs: before + speaker choice + ' ' + cue choice + after. */
export function attributionSnippet(args: Pick<InsertAttributionArgs, 'speakers' | 'cues' | 'before' | 'after'>): string {
  const speakers = cleanList(args.speakers, []);
  const cues = cleanList(args.cues, ['said']);
  const before = typeof args.before === 'string' ? args.before : ', ';
  const after = typeof args.after === 'string' ? args.after : '';
  return `${escapeSnippetText(before)}${tabstop(1, speakers, 'source')} ${tabstop(2, cues, 'said')}${escapeSnippetText(after)}`;
}

/** Validates the untyped command argument; returns a reason string when it cannot be used. */
export function checkInsertArgs(a: unknown): InsertAttributionArgs | string {
  if (!a || typeof a !== 'object') return 'missing arguments';
  const o = a as Partial<InsertAttributionArgs>;
  if (typeof o.uri !== 'string' || !o.uri) return 'missing uri';
  const p = o.position;
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return 'bad position';
  return { uri: o.uri, position: { line: p.line, character: p.character }, speakers: cleanList(o.speakers, []), cues: o.cues, before: o.before, after: o.after };
}
