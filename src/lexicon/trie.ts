// Phrases compiled into a token trie. Matching walks at most the longest phrase from each token, so it is
// linear in the posting's length; no regular expression ever runs over posting text here.
import { normalize } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import { wordMemo } from '../util/cache.js';
import { isFiller } from '../text/words.js';
import type { Lang } from '../types.js';
import { stem } from './stem.js';

/** The trie keys of a word (as written, or as an acronym), and the trie nodes they start. */
export interface WordKeys {
  keys: string[];
  generation: number;
  /** A short linking word a phrase may skip ("de", "the"): never an acronym. */
  filler: boolean;
  /** For the trie `startsOwner` stands for: the nodes the keys start, and the keys any of its phrases uses. */
  starts?: unknown[];
  used?: string[];
  startsOwner?: number;
}

export interface Entry {
  type: string;
  value: string;
  lang: Lang;
  phrase: string;
}
/** A node; `next` is made with its first child (most nodes end a phrase and have none). */
interface Node {
  next: Map<string, Node> | null;
  entries: Entry[];
}
export interface Match {
  from: number;
  to: number;
  entry: Entry;
}

/** The keys one phrase token can be matched by. */
function phraseKeys(raw: string, lang: Lang): string[] {
  if (raw === '#') return ['#'];
  if (raw === '+') return ['x:+'];
  const exact = raw.startsWith('=');
  const word = exact ? raw.slice(1) : raw;
  const n = normalize(word);
  const toks = tokenize(word, n, () => 0);
  return toks.map((t) => {
    if (t.acronym && word.length <= 6) return `A:${t.norm}`;
    if (exact || t.digit || t.norm.length <= 3) return `x:${t.norm}`;
    return `${lang}:${stem(t.norm, lang)}`;
  });
}

/** Bumped when the lexicon's stem prefixes grow: the keys memoised by word (plainKeys, acronymKeys) are then stale. */
let keyGeneration = 0;

/**
 * What every stem a lexicon holds starts with, so that most words of a posting need not be stemmed at all (two
 * slow stemmer calls per new word saved). A stemmer cuts the end of a word, and puts back a few letters of its own
 * in some cases only (see rewritten): a word can share a stem S only if it starts with S less those letters.
 */
const stemPrefixes: Record<Lang, Set<string>> = { fr: new Set(), en: new Set() };
/**
 * The same prefixes as a tree of characters: a word is read letter by letter until it leaves the tree or ends a
 * prefix. Its edges are one map from (node, character) to node (one map, not one per node: it is built at every
 * start), and `ends` holds the nodes that end a prefix.
 */
interface PrefixTree {
  edges: Map<number, number>;
  ends: Set<number>;
  nodes: number;
}
const prefixTree: Record<Lang, PrefixTree> = {
  fr: { edges: new Map(), ends: new Set(), nodes: 1 },
  en: { edges: new Map(), ends: new Set(), nodes: 1 },
};

/**
 * How many of the last letters of a stem a word of that stem may not have at that place, from the replacements in
 * natural's stemmers (on words without accents). French: "iqu" for "icat…" and "ant"/"ent" for "amment"/"emment"
 * (2: "…qu", "…nt"); "eux" for "euse…", "al" for "aux", "abl" for "abilit…", "ent" for "ence", "i" for a final
 * "y" (1). English: "ble" for "biliti" (2: "…le"); a final "e" put back ("hoping" → "hope", "relational" →
 * "relate"), "i" for "y" ("buying" → "bui"), the "l" of "ble" less its "e" ("possibility" → "possibl") (1).
 * Other stems are the word's own first letters. Checked on the 43,000 words of the corpus, the samples, the
 * lexicons and NOC 2021, and on 200,000 of them with their endings changed: no word breaks the rule.
 */
export function rewritten(stem: string, lang: Lang): number {
  const last = stem[stem.length - 1];
  if (lang === 'fr') {
    if (stem.endsWith('qu') || stem.endsWith('nt')) return 2;
    return last === 'x' || last === 'l' || last === 'i' || last === 't' ? 1 : 0;
  }
  if (stem.endsWith('le')) return 2;
  return last === 'e' || last === 'i' || last === 'l' ? 1 : 0;
}

function noteStemKey(key: string): void {
  const lang = key.startsWith('fr:') ? 'fr' : key.startsWith('en:') ? 'en' : null;
  if (!lang) return;
  const stemmed = key.slice(3);
  const prefix = stemmed.slice(0, Math.max(Math.min(2, stemmed.length), stemmed.length - rewritten(stemmed, lang)));
  if (stemPrefixes[lang].has(prefix)) return;
  stemPrefixes[lang].add(prefix);
  const tree = prefixTree[lang];
  let node = 0;
  for (let k = 0; k < prefix.length; k++) {
    const edge = node * 0x10000 + prefix.charCodeAt(k);
    let child = tree.edges.get(edge);
    if (child === undefined) tree.edges.set(edge, (child = tree.nodes++));
    node = child;
  }
  tree.ends.add(node);
  keyGeneration++;
}

function mayStem(norm: string, lang: Lang): boolean {
  const tree = prefixTree[lang];
  let node: number | undefined = 0;
  for (let k = 0; k < norm.length; k++) {
    node = tree.edges.get(node * 0x10000 + norm.charCodeAt(k));
    if (node === undefined) return false;
    if (tree.ends.has(node)) return true;
  }
  return false;
}

function computeKeys(t: Token): string[] {
  const keys = [`x:${t.norm}`];
  if (t.digit) keys.push('#');
  else if (t.norm.length > 3) {
    if (mayStem(t.norm, 'fr')) keys.push(`fr:${stem(t.norm, 'fr')}`);
    if (mayStem(t.norm, 'en')) keys.push(`en:${stem(t.norm, 'en')}`);
  }
  if (t.acronym) keys.push(`A:${t.norm}`);
  return keys;
}

/** The keys of each word as written, and as an acronym (postings reuse a small vocabulary). */
const plainKeys = wordMemo<WordKeys>('trie keys');
const acronymKeys = wordMemo<WordKeys>('trie keys of acronyms');

/** The keys of a token, memoised by its word. */
function wordKeys(t: Token): WordKeys {
  const memo = t.acronym ? acronymKeys : plainKeys;
  let k = memo.get(t.word);
  if (!k || k.generation !== keyGeneration) {
    k = memo.set(t.word, { keys: computeKeys(t), generation: keyGeneration, filler: !t.acronym && isFiller(t.norm) });
  }
  return k;
}

const KNOWN = 1,
  STARTS = 2,
  USED = 4,
  FILLER = 8;
/** Stamps of the tries as they are (see Trie.stamp): a number each time any trie gets a phrase. */
let stamps = 0;

export class Trie {
  private readonly root: Node = { next: new Map(), entries: [] };
  size = 0;

  /** Adds a phrase; returns false when it holds no word. */
  add(phrase: string, entry: Entry): boolean {
    return this.addKeys(Trie.keys(phrase, entry.lang), entry);
  }

  /** The trie keys of a phrase (cached with the validated lexicon, so loading does not stem). */
  static keys(phrase: string, lang: Lang): string[] {
    // Fillers inside a phrase are optional, as they are in the posting; a leading one is kept ("un plus"),
    // and "=en" keeps one on purpose ("bac =en": a Québec bachelor's, not France's Bac).
    return phrase
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => {
        const keys = phraseKeys(w, lang);
        return w.startsWith('=') ? keys.map((k) => `!${k}`) : keys;
      })
      .filter((k, i) => i === 0 || k.startsWith('!') || !(k.startsWith('x:') && isFiller(k.slice(2))))
      .map((k) => (k.startsWith('!') ? k.slice(1) : k));
  }

  addKeys(kept: string[], entry: Entry): boolean {
    if (!kept.length) return false;
    this.stamp = ++stamps;
    for (const k of kept) {
      noteStemKey(k);
      this.used.add(k);
    }
    let node = this.root;
    for (const k of kept) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, entries: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.entries.some((e) => e.type === entry.type && e.value === entry.value)) node.entries.push(entry);
    this.size++;
    return true;
  }

  /** Every phrase occurrence in the token list (overlapping ones included). */
  match(tokens: Token[]): Match[] {
    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no phrase: one byte of a table by word says so (see flagsOf).
      if (!(this.flagsOf(tokens[i]) & STARTS)) continue;
      const starts = this.startsOf(tokens[i]);
      for (const child of starts) {
        for (const e of child.entries) out.push({ from: i, to: i + 1, entry: e });
        if (child.next) this.walk(child, tokens, i, i + 1, 0, out);
      }
    }
    return out;
  }

  /** Replaced whenever a phrase is added, so that what is memoised on words (WordKeys) is of this trie as it is. */
  private stamp = ++stamps;
  /** Every key of every phrase, at any depth. */
  private readonly used = new Set<string>();

  /** The word's keys for this trie: its first steps, and those of its keys any phrase uses (most words: none). */
  private keysOf(t: Token): WordKeys {
    const k = wordKeys(t);
    if (k.startsOwner !== this.stamp) {
      const starts: Node[] = [];
      for (const key of k.keys) {
        const child = this.root.next?.get(key);
        if (child) starts.push(child);
      }
      k.starts = starts;
      k.used = k.keys.filter((key) => this.used.has(key));
      k.startsOwner = this.stamp;
    }
    return k;
  }

  private startsOf(t: Token): Node[] {
    return this.keysOf(t).starts as Node[];
  }

  /** Per word (as written, by Word.id), whether it starts a phrase, continues one, is a filler; 0: not yet known. */
  private flags = new Uint8Array(1 << 12);
  private flagsStamp = 0;
  private flagsGeneration = -1;

  /**
   * What keysOf says of a token, as flags read from a table by word: most tokens need nothing more, and a byte
   * of a small table is cheaper to reach than the word's keys. Acronyms (other keys) always take keysOf.
   */
  private flagsOf(t: Token): number {
    if (t.acronym) return STARTS | USED;
    if (this.flagsStamp !== this.stamp || this.flagsGeneration !== keyGeneration) {
      this.flags.fill(0);
      this.flagsStamp = this.stamp;
      this.flagsGeneration = keyGeneration;
    }
    const id = t.word.id;
    if (id >= this.flags.length) {
      const bigger = new Uint8Array(Math.max(id + 1, this.flags.length * 2));
      bigger.set(this.flags);
      this.flags = bigger;
    }
    let f = this.flags[id];
    if (f === 0) {
      const k = this.keysOf(t);
      f = KNOWN | ((k.starts as Node[]).length ? STARTS : 0) | (k.used!.length ? USED : 0) | (k.filler ? FILLER : 0);
      this.flags[id] = f;
    }
    return f;
  }

  // Each node is reached by one path only (distinct keys lead to distinct children), so no match repeats.
  private walk(node: Node, tokens: Token[], from: number, j: number, skipped: number, out: Match[]): void {
    if (j >= tokens.length) return;
    // A phrase stays within one line.
    if (j > from && tokens[j].line !== tokens[from].line) return;
    let moved = false;
    const flags = this.flagsOf(tokens[j]);
    if (flags & USED)
      for (const k of this.keysOf(tokens[j]).used!) {
        const child = node.next!.get(k);
        if (!child) continue;
        moved = true;
        for (const e of child.entries) out.push({ from, to: j + 1, entry: e });
        if (child.next) this.walk(child, tokens, from, j + 1, 0, out);
      }
    // (An acronym is never a filler: its flags have no FILLER.)
    if (!moved && j > from && skipped < 2 && flags & FILLER) this.walk(node, tokens, from, j + 1, skipped + 1, out);
  }
}
