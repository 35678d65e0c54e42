/** What the CLI touches of the outside world, so it can be driven in-process too. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdin?: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours are only used then). */
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => { process.stdout.write(text); },
    stderr: (text) => { process.stderr.write(text); },
    stdin: process.stdin,
    env: process.env,
    isTTY: process.stdout.isTTY === true,
  };
}
