// Logistic regression by SGD with L2 (deterministic shuffle), shared by the training scripts.
// examples: [features: string[], label: 0|1][]; features seen fewer than minCount times are dropped.
export function trainLogistic(examples, { epochs = 8, lr0 = 0.2, lambda = 1e-6, minCount = 2, keep = () => false, only = null, seed = 7 } = {}) {
  const fc = new Map();
  for (const [fs] of examples) for (const f of fs) fc.set(f, (fc.get(f) ?? 0) + 1);
  const w = new Map();
  for (const [f, n] of fc) if (only ? only.has(f) : n >= minCount || keep(f)) w.set(f, 0);
  let bias = 0;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const lr = lr0 / (1 + epoch);
    let loss = 0;
    for (const idx of order) {
      const [fs, y] = examples[idx];
      let z = bias;
      for (const f of fs) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      loss += -(y ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      const g = p - y;
      bias -= lr * g;
      for (const f of fs) {
        const v = w.get(f);
        if (v === undefined) continue;
        w.set(f, v - lr * (g + lambda * v));
      }
    }
    console.error(`epoch ${epoch} loss ${(loss / order.length).toFixed(4)}`);
  }
  return { bias, w };
}
