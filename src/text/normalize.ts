// Normalisation for matching: lower case, no accents, plain apostrophes/dashes/spaces, ligatures expanded.
// Keeps a map from every normalised character back to its offset in the original text.

export interface Normalized {
  /** Normalised text. */
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: Uint32Array;
}

const SPECIAL: Record<string, string> = {
  'œ': 'oe', 'Œ': 'oe', 'æ': 'ae', 'Æ': 'ae', 'ß': 'ss',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00b4': "'", '`': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u200a': ' ', '\u3000': ' ', '\t': ' ',
  '\u00ab': '"', '\u00bb': '"', '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u00b7': '.', '\u2022': '*', '\u25cf': '*', '\u25aa': '*', '\u2023': '*', '\u2043': '*', '\u25e6': '*',
  '\u2026': '...', '\u00bd': '1/2', '\ufeff': '',
};

const cache = new Map<string, string>();

/** Normalised form of one character (may be empty or several characters). */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c === '\t' ? ' ' : c;
  let out = cache.get(c);
  if (out === undefined) {
    out = SPECIAL[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    cache.set(c, out);
  }
  return out;
}

export function normalize(src: string): Normalized {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code < 128) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? ' ' : src[i]);
      map.push(i);
      continue;
    }
    // Keep surrogate pairs whole.
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < src.length;
    const c = wide ? src.slice(i, i + 2) : src[i];
    const f = wide ? c : foldChar(c);
    for (let k = 0; k < f.length; k++) { parts.push(f[k]); map.push(i); }
    if (wide) i++;
  }
  map.push(src.length);
  return { text: parts.join(''), map: Uint32Array.from(map) };
}

/** Normalise a phrase for comparison (no offsets). */
export function fold(s: string): string {
  let out = '';
  for (const c of s) out += foldChar(c);
  return out;
}
