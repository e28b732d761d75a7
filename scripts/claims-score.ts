import { loadClaimItems, scoreClaims } from '/work/wt/editor/test/helpers/claimsFixture';
const r = scoreClaims(loadClaimItems());
console.log(JSON.stringify({ tp: r.tp, fp: r.fp, fn: r.fn, tn: r.tn, P: r.precision.toFixed(3), R: r.recall.toFixed(3), F1: r.f1.toFixed(3) }));
if (process.argv.includes('-v')) for (const e of r.errors) console.log(e.got ? 'FP' : 'FN', e.item.id, (e.item.context ? '[' + e.item.context + '] ' : '') + e.item.text);
