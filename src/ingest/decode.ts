// Bytes → text. Line endings are left alone (positions are computed on the original text).
import { decodeCp1252 } from './cp1252.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

/** Thrown for content that is not text; the message is the reason shown to the user. */
export class NotTextError extends Error {}

const SNIFF = 8192;

/**
 * UTF-8 (BOM stripped); UTF-16 LE/BE with a BOM, or without one when the NUL bytes sit in
 * every other position; otherwise, when the bytes are not valid UTF-8, Windows-1252.
 * Throws NotTextError for binary content.
 */
export function decode(bytes: Uint8Array): Decoded {
  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    decoded =
      text === null
        ? { text: decodeCp1252(bytes.subarray(3)), encoding: 'windows-1252', bom: true }
        : { text, encoding: 'utf-8', bom: true };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: utf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: utf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  } else if (hasNul(bytes)) {
    const guess = guessUtf16(bytes);
    if (!guess) throw new NotTextError('binary file (contains NUL bytes)');
    decoded = { text: utf16(bytes, guess), encoding: guess, bom: false };
  } else {
    const text = utf8(bytes);
    decoded =
      text === null
        ? { text: decodeCp1252(bytes), encoding: 'windows-1252', bom: false }
        : { text, encoding: 'utf-8', bom: false };
  }
  if (looksBinary(decoded.text)) throw new NotTextError('binary file (too many control characters)');
  return decoded;
}

/** Strict UTF-8, or null when the bytes are not valid UTF-8. */
function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  // ignoreBOM: the BOM has already been cut off; a second one would be content.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * BOM-less UTF-16 of Latin text: an even number of bytes, and the high byte of (nearly) every code
 * unit is NUL — at odd offsets for LE, even offsets for BE — while the other side never is.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  const end = Math.min(bytes.length, SNIFF);
  let even = 0,
    odd = 0;
  for (let i = 0; i < end; i++)
    if (bytes[i] === 0) {
      if (i & 1) odd++;
      else even++;
    }
  const units = end / 2;
  if (even === 0 && odd >= units * 0.9) return 'utf-16le';
  if (odd === 0 && even >= units * 0.9) return 'utf-16be';
  return null;
}

/**
 * Text files hold few control characters. Counted: C0 controls other than tab, line feed,
 * carriage return, form feed, vertical tab and ESC (coloured logs are still text), plus DEL.
 * NUL always counts as binary.
 */
export function looksBinary(text: string): boolean {
  const end = Math.min(text.length, SNIFF);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1b) || c === 0x7f) controls++;
  }
  return end > 0 && controls / end > 0.1;
}
