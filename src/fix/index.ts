// --fix, --fix-dry-run and `jobaudit rewrite`: applying suggestions to a posting file.
// A file is rewritten only when asked, through a temporary file renamed over it, in its own encoding, BOM
// and line endings, so that the bytes outside the replaced spans stay exactly as they were.
import { crypto } from '../util/crypto.js';
import { chmod, readFile, rename, stat, unlink, writeFile } from '../util/fs.js';
import { basename, dirname, join } from 'node:path';
import { decode } from '../ingest/decode.js';
import { applyFixes } from '../rewrite/apply.js';
import type { Finding, Result, Suggestion } from '../types.js';
import { unifiedDiff } from './diff.js';
import { encode } from './encode.js';

export { unifiedDiff } from './diff.js';

/** A suggestion with a blank for the employer to fill ("[state the driving involved]") is not applied by --fix. */
export function isSafe(s: Suggestion): boolean {
  return !/\[[^\]\n]{1,120}\]/.test(s.replacement);
}

/** Findings whose first suggestion --fix may apply. */
export function safeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suggestions[0] && isSafe(f.suggestions[0]));
}

/**
 * The text with fixes applied. A replacement takes the line endings of the text it goes into, and its
 * apostrophes follow the posting's typography (’ or ').
 */
export function rewriteText(
  text: string,
  findings: readonly Finding[],
): { text: string; applied: Finding[]; skipped: Finding[] } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const curly = (text.match(/\u2019/g)?.length ?? 0) > (text.match(/'/g)?.length ?? 0);
  const adapt = (r: string) => {
    const t = r.replace(/\r?\n/g, eol);
    return curly ? t.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019') : t;
  };
  const normalized = findings.map((f) => ({
    ...f,
    suggestions: f.suggestions.map((s) => ({ ...s, replacement: adapt(s.replacement) })),
  }));
  return applyFixes(text, normalized);
}

export interface FileFix {
  source: string;
  /** Whether the file's content changed (or would, with dryRun). */
  changed: boolean;
  applied: number;
  /** Unified diff of the change (dry run, or always when asked). */
  diff: string;
  /** Why the file could not be fixed, when it could not. */
  error?: string;
}

const FIXABLE = /\.(txt|md|markdown)$/i;

/** Whether a source can be fixed in place: a text or Markdown file (not stdin, a URL or a record in a feed). */
export function fixableSource(source: string): boolean {
  return FIXABLE.test(source) && !/^[a-z]+:\/\//i.test(source) && !source.includes('#');
}

/**
 * Applies the safe fixes of `result` to the file it came from. The file is read again and must still hold
 * the text that was audited; nothing is written with dryRun.
 */
export async function fixFile(
  path: string,
  result: Result,
  auditedText: string,
  options: { dryRun: boolean },
): Promise<FileFix> {
  const base = { source: result.source, changed: false, applied: 0, diff: '' };
  if (!fixableSource(path)) return { ...base, error: 'cannot be fixed in place (only .txt and .md files can)' };
  try {
    const bytes = new Uint8Array(await readFile(path));
    const { text, encoding, bom } = decode(bytes);
    if (text !== auditedText) return { ...base, error: 'changed since it was read; not fixed' };
    const { text: fixed, applied } = rewriteText(text, safeFindings(result.findings));
    const diff = unifiedDiff(text, fixed, path.replace(/\\/g, '/'));
    if (fixed === text) return base;
    if (!options.dryRun) {
      const out = encode(fixed, encoding, bom);
      const tmp = join(dirname(path), `.${basename(path)}.${crypto().randomBytes(4).toString('hex')}.jobaudit-tmp`);
      const mode = (await stat(path)).mode;
      try {
        await writeFile(tmp, out, { flag: 'wx' });
        await chmod(tmp, mode & 0o7777);
        await rename(tmp, path);
      } catch (error) {
        await unlink(tmp).catch(() => undefined);
        throw error;
      }
    }
    return { ...base, changed: true, applied: applied.length, diff };
  } catch (error) {
    return { ...base, error: error instanceof Error ? error.message : String(error) };
  }
}
