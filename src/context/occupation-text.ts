// Turning job titles into gender- and number-neutral word keys, the same way for the NOC data (at build time,
// scripts/build-occupations.mjs transpiles this file) and for a posting's title (at run time).
//
// A key is a folded word with its plural and feminine endings reduced: "Préposées" → "prepos",
// "caissière" → "caissier", "plongeuse" → "plongeur", "coordonnatrice" → "coordonnateur",
// "nurses" → "nurs". NOC lists feminine forms as "Plongeur/plongeuse": both sides get the same key, so
// feminine and épicène forms of a title match without being listed.
import { fold } from '../text/normalize.js';
import type { Node } from 'yaml';
import type { YamlDoc } from '../lexicon/yaml.js';
import { memo } from '../util/cache.js';

/**
 * Bump when a change here or in lexicons/occupations/title-keys.yaml changes the keys stored in
 * lexicons/occupations/noc2021*.txt (noc2021.json records it), and rebuild them.
 */
export const KEYER_VERSION = 2;

/** The word lists of the keys, as in lexicons/occupations/title-keys.yaml (validated by validateKeyWords). */
export interface KeyWords {
  /** Folded words dropped from titles, by language. */
  stopwords: Record<string, string[]>;
  /** Endings → replacements, tried in order; `after`: what must precede the ending (kept). */
  endings: { ending: string; to: string; after?: string[] }[];
}

interface KeyTable {
  from: KeyWords;
  stopwords: Set<string>;
  endings: { ending: string; to: string; after: string[] | null }[];
}

// The lists come from data: occupation-words.ts hands over the shipped YAML at run time, and
// scripts/build-occupations.mjs (which transpiles this file on its own) passes the same file's lists.
let source: (() => KeyWords) | null = null;
let table: KeyTable | null = null;

/**
 * Sets where the word lists come from: a getter called at each use (it should cache; a new object is compiled
 * once and empties the key cache), or the lists themselves.
 */
export function configureKeys(words: KeyWords | (() => KeyWords)): void {
  source = typeof words === 'function' ? words : () => words;
  table = null;
  keyCache.clear();
}

function current(): KeyTable {
  if (!source)
    throw new Error(
      'occupation-text: the title-key words are not configured (import occupation-words.ts, or call configureKeys)',
    );
  const words = source();
  if (table?.from !== words) {
    table = {
      from: words,
      stopwords: new Set(Object.values(words.stopwords).flat()),
      endings: words.endings.map((e) => ({ ending: e.ending, to: e.to, after: e.after?.length ? e.after : null })),
    };
    keyCache.clear();
  }
  return table;
}

const WORD = /^[a-z0-9]+$/;
const ENDING_KEYS = new Set(['ending', 'to', 'after']);

/**
 * Checks lexicons/occupations/title-keys.yaml: `stopwords` maps a language to folded words (a-z, 0-9, as titles
 * are split), `endings` lists `{ ending, to, after? }` in lower-case a-z. An ending that an earlier one always
 * catches would never apply: an error, as are duplicates. Errors name the file and the line.
 */
export function validateKeyWords(doc: YamlDoc): KeyWords {
  let stopwords: Record<string, string[]> | null = null;
  let endings: KeyWords['endings'] | null = null;
  for (const [key, value, keyNode] of doc.entries(doc.root, 'the title-key words file')) {
    if (key === 'stopwords') {
      stopwords = {};
      const seen = new Map<string, string>();
      for (const [lang, list, langNode] of doc.entries(value, 'stopwords')) {
        if (!/^[a-z]{2}$/.test(lang)) doc.fail(langNode, `stopwords: "${lang}" is not a two-letter language code`);
        stopwords[lang] = doc.items(list, `stopwords.${lang}`).map((item) => {
          const word = doc.string(item, `a stopword of ${lang}`);
          if (!WORD.test(word))
            doc.fail(
              item,
              `stopword "${word}" must be written folded: lower case a-z and 0-9, no accent, space or apostrophe`,
            );
          const before = seen.get(word);
          if (before) doc.fail(item, `stopword "${word}" is listed twice (also under ${before})`);
          seen.set(word, lang);
          return word;
        });
      }
    } else if (key === 'endings') {
      endings = [];
      const full: { suffixes: string[]; line: number }[] = [];
      for (const item of doc.items(value, 'endings')) {
        const e: { ending?: string; to?: string; after?: string[] } = {};
        for (const [k, v, kNode] of doc.entries(item, 'an ending')) {
          if (!ENDING_KEYS.has(k)) doc.fail(kNode, `an ending has no key "${k}" (keys: ending, to, after)`);
          if (k === 'after') {
            e.after = doc.items(v, 'after').map((a) => letters(doc, a, 'after', false));
            if (!e.after.length) doc.fail(v, '`after` lists no letters (leave it out to match after anything)');
          } else e[k as 'ending' | 'to'] = letters(doc, v, k, k === 'to');
        }
        if (e.ending === undefined || e.to === undefined) doc.fail(item, 'an ending needs `ending` and `to`');
        const suffixes = e.after?.length ? e.after.map((a) => a + e.ending) : [e.ending];
        for (const f of full) {
          if (suffixes.every((x) => f.suffixes.some((y) => x.endsWith(y)))) {
            doc.fail(
              item,
              `ending "${e.ending}" never applies: the ending at line ${f.line} comes first and catches it`,
            );
          }
        }
        full.push({ suffixes, line: doc.lineOf(item) });
        endings.push(e.after ? { ending: e.ending, to: e.to, after: e.after } : { ending: e.ending, to: e.to });
      }
    } else {
      doc.fail(keyNode, `unknown key "${key}" (keys: stopwords, endings)`);
    }
  }
  if (!stopwords) doc.fail(doc.root, 'no `stopwords`');
  if (!endings) doc.fail(doc.root, 'no `endings`');
  return { stopwords, endings };
}

/** A scalar of lower-case a-z letters (empty allowed for `to`). */
function letters(doc: YamlDoc, node: Node | null, what: string, emptyOk: boolean): string {
  const v = doc.value(node);
  if (typeof v !== 'string' || !(emptyOk ? /^[a-z]*$/ : /^[a-z]+$/).test(v))
    doc.fail(node, `\`${what}\` must be lower-case letters a-z, without accents`);
  return v;
}

/** Words that carry no meaning in a title ("commis d'entrepôt" = "commis entrepôt" = "commis à l'entrepôt"). */
export const STOPWORDS: { has(word: string): boolean } = { has: (word) => current().stopwords.has(word) };

/** The first ending rule that fits `k` applied (ending replaced, what precedes it kept), or `k`. */
function reduceEnding(k: string, t: KeyTable): string {
  for (const e of t.endings) {
    if (!k.endsWith(e.ending)) continue;
    const stem = k.length - e.ending.length;
    if (e.after && !e.after.some((a) => k.endsWith(a, stem))) continue;
    return k.slice(0, stem) + e.to;
  }
  return k;
}

/** Keys of words seen so far (a bounded memo: NOC's ~12,000 title words fit). */
const keyCache = memo<string, string>('occupation:word-keys', 20_000);

/** The key of one folded word (a-z, 0-9). */
export function wordKey(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  const t = current();
  let k = keyCache.get(w);
  if (k !== undefined) return k;
  k = w;
  if (k.endsWith('eaux')) k = k.slice(0, -1);
  else if (k.endsWith('aux') && k.length > 5)
    k = `${k.slice(0, -3)}al`; // généraux → général
  else if (k.endsWith('ies') && k.length > 5)
    k = `${k.slice(0, -3)}y`; // companies → company
  else if (k.endsWith('s') && !k.endsWith('ss') && !k.endsWith('us') && !k.endsWith('is')) k = k.slice(0, -1);
  k = reduceEnding(k, t);
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
  const stopwords = current().stopwords;
  for (const w of list) {
    if (stopwords.has(w) || (w.length === 1 && !/\d/.test(w))) continue;
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
