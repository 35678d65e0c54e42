import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writer } from '../../src/cli/io.js';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';

let tmp: TmpDir;
beforeAll(() => {
  tmp = makeTmpDir();
});
afterAll(() => tmp.remove());

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('writer: output written to the file descriptor directly', () => {
  it('writes every byte of multi-byte text to the descriptor, in order, without making the stream', () => {
    const path = join(tmp.root, 'out.txt');
    const fd = openSync(path, 'w');
    let made = 0;
    const out = writer(fd, () => {
      made++;
      return new PassThrough();
    });
    out('Préposé à l’entretien — ');
    out('x'.repeat(100_000));
    out('\n🙂\n');
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`Préposé à l’entretien — ${'x'.repeat(100_000)}\n🙂\n`);
    expect(made).toBe(0);
  });

  it('follows short writes until everything is written', () => {
    const seen: number[] = [];
    // At most 3 bytes per call, as a busy pipe may accept.
    const write = ((_fd: number, bytes: Uint8Array, offset: number) => {
      seen.push(offset);
      return Math.min(3, bytes.length - offset);
    }) as unknown as typeof writeSync;
    const out = writer(1, () => new PassThrough(), write);
    out('abcdefgh');
    expect(seen).toEqual([0, 3, 6]);
  });

  it('hands the rest to the stream when a non-blocking pipe is full (EAGAIN), and everything after it too', () => {
    const s = sink();
    let calls = 0;
    const write = ((_fd: number, bytes: Uint8Array, offset: number) => {
      if (++calls === 2)
        throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
      return Math.min(4, bytes.length - offset);
    }) as unknown as typeof writeSync;
    const out = writer(1, () => s.stream, write);
    out('é-abcdefgh');
    out(' next');
    expect(calls).toBe(2);
    expect(s.text()).toBe('é-abcdefgh next'.slice(3)); // "é-a" (4 bytes) went first, the rest through the stream
  });

  it('lets other write errors through', () => {
    const write = (() => {
      throw Object.assign(new Error('EBADF: bad file descriptor, write'), { code: 'EBADF' });
    }) as unknown as typeof writeSync;
    const out = writer(99, () => new PassThrough(), write);
    expect(() => out('x')).toThrow(/EBADF/);
  });
});
