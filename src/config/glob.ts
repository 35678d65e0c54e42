// A small glob matcher for configuration paths (`ruleFiles`): `*` and `?` within a name, `**` for any number of
// directories. Node 20 has no fs.glob; a dependency is not worth these few lines.
import { readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { isDirectory } from '../util/fs.js';

const MAGIC = /[*?]/;

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** The regular expression of one name pattern (no slash in it). */
function namePattern(segment: string): RegExp {
  let re = '';
  for (const ch of segment) re += ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${re}$`);
}

function entries(dir: string): { name: string; dir: boolean }[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).map((e) => ({
      name: e.name,
      dir: e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(dir, e.name))),
    }));
  } catch {
    return [];
  }
}

/**
 * The files a pattern names, relative to `base` (or absolute), sorted. Names starting with a dot are matched only
 * by a pattern segment that starts with a dot; `**` does not enter them either.
 */
export function expandGlob(pattern: string, base: string): string[] {
  const full = isAbsolute(pattern) ? pattern : resolve(base, pattern);
  const parts = full.split(/[\\/]+/);
  let first = parts.findIndex((p) => MAGIC.test(p));
  if (first < 0) first = parts.length;
  const root = parts.slice(0, first).join('/') || '/';
  const rest = parts.slice(first);
  const out = new Set<string>();
  const walk = (dir: string, i: number): void => {
    if (i === rest.length) return;
    const segment = rest[i];
    const last = i === rest.length - 1;
    if (segment === '**') {
      walk(dir, i + 1); // no directory
      for (const e of entries(dir)) if (e.dir && !e.name.startsWith('.')) walk(join(dir, e.name), i);
      return;
    }
    const re = namePattern(segment);
    for (const e of entries(dir)) {
      if (e.name.startsWith('.') && !segment.startsWith('.')) continue;
      if (!re.test(e.name)) continue;
      if (last) {
        if (!e.dir) out.add(join(dir, e.name));
      } else if (e.dir) walk(join(dir, e.name), i + 1);
    }
  };
  if (rest.length) walk(root, 0);
  return [...out].sort();
}
