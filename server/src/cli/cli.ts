// newslens: the analysis engine on the command line.
//   newslens analyze FILE…            a readable summary per article
//   newslens analyze --json FILE…     the whole model as JSON
//   newslens analyze --jsonl          JSONL on stdin → JSONL on stdout (../shared/eval/FORMAT.md)
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze, summary } from '../analysis';
import { RAMP_BYTES, runBatch, runJsonlStream } from './jsonl';
import { ANNOTATION_USAGE, runExport, runImport } from './export';
export { processLine } from './line';

const USAGE = `Usage:
  newslens analyze [--json] [--date YYYY-MM-DD] [--keep-uncertain] FILE...
  newslens analyze --jsonl [--jobs N] [--date YYYY-MM-DD] [--keep-uncertain] < in.jsonl > out.jsonl
${ANNOTATION_USAGE}  newslens --help | --version

Options:
  --json          print the full analysis model of each file as JSON
  --jsonl         read {"id","text","dct"?} lines on stdin, write one result line per input line on stdout
                  (streamed: any input size in constant memory; output in input order)
  --jobs N        analyze JSONL with N worker threads (default: up to the number of cores, one more per
                  16 MB of input, since each thread first spends seconds optimizing the engine)
  --progress      show a progress bar on stderr (default: only when stderr is a terminal)
  --no-progress   never show the progress bar
  --date D        publication date to anchor relative dates (otherwise read from the article)
  --keep-uncertain
                  also report the statements the confidence model leaves out (weak cues, doubtful spans):
                  more recall, less precision
  -h, --help      show this help
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface Parsed {
  command: string | null;
  json: boolean;
  jsonl: boolean;
  date: string | null;
  keepUncertain: boolean;
  jobs: number | null;
  progress: boolean | null;
  files: string[];
  help: boolean;
  version: boolean;
  error: string | null;
}

/** Options as data: add a flag here (and, for a new subcommand, an entry in COMMANDS). */
interface OptionSpec {
  names: string[];
  /** Takes a value (`--x V` or `--x=V`); returns an error message or null. */
  value?: (p: Parsed, v: string | undefined) => string | null;
  flag?: (p: Parsed) => void;
}
const OPTIONS: OptionSpec[] = [
  { names: ['--json'], flag: (p) => (p.json = true) },
  { names: ['--jsonl'], flag: (p) => (p.jsonl = true) },
  { names: ['-h', '--help'], flag: (p) => (p.help = true) },
  { names: ['-v', '--version'], flag: (p) => (p.version = true) },
  { names: ['--progress'], flag: (p) => (p.progress = true) },
  { names: ['--no-progress'], flag: (p) => (p.progress = false) },
  { names: ['--keep-uncertain'], flag: (p) => (p.keepUncertain = true) },
  {
    names: ['--date'],
    value: (p, v) => {
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return `--date needs a date as YYYY-MM-DD, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`;
      p.date = v;
      return null;
    },
  },
  {
    names: ['--jobs', '-j'],
    value: (p, v) => {
      const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : NaN;
      if (!(n >= 1 && n <= 256)) return `--jobs needs a number of threads from 1 to 256, got ${v === undefined ? 'nothing' : JSON.stringify(v)}`;
      p.jobs = n;
      return null;
    },
  },
];

/** Subcommands: each checks its own arguments. */
const COMMANDS: Record<string, (p: Parsed) => string | null> = {
  analyze: (p) => {
    if (!p.jsonl && p.files.length === 0) return 'no files given (or use --jsonl to read JSONL on stdin)';
    if (p.jsonl && p.files.length > 0) return '--jsonl reads standard input; do not name files with it';
    return null;
  },
};

export function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { command: null, json: false, jsonl: false, date: null, keepUncertain: false, jobs: null, progress: null, files: [], help: false, version: false, error: null };
  for (let i = 0; i < argv.length && !p.error; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const spec = a.startsWith('-') && a !== '-' ? OPTIONS.find((o) => o.names.includes(name)) : undefined;
    if (spec?.value) p.error = spec.value(p, eq > 0 ? a.slice(eq + 1) : argv[++i]);
    else if (spec?.flag && eq < 0) spec.flag(p);
    else if (a.startsWith('-') && a !== '-') p.error = `unknown option ${a}`;
    else if (!p.command) p.command = a;
    else p.files.push(a);
  }
  if (!p.error && !p.help && !p.version) {
    if (!p.command) p.help = true;
    else if (!COMMANDS[p.command]) p.error = `unknown command ${JSON.stringify(p.command)}`;
    else p.error = COMMANDS[p.command](p);
  }
  return p;
}

function runFiles(files: string[], json: boolean, date: string | null, io: CliIO, keepUncertain = false): number {
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
    const model = analyze(text, { publicationDate: date, keepUncertain });
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
  if (p.jsonl) {
    const bad = await runJsonlStream({
      date: p.date,
      keepUncertain: p.keepUncertain,
      jobs: p.jobs ?? Math.max(1, availableParallelism()),
      // Without --jobs, threads beyond the first start as the input grows (each one's warm-up must pay off).
      rampBytes: p.jobs === null ? RAMP_BYTES : 0,
      progress: p.progress ?? !!process.stderr.isTTY,
      input: process.stdin,
      output: process.stdout,
      errors: process.stderr,
      workerScript: __filename.endsWith('.js') ? __filename : undefined,
    });
    return bad ? 1 : 0;
  }
  return runFiles(p.files, p.json, p.date, io, p.keepUncertain);
}

if (!isMainThread && workerData?.newslensWorker) {
  // A JSONL worker: batches of lines in, result text out.
  const { date, keepUncertain } = workerData as { date: string | null; keepUncertain?: boolean };
  parentPort!.on('message', (b: { seq: number; firstLine: number; lines: string[] }) => parentPort!.postMessage(runBatch(b, date, !!keepUncertain)));
} else if (require.main === module) {
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
