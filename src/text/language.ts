// Language of a posting or of a long block, with franc restricted to the languages we ship.
// franc's own trigram models and algorithm, restricted to French and English. Importing franc builds models for
// ~190 languages (~25 ms of every cold start), and even its data module and trigram-utils cost ~15 ms to load:
// the two models are read from franc's data file when a text first needs them (most postings never do: their
// function words decide), and trigram-utils' counting is done here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Lang } from '../types.js';
import type { Token } from './tokens.js';
import { hintOf, voteOf } from './words.js';
import { lazy } from '../util/cache.js';

/** franc's constants: sample length and the penalty for a trigram missing from a model. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

const models = lazy('franc models', loadModels);

function model(trigrams: string): Map<string, number> {
  const out = new Map<string, number>();
  trigrams.split('|').forEach((t, i) => {
    out.set(t, i);
  });
  return out;
}

/**
 * One script's model of franc's data file (franc@6: `export const data = { Latin: { …, fra: '…', … } }`): the
 * ranked trigrams as one "|"-joined string.
 */
export function francModel(source: string, code: string): string {
  const head = `\n    ${code}: '`;
  const at = source.indexOf(head);
  const end = at < 0 ? -1 : source.indexOf("'", at + head.length);
  if (end < 0) throw new Error(`franc/data.js: no model "${code}" (jobaudit expects franc 6's data format)`);
  return source.slice(at + head.length, end);
}

function loadModels(): [Lang, Map<string, number>][] {
  const file = createRequire(import.meta.url).resolve('franc/data.js');
  const source = readFileSync(file, 'utf8');
  return [
    ['fr', model(francModel(source, 'fra'))],
    ['en', model(francModel(source, 'eng'))],
  ];
}

/** Trigram counts of a text, as trigram-utils' asDictionary counts them (punctuation and digits blanked, padded). */
export function trigramCounts(text: string): Map<string, number> {
  const clean = ` ${text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const t = clean.slice(i, i + 3);
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}

/** What franc(text, { only: ['fra', 'eng'] }) answers, computed the way franc does. */
export function francFrEn(text: string): Lang {
  const counts = trigramCounts(text.slice(0, MAX_LENGTH));
  let best: Lang = 'fr',
    bestDistance = Infinity;
  for (const [lang, m] of models()) {
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = m.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = lang;
    }
  }
  return best;
}

/** Below this many characters franc's guess is unreliable ("Bilinguisme requis" comes out English). */
export const MIN_DETECT_LENGTH = 200;

export interface Votes {
  fr: number;
  en: number;
}

/** Function words of each language among normalised words. */
export function functionWords(words: Iterable<string>): Votes {
  const v = { fr: 0, en: 0 };
  for (const w of words) {
    const vote = voteOf(w);
    if (vote === 1) v.fr++;
    else if (vote === 2) v.en++;
  }
  return v;
}

/** functionWords over tokens[from, to), from each word's vote (see Word.vote). */
export function functionWordsOf(tokens: readonly Token[], from = 0, to = tokens.length): Votes {
  const v = { fr: 0, en: 0 };
  for (let i = from; i < to; i++) {
    const vote = tokens[i].word.vote;
    if (vote === 1) v.fr++;
    else if (vote === 2) v.en++;
  }
  return v;
}

/** One language clearly dominates: at least 8 function words and under a fifth from the other language. */
export function clearWinner(v: Votes): Lang | null {
  const most = Math.max(v.fr, v.en),
    least = Math.min(v.fr, v.en);
  if (most < 8 || least / (most + least) >= 0.2) return null;
  return v.fr > v.en ? 'fr' : 'en';
}

/**
 * 'fr' or 'en' for a text. When function words leave no doubt they decide (on the shared corpus they agree
 * with franc on every posting they decide, and cost a fraction of it); otherwise franc's trigram models
 * decide texts long enough for them; short texts fall back on word and accent hints, then on `fallback`.
 */
export function detectLanguage(
  text: string,
  words: string[],
  fallback: Lang = 'fr',
  votes: Votes = functionWords(words),
): Lang {
  const clear = clearWinner(votes);
  if (clear) return clear;
  if (text.length >= MIN_DETECT_LENGTH) return francFrEn(text);
  let score = 0;
  for (const w of words) score += hintOf(w);
  for (let i = 0; i < text.length && i < 2000; i++) if ('éèêàùçôâîÉÈÀ'.includes(text[i])) score++;
  return score > 0 ? 'fr' : score < 0 ? 'en' : fallback;
}
