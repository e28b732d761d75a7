// The end-to-end suite's entry point, in the shape @vscode/test-electron and VS Code's `extensionTestsPath` load:
// a module exporting `run()` that runs Mocha inside the extension host and rejects when a test fails.
// scripts/e2e/build.mjs bundles this file, Mocha and every test/e2e/suite/*.test.ts into out/test/e2e/index.js; the
// suites come from the generated module `e2e:suites`, loaded only after Mocha has set up its `suite`/`test` functions.
import Mocha from 'mocha';

export interface E2EResult {
  passed: number;
  failed: number;
  skipped: number;
  failures: { title: string; error: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 90_000, color: false, reporter: 'spec' });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'e2e-bundle', mocha);
  require('e2e:suites');
  const result: E2EResult = { passed: 0, failed: 0, skipped: 0, failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // One machine-readable line for scripts/e2e/run.mjs; the spec reporter above it is for people.
      console.log(`E2E-RESULT ${JSON.stringify(result)}`);
      if (failures > 0) reject(new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed.`));
      else resolve();
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => result.passed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, () => result.skipped++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test, err: Error) => {
      result.failed++;
      result.failures.push({ title: test.fullTitle(), error: String(err?.stack ?? err).slice(0, 2000) });
    });
  });
}
