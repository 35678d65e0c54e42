// Language of a posting or of a long block, with franc restricted to the languages we ship.
// franc's own trigram models and algorithm, restricted to French and English. Importing franc itself builds
// models for ~190 languages at load (~25 ms of every cold start); its data module and trigram-utils load in ~5 ms.
import { data } from 'franc/data.js';
import { asTuples } from 'trigram-utils';
import type { Lang } from '../types.js';
import type { Token } from './tokens.js';

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

/** Function words: frequent, short, and never shared between the two languages once accents are folded. */
const FR_FUNCTION = new Set(['le', 'la', 'les', 'de', 'des', 'et', 'est', 'pour', 'avec', 'vous', 'nous', 'une', 'du', 'dans', 'sur', 'au', 'aux', 'votre', 'qui']);
const EN_FUNCTION = new Set(['the', 'and', 'is', 'for', 'with', 'you', 'we', 'our', 'your', 'of', 'to', 'in', 'on', 'are', 'will', 'be']);
/** Extra words for short texts, where every hint counts. */
const FR_HINTS = new Set(['un', 'ou', 'requis', 'exige', 'heure', 'poste']);
const EN_HINTS = new Set(['or', 'required', 'must', 'hour', 'job']);

export interface Votes { fr: number; en: number }

/** Function words of each language among normalised words. */
export function functionWords(words: Iterable<string>): Votes {
  const v = { fr: 0, en: 0 };
  for (const w of words) { if (FR_FUNCTION.has(w)) v.fr++; else if (EN_FUNCTION.has(w)) v.en++; }
  return v;
}

/** functionWords over tokens[from, to), with each word's vote memoised on the word (1 French, 2 English, 0 none). */
export function functionWordsOf(tokens: readonly Token[], from = 0, to = tokens.length): Votes {
  const v = { fr: 0, en: 0 };
  for (let i = from; i < to; i++) {
    const word = tokens[i].word;
    let vote = word.vote;
    if (vote < 0) vote = word.vote = FR_FUNCTION.has(word.norm) ? 1 : EN_FUNCTION.has(word.norm) ? 2 : 0;
    if (vote === 1) v.fr++; else if (vote === 2) v.en++;
  }
  return v;
}

/** One language clearly dominates: at least 8 function words and under a fifth from the other language. */
export function clearWinner(v: Votes): Lang | null {
  const most = Math.max(v.fr, v.en), least = Math.min(v.fr, v.en);
  if (most < 8 || least / (most + least) >= 0.2) return null;
  return v.fr > v.en ? 'fr' : 'en';
}

/**
 * 'fr' or 'en' for a text. When function words leave no doubt they decide (on the shared corpus they agree
 * with franc on every posting they decide, and cost a fraction of it); otherwise franc's trigram models
 * decide texts long enough for them; short texts fall back on word and accent hints, then on `fallback`.
 */
export function detectLanguage(text: string, words: string[], fallback: Lang = 'fr', votes: Votes = functionWords(words)): Lang {
  const clear = clearWinner(votes);
  if (clear) return clear;
  if (text.length >= MIN_DETECT_LENGTH) return francFrEn(text);
  let score = 0;
  for (const w of words) {
    if (FR_FUNCTION.has(w) || FR_HINTS.has(w)) score++;
    else if (EN_FUNCTION.has(w) || EN_HINTS.has(w)) score--;
  }
  for (let i = 0; i < text.length && i < 2000; i++) if ('éèêàùçôâîÉÈÀ'.includes(text[i])) score++;
  return score > 0 ? 'fr' : score < 0 ? 'en' : fallback;
}
