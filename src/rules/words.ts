// Regular expressions built from the word lists of the rules' data (lexicons/rules/*.yaml), for the few rules that
// still read a line's wording with a pattern: the words live in YAML, the pattern's shape here.
import type { Lang } from '../types.js';

/** Characters that mean something in a regular expression (the `u` flag refuses other escapes). */
const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * The words of both languages as regular-expression alternatives, each matched as written (an apostrophe also
 * matches ’), duplicates once: ["jusqu'au", "until"] → "jusqu['’]au|until".
 */
export function alternatives(lists: Record<Lang, readonly string[]>): string {
  return [...new Set([...lists.fr, ...lists.en])]
    .map((w) => w.replace(SPECIAL, '\\$&').replace(/['’]/g, "['’]"))
    .join('|');
}
