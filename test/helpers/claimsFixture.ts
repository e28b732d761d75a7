// Scores the claim.unattributed rule on test/fixtures/claims.jsonl: each item is a target sentence, optionally after
// a context (same paragraph unless the context ends in a blank line). Hand-labelled, fictional sentences.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/analysis';

export interface ClaimItem {
  id: number;
  context: string;
  text: string;
  unattributed: boolean;
}

export const CLAIMS_FIXTURE = path.resolve(__dirname, '../fixtures/claims.jsonl');

export function loadClaimItems(file = CLAIMS_FIXTURE): ClaimItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ClaimItem);
}

/** Does the analysis flag the item's target sentence with claim.unattributed? */
export function flagged(item: ClaimItem): boolean {
  const sep = item.context && !/\n\s*$/.test(item.context) ? ' ' : '';
  const full = item.context + sep + item.text;
  const start = full.length - item.text.length;
  const model = analyze(full, { publicationDate: '2024-03-14' });
  return model.findings.some((f) => f.rule === 'claim.unattributed' && f.span[0] < full.length && f.span[1] > start);
}

export function scoreClaims(items: ClaimItem[]) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const errors: { item: ClaimItem; got: boolean }[] = [];
  for (const it of items) {
    const got = flagged(it);
    if (got && it.unattributed) tp++;
    else if (got) fp++;
    else if (it.unattributed) fn++;
    else tn++;
    if (got !== it.unattributed) errors.push({ item: it, got });
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, tn, precision, recall, f1, errors };
}
