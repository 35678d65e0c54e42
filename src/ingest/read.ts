// One file or stdin → a Posting, with the size cap and decoding applied.
import { readChecked } from '../util/fs.js';
import type { Posting } from '../types.js';
import { decode, type Encoding } from './decode.js';
import { InputError, describeError } from './errors.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** A source that was read: either a posting or the reason it could not be read. */
export type Input =
  | { source: string; posting: Posting; encoding: Encoding; error?: undefined }
  | { source: string; posting?: undefined; encoding?: undefined; error: string };

function tooLarge(maxBytes: number): InputError {
  return new InputError(`larger than ${formatBytes(maxBytes)}; postings are expected to be small text files`);
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

export function fromBytes(source: string, bytes: Uint8Array): Input {
  try {
    const { text, encoding } = decode(bytes);
    return { source, posting: { source, text }, encoding };
  } catch (error) {
    return { source, error: describeError(error) };
  }
}

/** Reads a regular file; never throws. The size is checked before reading, so a huge file costs nothing. */
export async function readFileInput(path: string, source: string = path, maxBytes = DEFAULT_MAX_BYTES): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = readChecked(path, (info) => {
      if (info.isDirectory()) throw new InputError('is a directory');
      if (!info.isFile()) throw new InputError('not a regular file');
      if (info.size > maxBytes) throw tooLarge(maxBytes);
    });
    if (bytes.length > maxBytes) throw tooLarge(maxBytes); // grew while reading
  } catch (error) {
    return { source, error: describeError(error) };
  }
  return fromBytes(source, bytes);
}

/** Reads a whole stream (stdin), stopping as soon as it passes the cap. */
export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, size);
}
