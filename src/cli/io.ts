import { writeSync } from 'node:fs';

/** What the CLI touches of the outside world, so it can be driven in-process too. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin?: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours are only used then). */
  isTTY: boolean;
}

/**
 * Writes to a file descriptor directly. process.stdout is a stream whose creation (a socket for a pipe, a tty
 * for a terminal) costs a few ms of every start, and writes to pipes and files are synchronous anyway.
 * A reader that went away (`| head`) ends the run quietly; a non-blocking pipe that is full (EAGAIN) hands the
 * rest to the stream, which waits for it to drain.
 */
export function writer(
  fd: number,
  stream: () => NodeJS.WritableStream,
  write: typeof writeSync = writeSync,
): (text: string) => void {
  let fallback: NodeJS.WritableStream | null = null;
  const stop = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  };
  return (text) => {
    if (fallback) {
      fallback.write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += write(fd, bytes, done);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (e.code !== 'EAGAIN') stop(e);
      fallback = stream();
      fallback.on('error', stop);
      fallback.write(bytes.subarray(done));
    }
  };
}

export function processIO(): CliIO {
  return {
    stdout: writer(1, () => process.stdout),
    stderr: writer(2, () => process.stderr),
    // Getters: process.stdin and process.stdout are streams made when first asked for, here only when "-" is
    // read and when colour is being decided (stylish output).
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    get isTTY() {
      return process.stdout.isTTY === true;
    },
  };
}
