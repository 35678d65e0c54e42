// Ignoring postings: gitignore-style patterns from .jobauditignore files and from a configuration's `ignorePatterns`.
// Matching is done by the `ignore` package (the one ESLint uses), loaded only when a run has patterns.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Ignore } from 'ignore';
import type { IgnoreList, ResolvedConfig } from './schema.js';
import { weakMemo } from '../util/cache.js';

export const IGNORE_FILE = '.jobauditignore';

type IgnoreFactory = (options?: { ignorecase?: boolean }) => Ignore;
let factory: IgnoreFactory | null = null;
const load = (): IgnoreFactory => (factory ??= createRequire(import.meta.url)('ignore') as IgnoreFactory);

const compiled = weakMemo<IgnoreList, Ignore>('ignore-lists');
const matcher = (list: IgnoreList): Ignore => compiled.getOr(list, () => load()().add(list.patterns));

/** The patterns of an ignore file: its lines less blank lines and comments (a BOM and CRLF endings are fine). */
export function readIgnoreFile(file: string): IgnoreList {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const patterns = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '' && !line.startsWith('#'));
  return { file, base: resolve(file, '..'), patterns };
}

export interface IgnoreOptions {
  /** Directory a relative `path` is resolved from (default: process.cwd()). */
  cwd?: string;
  /** The path is a directory: patterns ending with "/" apply to it. */
  directory?: boolean;
}

/**
 * Whether `path` is ignored by any of the config's ignore lists (its `ignorePatterns`, the nearest .jobauditignore).
 * Each list is read like a .gitignore in its base directory: `*`, `**`, `?`, `[a-z]`, a leading "/" anchors to the
 * base, a trailing "/" matches directories only (and everything under them), "!" re-includes, "#" starts a comment.
 * A path outside a list's base directory is not matched by that list. Case-insensitive, like git on macOS and Windows.
 */
export function isIgnored(path: string, config: Pick<ResolvedConfig, 'ignores'>, options: IgnoreOptions = {}): boolean {
  if (!config.ignores.length) return false;
  const absolute = resolve(options.cwd ?? process.cwd(), path);
  for (const list of config.ignores) {
    if (!list.patterns.length) continue;
    let rel = relative(list.base, absolute);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
    if (sep !== '/') rel = rel.split(sep).join('/');
    if (options.directory) rel += '/';
    if (matcher(list).ignores(rel)) return true;
  }
  return false;
}
