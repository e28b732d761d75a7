// dist/start.js, what the editor starts: it loads dist/server.js through V8's code cache in the directory the client
// names (NEWSLENS_CODE_CACHE_DIR). The cache is written on the first start, used as it is afterwards, replaced when it
// does not fit, and a start without the variable or with an unusable directory still serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startServer, waitFor } from '../helpers/lspClient';

const START = path.resolve(__dirname, '../../dist/start.js');
const ARTICLE = 'Ferry fares rise\n\nFares will rise by a third next year.\n';

/** Starts the server through start.js, checks that it analyzes an article, stops it. */
async function serves(env: Record<string, string>, uri: string): Promise<void> {
  const server = await startServer({ script: START, env });
  try {
    server.open(uri, ARTICLE);
    const d = await waitFor(() => server.diagnostics.get(uri), 'diagnostics');
    assert.ok(d.diagnostics.some((x) => x.code === 'claim.unattributed'), JSON.stringify(d.diagnostics.map((x) => x.code)));
  } finally {
    await server.stop();
  }
}

const cacheFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.v8cache'));
  } catch {
    return [];
  }
};

test('the first start writes the code cache; the next one reads it and leaves it as it is', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'newslens-cache-'));
  const dir = path.join(root, 'not yet made');
  try {
    await serves({ NEWSLENS_CODE_CACHE_DIR: dir }, 'file:///start/one.news');
    const files = cacheFiles(dir);
    assert.equal(files.length, 1, `one cache file, got ${JSON.stringify(readdirSync(dir))}`);
    const file = path.join(dir, files[0]);
    const bytes = readFileSync(file);
    assert.ok(bytes.length > 10_000, `a cache of ${bytes.length} bytes`);
    const written = statSync(file).mtimeMs;
    await serves({ NEWSLENS_CODE_CACHE_DIR: dir }, 'file:///start/two.news');
    // Accepted by V8, so not written again (and no temporary file left behind).
    assert.deepEqual(readdirSync(dir), files);
    assert.equal(statSync(file).mtimeMs, written);
    assert.ok(readFileSync(file).equals(bytes));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a cache that does not fit (garbage, another version) is rejected, the server serves, and a good one replaces it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newslens-cache-'));
  try {
    await serves({ NEWSLENS_CODE_CACHE_DIR: dir }, 'file:///start/a.news');
    const [name] = cacheFiles(dir);
    const file = path.join(dir, name);
    const good = readFileSync(file);
    const garbage = Buffer.alloc(good.length, 0x5a);
    writeFileSync(file, garbage);
    // A file of an older server version beside it is removed when a new cache is written.
    writeFileSync(path.join(dir, 'server-0123456789abcdef01234567.v8cache'), 'old');
    await serves({ NEWSLENS_CODE_CACHE_DIR: dir }, 'file:///start/b.news');
    assert.deepEqual(cacheFiles(dir), [name]);
    const now = readFileSync(file);
    assert.ok(!now.equals(garbage), 'the rejected cache was replaced');
    assert.ok(now.length > 10_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without a cache directory, or with one that cannot be made, the server starts as usual', async () => {
  await serves({}, 'file:///start/none.news');
  const root = mkdtempSync(path.join(tmpdir(), 'newslens-cache-'));
  try {
    // A file where the directory should be: nothing can be written there.
    const blocked = path.join(root, 'file');
    writeFileSync(blocked, 'not a directory');
    await serves({ NEWSLENS_CODE_CACHE_DIR: path.join(blocked, 'cache') }, 'file:///start/blocked.news');
    assert.equal(readFileSync(blocked, 'utf8'), 'not a directory');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
