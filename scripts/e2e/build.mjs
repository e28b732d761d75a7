// Bundles the end-to-end suite for the extension host: test/e2e/index.ts (exports run()), Mocha and every
// test/e2e/suite/*.test.ts → out/test/e2e/index.js. `vscode` stays external (the extension host provides it).
// Used by scripts/e2e/run.mjs and `npm run test:desktop`; run on its own with `node scripts/e2e/build.mjs`.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const suiteDir = path.join(root, 'test/e2e/suite');

export async function buildE2E() {
  const suites = readdirSync(suiteDir).filter((f) => f.endsWith('.test.ts')).sort();
  if (suites.length === 0) throw new Error(`no *.test.ts in ${suiteDir}`);
  /** @type {import('esbuild').Plugin} */
  const suitesModule = {
    name: 'e2e-suites',
    setup(b) {
      b.onResolve({ filter: /^e2e:suites$/ }, () => ({ path: 'e2e:suites', namespace: 'e2e-suites' }));
      b.onLoad({ filter: /.*/, namespace: 'e2e-suites' }, () => ({
        contents: suites.map((f) => `require(${JSON.stringify(path.join(suiteDir, f))});`).join('\n'),
        resolveDir: suiteDir,
        loader: 'js',
      }));
    },
  };
  await build({
    entryPoints: [path.join(root, 'test/e2e/index.ts')],
    outfile: path.join(root, 'out/test/e2e/index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode'],
    plugins: [suitesModule],
    logLevel: 'error', // Mocha's parallel mode (unused here) warns about require.resolve
  });
  return suites;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildE2E()
    .then((s) => console.log(`[e2e build] out/test/e2e/index.js with ${s.length} suites: ${s.join(', ')}`))
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
