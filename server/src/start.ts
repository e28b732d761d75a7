// What the editor starts (dist/start.js): it loads the language server (dist/server.js beside it) through V8's code
// cache when NEWSLENS_CODE_CACHE_DIR names a directory the client owns (the extension's global storage). Compiling the
// server's ~480 KB and running its modules' set-up takes ~40 ms less with the cache (`npm run bench`, cold start), on
// every start after the first. Without the variable, or when anything about the cache fails, the server loads as
// usual: the cache only ever saves time.
//
// The cache file is named by a hash of the server's source, the runtime (Node and V8 versions, architecture) and its
// flags, and V8 checks it again and rejects one that does not fit (the server then compiles as usual and a new file
// replaces it). It is written once, right after the server's modules have run (before any flag changes, which would
// make V8 reject it next time), to a temporary name and then renamed, so another window's server never reads half of
// it. Older files of this kind in the directory are removed.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import { Script } from 'node:vm';
import { applyServerV8Flags } from './v8Flags';

const SERVER = path.join(__dirname, 'server.js');
const PREFIX = 'server-';
const SUFFIX = '.v8cache';

/** The server compiled with the cache when there is one, and what to do after it ran; null: load it as usual. */
function compile(dir: string): { script: Script; after: () => void } | null {
  try {
    const source = readFileSync(SERVER, 'utf8');
    const key = createHash('sha256')
      .update(source)
      .update(`\0${process.version}\0${process.versions.v8}\0${process.arch}\0${process.execArgv.join(' ')}\0${process.env.NEWSLENS_V8_FLAGS ?? ''}`)
      .digest('hex')
      .slice(0, 24);
    const file = path.join(dir, `${PREFIX}${key}${SUFFIX}`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(Module.wrap(source), { filename: SERVER, cachedData });
    const after = () => {
      if (cachedData && !script.cachedDataRejected) return;
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, file);
        // (Older caches only: another server's temporary file may be half written.)
        for (const f of readdirSync(dir)) if (f.startsWith(PREFIX) && f.endsWith(SUFFIX) && f !== path.basename(file)) rmSync(path.join(dir, f), { force: true });
      } catch {
        // A read-only or full disk: the next start compiles as usual.
      }
    };
    return { script, after };
  } catch {
    return null;
  }
}

applyServerV8Flags();
const dir = process.env.NEWSLENS_CODE_CACHE_DIR;
let compiled = dir ? compile(dir) : null;
const requireServer = createRequire(SERVER);
if (!compiled) requireServer(SERVER);
else {
  // What require() does for a CommonJS file, with the script compiled above.
  const m = new Module(SERVER, module);
  m.filename = SERVER;
  const run = compiled.script.runInThisContext() as (...a: unknown[]) => void;
  run.call(m.exports, m.exports, requireServer, m, SERVER, path.dirname(SERVER));
  m.loaded = true;
  compiled.after();
  // (the cache's bytes need not stay in memory)
  compiled = null;
}
