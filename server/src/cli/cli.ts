// newslens: the analysis engine on the command line.
//   newslens analyze FILE…            a readable summary per article
//   newslens analyze --json FILE…     the whole model as JSON
//   newslens analyze --jsonl          JSONL on stdin → JSONL on stdout (../shared/eval/FORMAT.md)
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyze, summary, toEvalRecord } from '../analysis';
import { ANNOTATION_USAGE, runExport, runImport } from './export';

const USAGE = `Usage:
  newslens analyze [--json] [--date YYYY-MM-DD] FILE...
  newslens analyze --jsonl [--date YYYY-MM-DD] < in.jsonl > out.jsonl
${ANNOTATION_USAGE}  newslens --help | --version

Options:
  --json          print the full analysis model of each file as JSON
  --jsonl         read {"id","text","dct"?} lines on stdin, write one result line per input line on stdout
  --date D        publication date to anchor relative dates (otherwise read from the article)
  -h, --help      show this help
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

interface Parsed {
  command: string | null;
  json: boolean;
  jsonl: boolean;
  date: string | null;
  files: string[];
  help: boolean;
  version: boolean;
  error: string | null;
}

export function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { command: null, json: false, jsonl: false, date: null, files: [], help: false, version: false, error: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') p.json = true;
    else if (a === '--jsonl') p.jsonl = true;
    else if (a === '-h' || a === '--help') p.help = true;
    else if (a === '--version' || a === '-v') p.version = true;
    else if (a === '--date' || a.startsWith('--date=')) {
      const v = a.includes('=') ? a.slice(7) : argv[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) p.error = `--date needs a date as YYYY-MM-DD, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`;
      else p.date = v;
    } else if (a.startsWith('-') && a !== '-') p.error = `unknown option ${a}`;
    else if (!p.command) p.command = a;
    else p.files.push(a);
  }
  if (!p.error && !p.help && !p.version) {
    if (!p.command) p.help = true;
    else if (p.command !== 'analyze') p.error = `unknown command ${JSON.stringify(p.command)}`;
    else if (!p.jsonl && p.files.length === 0) p.error = 'no files given (or use --jsonl to read JSONL on stdin)';
    else if (p.jsonl && p.files.length > 0) p.error = '--jsonl reads standard input; do not name files with it';
  }
  return p;
}

/** Analyzes one JSONL line; returns the output line, or an error line and a message. */
export function processLine(line: string, lineNo: number, date: string | null): { out: string; error: string | null } {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch (e) {
    return { out: JSON.stringify({ id: null, error: 'invalid JSON' }), error: `line ${lineNo}: invalid JSON (${(e as Error).message})` };
  }
  if (!doc || typeof doc !== 'object' || typeof (doc as { text?: unknown }).text !== 'string') {
    const id = doc && typeof doc === 'object' && 'id' in doc ? String((doc as { id: unknown }).id) : null;
    return { out: JSON.stringify({ id, error: 'no "text" string' }), error: `line ${lineNo}: expected an object with a "text" string` };
  }
  const d = doc as { id?: unknown; text: string; dct?: unknown };
  const id = d.id === undefined || d.id === null ? String(lineNo) : String(d.id);
  // A dct may carry a time ("2000-07-20T13:37"); the date part anchors the article.
  const dct = typeof d.dct === 'string' && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(d.dct) ? d.dct.slice(0, 10) : date;
  const model = analyze(d.text, { publicationDate: dct });
  return { out: JSON.stringify(toEvalRecord(id, model)), error: null };
}

async function runJsonl(date: string | null, io: CliIO): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let bad = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    const { out, error } = processLine(line, n, date);
    io.stdout(out + '\n');
    if (error) {
      bad++;
      io.stderr(`newslens: ${error}\n`);
    }
  }
  return bad ? 1 : 0;
}

function runFiles(files: string[], json: boolean, date: string | null, io: CliIO): number {
  let failed = 0;
  const models: unknown[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch (e) {
      failed++;
      io.stderr(`newslens: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      continue;
    }
    if (text.includes('\u0000')) {
      failed++;
      io.stderr(`newslens: ${f} looks like a binary file (it contains NUL bytes); skipped\n`);
      continue;
    }
    const model = analyze(text, { publicationDate: date });
    if (json) models.push({ file: f, ...model });
    else io.stdout(`== ${f}\n${summary(text, model)}\n\n`);
  }
  if (json) io.stdout(JSON.stringify(models.length === 1 ? models[0] : models, null, 1) + '\n');
  return failed ? 1 : 0;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'export') return runExport(argv.slice(1), io);
  if (argv[0] === 'import') return runImport(argv.slice(1), io);
  const p = parseArgs(argv);
  if (p.error) {
    io.stderr(`newslens: ${p.error}\n\n${USAGE}`);
    return 2;
  }
  if (p.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (p.version) {
    io.stdout('newslens 0.1.0\n');
    return 0;
  }
  if (p.jsonl) return runJsonl(p.date, io);
  return runFiles(p.files, p.json, p.date, io);
}

if (require.main === module) {
  const io: CliIO = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`newslens: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
