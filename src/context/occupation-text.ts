// Turning job titles into gender- and number-neutral word keys, the same way for the NOC data (at build time,
// scripts/build-occupations.mjs transpiles this file) and for a posting's title (at run time).
//
// A key is a folded word with its plural and feminine endings reduced: "Préposées" → "prepos",
// "caissière" → "caissier", "plongeuse" → "plongeur", "coordonnatrice" → "coordonnateur",
// "nurses" → "nurs". NOC lists feminine forms as "Plongeur/plongeuse": both sides get the same key, so
// feminine and épicène forms of a title match without being listed.
import { fold } from '../text/normalize.js';

/** Bump when a change here changes the keys stored in lexicons/occupations/noc2021.json (the build records it). */
export const KEYER_VERSION = 2;

/** Words that carry no meaning in a title ("commis d'entrepôt" = "commis entrepôt" = "commis à l'entrepôt"). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'a', 'au', 'aux', 'en', 'et', 'ou', 'un', 'une', 'pour', 'par',
  'sur', 'dans', 'avec', 'chez', 'of', 'the', 'and', 'or', 'an', 'in', 'for', 'to', 'at', 'on', 'with', 'by', 's',
]);

/** Feminine (and other inflected) endings → the ending of the form NOC lists first. Longest first. */
const ENDINGS: [RegExp, string][] = [
  [/euse$/, 'eur'], // plongeuse → plongeur, vendeuse, serveuse, chauffeuse
  [/([td])rice$/, '$1eur'], // directrice → directeur, coordonnatrice, ambassadrice
  [/iere$/, 'ier'], // caissière → caissier, journalière, infirmière
  [/ere$/, 'er'], // boulangère → boulanger
  [/ive$/, 'if'], // administrative → administratif
  [/enne$/, 'en'], // technicienne → technicien
  [/onne$/, 'on'],
  [/ette$/, 'et'],
  [/elle$/, 'el'], // professionnelle → professionnel
  [/ffe$/, 'f'], // cheffe → chef
  [/(aitr|hot|air)esse$/, '$1e'], // maîtresse → maître, contremaîtresse, hôtesse, mairesse
  [/ee$/, 'e'], // préposée → préposé
];

const keyCache = new Map<string, string>();

/** The key of one folded word (a-z, 0-9). */
export function wordKey(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  let k = keyCache.get(w);
  if (k !== undefined) return k;
  k = w;
  if (k.endsWith('eaux')) k = k.slice(0, -1);
  else if (k.endsWith('aux') && k.length > 5) k = `${k.slice(0, -3)}al`; // généraux → général
  else if (k.endsWith('ies') && k.length > 5) k = `${k.slice(0, -3)}y`; // companies → company
  else if (k.endsWith('s') && !k.endsWith('ss') && !k.endsWith('us') && !k.endsWith('is')) k = k.slice(0, -1);
  for (const [re, to] of ENDINGS) {
    if (re.test(k)) { k = k.replace(re, to); break; }
  }
  if (k.length > 3 && k.endsWith('e')) k = k.slice(0, -1);
  if (k.endsWith('y') && k.length > 4) k = `${k.slice(0, -1)}i`; // company/companies, secretary
  keyCache.set(w, k);
  return k;
}

/** Words of a folded text (a-z and 0-9 runs; apostrophes, hyphens and punctuation split words). */
export function words(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

/** Keys of the meaningful words of a folded text: stopwords and single letters dropped. */
export function keys(folded: string): string[] {
  return keysOfWords(words(folded));
}

/** Keys of already folded words (e.g. the tokens of an analysed posting). */
export function keysOfWords(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of list) {
    if (STOPWORDS.has(w) || (w.length === 1 && !/\d/.test(w))) continue;
    out.push(wordKey(w));
  }
  return out;
}

/** Feminine endings written after a marker: "(e)", "·e" (folded to ".e"), "/euse", "-trice"… */
const FEM = String.raw`(?:e|es|s|se|ses|euse|euses|rice|rices|trice|trices|ice|ere|eres|iere|ieres|ne|nes|nne|nnes|le|lle|te|tte|ve|ves|fe|ffe)`;
const FEM_PAREN = new RegExp(String.raw`([a-z])\s?\(${FEM}\)`, 'g');
const FEM_DOT = new RegExp(String.raw`([a-z])\.${FEM}(?![a-z])`, 'g');
const FEM_SLASH = new RegExp(String.raw`([a-z])\s?/\s?${FEM}(?![a-z])`, 'g');
const FEM_DASH = new RegExp(String.raw`([a-z])-(?:e|es|euse|trice|rice|ere|iere|ne|se|ve)(?![a-z])`, 'g');

/**
 * Reduces the inclusive-writing forms of a folded title to its first (usually masculine) form:
 * "plongeur(se)", "prepose.e" (préposé·e), "coordonnateur/rice", "administratif(ve)", "etudiant-e",
 * and doubled forms "vendeur / vendeuse", "developpeuse ou developpeur", "agent administratif ou agente
 * administrative" (the second form is dropped when its words have the same keys as the first's).
 */
export function neutralize(folded: string): string {
  let s = folded.replace(FEM_PAREN, '$1').replace(FEM_DOT, '$1').replace(FEM_SLASH, '$1').replace(FEM_DASH, '$1');
  // Doubled forms: "X / Y", "X ou Y", "X or Y" where Y's first k words key like X's last k words.
  const parts = s.split(/(\s*\/\s*|\s+ou\s+|\s+or\s+)/);
  let out = parts[0];
  // The words of `out`, kept as it grows (read again at each separator, a long title took quadratic time).
  const l = words(out);
  for (let i = 1; i + 1 < parts.length; i += 2) {
    const sep = parts[i];
    const right = parts[i + 1];
    const r = right.trim().split(/\s+/);
    let merged = false;
    for (let k = Math.min(4, l.length, r.length); k >= 1 && !merged; k--) {
      let same = true;
      for (let j = 0; j < k && same; j++) {
        const rw = words(r[j]);
        same = rw.length === 1 && wordKey(l[l.length - k + j]) === wordKey(rw[0]);
      }
      if (same) {
        const rest = r.slice(k).join(' ');
        out = rest ? `${out} ${rest}` : out;
        for (const w of words(rest)) l.push(w);
        merged = true;
      }
    }
    if (!merged) {
      out += sep + right;
      for (const w of words(sep + right)) l.push(w);
    }
  }
  s = out;
  return s;
}

/** The key string of a title: neutral form, keys of its meaningful words, joined by spaces. */
export function titleKey(title: string): string {
  return keys(neutralize(fold(title))).join(' ');
}
