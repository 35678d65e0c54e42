// Promise forms of the few file calls the CLI makes, over the callback API. node:fs/promises is not imported:
// loading it, and the streams it pulls in, costs a few ms of every start.
import * as fs from 'node:fs';

type Callback<T> = (error: NodeJS.ErrnoException | null, value: T) => void;
function call<T>(start: (done: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

export const stat = (path: string): Promise<fs.Stats> => call((done) => fs.stat(path, done));
export const realpath = (path: string): Promise<string> => call((done) => fs.realpath.native(path, done));
export const readdir = (path: string): Promise<string[]> => call((done) => fs.readdir(path, done));
export const readFile = (path: string): Promise<Buffer> => call((done) => fs.readFile(path, done));
export const writeFile = (path: string, data: string | Uint8Array, options: fs.WriteFileOptions = {}): Promise<void> =>
  call<void>((done) => fs.writeFile(path, data, options, (error) => done(error, undefined)));
export const rename = (from: string, to: string): Promise<void> => call<void>((done) => fs.rename(from, to, (error) => done(error, undefined)));
export const unlink = (path: string): Promise<void> => call<void>((done) => fs.unlink(path, (error) => done(error, undefined)));
export const chmod = (path: string, mode: number): Promise<void> => call<void>((done) => fs.chmod(path, mode, (error) => done(error, undefined)));

/**
 * Opens a file, lets `check` see what it is (and throw, e.g. for a directory or a file too large) before anything
 * is read, then reads it whole. The file is closed in every case.
 */
export async function readChecked(path: string, check: (info: fs.Stats) => void): Promise<Buffer> {
  const fd = await call<number>((done) => fs.open(path, 'r', done));
  try {
    check(await call<fs.Stats>((done) => fs.fstat(fd, done)));
    return await call<Buffer>((done) => fs.readFile(fd, done));
  } finally {
    await call<void>((done) => fs.close(fd, (error) => done(error, undefined)));
  }
}
