// Stems through natural's stemmers, loaded by subpath: the root import is slow and prints to stdout.
// They are CommonJS: require() skips the ESM loader's scan of their exports, a few ms of every cold start.
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';

type Stemmer = { stem(w: string): string };
// In the CLI bundle `require` exists and esbuild bundles these two literal require() calls (no module to find and
// read at run time: ~10 ms of a cold start); in the compiled library it does not, and Node's require loads them.
declare const require: ((id: string) => unknown) | undefined;
const nodeRequire = createRequire(import.meta.url);
const caches: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
const stemmers: Partial<Record<Lang, Stemmer>> = {};
const load = (lang: Lang): Stemmer =>
  (stemmers[lang] ??= (
    lang === 'fr'
      ? typeof require === 'function'
        ? require('natural/lib/natural/stemmers/porter_stemmer_fr.js')
        : nodeRequire('natural/lib/natural/stemmers/porter_stemmer_fr.js')
      : typeof require === 'function'
        ? require('natural/lib/natural/stemmers/porter_stemmer.js')
        : nodeRequire('natural/lib/natural/stemmers/porter_stemmer.js')
  ) as Stemmer);

/** Stem of a normalised word; short words are kept whole (stemming them merges unrelated words). */
export function stem(word: string, lang: Lang): string {
  if (word.length <= 3) return word;
  const cache = caches[lang];
  let s = cache.get(word);
  if (s === undefined) {
    s = load(lang).stem(word);
    if (cache.size > 100_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}
