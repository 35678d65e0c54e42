// Configuration errors that name the file, the line (JSON and YAML, when it can be found), the key and what is allowed.

/** A key path inside a configuration: ["rules", "language/second-language"] → rules["language/second-language"]. */
export type KeyPath = (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a key path the way it would be written in JavaScript: `rules["language/second-language"]`, `lexicons[0].file`. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export class ConfigError extends Error {
  /**
   * @param file the configuration file (or ignore file, or package.json)
   * @param line 1-based line of the offending key or value, when known
   * @param key the key path as written by formatKeyPath, when the problem is at a key
   * @param detail what is wrong and what is allowed
   */
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly key: string | null,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

/** A validation failure before the file and line are known: thrown by the validator, completed by the loader. */
export class Invalid extends Error {
  /** `at: 'key'` points the line at the key itself (an unknown key), `'value'` at its value. */
  constructor(
    readonly path: KeyPath,
    readonly detail: string,
    readonly at: 'key' | 'value' = 'value',
  ) {
    super(`${formatKeyPath(path)}: ${detail}`);
    this.name = 'Invalid';
  }
}

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours); stops early past `max`. */
export function distance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The closest of `candidates` to `input`, if it is close enough to be a typo: same text in another case, a rule id
 * given without its family ("second-language" → "language/second-language"), the start of only one candidate
 * ("warn" → "warning"), or a few edits away.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | null {
  const lower = input.toLowerCase();
  for (const c of candidates) if (c.toLowerCase() === lower) return c;
  const bare = candidates.filter((c) => c.toLowerCase().endsWith(`/${lower}`));
  if (bare.length === 1) return bare[0];
  const longer = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (longer.length === 1) return longer[0]; // "warn" → "warning"
  const max = Math.max(1, Math.min(3, Math.floor(input.length / 4)));
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase(), max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** " Did you mean "x"?" or "". */
export function suggestion(input: string, candidates: readonly string[]): string {
  const near = didYouMean(input, candidates);
  return near ? ` Did you mean ${JSON.stringify(near)}?` : '';
}
