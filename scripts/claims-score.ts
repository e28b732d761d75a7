// Scores claim.unattributed on the hand-labelled fixtures: node --import tsx scripts/claims-score.ts [-v] [file.jsonl]
import * as path from 'node:path';
import { loadClaimItems, scoreClaims } from '../test/helpers/claimsFixture';

const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const list = files.length ? files : ['claims.jsonl', 'claims-heldout.jsonl'].map((f) => path.resolve(__dirname, '../test/fixtures', f));
for (const f of list) {
  const r = scoreClaims(loadClaimItems(f));
  console.log(`${path.basename(f)}: n=${r.tp + r.fp + r.fn + r.tn} tp=${r.tp} fp=${r.fp} fn=${r.fn} tn=${r.tn} P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} F1=${r.f1.toFixed(3)}`);
  if (process.argv.includes('-v')) for (const e of r.errors) console.log(`  ${e.got ? 'FP' : 'FN'} #${e.item.id} ${e.item.text}`);
}
