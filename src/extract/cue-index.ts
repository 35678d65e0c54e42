// Indexes that let requirement extraction ask "is there a cue here?" in time that does not grow with the
// posting: a mention looks only at the cues near it (a list of 100,000 asks has 100,000 cues).
import type { Match } from '../lexicon/trie.js';
import type { Token } from '../text/tokens.js';

export type Scope = { from: number; to: number };

/** Distance in tokens between a cue and a mention (0 when they overlap). */
export function distance(m: Scope, c: Scope): number {
  if (m.to <= c.from) return c.from - m.to;
  if (m.from >= c.to) return m.from - c.to;
  return 0;
}

/** The matches of one cue type, in token order, with what answers range questions at once. */
export class CueList {
  /** The longest match, in tokens: how far left of a position a match that reaches it can start. */
  readonly longest: number;
  /** Largest `to` among list[0..i). */
  private readonly maxToBefore: Int32Array;
  /** Smallest `to` among list[i..]. */
  private readonly minToFrom: Int32Array;

  constructor(readonly list: Match[]) {
    const n = list.length;
    this.maxToBefore = new Int32Array(n + 1);
    this.minToFrom = new Int32Array(n + 1);
    let longest = 0;
    for (let i = 0; i < n; i++) {
      this.maxToBefore[i + 1] = Math.max(this.maxToBefore[i], list[i].to);
      longest = Math.max(longest, list[i].to - list[i].from);
    }
    this.minToFrom[n] = 0x7fffffff;
    for (let i = n - 1; i >= 0; i--) this.minToFrom[i] = Math.min(this.minToFrom[i + 1], list[i].to);
    this.longest = longest;
  }

  /** Index of the first match that starts at or after `token`. */
  firstFrom(token: number): number {
    let lo = 0,
      hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.list[mid].from < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Some match holds all of `c`. */
  holds(c: Scope): boolean {
    return this.maxToBefore[this.firstFrom(c.from + 1)] >= c.to;
  }

  /** Some match overlaps `c`. */
  overlaps(c: Scope): boolean {
    return this.maxToBefore[this.firstFrom(c.to)] > c.from;
  }

  /** Some match lies inside `s`. */
  within(s: Scope): boolean {
    return this.minToFrom[this.firstFrom(s.from)] <= s.to;
  }

  /**
   * The smallest distance from a match inside `s` (not overlapping `c`) to `c`, plus `penalty` when the match
   * starts in another comma-part than `c`; Infinity when none. The scan leaves each side once no nearer
   * match is possible.
   */
  nearest(tokens: Token[], c: Scope, s: Scope, penalty: number): number {
    let best = Infinity;
    const part = tokens[c.from].part;
    const list = this.list;
    const consider = (m: Match) => {
      if (m.from < s.from || m.to > s.to || (m.from < c.to && m.to > c.from)) return;
      const d = distance(m, c) + (tokens[m.from].part === part ? 0 : penalty);
      if (d < best) best = d;
    };
    const split = this.firstFrom(c.to);
    for (let i = split; i < list.length; i++) {
      const m = list[i];
      if (m.from >= s.to || m.from - c.to >= best) break;
      consider(m);
    }
    for (let i = split - 1; i >= 0; i--) {
      const m = list[i];
      if (m.from < s.from || c.from - m.from - this.longest >= best) break;
      consider(m);
    }
    return best;
  }
}

const EMPTY = new CueList([]);

/** The cues of a posting by type, each type indexed. */
export class Cues {
  private readonly byType = new Map<string, CueList>();
  private marked: Uint8Array | null = null;

  constructor(
    matches: Match[],
    private readonly tokenCount: number,
  ) {
    const lists = new Map<string, Match[]>();
    for (const m of matches) {
      if (m.entry.type !== 'cues') continue;
      const list = lists.get(m.entry.value) ?? [];
      list.push(m);
      lists.set(m.entry.value, list);
    }
    for (const [type, list] of lists) this.byType.set(type, new CueList(list));
  }

  get(type: string): CueList {
    return this.byType.get(type) ?? EMPTY;
  }

  /** Whether the token is part of some cue, of any type. */
  isCue(token: number): boolean {
    if (!this.marked) {
      this.marked = new Uint8Array(this.tokenCount);
      for (const c of this.byType.values()) for (const m of c.list) this.marked.fill(1, m.from, m.to);
    }
    return this.marked[token] === 1;
  }
}

/** First and one-past-last token of each clause. */
export class Clauses {
  private readonly start: Int32Array;
  private readonly end: Int32Array;

  constructor(private readonly tokens: Token[]) {
    const count = tokens.length ? tokens[tokens.length - 1].clause + 1 : 0;
    this.start = new Int32Array(count);
    this.end = new Int32Array(count);
    let prev = -1;
    for (let i = 0; i < tokens.length; i++) {
      const clause = tokens[i].clause;
      if (clause !== prev) this.start[clause] = i;
      this.end[clause] = i + 1;
      prev = clause;
    }
  }

  /** The clause of token `from`, widened to `to` when the tokens run past it. */
  of(from: number, to: number): Scope {
    const clause = this.tokens[from].clause;
    return { from: this.start[clause], to: Math.max(to, this.end[clause]) };
  }
}
