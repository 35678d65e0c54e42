// Input arguments (files, directories, "-") → Inputs, in the order given, directories expanded.
import { statSync } from 'node:fs';
import { sep } from 'node:path';
import { walkPostings, POSTING_EXTENSIONS } from './walk.js';
import { DEFAULT_MAX_BYTES, fromBytes, readFileInput, readStream, type Input } from './read.js';
import { describeError } from './errors.js';

export { decode, looksBinary, NotTextError, type Decoded, type Encoding } from './decode.js';
export { decodeCp1252 } from './cp1252.js';
export { DEFAULT_MAX_BYTES, readFileInput, readStream, fromBytes, type Input } from './read.js';
export { isPostingFile, POSTING_EXTENSIONS, walkPostings } from './walk.js';
export { describeError, InputError } from './errors.js';

export const STDIN_SOURCE = '<stdin>';

export interface ReadOptions {
  /** Per-input size cap in bytes (default 5 MB). */
  maxBytes?: number;
  /** What "-" reads; default process.stdin. Read once, even if "-" is given twice. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /**
   * Whether to leave a file out (ignore files, ignorePatterns), asked before it is read. `explicit` is true for a
   * file named on the command line, false for one found in a directory.
   */
  skip?: (path: string, explicit: boolean) => Promise<boolean>;
  /** Told of each file named on the command line that `skip` left out. */
  onSkipped?: (path: string) => void;
}

/**
 * Yields one Input per posting, lazily, so a large directory is audited file by file.
 * Never throws for a bad input: an unreadable file, a directory holding no postings or a binary file
 * yields an Input with `error` and the next argument is read.
 */
export async function* readInputs(args: string[], options: ReadOptions = {}): AsyncGenerator<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let stdin: Input | undefined;
  for (const arg of args) {
    if (arg === '-') {
      stdin ??= await readStdin(options.stdin ?? process.stdin, maxBytes);
      yield stdin;
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch (error) {
      yield { source: arg, error: describeError(error) };
      continue;
    }
    if (isDir) yield* readDirectory(arg, maxBytes, options.skip);
    else if (options.skip && (await options.skip(arg, true))) options.onSkipped?.(arg);
    else yield await readFileInput(arg, arg, maxBytes);
  }
}

async function readStdin(stream: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Input> {
  try {
    return fromBytes(STDIN_SOURCE, await readStream(stream, maxBytes));
  } catch (error) {
    return { source: STDIN_SOURCE, error: describeError(error) };
  }
}

async function* readDirectory(dir: string, maxBytes: number, skip?: ReadOptions['skip']): AsyncGenerator<Input> {
  // The source keeps the directory as the user typed it: "samples/" + "fr/a.txt", "./x" + "a.txt".
  const base = dir.endsWith('/') || dir.endsWith(sep) ? dir : dir + sep;
  let found = 0;
  try {
    for await (const entry of walkPostings(dir)) {
      const source = base + entry.relative;
      found++;
      if (skip && (await skip(source, false))) continue;
      yield entry.error !== undefined
        ? { source, error: describeError(entry.error) }
        : await readFileInput(entry.path, source, maxBytes);
    }
  } catch (error) {
    yield { source: dir, error: describeError(error) };
    return;
  }
  if (found === 0)
    yield { source: dir, error: `no postings found (looked for ${POSTING_EXTENSIONS.join(', ')} files)` };
}
