// Normalisation for matching: lower case, no accents, plain apostrophes/dashes/spaces, ligatures expanded.
// Keeps a map from every normalised character back to its offset in the original text.

import { memo } from '../util/cache.js';

export interface Normalized {
  /** Normalised text. */
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Uint32Array;
}

const SPECIAL: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u00b4': "'",
  '`': "'",
  '\u2032': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2007': ' ',
  '\u200a': ' ',
  '\u3000': ' ',
  '\t': ' ',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00b7': '.',
  '\u2022': '*',
  '\u25cf': '*',
  '\u25aa': '*',
  '\u2023': '*',
  '\u2043': '*',
  '\u25e6': '*',
  '\u2026': '...',
  '\u00bd': '1/2',
  '\ufeff': '',
};

// Folded characters, by character: the map is bounded by the characters postings use.
const cache = memo<string, string>('folded characters', 65536);

/** Normalised form of one character (may be empty or several characters). */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c === '\t' ? ' ' : c;
  let out = cache.get(c);
  if (out === undefined)
    out = cache.set(
      c,
      SPECIAL[c] ??
        c
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
    );
  return out;
}

const NOT_PLAIN = /[^\x00-\x08\x0a-\x7f]/g;

/**
 * The common case, done with the engine's own string functions: every character folds to exactly one
 * (é → e, ’ → '), so the map is the identity. Null when some character folds to none or to several (œ → oe).
 */
function normalizeOneToOne(src: string): Normalized | null {
  const lower = src.toLowerCase();
  if (lower.length !== src.length) return null;
  let ok = true;
  const pairs: number[] = [];
  // Each replaced character is folded from the original (foldChar knows its special cases), not the lower-cased
  // one; a surrogate pair is kept whole, as normalize() keeps it.
  const text = lower.replace(NOT_PLAIN, (c, at: number) => {
    if (c === '\t') return ' ';
    const code = src.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff && at + 1 < src.length) pairs.push(at + 1);
      return src[at];
    }
    const f = foldChar(src[at]);
    if (f.length !== 1) ok = false;
    return f;
  });
  if (!ok) return null;
  const map = new Uint32Array(src.length + 1);
  for (let i = 0; i <= src.length; i++) map[i] = i;
  // normalize() maps both halves of a pair to its first.
  for (const low of pairs) map[low] = low - 1;
  return { text, map };
}

export function normalize(src: string): Normalized {
  const quick = normalizeOneToOne(src);
  if (quick) return quick;
  // Most postings are mostly ASCII: fill code-unit and offset buffers directly, decode once at the end.
  let units = new Uint16Array(src.length + 16);
  let map = new Uint32Array(src.length + 17);
  let n = 0;
  const grow = () => {
    const u = new Uint16Array(units.length * 2);
    u.set(units);
    units = u;
    const m = new Uint32Array(map.length * 2);
    m.set(map);
    map = m;
  };
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (n + 4 >= units.length) grow();
    if (code < 128) {
      units[n] = code >= 65 && code <= 90 ? code + 32 : code === 9 ? 32 : code;
      map[n++] = i;
      continue;
    }
    // Keep surrogate pairs whole.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < src.length) {
      units[n] = code;
      map[n++] = i;
      units[n] = src.charCodeAt(i + 1);
      map[n++] = i;
      i++;
      continue;
    }
    const f = foldChar(src[i]);
    for (let k = 0; k < f.length; k++) {
      if (n + 1 >= units.length) grow();
      units[n] = f.charCodeAt(k);
      map[n++] = i;
    }
  }
  map[n] = src.length;
  // TextDecoder has a fixed cost per call that dominates for short strings (lines, phrases).
  const text =
    n <= 512
      ? String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[])
      : decoder.decode(units.subarray(0, n));
  return { text, map: map.subarray(0, n + 1) };
}

const decoder = new TextDecoder('utf-16le');

/** Normalise a phrase for comparison (no offsets). */
export function fold(s: string): string {
  let out = '';
  for (const c of s) out += foldChar(c);
  return out;
}
