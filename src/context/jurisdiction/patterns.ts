// What an address looks like: weights of the evidence, postal codes, telephone numbers, French départements,
// and the tests around a place or an abbreviation ("Laval, QC", "Seattle, WA 98101"). Every regex is small,
// anchored or bounded, and runs on one line.
import { isAlnum, isUpper } from './chars.js';
import type { Code } from './data.js';

/** Weights by where the evidence is: a location line, or anywhere else. */
export const WEIGHT = {
  loc: {
    postal: 12,
    dept: 12,
    abbr: 10,
    name: 10,
    country: 10,
    city: 8,
    ambiguous: 5,
    marker: 4,
    frPostal: 6,
    canadaAfterPlace: 4,
  },
  body: {
    postal: 6,
    qualified: 6,
    abbrAfterWord: 4,
    name: 3,
    city: 2,
    phone: 2,
    country: 1,
    ambiguous: 0.5,
    marker: 2,
    foreignMarker: 3,
    zip: 6,
  },
} as const;
/** Least score for an answer, and how many times the runner-up the winner must score. */
export const MIN_SCORE = 2;
export const RATIO = 2;

export const POSTAL = /[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00a0-]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/gu;
const POSTAL_AHEAD = /^[ \u00a0]{1,2}[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]/;
/** Canada Post's first letters of a postal code. */
const FIRST_LETTER: Record<string, Code> = {
  A: 'NL',
  B: 'NS',
  C: 'PE',
  E: 'NB',
  G: 'QC',
  H: 'QC',
  J: 'QC',
  K: 'ON',
  L: 'ON',
  M: 'ON',
  N: 'ON',
  P: 'ON',
  R: 'MB',
  S: 'SK',
  T: 'AB',
  V: 'BC',
  Y: 'YT',
};
/** X: Nunavut for X0A–X0C, Northwest Territories for X0E, X0G, X1A. */
export function postalCode(fsa: string): Code | null {
  if (fsa[0] !== 'X') return FIRST_LETTER[fsa[0]] ?? null;
  if (/^X0[ABC]$/.test(fsa)) return 'NU';
  if (/^X(0[EG]|1A)$/.test(fsa)) return 'NT';
  return null;
}
/** France Travail's "Lieu: 69 - Villeurbanne": a département number, a dash, a name. */
export const DEPT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])[ \u00a0]{0,2}[-\u2013\u2014][ \u00a0]{0,2}\p{L}/u;
export const DEPT_PAREN = /^[ \u00a0]{0,2}\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)/;
export const FR_POSTAL_BEFORE = /(?:^|[^\d])(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3}[ \u00a0]{1,2}$/;
/** A North American telephone number; group 1 or 2 is the area code. */
export const PHONE =
  /(?<![\d+])(?:\+?1[ .\-\u00a0]?)?(?:\((\d{3})\)|(\d{3}))[ .\-\u00a0]{0,2}\d{3}[ .\-\u00a0]\d{4}(?!\d)/g;
export const US_ZIP_AHEAD = /^[ \u00a0]{1,2}\d{5}(?!\d)/;
export const POSTCODE_AHEAD = /^[ \u00a0]{1,2}\d{4,5}(?!\d)/;
export const LEAD = /^[\s*#>|_\-\u2022\u25cf\u25aa\u2013\u2014]{0,10}/;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The word just before `pos` (skipping spaces, then one "," or "("): where it ends, and whether it is capitalised. */
export function wordBefore(line: string, pos: number): { end: number; comma: boolean; capital: boolean } | null {
  let k = pos - 1;
  while (k >= 0 && pos - k < 4 && /[ \u00a0]/.test(line[k])) k--;
  let comma = false;
  if (line[k] === ',' || line[k] === '(') {
    comma = true;
    k--;
    while (k >= 0 && pos - k < 8 && /[ \u00a0]/.test(line[k])) k--;
  }
  if (!comma && k === pos - 1) return null; // glued to a word
  const end = k + 1;
  if (line[k] === '.') k--;
  let s = k;
  while (s >= 0 && end - s < 40 && isAlnum(line[s])) s--;
  if (s === k) return null;
  return { end, comma, capital: isUpper(line[s + 1]) };
}

/** The abbreviation ends an address: end of line, punctuation, a postal code, Canada (`canadaAhead`: " Canada", " CA"). */
export function endsAddress(line: string, end: number, canadaAhead: RegExp): boolean {
  const rest = line.slice(end, end + 12);
  return (
    /^[ \u00a0]*$/.test(rest) ||
    /^[ \u00a0]*[,;)\]|/.\u2013\u2014-]/.test(rest) ||
    POSTAL_AHEAD.test(rest) ||
    canadaAhead.test(rest)
  );
}
