// Windows-1252, written out: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
// (0x92 → U+0092 instead of ’), so the table is ours. 0x00–0x7F and 0xA0–0xFF equal their code points.

/** 0x80–0x9F. The five unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 code point, as WHATWG does. */
const HIGH = [
  0x20ac,
  0x0081,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021, // 80–87: € ‚ ƒ „ … † ‡
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  0x008d,
  0x017d,
  0x008f, // 88–8F: ˆ ‰ Š ‹ Œ Ž
  0x0090,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014, // 90–97: ‘ ’ “ ” • – —
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  0x009d,
  0x017e,
  0x0178, // 98–9F: ˜ ™ š › œ ž Ÿ
];

export function decodeCp1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    codes[i] = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b;
  }
  // Chunked so huge inputs do not overflow the argument limit of fromCharCode.
  let out = '';
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

let reverse: Map<number, number> | null = null;

/** Windows-1252 bytes of a text, or null when a character has no byte in Windows-1252. */
export function encodeCp1252(text: string): Uint8Array | null {
  reverse ??= new Map(HIGH.map((code, i) => [code, 0x80 + i]));
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) {
      out[i] = c;
      continue;
    }
    const b = reverse.get(c);
    if (b === undefined) return null;
    out[i] = b;
  }
  return out;
}
