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

const builds = [
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
  { entryPoints: { server: 'server/src/server.ts' }, plugins: [noNetwork] },
  { entryPoints: { cli: 'server/src/cli/cli.ts' }, banner: { js: '#!/usr/bin/env node' }, plugins: [noNetwork] },
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
