// Word tokens over the normalised text, with offsets back into the original.
import { HASH_SEED, hashStep, Interner } from './intern.js';
import type { Normalized } from './normalize.js';
import { numberWord, voteOf } from './words.js';

/**
 * A distinct word, made once per process and shared by all its tokens. It holds only what the word itself is;
 * what other modules learn of a word they keep by its `id` (src/util/cache.ts wordMemo).
 */
export interface Word {
  readonly norm: string;
  /** A number of its own (for per-word tables: see Trie.match). */
  readonly id: number;
  /** Numeric value of a digit word ("2", "1,5") or of a small number word. */
  readonly num: number | undefined;
  /** Function-word vote (language.ts): 1 French, 2 English, 0 neither (lexicons/words.yaml). */
  readonly vote: number;
}

/** The vocabulary: a token of a known word is found from the normalised text directly (see Interner). */
let wordCount = 0;
const vocabulary = new Interner<Word>((norm) => ({
  norm,
  id: wordCount++,
  num: isDigit(norm.charCodeAt(0)) ? Number(norm.replace(',', '.')) : numberWord(norm),
  vote: voteOf(norm),
}));

/** The shared Word of a normalised word. */
export function wordOf(norm: string): Word {
  return vocabulary.get(norm);
}

export interface Token {
  /** Normalised form (lower case, no accents); the same string as word.norm. */
  norm: string;
  word: Word;
  /** Offsets in the original text; end exclusive. */
  start: number;
  end: number;
  /** Written in capitals in the original (DES, DEP, CAP, GED…) inside mixed-case text. */
  acronym: boolean;
  /** Numeric value of a digit token ("2", "1,5", "1.5") or of a small number word. */
  num?: number;
  /** True for a token made of digits. */
  digit: boolean;
  /** Index of the sentence-like clause (split at . ! ? ; and line ends). */
  clause: number;
  /** Index of the comma-level part inside the clause. */
  part: number;
  /** Index of the line in the original text. */
  line: number;
}

const isWordChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** original[start, end) is written in capitals (and has a letter): "DES", "GED", "SST". */
function allCapitals(original: string, start: number, end: number): boolean {
  let ascii = true;
  for (let i = start; i < end; i++) {
    const c = original.charCodeAt(i);
    if (c >= 97 && c <= 122) return false; // a lower-case ASCII letter
    if (c > 127) ascii = false;
  }
  // ASCII: no lower-case letter and a capital first (the caller checked): capitals. Otherwise, as the string says.
  if (ascii) return true;
  const raw = original.slice(start, end);
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/**
 * Splits normalised text into tokens. `lineOf` gives the line index of an original offset.
 * A "+" right after a word or number is a token of its own ("5+ ans", "Bac+2").
 */
export function tokenize(original: string, n: Normalized, lineOf: (offset: number) => number): Token[] {
  const s = n.text;
  const out: Token[] = [];
  let clause = 0,
    part = 0,
    line = -1;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      const digits = isDigit(c);
      // The word's hash for the vocabulary, taken as its characters are read.
      let h = hashStep(HASH_SEED, c);
      while (j < s.length) {
        const d = s.charCodeAt(j);
        if (digits ? isDigit(d) : isWordChar(d) && !isDigit(d)) {
          h = hashStep(h, d);
          j++;
          continue;
        }
        // "1,5" / "1.5": one number.
        if (digits && (d === 44 || d === 46) && isDigit(s.charCodeAt(j + 1))) {
          h = hashStep(hashStep(h, d), s.charCodeAt(j + 1));
          j += 2;
          continue;
        }
        break;
      }
      const word = vocabulary.getHashed(s, i, j, h);
      const norm = word.norm;
      const start = n.map[i],
        end = n.map[j - 1] + 1;
      const l = lineOf(start);
      if (l !== line) {
        if (line >= 0) {
          clause++;
          part = 0;
        }
        line = l;
      }
      const first = original.charCodeAt(start);
      // Only words that start with a capital can be acronyms: skip the string work for the rest.
      const capital =
        (first >= 65 && first <= 90) || (first > 127 && original[start] !== original[start].toLowerCase());
      const acronym = capital && !digits && end - start >= 2 && allCapitals(original, start, end);
      out.push({ norm, word, start, end, acronym, num: word.num, digit: digits, clause, part, line: l });
      i = j;
      continue;
    }
    if (c === 43 /* + */ && out.length && n.map[i] === out[out.length - 1].end) {
      const start = n.map[i];
      const prev = out[out.length - 1];
      out.push({
        norm: '+',
        word: wordOf('+'),
        start,
        end: start + 1,
        acronym: false,
        digit: false,
        clause: prev.clause,
        part: prev.part,
        line: prev.line,
      });
    } else if (c === 46 || c === 33 || c === 63 || c === 59) {
      // Sentence end; "." between letters (e.g. "p.ex.") still counts — clauses are only used to scope cues.
      clause++;
      part = 0;
    } else if (c === 44 || c === 40) {
      part++;
    }
    i++;
  }
  return out;
}
