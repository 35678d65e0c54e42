// The example titles of NOC 2021 as read from the sorted title index: exact lookups by key, and for fuzzy
// matching the lines that hold a word, each split into word ids and weights once.
import { HASH_SEED, hashStep, Interner } from '../text/intern.js';
import { lazy } from '../util/cache.js';
import { additions, decode, lineAt, lowerBound, titleIndex, weight } from './occupation-data.js';

/** Whether some title line's key starts with `prefix`. */
export function startsSome(prefix: string): boolean {
  const f = titleIndex();
  const at = lowerBound(f, prefix, '=');
  if (at >= f.text.length) return false;
  const l = lineAt(f, at, '=');
  return f.text.startsWith(prefix, l.start) && l.start + prefix.length <= l.key;
}

/** Groups of the title lines whose key equals `key` (or, with `prefix`, starts with it). */
export function lookup(key: string, prefix = false): Set<number> {
  const f = titleIndex();
  const s = f.text;
  const out = new Set<number>();
  for (let p = lowerBound(f, key, '='); p < s.length;) {
    const l = lineAt(f, p, '=');
    const k = s.slice(l.start, l.key);
    if (prefix ? !k.startsWith(key) : k !== key) break;
    out.add(decode(s, l.key + 1));
    p = l.end + 1;
  }
  return out;
}

/**
 * After this many scans of the title index, one pass reads every line and maps each word to its lines (a batch:
 * one posting makes at most 5 scans on the samples).
 */
const SCANS_BEFORE_INDEX = 10;

/** A title word's number (ids are only compared with each other) and its weight, looked up once. */
interface TitleWord {
  norm: string;
  id: number;
  weight: number;
}

/**
 * What has been read of the title index, in one cache: the lines and the additions hold the words' ids, so
 * they are made and dropped together.
 */
interface TitleState {
  /** NOC's ~20,000 title words and the words of the titles audited, which repeat from posting to posting. */
  words: Interner<TitleWord>;
  wordCount: number;
  /** The lines read, by their start in the file. */
  lines: Map<number, TitleLine>;
  /** The lines of a word, found by scanning the file (before the index is built). */
  hits: Map<string, TitleLine[]>;
  scans: number;
  /** The lines of each title word, by the word's id; null until the index is built. */
  byId: TitleLine[][] | null;
  /** The words of the lines read so far: ids and weights, one entry per word, each line's words together. */
  pool: { ids: Int32Array; weights: Float64Array; used: number };
  additionWords: { noc: string; ids: number[]; weights: number[] }[] | null;
}

const state = lazy('occupation:title-lines', (): TitleState => {
  const s: TitleState = {
    words: new Interner<TitleWord>((word) => ({ norm: word, id: s.wordCount++, weight: weight(word) }), Infinity),
    wordCount: 0,
    lines: new Map(),
    hits: new Map(),
    scans: 0,
    byId: null,
    pool: { ids: new Int32Array(1 << 14), weights: new Float64Array(1 << 14), used: 0 },
    additionWords: null,
  };
  return s;
});

/** Every line of the title index read once (~60,000), and the lines of each word, in the order of the file. */
function buildIndex(): TitleLine[][] {
  const f = titleIndex();
  const s = f.text;
  const byId: TitleLine[][] = [];
  for (let start = f.start; start < s.length;) {
    let end = s.indexOf('\n', start);
    if (end < 0) end = s.length;
    const line = titleLine(start);
    const { ids } = state().pool;
    for (let k = line.at; k < line.at + line.words; k++) {
      const list = (byId[ids[k]] ??= []);
      if (list[list.length - 1] !== line) list.push(line);
    }
    start = end + 1;
  }
  return byId;
}

/** Starts of the title lines that hold `word` as a whole word (a scan of the index, before it is built). */
function startsWith(word: string): number[] {
  const f = titleIndex();
  const s = f.text;
  const hits: number[] = [];
  for (let p = s.indexOf(word, f.start); p >= 0; p = s.indexOf(word, p + 1)) {
    const before = s[p - 1];
    const after = s[p + word.length];
    if ((before === '\n' || before === ' ' || before === '|') && (after === ' ' || after === '|' || after === '=')) {
      const start = s.lastIndexOf('\n', p - 1) + 1;
      if (hits[hits.length - 1] !== start) hits.push(start);
    }
  }
  return hits;
}

/** The title lines that hold `word` as a whole word, read (memoised per word: titles share their words). */
export function linesWith(word: string): TitleLine[] {
  const st = state();
  if (!st.byId && st.scans >= SCANS_BEFORE_INDEX) st.byId = buildIndex();
  if (st.byId) return st.byId[st.words.get(word).id] ?? [];
  let lines = st.hits.get(word);
  if (!lines) {
    st.scans++;
    lines = startsWith(word).map((start) => titleLine(start));
    if (st.hits.size > 5_000) st.hits.clear();
    st.hits.set(word, lines);
  }
  return lines;
}

/**
 * A line of the title index, split and weighed once (fuzzy matching revisits the lines of common words). Its
 * words' ids and weights are in the shared pool, from `at` (one object per line: lines are many).
 */
export interface TitleLine {
  at: number;
  /** How many words: the head's, then the qualifier's; `head` of them are the head's. */
  words: number;
  head: number;
  headW: number;
  qualW: number;
  group: number;
  /** The last scorePart call that took this line (to take it once). */
  stamp: number;
}

function poolAdd(id: number, weight: number): void {
  const pool = state().pool;
  if (pool.used === pool.ids.length) {
    const ids = new Int32Array(pool.ids.length * 2);
    ids.set(pool.ids);
    pool.ids = ids;
    const weights = new Float64Array(pool.weights.length * 2);
    weights.set(pool.weights);
    pool.weights = weights;
  }
  pool.ids[pool.used] = id;
  pool.weights[pool.used++] = weight;
}

/** Forgets every title line read, and the pool of their words (when they are many). */
export function resetLines(): void {
  const st = state();
  st.lines.clear();
  st.hits.clear();
  st.byId = null;
  st.scans = 0;
  st.pool.used = 0;
}

/** How many title lines have been read (and are held). */
export const linesRead = (): number => state().lines.size;

/** The words of the lines read: `ids[k]`, `weights[k]` for k in [line.at, line.at + line.words). */
export const linePool = (): { ids: Int32Array; weights: Float64Array } => state().pool;

export const idOf = (word: string): number => state().words.get(word).id;

function titleLine(start: number): TitleLine {
  const st = state();
  let line = st.lines.get(start);
  if (line) return line;
  const s = titleIndex().text;
  const eq = s.indexOf('=', start);
  // The words of "head words|qualifier words=group", read in place (no substring is made for a known word).
  const at = st.pool.used;
  let head = -1;
  let headW = 0;
  let qualW = 0;
  let h = HASH_SEED; // of the word being read
  for (let from = start, i = start; i <= eq; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 124 && i < eq) {
      h = hashStep(h, c);
      continue;
    } // ' ', '|'
    if (i > from) {
      const w = st.words.getHashed(s, from, i, h);
      h = HASH_SEED;
      poolAdd(w.id, w.weight);
      // Summed in word order, as they always were.
      if (head < 0) headW += w.weight;
      else qualW += w.weight;
    }
    if (c === 124 && head < 0) head = st.pool.used - at;
    from = i + 1;
  }
  const words = st.pool.used - at;
  line = { at, words, head: head < 0 ? words : head, headW, qualW, group: decode(s, eq + 1), stamp: 0 };
  st.lines.set(start, line);
  return line;
}

/** The reviewed additions' words, as ids with their weights. */
export function additionWords(): { noc: string; ids: number[]; weights: number[] }[] {
  const st = state();
  return (st.additionWords ??= additions().list.map((a) => {
    const words = a.key.split(' ');
    return { noc: a.noc, ids: words.map(idOf), weights: words.map((w) => st.words.get(w).weight) };
  }));
}
