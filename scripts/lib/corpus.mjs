// Shared by the dev scripts that measure one module against the shared corpus (check-*.mjs):
// command-line options, where the corpus is, and reading a posting the way the tool's reader does.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const scripts = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/** The value after `--name`, else the fallback. */
export const opt = (name, fallback) => {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? args[k + 1] : fallback;
};
export const flag = (name) => args.includes(name);

/** The shared corpus (`--corpus DIR`, default ../shared/corpus beside the project). */
export const corpusDir = () => resolve(opt('--corpus', join(scripts, '..', '..', 'shared', 'corpus')));

/** Imports the built module under test (`--module FILE`, default dist/<relative>). */
export async function importBuilt(relative) {
  return import(pathToFileURL(resolve(opt('--module', join(scripts, '..', 'dist', relative)))).href);
}

/** UTF-8 when valid (BOM removed), else Windows-1252, as the tool's reader does. */
export function readText(file) {
  const bytes = readFileSync(file);
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes.subarray(start));
  }
}

/** A text on one line, cut to n characters. */
export const oneLine = (s, n = 70) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
