// The words the text layer knows (lexicons/words.yaml): function words and hints of each language, and number
// words. Validated at load (errors name the file and line), cached like the other lexicons.
import { join } from 'node:path';
import { LEXICON_DIR, loadValidated, type YamlDoc } from '../lexicon/yaml.js';
import type { Lang } from '../types.js';
import { lazy } from '../util/cache.js';

export interface TextWords {
  functionWords: Record<Lang, string[]>;
  hints: Record<Lang, string[]>;
  numbers: Record<string, number>;
  fillers: string[];
}

const KEYS = ['function-words', 'hints', 'numbers', 'fillers'] as const;
const NORMALISED = /^[a-z0-9'+-]+$/;

function validate(doc: YamlDoc): TextWords {
  const out: TextWords = { functionWords: { fr: [], en: [] }, hints: { fr: [], en: [] }, numbers: {}, fillers: [] };
  const seen = new Set<string>();
  for (const [key, node, keyNode] of doc.entries(doc.root, 'the words file')) {
    if (!(KEYS as readonly string[]).includes(key)) doc.fail(keyNode, `unknown key "${key}" (allowed: ${KEYS.join(', ')})`);
    seen.add(key);
    if (key === 'numbers') {
      for (const [word, value] of doc.entries(node, 'numbers')) {
        const n = doc.value(value);
        if (!NORMALISED.test(word)) doc.fail(value, `numbers: "${word}" must be written normalised (lower case, no accents)`);
        if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) doc.fail(value, `numbers.${word} must be a positive number`);
        out.numbers[word] = n;
      }
      continue;
    }
    if (key === 'fillers') {
      for (const item of doc.items(node, 'fillers')) {
        const word = doc.string(item, 'a word in fillers');
        if (!NORMALISED.test(word)) doc.fail(item, `fillers: "${word}" must be written normalised (lower case, no accents)`);
        out.fillers.push(word);
      }
      continue;
    }
    const target = key === 'hints' ? out.hints : out.functionWords;
    for (const [lang, list, langNode] of doc.entries(node, key)) {
      if (lang !== 'fr' && lang !== 'en') doc.fail(langNode, `${key}: unknown language "${lang}" (allowed: fr, en)`);
      for (const item of doc.items(list, `${key}.${lang}`)) {
        const word = doc.string(item, `a word in ${key}.${lang}`);
        if (!NORMALISED.test(word)) doc.fail(item, `${key}.${lang}: "${word}" must be written normalised (lower case, no accents)`);
        target[lang as Lang].push(word);
      }
    }
  }
  for (const key of KEYS) if (!seen.has(key)) doc.fail(doc.root, `missing key "${key}"`);
  return out;
}

export const WORDS_FILE = join(LEXICON_DIR, 'words.yaml');

/** The validated words file, read once. */
export const textWords = lazy('text words', () => loadValidated(WORDS_FILE, 'words:1', validate));

/** Validates a words file (for tests and for checking an edited copy). */
export function loadTextWords(file: string): TextWords {
  return loadValidated(file, 'words:1', validate);
}

const sets = lazy('text word sets', () => {
  const w = textWords();
  return {
    fr: new Set(w.functionWords.fr), en: new Set(w.functionWords.en),
    frHints: new Set(w.hints.fr), enHints: new Set(w.hints.en),
    numbers: new Map(Object.entries(w.numbers)),
    fillers: new Set(w.fillers),
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
  return sets().fillers.has(norm);
}

/** The fillers, for the keys of cached lexicons (phrase keys leave them out). */
export function fillerList(): readonly string[] {
  return textWords().fillers;
}
