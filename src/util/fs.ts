// Promise forms of the few file calls the CLI makes, over the callback API. node:fs/promises is not imported:
// loading it, and the streams it pulls in, costs a few ms of every start.
import * as fs from 'node:fs';

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;
function call<T>(start: (done: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

export const stat = (path: string): Promise<fs.Stats> => call((done) => fs.stat(path, done));
export const readFile = (path: string): Promise<Buffer> => call((done) => fs.readFile(path, done));
export const writeFile = (path: string, data: string | Uint8Array, options: fs.WriteFileOptions = {}): Promise<void> =>
  call<void>((done) => fs.writeFile(path, data, options, (error) => done(error, undefined)));
export const rename = (from: string, to: string): Promise<void> =>
  call<void>((done) => fs.rename(from, to, (error) => done(error, undefined)));
export const unlink = (path: string): Promise<void> =>
  call<void>((done) => fs.unlink(path, (error) => done(error, undefined)));
export const chmod = (path: string, mode: number): Promise<void> =>
  call<void>((done) => fs.chmod(path, mode, (error) => done(error, undefined)));

/**
 * Opens a file, lets `check` see what it is (and throw, e.g. for a directory or a file too large) before anything
 * is read, then reads it whole. The file is closed in every case. Synchronous: a posting is a small local file,
 * and on a small machine the thread pool's round trips (open, stat, read, close) cost the main thread more than
 * the reads themselves.
 */
export function readChecked(path: string, check: (info: fs.Stats) => void): Buffer {
  const fd = fs.openSync(path, 'r');
  try {
    check(fs.fstatSync(fd));
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Whether the path is a file (false when it cannot be read). */
export function isFile(path: string): boolean {
  try {
    return fs.statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether the path is a directory, following symbolic links (false when it cannot be read). */
export function isDirectory(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}
