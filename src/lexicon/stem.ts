// Stems through natural's stemmers, imported by subpath: the root import is slow and prints to stdout.
// @ts-expect-error no types for the subpath
import frStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
// @ts-expect-error no types for the subpath
import enStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Lang } from '../types.js';

const caches: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
const stemmers: Record<Lang, { stem(w: string): string }> = { fr: frStemmer, en: enStemmer };

/** Stem of a normalised word; short words are kept whole (stemming them merges unrelated words). */
export function stem(word: string, lang: Lang): string {
  if (word.length <= 3) return word;
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmers[lang].stem(word) as string;
    if (cache.size > 100_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
