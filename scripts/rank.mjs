// A linear ranking model (softmax over the candidates of one decision, by SGD with L2, deterministic shuffle), used
// by scripts/train-boundary.mjs. groups: [{ cands: [features: string[]][], golds: number[] }]: the candidates of one
// decision and which of them are right (several may be: spans equal once trimmed of punctuation). Features seen fewer
// than minCount times are dropped.
export function trainRank(groups, { epochs = 10, lr0 = 0.1, lambda = 1e-6, minCount = 3, seed = 7, only = null } = {}) {
  const fc = new Map();
  for (const g of groups) for (const fs of g.cands) for (const f of fs) fc.set(f, (fc.get(f) ?? 0) + 1);
  const w = new Map();
  for (const [f, n] of fc) if (only ? only.has(f) : n >= minCount) w.set(f, 0);
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const order = groups.map((_, i) => i);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    const lr = lr0 / (1 + ep);
    for (const gi of order) {
      const g = groups[gi];
      const z = g.cands.map((fs) => { let s = 0; for (const f of fs) s += w.get(f) ?? 0; return s; });
      const mx = Math.max(...z); const ex = z.map((v) => Math.exp(v - mx)); const Z = ex.reduce((a, b) => a + b, 0);
      const gs = g.golds;
      let Zg = 0; for (const ci of gs) Zg += ex[ci];
      g.cands.forEach((fs, ci) => {
        const grad = ex[ci] / Z - (gs.includes(ci) ? ex[ci] / Zg : 0);
        if (Math.abs(grad) < 1e-6) return;
        for (const f of fs) { const v = w.get(f); if (v === undefined) continue; w.set(f, v - lr * (grad + lambda * v)); }
      });
    }
  }
  return { bias: 0, w };
}
/** Fit, drop the small weights, refit on the rest (a small shipped model). */
export const fitRank = (groups, prune = 0.1, opts = {}) => {
  const m = trainRank(groups, opts);
  const only = new Set([...m.w].filter(([, v]) => Math.abs(v) >= prune).map(([f]) => f));
  const r = trainRank(groups, { ...opts, only });
  return { bias: 0, w: new Map([...r.w].filter(([, v]) => Math.abs(v) >= prune / 2)) };
};
