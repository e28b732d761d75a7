// Safe file writes for annotations and exports (Node fs; the only module here that touches the disk).
// - atomic: write a temporary file beside the target, fsync, then rename over it — a reader never sees half a file;
// - no lost updates: a write names the stamp of what it read; if the file changed on disk since, it is refused
//   with a conflict result and nothing is written;
// - contained: a path outside every allowed root (after resolving `..` and symbolic links) is refused.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { parseAnnotations } from './webAnnotation';
import type { NewsAnnotation } from './webAnnotation';

/** What a file was when it was read: absent, or its size, mtime and content hash. */
export interface Stamp {
  exists: boolean;
  size: number;
  mtimeMs: number;
  sha1: string;
}

export const ABSENT: Stamp = { exists: false, size: 0, mtimeMs: 0, sha1: '' };

export interface TrackedRead {
  path: string;
  /** null when the file does not exist. */
  text: string | null;
  stamp: Stamp;
}

export type WriteResult =
  | { ok: true; path: string; stamp: Stamp }
  | { ok: false; reason: 'conflict' | 'outside' | 'error'; path: string; message: string };

const sha1 = (s: string | Buffer) => createHash('sha1').update(s).digest('hex');

export function stampOf(file: string): Stamp {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return ABSENT;
    return { exists: true, size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(fs.readFileSync(file)) };
  } catch {
    return ABSENT;
  }
}

/** Reads a file and remembers its stamp for a later conflict-checked write. Never throws for a missing file. */
export function readTracked(file: string): TrackedRead {
  try {
    const buf = fs.readFileSync(file);
    const st = fs.statSync(file);
    return { path: file, text: buf.toString('utf8'), stamp: { exists: true, size: st.size, mtimeMs: st.mtimeMs, sha1: sha1(buf) } };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { path: file, text: null, stamp: ABSENT };
    throw e;
  }
}

/** Same content as when read? (content decides; a touched but identical file is not a conflict). */
export function sameStamp(a: Stamp, b: Stamp): boolean {
  if (a.exists !== b.exists) return false;
  if (!a.exists) return true;
  return a.size === b.size && a.sha1 === b.sha1;
}

/** The real path of `p` (resolving symlinks of the deepest existing ancestor), for containment checks. */
function realish(p: string): string {
  let cur = path.resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(cur), ...rest.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return path.join(cur, ...rest.reverse());
      rest.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** Is `file` inside one of `roots` (the root itself excluded for files)? */
export function isInside(file: string, roots: readonly string[]): boolean {
  const f = realish(file);
  return roots.some((r) => {
    const root = realish(r);
    const rel = path.relative(root, f);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

export interface WriteOptions {
  /** The file must lie inside one of these directories. Required: an empty list refuses every write. */
  roots: readonly string[];
  /** The stamp of the version the new content was derived from; omitted = the file must not exist. */
  expected?: Stamp;
  /** Skip the conflict check (used for fresh export files the user chose to overwrite). */
  overwrite?: boolean;
}

let tmpCounter = 0;

/** Writes `content` to `file` atomically, refusing paths outside the roots and files changed since read. */
export function writeAtomic(file: string, content: string, opts: WriteOptions): WriteResult {
  const target = path.resolve(file);
  if (!isInside(target, opts.roots)) {
    return { ok: false, reason: 'outside', path: target, message: `refusing to write ${target}: it is outside ${opts.roots.length ? opts.roots.join(', ') : 'any allowed folder'}` };
  }
  if (!opts.overwrite) {
    const now = stampOf(target);
    if (!sameStamp(now, opts.expected ?? ABSENT)) {
      return { ok: false, reason: 'conflict', path: target, message: `${target} changed on disk since it was read; not overwritten` };
    }
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.${(tmpCounter++).toString(36)}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(tmp, 'wx', 0o644);
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Last check right before the rename: nobody wrote the file while we prepared ours.
    if (!opts.overwrite && !sameStamp(stampOf(target), opts.expected ?? ABSENT)) {
      fs.rmSync(tmp, { force: true });
      return { ok: false, reason: 'conflict', path: target, message: `${target} changed on disk since it was read; not overwritten` };
    }
    fs.renameSync(tmp, target);
    return { ok: true, path: target, stamp: stampOf(target) };
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing to clean
    }
    return { ok: false, reason: 'error', path: target, message: `cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/** The sidecar path of an article: `<article>.annotations.json`. */
export const sidecarPath = (articlePath: string) => `${articlePath}.annotations.json`;

/** Reads the sidecar of an article file (absent → no annotations). Never throws. */
export function readSidecar(articlePath: string, text?: string): { annotations: NewsAnnotation[]; problems: string[]; read: TrackedRead } {
  const file = sidecarPath(articlePath);
  let read: TrackedRead;
  try {
    read = readTracked(file);
  } catch (e) {
    return { annotations: [], problems: [`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`], read: { path: file, text: null, stamp: ABSENT } };
  }
  if (read.text === null) return { annotations: [], problems: [], read };
  const { annotations, problems } = parseAnnotations(read.text, text);
  return { annotations, problems: problems.map((p) => `${file}: ${p}`), read };
}

export interface WritePlanResult {
  written: string[];
  skipped: string[];
  failed: { path: string; reason: string; message: string }[];
}

/**
 * Writes export files into `outDir` (each atomically; never outside outDir). An existing file with different content
 * is a conflict unless `force`; an identical one is skipped.
 */
export function writeFiles(outDir: string, files: readonly { path: string; content: string }[], force = false): WritePlanResult {
  const res: WritePlanResult = { written: [], skipped: [], failed: [] };
  const root = path.resolve(outDir);
  try {
    fs.mkdirSync(root, { recursive: true });
  } catch (e) {
    res.failed.push({ path: root, reason: 'error', message: `cannot create ${root}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return res;
  }
  for (const f of files) {
    const target = path.resolve(root, f.path);
    const before = readTracked(target);
    if (before.text === f.content) {
      res.skipped.push(target);
      continue;
    }
    if (before.text !== null && !force) {
      res.failed.push({ path: target, reason: 'conflict', message: `${target} exists with other content; not overwritten (use --force)` });
      continue;
    }
    const r = writeAtomic(target, f.content, { roots: [root], expected: before.stamp });
    if (r.ok) res.written.push(target);
    else res.failed.push({ path: r.path, reason: r.reason, message: r.message });
  }
  return res;
}
