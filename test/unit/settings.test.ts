// readSettings: invalid values fall back to the defaults with a clear message each; valid values are kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, readSettings } from '../../server/src/lsp/settings';

test('valid settings are used as given', () => {
  const { settings, problems } = readSettings({ include: ['**/*.txt'], publicationDate: '2024-03-06', maxFileSize: 2000, rules: { 'quote.orphan': 'error' } });
  assert.deepEqual(problems, []);
  assert.deepEqual(settings.include, ['**/*.txt']);
  assert.equal(settings.publicationDate, '2024-03-06');
  assert.equal(settings.maxFileSize, 2000);
  assert.equal(settings.rules['quote.orphan'], 'error');
});

test('each invalid setting gives one clear problem and its default', () => {
  const { settings, problems } = readSettings({
    include: 'everything',
    publicationDate: 'yesterday',
    maxFileSize: -5,
    rules: { 'quote.orphan': 'loud', 'no.such.rule': 'off' },
  });
  assert.deepEqual(settings.include, DEFAULT_SETTINGS.include);
  assert.equal(settings.publicationDate, null);
  assert.equal(settings.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
  assert.equal(settings.rules['quote.orphan'], DEFAULT_SETTINGS.rules['quote.orphan']);
  assert.equal(problems.length, 5, problems.join('\n'));
  for (const re of [/include/, /publicationDate.*YYYY-MM-DD/, /maxFileSize.*positive/, /quote\.orphan must be one of/, /unknown rule "no\.such\.rule"/]) {
    assert.ok(problems.some((p) => re.test(p)), `no problem matching ${re}`);
  }
});

test('garbage of any shape never throws and yields the defaults', () => {
  for (const raw of [null, undefined, 42, 'x', [], { rules: 'x' }, { rules: null }, { maxFileSize: NaN }, { maxFileSize: Infinity }, { include: [1, 2] }]) {
    const { settings } = readSettings(raw);
    assert.ok(Array.isArray(settings.include) && settings.include.every((g) => typeof g === 'string'));
    assert.ok(Number.isFinite(settings.maxFileSize) && settings.maxFileSize > 0);
  }
});

test('newsLens.attributions.keepUncertain: a boolean, off by default; anything else is one problem', () => {
  assert.equal(DEFAULT_SETTINGS.keepUncertain, false);
  assert.equal(readSettings({ attributions: { keepUncertain: true } }).settings.keepUncertain, true);
  const bad = readSettings({ attributions: { keepUncertain: 'yes' } });
  assert.equal(bad.settings.keepUncertain, false);
  assert.deepEqual(bad.problems, ['newsLens.attributions.keepUncertain must be true or false']);
});
