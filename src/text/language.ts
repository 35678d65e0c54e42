// Language of a posting or of a long block, with franc restricted to the languages we ship.
// franc's own trigram models and algorithm, restricted to French and English. Importing franc itself builds
// models for ~190 languages at load (~25 ms of every cold start); its data module and trigram-utils load in ~5 ms.
import { data } from 'franc/data.js';
import { asTuples } from 'trigram-utils';
import type { Lang } from '../types.js';

/** franc's constants: sample length and the penalty for a trigram missing from a model. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

let models: [Lang, Record<string, number>][] | null = null;

function model(trigrams: string): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  trigrams.split('|').forEach((t, i) => { out[t] = i; });
  return out;
}

/** What franc(text, { only: ['fra', 'eng'] }) answers, computed the way franc does. */
export function francFrEn(text: string): Lang {
  models ??= [['fr', model(data.Latin.fra)], ['en', model(data.Latin.eng)]];
  const tuples = asTuples(text.slice(0, MAX_LENGTH));
  let best: Lang = 'fr', bestDistance = Infinity;
  for (const [lang, m] of models) {
    let distance = 0;
    for (const [trigram, count] of tuples) {
      const rank = m[trigram];
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    if (distance < bestDistance) { bestDistance = distance; best = lang; }
  }
  return best;
}

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
  if (text.length >= MIN_DETECT_LENGTH) return francFrEn(text);
  const votes = countVotes(text, words);
  return votes > 0 ? 'fr' : votes < 0 ? 'en' : fallback;
}
