// Language of a posting or of a long block, with franc restricted to the languages we ship.
import { franc } from 'franc';
import type { Lang } from '../types.js';

/** Below this many characters franc's guess is unreliable ("Bilinguisme requis" comes out English). */
export const MIN_DETECT_LENGTH = 200;

const FR_WORDS = new Set(['le', 'la', 'les', 'de', 'des', 'et', 'est', 'pour', 'avec', 'vous', 'nous', 'un', 'une', 'du', 'dans', 'sur', 'au', 'aux', 'votre', 'qui', 'ou', 'requis', 'exige', 'heure', 'poste']);
const EN_WORDS = new Set(['the', 'and', 'is', 'for', 'with', 'you', 'we', 'our', 'your', 'of', 'to', 'in', 'on', 'are', 'will', 'be', 'or', 'required', 'must', 'hour', 'job']);

/** Counts common words, and accented letters for French: the fallback for short texts. */
function countVotes(text: string, words: string[]): number {
  let score = 0;
  for (const w of words) { if (FR_WORDS.has(w)) score++; else if (EN_WORDS.has(w)) score--; }
  for (let i = 0; i < text.length && i < 2000; i++) if ('éèêàùçôâîÉÈÀ'.includes(text[i])) score++;
  return score;
}

/** 'fr' or 'en' for a text; `fallback` when the text is too short or says nothing. */
export function detectLanguage(text: string, words: string[], fallback: Lang = 'fr'): Lang {
  if (text.length >= MIN_DETECT_LENGTH) {
    const code = franc(text.length > 6000 ? text.slice(0, 6000) : text, { only: ['fra', 'eng'], minLength: MIN_DETECT_LENGTH });
    if (code === 'fra') return 'fr';
    if (code === 'eng') return 'en';
  }
  const votes = countVotes(text, words);
  return votes > 0 ? 'fr' : votes < 0 ? 'en' : fallback;
}
