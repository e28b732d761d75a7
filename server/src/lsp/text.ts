// Small text helpers the LSP features share when they render Markdown.

/** White space folded, cut to n characters with an ellipsis. */
export function clip(t: string, n = 80, empty = ''): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s || empty;
}

/** Escapes Markdown's special characters. */
export const esc = (s: string): string => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
