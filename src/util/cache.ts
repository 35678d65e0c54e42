// Every in-process cache of jobaudit, in one place: a module asks for a named cache here instead of keeping
// its own Map. Each cache is bounded (emptied when full: postings reuse a small vocabulary, so a refill is
// cheap), listed by `cacheSizes()` and emptied by `clearCaches()` (tests, long-lived servers).
// Caches of data files on disk are in src/lexicon/yaml.ts (keyed by content and package version).

interface Clearable {
  readonly name: string;
  size(): number;
  clear(): void;
}

const registry: Clearable[] = [];

/** A bounded memo: `get`/`set` as a Map; full at `max` entries, when it starts again empty. */
export class Memo<K, V> implements Clearable {
  private map = new Map<K, V>();
  constructor(
    readonly name: string,
    private readonly max: number,
  ) {}
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  set(key: K, value: V): V {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(key, value);
    return value;
  }
  /** The cached value, or `make(key)` cached. */
  getOr(key: K, make: (key: K) => V): V {
    const hit = this.map.get(key);
    return hit !== undefined || this.map.has(key) ? (hit as V) : this.set(key, make(key));
  }
  size(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
}

/**
 * What one module knows of a shared word (see src/text/tokens.ts `Word`), by the word's id: the words are
 * made once per process, so this grows with the vocabulary, not with the postings.
 */
export class WordMemo<V> implements Clearable {
  // A packed array by word id (undefined: not known yet), grown by doubling: one indexed read per lookup. A
  // memo never holds undefined as a value (use null for "nothing").
  private values: (V | undefined)[] = new Array<V | undefined>(1024).fill(undefined);
  constructor(readonly name: string) {}
  /** The value for the word, or `make(word)` remembered. */
  getOr<W extends { readonly id: number }>(word: W, make: (word: W) => V): V {
    const hit = this.values[word.id];
    return hit !== undefined ? hit : this.set(word, make(word));
  }
  /** The value for the word, or undefined when none was set. */
  get(word: { readonly id: number }): V | undefined {
    return this.values[word.id];
  }
  set(word: { readonly id: number }, value: V): V {
    const id = word.id;
    if (id >= this.values.length) {
      const grown = new Array<V | undefined>(Math.max(id + 1, this.values.length * 2)).fill(undefined);
      for (let k = 0; k < this.values.length; k++) grown[k] = this.values[k];
      this.values = grown;
    }
    this.values[id] = value;
    return value;
  }
  size(): number {
    let n = 0;
    for (const v of this.values) if (v !== undefined) n++;
    return n;
  }
  clear(): void {
    this.values = new Array<V | undefined>(1024).fill(undefined);
  }
}

/**
 * The value for the last key asked for (compared with ===): for what one posting's stages ask again and again,
 * such as the line index of its text. A string key that is the same object compares at once.
 */
export class Last<K, V> implements Clearable {
  private key: K | undefined;
  private value: V | undefined;
  constructor(readonly name: string) {}
  getOr(key: K, make: (key: K) => V): V {
    if (this.value !== undefined && this.key === key) return this.value;
    this.key = key;
    return (this.value = make(key));
  }
  size(): number {
    return this.value === undefined ? 0 : 1;
  }
  clear(): void {
    this.key = this.value = undefined;
  }
}

/**
 * What is derived from one object (a configuration's allowlist, an ignore list), kept while the object lives:
 * a WeakMap, so it needs no bound; `clearCaches` starts a new one.
 */
export class WeakMemo<K extends object, V> implements Clearable {
  private map = new WeakMap<K, V>();
  private count = 0;
  constructor(readonly name: string) {}
  getOr(key: K, make: (key: K) => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = make(key);
    this.map.set(key, value);
    this.count++;
    return value;
  }
  /** Entries made since the last clear (a WeakMap cannot count the ones still alive). */
  size(): number {
    return this.count;
  }
  clear(): void {
    this.map = new WeakMap<K, V>();
    this.count = 0;
  }
}

/** A named memo by object identity. */
export function weakMemo<K extends object, V>(name: string): WeakMemo<K, V> {
  const m = new WeakMemo<K, V>(name);
  registry.push(m);
  return m;
}

/** A named memo of the last key only. */
export function last<K, V>(name: string): Last<K, V> {
  const m = new Last<K, V>(name);
  registry.push(m);
  return m;
}

/** A named, bounded memo (default 2,000 entries). */
export function memo<K, V>(name: string, max = 2000): Memo<K, V> {
  const m = new Memo<K, V>(name, max);
  registry.push(m);
  return m;
}

/** A named per-word memo. */
export function wordMemo<V>(name: string): WordMemo<V> {
  const m = new WordMemo<V>(name);
  registry.push(m);
  return m;
}

/** A value computed once, on first use (data compiled from the lexicons), and dropped by clearCaches. */
export function lazy<T>(name: string, make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  registry.push({
    name,
    size: () => (made ? 1 : 0),
    clear: () => {
      made = false;
      value = undefined;
    },
  });
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** Empties every cache (the next use recomputes). */
export function clearCaches(): void {
  for (const c of registry) c.clear();
}

/** Each cache's name and current size. */
export function cacheSizes(): { name: string; size: number }[] {
  return registry.map((c) => ({ name: c.name, size: c.size() }));
}
