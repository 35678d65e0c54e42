// Writing a fixed posting back in the encoding it was read in (same BOM), so that only the replaced spans change.
import { encodeCp1252 } from '../ingest/cp1252.js';
import type { Encoding } from '../ingest/decode.js';

export class EncodeError extends Error {}

export function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  switch (encoding) {
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      return bom ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), body) : body;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const le = encoding === 'utf-16le';
      const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
      let o = 0;
      if (bom) {
        out[o++] = le ? 0xff : 0xfe;
        out[o++] = le ? 0xfe : 0xff;
      }
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[o++] = le ? c & 0xff : c >> 8;
        out[o++] = le ? c >> 8 : c & 0xff;
      }
      return out;
    }
    case 'windows-1252': {
      const body = encodeCp1252(text);
      if (!body) throw new EncodeError('the rewrite holds a character that Windows-1252 cannot store');
      return bom ? concat(Uint8Array.of(0xef, 0xbb, 0xbf), body) : body;
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
