// npm run bench: engine throughput, editor latency over the real protocol, cold start, bundle sizes and scale.
// Writes bench/RESULTS.md. Every part has a time budget so the whole run stays under 10 minutes on 2 cores;
// when a budget cuts a part short, the table says how many samples it got.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, statSync, rmSync, existsSync, createReadStream, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { article, variant } from './gen.mjs';
import { ROOT, start, positionAt, pct, rssMB, waitFor, CODE_CACHE_DIR } from './lsp.mjs';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const only = [...args].find((a) => a.startsWith('--only='))?.slice(7).split(',');
// --only=lsp is the editor part (latency, cold start, memory) under its other name.
const want = (part) => !only || only.includes(part) || (part === 'latency' && only.includes('lsp'));
const TMP = path.join(ROOT, 'bench/.tmp');
mkdirSync(TMP, { recursive: true });
// The server's code cache starts empty (the first server started creates it, as in a fresh install).
rmSync(CODE_CACHE_DIR, { recursive: true, force: true });
const out = [];
const md = (s = '') => {
  out.push(s);
  console.log(s);
};
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
const KB = (n) => (n >= 1e6 ? `${n / 1e6} MB` : `${n / 1e3} KB`);
const node = process.execPath;
/** The gold corpus beside the checkout (../shared/eval), when present: real articles for the parts that need them. */
const polnearTrain = () =>
  [path.resolve(ROOT, '../shared/eval/polnear.train.jsonl'), '/work/shared/eval/polnear.train.jsonl'].find((f) => existsSync(f)) ?? null;
const t00 = Date.now();

md('# News Lens benchmark');
md();
md(`- Date: ${new Date().toISOString()}`);
md(`- Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average at start ${loadavg().map(f2).join(' / ')}`);
md('- The machine is shared (other jobs run at the same time), so numbers are noisy; compare ratios measured in the same run.');
md();

// ---------------------------------------------------------------- build
execFileSync(node, ['esbuild.js', '--production'], { cwd: ROOT, stdio: 'inherit' });
// The engine alone, built for the product's target (node20; esbuild.js): what ships is what is measured.
createRequire(import.meta.url)('esbuild').buildSync({ entryPoints: [path.join(ROOT, 'server/src/analysis/index.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: `${TMP}/analysis.js`, logLevel: 'warning' });

if (want('bundle')) {
  md('## Bundle sizes (production build, minified)');
  md();
  md('| bundle | size | target |');
  md('|---|---:|---|');
  for (const b of ['client', 'server', 'start', 'indexWorker', 'cli']) {
    const size = statSync(path.join(ROOT, `dist/${b}.js`)).size;
    md(`| dist/${b}.js${b === 'start' ? ' (what the editor starts: loads server.js through the code cache)' : ''} | ${(size / 1024).toFixed(size < 10 * 1024 ? 1 : 0)} KB | ${b === 'server' ? (size < 500 * 1024 ? '< 500 KB ✔' : '< 500 KB ✘') : ''} |`);
  }
  const dataDir = path.join(ROOT, 'dist/data');
  const data = existsSync(dataDir) ? readdirSync(dataDir).reduce((n, f) => n + statSync(path.join(dataDir, f)).size, 0) : 0;
  md(`| dist/data/*.br (data the server and index workers read at start; the CLI carries its own copy) | ${(data / 1024).toFixed(0)} KB |  |`);
  md();
}

// ---------------------------------------------------------------- engine
if (want('engine')) {
  md('## Engine throughput (full analysis; median of runs after a 1.5 s warm-up; peak RSS of the measuring process)');
  md();
  const sizes = QUICK ? [1e4, 1e5, 1e6] : [1e4, 1e5, 1e6, 1e7];
  const plan = { 1e4: 40, 1e5: 15, 1e6: 5, 1e7: 3 };
  const budget = QUICK ? 4000 : 10000;
  const res = {};
  for (const size of sizes) {
    for (const engine of ['newslens', 'wink', 'regex']) {
      const line = execFileSync(node, ['--max-old-space-size=4096', path.join(ROOT, 'bench/engine.mjs'), engine, String(size), String(plan[size]), String(budget)], { encoding: 'utf8' });
      res[`${engine}:${size}`] = JSON.parse(line.trim().split('\n').pop());
    }
  }
  md('| size | News Lens MB/s | runs | peak RSS | wink-nlp MB/s | peak RSS | one regex MB/s | News Lens ÷ wink | News Lens ÷ regex |');
  md('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const n = res[`newslens:${size}`];
    const w = res[`wink:${size}`];
    const r = res[`regex:${size}`];
    md(`| ${KB(size)} | ${f1(n.mbs)} | ${n.runs} | ${f1(n.peakRssMB)} MB | ${f1(w.mbs)} | ${f1(w.peakRssMB)} MB | ${f1(r.mbs)} | ${f2(n.mbs / w.mbs)}× | ${f2(n.mbs / r.mbs)}× |`);
  }
  const top = sizes[sizes.length - 1];
  const big = res[`newslens:${top}`];
  const mid = res['newslens:100000'];
  // The table's sizes run minutes apart, and a shared host's speed drifts by a third in that time: the linearity
  // target is measured with the two sizes in alternation, in one process.
  const lin = JSON.parse(execFileSync(node, ['--expose-gc', '--max-old-space-size=4096', path.join(ROOT, 'bench/engine.mjs'), 'linearity', String(top), '6', QUICK ? '10000' : '40000'], { encoding: 'utf8' }).trim().split('\n').pop());
  md();
  md(
    `Linearity: time per byte at ${KB(top)} ÷ at 100 KB = ${f2(lin.ratio)} (target ≤ 1.2), measured in alternation in one process: ` +
      `the median of ${lin.rounds} rounds' ratios (${lin.ratios.map(f2).join(', ')}), each round one ${KB(top)} analysis and the same bytes in 100 KB analyses, ` +
      `each side starting on a collected heap and the order swapped every round; summed over the rounds, ${f2(lin.pooled)} (${f1(lin.bigMbs)} and ${f1(lin.smallMbs)} MB/s); ` +
      `from the table's separate runs, ${f2(mid.mbs / big.mbs)}. Targets: ≥ 10 MB/s and ≥ 4× wink-nlp.`,
  );
  md();
  // The same ratio against wink-nlp, with both engines in one process taking turns, so that the host's drift between
  // the table's separate runs does not move it.
  const vs = (size, file) =>
    JSON.parse(execFileSync(node, ['--max-old-space-size=4096', path.join(ROOT, 'bench/engine.mjs'), 'versus', size, size === 'real' ? '4' : '20', QUICK ? '6000' : '15000', ...(file ? [file] : [])], { encoding: 'utf8' }).trim().split('\n').pop());
  const v1 = vs('100000');
  md(
    `News Lens ÷ wink-nlp in alternation (one process, the two engines taking turns on the same text, ${v1.rounds} rounds): ` +
      `${f2(v1.ratio)}× on the 100 KB article (${f1(v1.newslensMbs)} and ${f1(v1.winkMbs)} MB/s)` +
      (polnearTrain() ? (() => {
        const v2 = vs('real', polnearTrain());
        return `, ${f2(v2.ratio)}× on real news (PolNeAR train's ${v2.articles} articles, each on its own, ${v2.rounds} rounds: ${f1(v2.newslensMbs)} and ${f1(v2.winkMbs)} MB/s).`;
      })() : '.'),
  );
  md();
  // The generated articles repeat six samples, so their vocabulary stays small; real news, with a large one, runs
  // slower (more of its tables fall out of the processor's caches). Shown beside the table, when the gold corpus is there.
  const corpus = polnearTrain();
  if (corpus) {
    const one = (engine) =>
      JSON.parse(execFileSync(node, ['--max-old-space-size=4096', path.join(ROOT, 'bench/engine.mjs'), engine, 'real', '3', String(QUICK ? 8000 : 20000), corpus], { encoding: 'utf8' }).trim().split('\n').pop());
    const n = one('newslens');
    const w = one('wink');
    md(
      `**Real news** (the ${n.articles} articles of PolNeAR train, ../shared/eval, ${f2(n.size / 1e6)} MB of text, each analyzed on its own; ` +
        `median of ${n.runs} passes after one): News Lens ${f1(n.mbs)} MB/s, wink-nlp ${f1(w.mbs)} MB/s (median of ${w.runs}), ${f2(n.mbs / w.mbs)}×. ` +
        `In batches, as the CLI analyzes a JSONL stream (\`analyzeMany\`: each stage over up to 256 articles or 256 KB before the next stage; ` +
        `its passes alternate with the ones above): ${f1(n.batchedMbs)} MB/s, ${f2(n.batchedMbs / n.mbs)}× one article after another.`,
    );
    md();
  }
  // Where the time goes, stage by stage (the pipeline's own clock): what a faster engine would have to cut.
  const stages = (size, file) =>
    JSON.parse(execFileSync(node, ['--max-old-space-size=4096', path.join(ROOT, 'bench/engine.mjs'), 'stages', size, size === 'real' ? '3' : '30', QUICK ? '4000' : '10000', ...(file ? [file] : [])], { encoding: 'utf8' }).trim().split('\n').pop());
  const perMB = (r) => {
    const xs = Object.entries(r.perMB).filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]);
    const total = Object.values(r.perMB).reduce((n, ms) => n + ms, 0);
    return `${xs.map(([k, ms]) => `${k} ${ms.toFixed(0)}`).join(', ')}; ${total.toFixed(0)} in all`;
  };
  md(
    `Where the time goes (ms per MB of text, stage by stage, the pipeline's own clock; 10 MB/s is 100 ms per MB in all): ` +
      `the 100 KB article: ${perMB(stages('100000'))}` +
      (corpus ? `; real news (PolNeAR train, each article on its own): ${perMB(stages('real', corpus))}.` : '.'),
  );
  md();
}

// ---------------------------------------------------------------- editor latency
async function latency(size) {
  const text = article(size);
  const s = await start();
  const caps = s.init.capabilities;
  const uri = `file:///bench/articles/a${size}.news`;
  const r = { size };
  const samples = QUICK ? 40 : 200;
  const budget = QUICK ? 5000 : size >= 1e6 ? 10000 : size >= 1e5 ? 8000 : 6000;
  // didOpen → diagnostics (a fresh uri each time, closed afterwards)
  let xs = [];
  let t0 = performance.now();
  for (let i = 0; i < samples && performance.now() - t0 < budget; i++) {
    const u = `file:///bench/articles/open${size}-${i}.news`;
    const p = s.diagnosticsFor(u, 1);
    const a = performance.now();
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'news', version: 1, text } });
    xs.push((await p) - a);
    s.conn.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  }
  r.open = xs;
  // keep one document open for the rest
  const first = s.diagnosticsFor(uri, 1);
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  await first;
  let doc = text;
  let version = 1;
  xs = [];
  t0 = performance.now();
  const mid = Math.floor(text.length / 2);
  for (let i = 0; i < samples && performance.now() - t0 < budget; i++) {
    version++;
    // alternately insert and delete one character in the middle
    const insert = version % 2 === 0;
    const pos = positionAt(doc, mid);
    const change = insert
      ? { range: { start: pos, end: pos }, text: 'x' }
      : { range: { start: pos, end: positionAt(doc, mid + 1) }, text: '' };
    doc = insert ? doc.slice(0, mid) + 'x' + doc.slice(mid) : doc.slice(0, mid) + doc.slice(mid + 1);
    const p = s.diagnosticsFor(uri, version);
    const a = performance.now();
    s.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    xs.push((await p) - a);
  }
  r.change = xs;
  const timeReq = async (method, params) => {
    const ys = [];
    const t1 = performance.now();
    for (let i = 0; i < samples && performance.now() - t1 < budget; i++) {
      const a = performance.now();
      await s.conn.sendRequest(method, params(i));
      ys.push(performance.now() - a);
    }
    return ys;
  };
  // hover at spread-out positions (speakers, dates, plain words: whatever is there)
  r.hover = await timeReq('textDocument/hover', (i) => ({ textDocument: { uri }, position: positionAt(doc, Math.floor(((i * 7919) % 1000) / 1000 * doc.length)) }));
  r.symbols = await timeReq('textDocument/documentSymbol', () => ({ textDocument: { uri } }));
  r.tokens = caps.semanticTokensProvider ? await timeReq('textDocument/semanticTokens/full', () => ({ textDocument: { uri } })) : null;
  r.rss = rssMB(s.proc.pid);
  await s.stop();
  return r;
}

if (want('latency')) {
  md('## Editor latency over the protocol (dist/server.js, started as the editor starts it through dist/start.js; ms; p50 / p95, n = samples)');
  md();
  md('| article | didOpen → diagnostics | 1-char didChange → diagnostics | hover | documentSymbol | semantic tokens |');
  md('|---|---|---|---|---|---|');
  const cell = (xs) => (xs ? `${f1(pct(xs, 50))} / ${f1(pct(xs, 95))} (n=${xs.length})` : 'not offered');
  for (const size of [1e4, 1e5, 1e6]) {
    const r = await latency(size);
    md(`| ${KB(size)} | ${cell(r.open)} | ${cell(r.change)} | ${cell(r.hover)} | ${cell(r.symbols)} | ${cell(r.tokens)} |`);
  }
  md();
  md('Targets on 100 KB: 1-char edit → diagnostics p95 < 30 ms, hover p95 < 5 ms.');
  md();

  // cold start
  const cold = [];
  for (let i = 0; i < (QUICK ? 3 : 10); i++) {
    const s = await start();
    cold.push(s.initMs);
    await s.stop();
  }
  // And without the code cache: a fresh install's first start (an empty directory), and dist/server.js started alone.
  const first = [];
  const bare = [];
  for (let i = 0; i < (QUICK ? 1 : 5); i++) {
    const empty = path.join(TMP, `code-cache-empty-${i}`);
    rmSync(empty, { recursive: true, force: true });
    const s = await start({ cacheDir: empty });
    first.push(s.initMs);
    await s.stop();
    rmSync(empty, { recursive: true, force: true });
    const b = await start({ cacheDir: '' });
    bare.push(b.initMs);
    await b.stop();
  }
  md(
    `**Cold start** (spawn → initialize answered, as the editor starts the server: dist/start.js with its code cache), median of ${cold.length}: ` +
      `${f1(pct(cold, 50))} ms (target < 300 ms). Without the cache (median of ${first.length}): the first start after an install, which writes it, ` +
      `${f1(pct(first, 50))} ms; the server loaded as it is (no cache directory), ${f1(pct(bare, 50))} ms.`,
  );
  md();

  // First use: a fresh server meets many different real articles. The generated articles repeat six samples, so
  // only real text takes the rare paths that make V8 optimize a function again (a pause while it compiles).
  const real = polnearTrain();
  if (real) {
    const texts = readFileSync(real, 'utf8').split('\n').filter((l) => l.trim()).slice(0, QUICK ? 150 : 600).map((l) => JSON.parse(l).text);
    const s1 = await start();
    const opens = [];
    const t0 = performance.now();
    for (let i = 0; i < texts.length; i++) {
      const uri = `file:///bench/real/r${i}.news`;
      const p = s1.diagnosticsFor(uri, 1);
      const a = performance.now();
      s1.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: texts[i] } });
      opens.push((await p) - a);
      s1.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
    const total = performance.now() - t0;
    await s1.stop();
    const slow = opens.slice(1).filter((x) => x > 100).length;
    md(
      `**First use** (a fresh server opens the first ${texts.length} PolNeAR train articles one after another, ../shared/eval): ` +
        `didOpen → diagnostics p50 / p95 / max ${f1(pct(opens, 50))} / ${f1(pct(opens, 95))} / ${f1(Math.max(...opens))} ms; ` +
        `${slow} opens after the first took over 100 ms; ${f1(total / 1000)} s in all.`,
    );
    md();
  }

  // memory with 100 open 10 KB articles (and of the idle server, for reference)
  const s = await start();
  const rssIdle = rssMB(s.proc.pid);
  const waits = [];
  for (let i = 0; i < 100; i++) {
    const uri = `file:///bench/articles/mem${i}.news`;
    waits.push(s.diagnosticsFor(uri, 1));
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text: article(1e4, i) } });
  }
  await Promise.all(waits);
  const rss100 = rssMB(s.proc.pid);
  // What the server holds while the articles stay open: once it has been idle a few seconds (its idle collection,
  // lsp/memory.ts, returns the pages the burst of 100 analyses left behind).
  const settled = [];
  for (let t = 0; t < 6000; t += 250) {
    await new Promise((r) => setTimeout(r, 250));
    settled.push(rssMB(s.proc.pid));
  }
  const rssSettled = settled[settled.length - 1];
  await s.stop();
  md(
    `**Server RSS with 100 open 10 KB articles** (all analyzed), held while they stay open (6 s after the last diagnostics): ` +
      `${f1(rssSettled)} MB (target < 80 MB); right after the last diagnostics: ${f1(rss100)} MB; ` +
      `the idle server after \`initialized\`: ${f1(rssIdle)} MB.`,
  );
  md();
}

// ---------------------------------------------------------------- workspace index
if (want('index')) {
  const N = QUICK ? 2000 : 10000;
  const dir = path.join(TMP, 'workspace');
  if (!existsSync(path.join(dir, `articles/a${N - 1}.news`))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'articles'), { recursive: true });
    for (let i = 0; i < N; i++) writeFileSync(path.join(dir, `articles/a${i}.news`), variant(i));
  }
  const rootUri = 'file://' + dir;
  const diskMB = readdirSync(path.join(dir, 'articles')).reduce((n, f) => n + statSync(path.join(dir, 'articles', f)).size, 0) / 1e6;
  const s = await start({ rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }] });
  const t0 = performance.now();
  const open = `file:///bench/articles/hover.news`;
  const text = article(1e5);
  const first = s.diagnosticsFor(open, 1);
  s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: open, languageId: 'news', version: 1, text } });
  await first;
  const hovers = [];
  let peak = 0;
  const ended = () => s.progress.find((p) => p.value?.kind === 'end');
  const began = () => s.progress.find((p) => p.value?.kind === 'begin');
  let i = 0;
  while (!ended() && performance.now() - t0 < 120_000) {
    const a = performance.now();
    await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: open }, position: positionAt(text, (i++ * 7919) % text.length) });
    hovers.push(performance.now() - a);
    peak = Math.max(peak, rssMB(s.proc.pid));
    await new Promise((r) => setTimeout(r, 20));
  }
  const end = ended();
  const begin = began();
  const q0 = performance.now();
  const syms = await s.conn.sendRequest('workspace/symbol', { query: 'Brandt' });
  const qMs = performance.now() - q0;
  md('## Scale');
  md();
  if (!begin) md(`Workspace index: the server reported no progress (no index?).`);
  else
    md(
      `**Workspace index** of ${N.toLocaleString('en')} generated articles (${f1(diskMB)} MB on disk): ` +
        `${end ? f1((end.at - t0) / 1000) + ' s' : 'did not finish in 120 s'} from start to the end of the progress (target < 10 s); ` +
        `server peak RSS while indexing ${f1(peak)} MB; hover on an open 100 KB article while indexing p50 / p95 ${f1(pct(hovers, 50))} / ${f1(pct(hovers, 95))} ms (n=${hovers.length}); ` +
        `workspace/symbol "Brandt" afterwards: ${Array.isArray(syms) ? syms.length : 0} symbols in ${f1(qMs)} ms.`,
    );
  md();
  await s.stop();
}

// ---------------------------------------------------------------- CLI
/** Runs the CLI on a generated or file input with a time budget; returns throughput and RSS samples. */
async function cli(jobs, source, budgetMs) {
  const child = spawn(node, [path.join(ROOT, 'dist/cli.js'), 'analyze', '--jsonl', '--jobs', String(jobs), '--no-progress'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let outLines = 0;
  child.stdout.on('data', (d) => {
    for (let k = d.indexOf(10); k >= 0; k = d.indexOf(10, k + 1)) outLines++;
  });
  child.stderr.on('data', () => undefined);
  const rss = [];
  const t0 = performance.now();
  const timer = setInterval(() => rss.push(rssMB(child.pid)), 250);
  let sent = 0;
  let lines = 0;
  let cut = false;
  const exited = new Promise((r) => child.once('exit', r));
  child.stdin.on('error', () => undefined);
  for (const chunk of source()) {
    if (performance.now() - t0 > budgetMs) {
      cut = true;
      break;
    }
    sent += chunk.length;
    lines += chunk.lines;
    if (!child.stdin.write(chunk.data)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  await exited;
  clearInterval(timer);
  const secs = (performance.now() - t0) / 1000;
  const ok = rss.filter(Number.isFinite);
  const q = (f) => ok[Math.min(ok.length - 1, Math.floor(f * ok.length))];
  return { jobs, mb: sent / 1e6, lines, outLines, secs, mbs: sent / 1e6 / secs, cut, rss: [q(0.1), q(0.5), q(0.9)], peak: Math.max(...ok) };
}
function* generated(totalBytes) {
  let sent = 0;
  let i = 0;
  while (sent < totalBytes) {
    let data = '';
    let n = 0;
    while (data.length < 1 << 20) {
      data += JSON.stringify({ id: `g${i}`, text: variant(i), dct: '2025-05-18' }) + '\n';
      i++;
      n++;
    }
    const buf = Buffer.from(data);
    sent += buf.length;
    yield { data: buf, length: buf.length, lines: n };
  }
}
function* fileChunks(file) {
  // synchronous read in 1 MB chunks, whole lines only
  const { openSync, readSync, closeSync } = require_fs();
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  let rest = Buffer.alloc(0);
  for (;;) {
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) break;
    const all = Buffer.concat([rest, buf.subarray(0, n)]);
    const nl = all.lastIndexOf(10);
    const data = all.subarray(0, nl + 1);
    rest = Buffer.from(all.subarray(nl + 1));
    let lines = 0;
    for (let k = data.indexOf(10); k >= 0; k = data.indexOf(10, k + 1)) lines++;
    if (data.length) yield { data, length: data.length, lines };
  }
  if (rest.length) yield { data: rest, length: rest.length, lines: 1 };
  closeSync(fd);
}
import * as fsMod from 'node:fs';
const require_fs = () => fsMod;

if (want('cli')) {
  md('## CLI (`newslens analyze --jsonl`)');
  md();
  md('| input | --jobs | MB in | lines in → out | seconds | MB/s | RSS at 10% / 50% / 90% of the run | peak RSS |');
  md('|---|---:|---:|---|---:|---:|---|---:|');
  const row = (name, r) =>
    md(`| ${name}${r.cut ? ' (cut at the time budget)' : ''} | ${r.jobs} | ${f1(r.mb)} | ${r.lines} → ${r.outLines} | ${f1(r.secs)} | ${f1(r.mbs)} | ${r.rss.map(f1).join(' / ')} MB | ${f1(r.peak)} MB |`);
  const pn = polnearTrain();
  const budget = QUICK ? 10_000 : 30_000;
  if (pn) for (const jobs of [1, 2]) row('polnear.train.jsonl', await cli(jobs, () => fileChunks(pn), budget));
  else md('| polnear.train.jsonl | – | not present (../shared/eval) | | | | | |');
  for (const jobs of [1, 2]) row('generated 1 GB JSONL', await cli(jobs, () => generated(1e9), QUICK ? 15_000 : 60_000));
  md();
  md('The generated input is streamed into the CLI and cut when the time budget runs out, so the whole benchmark stays under 10 minutes; the RSS columns show whether memory stays flat while it runs.');
  md();
}

md(`Benchmark wall time: ${f1((Date.now() - t00) / 1000)} s; load average at the end ${loadavg().map(f2).join(' / ')}.`);
if (!only) writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), out.join('\n') + '\n');
else writeFileSync(path.join(TMP, 'partial.md'), out.join('\n') + '\n');
