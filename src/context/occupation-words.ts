// The word lists of the title keys (lexicons/occupations/title-keys.yaml), validated and cached by
// loadValidated, handed to occupation-text.ts on first use. Importing this module configures the keys.
import { join } from 'node:path';
import { LEXICON_DIR, loadValidated } from '../lexicon/yaml.js';
import { lazy } from '../util/cache.js';
import { configureKeys, validateKeyWords } from './occupation-text.js';

export const KEY_WORDS_FILE = join(LEXICON_DIR, 'occupations', 'title-keys.yaml');

/** The lists as validated (read on first use; clearCaches drops them). */
export const keyWords = lazy('occupation:title-key-words', () =>
  loadValidated(KEY_WORDS_FILE, 'occupation-title-keys', validateKeyWords),
);

configureKeys(keyWords);
