// The words the text layer knows (lexicons/words.yaml): function words and hints of each language, and number
// words. Validated at load (errors name the file and line), cached like the other lexicons.
import { join } from 'node:path';
import { LEXICON_DIR, loadValidated, type YamlDoc } from '../lexicon/yaml.js';
import type { Lang } from '../types.js';
import { lazy } from '../util/cache.js';

/** Plain lists of words, each for one mechanism (see lexicons/words.yaml). */
export const WORD_LISTS = [
  'fillers',
  'year-units',
  'month-units',
  'range-words',
  'joiners',
  'links',
  'title-labels',
] as const;
export type WordList = (typeof WORD_LISTS)[number];

export interface TextWords {
  functionWords: Record<Lang, string[]>;
  hints: Record<Lang, string[]>;
  numbers: Record<string, number>;
  lists: Record<WordList, string[]>;
}

const KEYS = ['function-words', 'hints', 'numbers', ...WORD_LISTS] as const;
/** Words as the analysis writes them: lower case, no accents; a label may hold several words. */
const NORMALISED_PHRASE = /^[a-z0-9'+-]+(?: [a-z0-9'+-]+)*$/;
const NORMALISED = /^[a-z0-9'+-]+$/;

function validate(doc: YamlDoc): TextWords {
  const out: TextWords = {
    functionWords: { fr: [], en: [] },
    hints: { fr: [], en: [] },
    numbers: {},
    lists: Object.fromEntries(WORD_LISTS.map((k) => [k, []])) as unknown as Record<WordList, string[]>,
  };
  const seen = new Set<string>();
  for (const [key, node, keyNode] of doc.entries(doc.root, 'the words file')) {
    if (!(KEYS as readonly string[]).includes(key))
      doc.fail(keyNode, `unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
    seen.add(key);
    if (key === 'numbers') {
      for (const [word, value] of doc.entries(node, 'numbers')) {
        const n = doc.value(value);
        if (!NORMALISED.test(word))
          doc.fail(value, `numbers: "${word}" must be written normalised (lower case, no accents)`);
        if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0)
          doc.fail(value, `numbers.${word} must be a positive number`);
        out.numbers[word] = n;
      }
      continue;
    }
    if ((WORD_LISTS as readonly string[]).includes(key)) {
      for (const item of doc.items(node, key)) {
        const word = doc.string(item, `a word in ${key}`);
        if (!NORMALISED_PHRASE.test(word))
          doc.fail(item, `${key}: "${word}" must be written normalised (lower case, no accents)`);
        out.lists[key as WordList].push(word);
      }
      continue;
    }
    const target = key === 'hints' ? out.hints : out.functionWords;
    for (const [lang, list, langNode] of doc.entries(node, key)) {
      if (lang !== 'fr' && lang !== 'en') doc.fail(langNode, `${key}: unknown language "${lang}" (allowed: fr, en)`);
      for (const item of doc.items(list, `${key}.${lang}`)) {
        const word = doc.string(item, `a word in ${key}.${lang}`);
        if (!NORMALISED.test(word))
          doc.fail(item, `${key}.${lang}: "${word}" must be written normalised (lower case, no accents)`);
        target[lang as Lang].push(word);
      }
    }
  }
  for (const key of KEYS) if (!seen.has(key)) doc.fail(doc.root, `missing key "${key}"`);
  return out;
}

export const WORDS_FILE = join(LEXICON_DIR, 'words.yaml');

/** The validated words file, read once. */
export const textWords = lazy('text words', () => loadValidated(WORDS_FILE, 'words:2', validate));

/** Validates a words file (for tests and for checking an edited copy). */
export function loadTextWords(file: string): TextWords {
  return loadValidated(file, 'words:2', validate);
}

const sets = lazy('text word sets', () => {
  const w = textWords();
  return {
    fr: new Set(w.functionWords.fr),
    en: new Set(w.functionWords.en),
    frHints: new Set(w.hints.fr),
    enHints: new Set(w.hints.en),
    numbers: new Map(Object.entries(w.numbers)),
    lists: Object.fromEntries(WORD_LISTS.map((k) => [k, new Set(w.lists[k])])) as Record<WordList, Set<string>>,
  };
});

/** 1: a French function word, 2: an English one, 0: neither. */
export function voteOf(norm: string): number {
  const s = sets();
  return s.fr.has(norm) ? 1 : s.en.has(norm) ? 2 : 0;
}

/** 1: a French function word or hint, -1: an English one, 0: neither (for short texts). */
export function hintOf(norm: string): number {
  const s = sets();
  return s.fr.has(norm) || s.frHints.has(norm) ? 1 : s.en.has(norm) || s.enHints.has(norm) ? -1 : 0;
}

/** The value of a number word ("deux" → 2), or undefined. */
export function numberWord(norm: string): number | undefined {
  return sets().numbers.get(norm);
}

/** A short linking word a lexicon phrase may skip ("de", "the"): "diplôme d'études" matches "diplôme études". */
export function isFiller(norm: string): boolean {
  return sets().lists.fillers.has(norm);
}

/** The fillers, for the keys of cached lexicons (phrase keys leave them out). */
export function fillerList(): readonly string[] {
  return textWords().lists.fillers;
}

/** One of the plain word lists of lexicons/words.yaml, as a set of normalised words. */
export function wordSet(name: WordList): ReadonlySet<string> {
  return sets().lists[name];
}
