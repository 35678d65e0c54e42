// Interning by characters: an open-addressing hash table that finds the one shared item for a string, or for a
// range of a longer string, without making the substring first (only a new key is ever sliced). Postings and
// NOC titles reuse a small vocabulary, so most lookups find an item made earlier.

/** FNV-1a: the hash starts at HASH_SEED and takes each code unit with hashStep (a tokeniser can hash as it reads). */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}

/** The hash of s[from, to), as HASH_SEED and hashStep make it. */
export function hashOf(s: string, from = 0, to = s.length): number {
  let h = HASH_SEED;
  for (let i = from; i < to; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

function sameChars(key: string, s: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(from + i)) return false;
  return true;
}

/** Items carry their key (`norm`): the item is read on a hit anyway, a separate array of keys would be one more read. */
export class Interner<T extends { readonly norm: string }> {
  private items: T[] = [];
  /** Pairs of slots: 1 + the item's index (0: empty), then its key's hash (compared before the key itself). */
  private table = new Int32Array(2 << 10);

  /**
   * `make` builds the item of a new key; after `max` items the table starts afresh (items already handed out
   * stay valid, but a key seen again gets a new item), so that a long-running process does not grow without bound.
   */
  constructor(
    private readonly make: (key: string) => T,
    private readonly max = 200_000,
  ) {}

  get size(): number {
    return this.items.length;
  }

  /** The item of s[from, to). */
  get(s: string, from = 0, to = s.length): T {
    return this.getHashed(s, from, to, hashOf(s, from, to));
  }

  /** get() when the caller has the hash of s[from, to) already (HASH_SEED, then hashStep on each code unit). */
  getHashed(s: string, from: number, to: number, h: number): T {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let slot = h & mask; table[2 * slot] !== 0; slot = (slot + 1) & mask) {
      if (table[2 * slot + 1] === h) {
        const item = this.items[table[2 * slot] - 1];
        if (sameChars(item.norm, s, from, to)) return item;
      }
    }
    if (this.items.length >= this.max) {
      this.items = [];
      this.table = new Int32Array(2 << 10);
    }
    const item = this.make(s.slice(from, to));
    this.items.push(item);
    if (this.items.length * 2 > this.table.length >> 1) this.grow();
    this.place(h, this.items.length - 1);
    return item;
  }

  private place(h: number, id: number): void {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = h & mask;
    while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = id + 1;
    table[2 * slot + 1] = h;
  }

  /** Keeps the table at most half full: doubles it and places every item again. */
  private grow(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    for (let k = 0; k < old.length; k += 2) if (old[k] !== 0) this.place(old[k + 1], old[k] - 1);
  }
}
