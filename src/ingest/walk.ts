// Directory expansion: posting files found recursively, in a fixed order whatever the file system returns.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export const POSTING_EXTENSIONS = ['.txt', '.md', '.markdown'];

export function isPostingFile(name: string): boolean {
  const lower = name.toLowerCase();
  return POSTING_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** Hidden entries (.git, .cache…) and node_modules are never postings. */
function isSkipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Code-unit order, not locale order, so the output is the same on every machine. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface WalkEntry {
  /** Path relative to the directory walked. */
  relative: string;
  /** Path to open. */
  path: string;
  /** Set when a subdirectory could not be listed. */
  error?: unknown;
}

/**
 * Posting files under `dir`, depth first, entries sorted by name. Symbolic links are followed,
 * each real directory visited once (no loops). An unreadable subdirectory yields an entry with `error`;
 * an unreadable `dir` itself throws.
 */
export async function* walkPostings(dir: string): AsyncGenerator<WalkEntry> {
  const seen = new Set<string>([realpathSync.native(dir)]);
  yield* walk(dir, '', seen, true);
}

async function* walk(dir: string, prefix: string, seen: Set<string>, top: boolean): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    names = readdirSync(dir).sort(byName);
  } catch (error) {
    if (top) throw error;
    yield { relative: prefix.slice(0, -1), path: dir, error };
    return;
  }
  for (const name of names) {
    if (isSkipped(name)) continue;
    const path = join(dir, name);
    const relative = prefix + name;
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      // A dangling link or a vanished entry matters only if it looked like a posting.
      if (isPostingFile(name)) yield { relative, path, error };
      continue;
    }
    if (info.isDirectory()) {
      let real = path;
      try {
        real = realpathSync.native(path);
      } catch {
        /* a directory that went away: its walk reports it */
      }
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walk(path, relative + sep, seen, false);
    } else if (info.isFile() && isPostingFile(name)) {
      yield { relative, path };
    }
  }
}
