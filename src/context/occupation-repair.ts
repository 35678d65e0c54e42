// Posting titles written as NOC writes them: words NOC joins ("pipe layer" → "pipelayer") and likely typos
// of known words ("idustriel" → "industriel").
import { memo } from '../util/cache.js';
import { df, lineAt, lowerBound, wordsFile } from './occupation-data.js';
import { wordKey } from './occupation-text.js';

/**
 * A known word for an unknown one, when it is a likely typo: same first and last letters, length within
 * 2, Jaro–Winkler ≥ 0.93 ("idustriel" → "industriel", "developper" → "developpeur"). Only the words that
 * start with the same letter are compared (a range of the sorted vocabulary).
 */
// Memoised: titles of a batch share their unknown words (places, employers, "temps plein").
const repairs = memo<string, string | null>('occupation:repairs', 20_000);
function repair(word: string): string | null {
  if (word.length < 5) return null;
  return repairs.getOr(word, findRepair);
}

function findRepair(word: string): string | null {
  const f = wordsFile();
  const s = f.text;
  let best: string | null = null;
  let bestScore = 0.93;
  const next = String.fromCharCode(word.charCodeAt(0) + 1);
  const end = lowerBound(f, next, ' ');
  for (let p = lowerBound(f, word[0], ' '); p < end;) {
    const l = lineAt(f, p, ' ');
    const w = s.slice(l.start, l.key);
    p = l.end + 1;
    if (Math.abs(w.length - word.length) > 2 || w[w.length - 1] !== word[word.length - 1]) continue;
    const score = jaroWinkler(word, w);
    if (score > bestScore) {
      best = w;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Keys as NOC writes them: two words that NOC writes as one ("pipe layer" → "pipelayer", "dish washer")
 * are joined, and an unknown word is replaced by the known word it is a likely typo of (see repair).
 */
export function asNocWrites(ks: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ks.length; i++) {
    const joined = i + 1 < ks.length ? ks[i] + ks[i + 1] : '';
    if (joined && ks[i].length >= 3 && ks[i + 1].length >= 3 && (!df(ks[i]) || !df(ks[i + 1]) || df(joined) >= 3)) {
      const j = df(joined) ? joined : df(wordKey(joined)) ? wordKey(joined) : '';
      if (j) {
        out.push(j);
        i++;
        continue;
      }
    }
    out.push(df(ks[i]) ? ks[i] : (repair(ks[i]) ?? ks[i]));
  }
  return out;
}

/** Jaro–Winkler similarity (as natural's JaroWinklerDistance, which is not imported to keep start-up fast). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i++) {
    for (let k = Math.max(0, i - window); k < Math.min(b.length, i + window + 1); k++) {
      if (!mb[k] && a[i] === b[k]) {
        ma[i] = mb[k] = true;
        m++;
        break;
      }
    }
  }
  if (!m) return 0;
  let t = 0;
  for (let i = 0, k = 0; i < a.length; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / a.length + m / b.length + (m - t / 2) / m) / 3;
  let l = 0;
  while (l < 4 && a[l] === b[l]) l++;
  return jaro + l * 0.1 * (1 - jaro);
}
