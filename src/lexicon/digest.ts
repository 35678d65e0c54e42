// Cache keys for validated data: a 64-bit hash of text, computed here because loading node:crypto costs a few ms
// of every cold start. Not for security: a key only has to change when the text does.

/** 16 hex digits from the texts, in order (two 32-bit hashes: FNV-1a and a multiplicative one, seeded apart). */
export function digest(...texts: string[]): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x9e3779b9 | 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    a = Math.imul(a ^ 0xffff, 16777619);
    b = Math.imul(b ^ 0xffff, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
