// Pay's phrase matcher: phrases of the pay lexicon found on the tokens of the analysis, longest first. Unlike the
// lexicon trie (src/lexicon/trie.ts) it matches words as written (no stems, no skipped fillers: "a", "l" and "de"
// are pay words here), takes "*" as one optional word, and words in capitals only in capitals ("DOE", "REER").
import { normalize } from '../../text/normalize.js';
import { tokenize } from '../../text/tokens.js';
import type { Doc } from './doc.js';
import { isLetterAt } from './doc.js';

interface Phrase {
  /** Folded words; "*" is one optional word. */
  words: string[];
  /** Original spelling of each word when it must match in capitals, else null. */
  caps: (string | null)[];
  value: string;
}

/** The words of a phrase as the analysis tokenizes them ("jusqu'à" is jusqu, a). */
function wordsOf(raw: string): string[] {
  return tokenize(raw, normalize(raw), () => 0)
    .filter((t) => t.norm !== '+')
    .map((t) => t.norm);
}

/** Phrases indexed by their first word; matched on tokens, longest first. */
export class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
  add(source: string, value = source): boolean {
    const words: string[] = [];
    const caps: (string | null)[] = [];
    for (const raw of source.split(/[\s'’-]+/)) {
      if (raw === '') continue;
      if (raw === '*') {
        words.push('*');
        caps.push(null);
        continue;
      }
      const toks = wordsOf(raw);
      const upper = /\p{L}.*\p{L}/u.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      for (const w of toks) {
        words.push(w);
        caps.push(upper && toks.length === 1 ? raw : null);
      }
    }
    if (words.length === 0 || words[0] === '*' || words[words.length - 1] === '*') return false;
    const list = this.byFirst.get(words[0]);
    if (list) list.push({ words, caps, value });
    else this.byFirst.set(words[0], [{ words, caps, value }]);
    this.sorted = false;
    return true;
  }

  /** Whether each list is longest first (sorted once, when first matched: not after every phrase added). */
  private sorted = true;
  private sortLists(): void {
    // A stable sort: phrases of one length keep the order they were added in.
    this.byFirst.forEach((list) => list.sort((a, b) => b.words.length - a.words.length));
    this.sorted = true;
  }

  /** Longest phrase starting at token i: [number of tokens, phrase]. */
  at(doc: Doc, i: number): [number, Phrase] | null {
    if (!this.sorted) this.sortLists();
    const t = doc.toks[i];
    if (!t) return null;
    const list = this.byFirst.get(t.norm);
    if (!list) return null;
    let best: [number, Phrase] | null = null;
    for (const p of list) {
      const n = matchWords(doc, i, p, 0);
      if (n > 0 && (!best || n > best[0])) best = [n, p];
    }
    return best;
  }

  /** The value of the first one-word phrase that is this folded word, as written in lower case ("h" in "/h à"). */
  word(w: string): string | null {
    if (!this.sorted) this.sortLists();
    for (const p of this.byFirst.get(w) ?? []) if (p.words.length === 1 && p.caps[0] === null) return p.value;
    return null;
  }
}

/** Tokens consumed when phrase p (from word k) matches at token i, or 0. Depth is the phrase length. */
function matchWords(doc: Doc, i: number, p: Phrase, k: number): number {
  if (k === p.words.length) return 0;
  const w = p.words[k];
  if (w === '*') {
    // Skip the optional word, or take one token as it.
    const skip = matchWords(doc, i, p, k + 1);
    if (skip > 0) return skip;
    if (i >= doc.toks.length || !joins(doc, i - 1, i)) return 0;
    const rest = matchWords(doc, i + 1, p, k + 1);
    return rest > 0 ? rest + 1 : 0;
  }
  const t = doc.toks[i];
  if (!t || t.norm !== w) return 0;
  if (k > 0 && !joins(doc, i - 1, i)) return 0;
  const cap = p.caps[k];
  if (cap !== null && doc.text.slice(t.start, t.end) !== cap) return 0;
  if (k === p.words.length - 1) return 1;
  const rest = matchWords(doc, i + 1, p, k + 1);
  return rest > 0 ? rest + 1 : 0;
}

/** Two tokens belong to one phrase: a short gap of spaces, apostrophes or hyphens on one line. */
export function joins(doc: Doc, a: number, b: number): boolean {
  const ta = doc.toks[a],
    tb = doc.toks[b];
  if (!ta || !tb || tb.start - ta.end > 3) return false;
  for (let k = ta.end; k < tb.start; k++) {
    const c = doc.f[k];
    if (c !== ' ' && c !== "'" && c !== '-') return false;
  }
  return true;
}

export interface Hit {
  s: number;
  e: number;
  value: string;
}

/** All matches of a phrase set (one of those searched over the whole text: see Doc.starts), left to right, not overlapping. */
export function findAll(doc: Doc, set: PhraseSet, standalone = false): Hit[] {
  const hits: Hit[] = [];
  let next = 0;
  for (const i of doc.starts) {
    if (i < next) continue;
    const m = set.at(doc, i);
    if (!m) continue;
    const first = doc.toks[i];
    // "co-pay", "bi-weekly": a word glued by a hyphen to the word before is not the word alone.
    if (standalone && doc.f[first.start - 1] === '-' && isLetterAt(doc.f, first.start - 2)) continue;
    const last = doc.toks[i + m[0] - 1];
    hits.push({ s: first.start, e: last.end, value: m[1].value });
    next = i + m[0];
  }
  return hits;
}

/** Hits that start in [from, to). */
export function hitsIn(hits: Hit[], from: number, to: number): Hit[] {
  let lo = 0,
    hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].s < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Hit[] = [];
  for (let k = lo; k < hits.length && hits[k].s < to; k++) out.push(hits[k]);
  return out;
}
