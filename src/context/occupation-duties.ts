// The posting's text against the 516 groups' distinctive duty words: which groups' main duties it covers best.
import { fold } from '../text/normalize.js';
import type { Word } from '../text/tokens.js';
import { lazy, memo, wordMemo } from '../util/cache.js';
import { decode, dutiesFile, findLine, groups, SEARCHES_BEFORE_READING, type Sorted } from './occupation-data.js';
import { STOPWORDS, wordKey, words } from './occupation-text.js';

/** A word's duties line, read once: the groups whose distinctive duty words hold it, with the word's weight in each. */
interface DutyWord {
  groups: Uint16Array;
  weights: Uint8Array;
  /** dutyScores' count of the word in the text it is scoring (`call`: which one), kept here rather than in a Map. */
  call: number;
  count: number;
}

const dutyWords = memo<string, DutyWord | null>('occupation:duty-words', 100_000);
/** The duties line of an analysed posting's word (see dutyWord). */
const dutyOfWord = wordMemo<DutyWord | null>('occupation:duty-word');
/**
 * The lines found, by key (at most one per line of the file, so a key always has one object), and the lines
 * by key once a batch has searched the file many times.
 */
const duties = lazy('occupation:duty-lines', () => ({
  byKey: new Map<string, DutyWord>(),
  searches: 0,
  lines: null as Map<string, { key: number; end: number }> | null,
}));
/**
 * The duties line of a posting's folded word (null: a stopword or no group's duty word), memoised per word
 * and per key, so that words with the same key ("caisse", "caisses") share one object and one count.
 */
function dutyWord(folded: string): DutyWord | null {
  return dutyWords.getOr(folded, findDutyWord);
}

function findDutyWord(folded: string): DutyWord | null {
  const { byKey } = duties();
  let d: DutyWord | null = null;
  const key = STOPWORDS.has(folded) ? '' : wordKey(folded);
  if (key.length >= 3) {
    d = byKey.get(key) ?? null;
    if (!d) {
      const f = dutiesFile();
      const l = dutyLine(f, key);
      if (l) {
        const n = Math.floor((l.end - l.key - 1) / 3);
        d = { groups: new Uint16Array(n), weights: new Uint8Array(n), call: 0, count: 0 };
        for (let i = 0, p = l.key + 1; i < n; i++, p += 3) {
          d.groups[i] = decode(f.text, p);
          d.weights[i] = f.text.charCodeAt(p + 2) - 48;
        }
        byKey.set(key, d);
      }
    }
  }
  return d;
}

/**
 * The duties line of a key: a binary search, or once a batch has made many (SEARCHES_BEFORE_READING), the map
 * of all lines.
 */
function dutyLine(f: Sorted, key: string): { key: number; end: number } | null {
  const d = duties();
  if (!d.lines && ++d.searches > SEARCHES_BEFORE_READING) {
    const dutyLines = new Map<string, { key: number; end: number }>();
    d.lines = dutyLines;
    const s = f.text;
    for (let start = f.start; start < s.length;) {
      let end = s.indexOf('\n', start);
      if (end < 0) end = s.length;
      const eq = s.indexOf('=', start);
      if (eq > start && eq < end) {
        const k = s.slice(start, eq);
        if (!dutyLines.has(k)) dutyLines.set(k, { key: eq, end }); // the first line of a key, as findLine finds it
      }
      start = end + 1;
    }
  }
  if (d.lines) return d.lines.get(key) ?? null;
  return findLine(f, key, '=');
}

let dutyCalls = 0;
const dutyOfAnalysed = (word: Word) => dutyWord(word.norm);

/**
 * For every group, the weighted share of its distinctive duty words found in the posting's text (0 … 1);
 * a word counts min(1 + ln n, 3) for n occurrences. Also how many distinct words of the text are duty words.
 */
export function dutyScores(text: string, folded?: readonly (string | Word)[]): { scores: Float64Array; known: number } {
  const totals = groups().dutyTotals;
  // Counted by duties line: words with the same key ("caisse", "caisses") share one line and one count, kept on
  // the line itself (not in a Map), and the lines are summed in the order they first appear, as they always were.
  const call = ++dutyCalls;
  const found: DutyWord[] = [];
  for (const w of folded ?? words(fold(text.slice(0, 30_000)))) {
    const d = typeof w === 'string' ? dutyWord(w) : dutyOfWord.getOr(w, dutyOfAnalysed);
    if (!d) continue;
    if (d.call !== call) {
      d.call = call;
      d.count = 0;
      found.push(d);
    }
    d.count++;
  }
  const scores = new Float64Array(totals.length);
  for (const d of found) {
    const tf = Math.min(1 + Math.log(d.count), 3);
    for (let i = 0; i < d.groups.length; i++) scores[d.groups[i]] += d.weights[i] * tf;
  }
  for (let g = 0; g < scores.length; g++) scores[g] /= totals[g] || 1;
  return { scores, known: found.length };
}

/** 1 + the number of groups whose duty score is higher than this group's. */
export function rankOf(scores: Float64Array, group: number): number {
  let rank = 1;
  for (let g = 0; g < scores.length; g++) if (scores[g] > scores[group]) rank++;
  return rank;
}
