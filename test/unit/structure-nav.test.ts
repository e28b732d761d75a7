// Navigation lines ("World › Europe › Politics") are page furniture; the separators alone do not make one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeStructure } from '../../server/src/analysis/structure';

const kinds = (text: string) => analyzeStructure(text).paragraphs.map((p) => [text.slice(p.span[0], p.span[1]), p.kind]);

test('breadcrumb lines with any of the separators are furniture', () => {
  for (const sep of ['|', '›', '>', '»', '•', '·']) {
    const text = `Harbor Board Votes On Ferry Fares\n\nNews ${sep} Coastal Towns ${sep} Transport\nThe board met on Tuesday to set the new fares for the island ferry.`;
    assert.deepEqual(kinds(text).find(([t]) => t.startsWith('News')), [`News ${sep} Coastal Towns ${sep} Transport`, 'furniture'], sep);
  }
  assert.equal(kinds('Intro\n\nHome & Garden  |  Kitchen Tips | Ovens\nBody text follows here, in a sentence.')[1][1], 'furniture');
});

test('a separator after lower-case words or inside a sentence is no navigation line', () => {
  for (const line of ['The fare rose > 10 percent | officials said', 'Fares rose | then fell | again', 'Port Vell › the old harbor › tours', 'Östra Hamnen | Piers | Tours']) {
    const text = `Harbor Board Votes\n\n${line}\nThe board met on Tuesday to set the new fares.`;
    assert.notEqual(kinds(text).find(([t]) => t === line)?.[1], 'furniture', line);
  }
});
