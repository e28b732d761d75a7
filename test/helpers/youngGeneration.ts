// Helpers for the tests of V8's young generation (server/src/lsp/memory.ts).
import { getHeapSpaceStatistics } from 'node:v8';

/** The young generation's size (both semi-spaces), MB. */
export const newSpaceMB = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / (1024 * 1024);

/** Work like an analysis: many small objects that stay alive a while (so they survive scavenges). */
export function churn(): number {
  const live: { i: number; s: string }[][] = [];
  for (let r = 0; r < 60; r++) {
    const a: { i: number; s: string }[] = [];
    for (let i = 0; i < 20_000; i++) a.push({ i, s: `w${i}` });
    live.push(a);
    if (live.length > 4) live.shift();
  }
  return live.length;
}
