// UTF-16 code units (JavaScript, LSP) ↔ Unicode code points (brat, Prodigy, doccano and the W3C TextPositionSelector
// count characters as code points, as Python does). Identity when the text has no surrogate pairs.
export interface Offsets {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
}

export function offsetsOf(text: string): Offsets {
  if (!/[\uD800-\uDFFF]/.test(text)) {
    const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
    return { toCodePoint: clamp, toUtf16: clamp };
  }
  // cp[i] = code points before UTF-16 index i; u16[k] = UTF-16 index of code point k.
  const cp = new Uint32Array(text.length + 1);
  const u16: number[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    cp[i] = k;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) continue; // low half of a pair
    u16.push(i);
    k++;
  }
  cp[text.length] = k;
  u16.push(text.length);
  return {
    toCodePoint: (n) => cp[Math.max(0, Math.min(text.length, n))],
    toUtf16: (n) => u16[Math.max(0, Math.min(u16.length - 1, n))],
  };
}
