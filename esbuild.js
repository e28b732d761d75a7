// One build for the three programs: the extension (client), the language server and the command line.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// The server and the CLI never use the network or start processes: node:net and node:child_process (loaded by
// vscode-languageserver for transports News Lens does not use) are replaced by shims that throw.
const path = require('path');
const noNetwork = {
  name: 'no-network',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?(?:net|child_process)$/ }, () => ({ path: path.resolve(__dirname, 'server/src/shims/forbidden.ts') }));
  },
};

// The shipped data (outlet gazetteer, cue and boundary models: ~150 KB of JSON) is stored Brotli-compressed and
// inflated once when the module loads (node:zlib is built in; ~1 ms). The CLI carries it inside its one file (so
// `dist/cli.js` alone runs anywhere, e.g. shipped to a cluster); the server and its index workers, which ship in the
// extension package, read it from `dist/data/*.json.br` beside them, which keeps the server bundle itself small.
const zlib = require('zlib');
const fs = require('fs');
const compress = (file) =>
  zlib.brotliCompressSync(Buffer.from(JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8')))), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
  });
const DATA = /(?:outlets|attribution-model|boundary-model|confidence-model)\.json$/;
/** `inside`: the data in the bundle as base64; else in `dist/data/NAME.json.br`, read from beside the bundle. */
const compressedData = (inside) => ({
  name: inside ? 'compressed-data' : 'data-files',
  setup(build) {
    build.onLoad({ filter: DATA }, (args) => {
      const packed = compress(args.path);
      let bytes;
      if (inside) bytes = `Buffer.from(${JSON.stringify(packed.toString('base64'))}, 'base64')`;
      else {
        const name = `${path.basename(args.path)}.br`;
        fs.mkdirSync(path.join(__dirname, 'dist/data'), { recursive: true });
        fs.writeFileSync(path.join(__dirname, 'dist/data', name), packed);
        bytes = `require('node:fs').readFileSync(require('node:path').join(__dirname, 'data', ${JSON.stringify(name)}))`;
      }
      return { contents: `module.exports = JSON.parse(require('node:zlib').brotliDecompressSync(${bytes}).toString('utf8'));`, loader: 'js' };
    });
  },
});

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/server.ts' }, plugins: [noNetwork, compressedData(false)] },
  // What the editor starts: loads server.js through V8's code cache (server/src/start.ts).
  { entryPoints: { start: 'server/src/start.ts' }, plugins: [noNetwork] },
  // The workspace index's worker threads (started by the server from the file next to it).
  { entryPoints: { indexWorker: 'server/src/lsp/indexWorker.ts' }, plugins: [noNetwork, compressedData(false)] },
  { entryPoints: { cli: 'server/src/cli/cli.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [noNetwork, compressedData(true)] },
];

async function main() {
  const contexts = await Promise.all(
    builds.map((b) => esbuild.context({ ...common, ...b, outdir: 'dist' })),
  );
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    console.log('[esbuild] watching');
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
