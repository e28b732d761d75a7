// newslens export / newslens import: the editor's annotations leave and come back in annotation-tool formats.
//   newslens export --format brat|prodigy|doccano|webanno --out DIR [--date D] [--force] FILE...
//   newslens import --format brat FILE.ann --text FILE.txt [--out SIDECAR] [--force]
// Export analyzes each article, applies its sidecar (<article>.annotations.json) and writes the corrected result.
// Import compares the .ann with the analysis of the text and writes the sidecar that reproduces it.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../analysis';
import { importBrat } from '../annotations/brat';
import { EXPORT_FORMATS, planExport } from '../annotations/exportFiles';
import type { ExportFormat, ExportInput } from '../annotations/exportFiles';
import { readSidecar, readTracked, sidecarPath, writeAtomic, writeFiles } from '../annotations/io';
import { serializeAnnotations } from '../annotations/webAnnotation';

export const ANNOTATION_USAGE = `  newslens export --format brat|prodigy|doccano|webanno --out DIR [--date YYYY-MM-DD] [--force] FILE...
  newslens import --format brat FILE.ann --text FILE.txt [--out SIDECAR.json] [--force]
`;

interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface Args {
  format: string | null;
  out: string | null;
  text: string | null;
  date: string | null;
  force: boolean;
  files: string[];
  error: string | null;
}

function parse(argv: string[]): Args {
  const a: Args = { format: null, out: null, text: null, date: null, force: false, files: [], error: null };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = (name: string) => {
      const v = x.includes('=') ? x.slice(x.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') a.error = `${name} needs a value`;
      return v ?? null;
    };
    if (x === '--format' || x.startsWith('--format=')) a.format = value('--format');
    else if (x === '--out' || x.startsWith('--out=')) a.out = value('--out');
    else if (x === '--text' || x.startsWith('--text=')) a.text = value('--text');
    else if (x === '--date' || x.startsWith('--date=')) {
      a.date = value('--date');
      if (a.date && !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) a.error = `--date needs YYYY-MM-DD, got ${JSON.stringify(a.date)}`;
    } else if (x === '--force') a.force = true;
    else if (x.startsWith('-') && x !== '-') a.error = `unknown option ${x}`;
    else a.files.push(x);
  }
  return a;
}

function readText(file: string, io: IO): string | null {
  try {
    const t = readFileSync(file, 'utf8');
    if (t.includes('\u0000')) {
      io.stderr(`newslens: ${file} looks like a binary file (it contains NUL bytes); skipped\n`);
      return null;
    }
    return t;
  } catch (e) {
    io.stderr(`newslens: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return null;
  }
}

export function runExport(argv: string[], io: IO): number {
  const a = parse(argv);
  if (!a.error && !a.format) a.error = '--format is required';
  if (!a.error && !(EXPORT_FORMATS as readonly string[]).includes(a.format!)) a.error = `--format must be one of ${EXPORT_FORMATS.join(', ')}`;
  if (!a.error && !a.out) a.error = '--out DIR is required';
  if (!a.error && !a.files.length) a.error = 'no article files given';
  if (a.error) {
    io.stderr(`newslens export: ${a.error}\n\nUsage:\n${ANNOTATION_USAGE}`);
    return 2;
  }
  let failed = 0;
  const inputs: ExportInput[] = [];
  for (const f of a.files) {
    const text = readText(f, io);
    if (text === null) {
      failed++;
      continue;
    }
    const { annotations, problems } = readSidecar(f, text);
    for (const p of problems) io.stderr(`newslens: ${p}\n`);
    inputs.push({ name: path.basename(f), text, model: analyze(text, { publicationDate: a.date }), annotations });
  }
  const plan = planExport(inputs, a.format as ExportFormat);
  const res = writeFiles(a.out!, plan.files, a.force);
  for (const art of plan.articles) {
    io.stderr(`newslens: ${art.name}: ${art.entities} items${art.orphans ? `, ${art.orphans} orphaned annotation${art.orphans === 1 ? '' : 's'} not exported` : ''}\n`);
  }
  for (const f of res.failed) io.stderr(`newslens: ${f.message}\n`);
  for (const w of res.written) io.stdout(`${w}\n`);
  return failed || res.failed.length ? 1 : 0;
}

export function runImport(argv: string[], io: IO): number {
  const a = parse(argv);
  if (!a.error && a.format !== 'brat') a.error = '--format brat is the import format';
  if (!a.error && a.files.length !== 1) a.error = 'name exactly one .ann file';
  if (!a.error && !a.text) a.error = '--text FILE.txt is required (the article the .ann annotates)';
  if (a.error) {
    io.stderr(`newslens import: ${a.error}\n\nUsage:\n${ANNOTATION_USAGE}`);
    return 2;
  }
  const ann = readText(a.files[0], io);
  const text = readText(a.text!, io);
  if (ann === null || text === null) return 1;
  const { annotations, problems } = importBrat(ann, text, analyze(text, { publicationDate: a.date }));
  for (const p of problems) io.stderr(`newslens: ${a.files[0]}: ${p}\n`);
  const target = path.resolve(a.out ?? sidecarPath(a.text!));
  const before = readTracked(target);
  if (before.text !== null && !a.force) {
    io.stderr(`newslens: ${target} exists; not overwritten (use --force to replace it)\n`);
    return 1;
  }
  const r = writeAtomic(target, serializeAnnotations(annotations, path.basename(a.text!), text), { roots: [path.dirname(target)], expected: before.stamp });
  if (!r.ok) {
    io.stderr(`newslens: ${r.message}\n`);
    return 1;
  }
  io.stderr(`newslens: ${annotations.length} annotation${annotations.length === 1 ? '' : 's'} imported\n`);
  io.stdout(`${r.path}\n`);
  return 0;
}
