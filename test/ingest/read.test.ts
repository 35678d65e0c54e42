import { Readable } from 'node:stream';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, type Input } from '../../src/ingest/index.js';
import { BINARY_BYTES, CP1252_BYTES, makeTmpDir, utf16le, type TmpDir } from '../fixtures/tmp.js';

async function collect(args: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<Input[]> {
  const out: Input[] = [];
  for await (const input of readInputs(args, options)) out.push(input);
  return out;
}

let tmp: TmpDir;

beforeAll(() => {
  tmp = makeTmpDir();
  tmp.write('postings/b.txt', 'B');
  tmp.write('postings/a.md', 'A');
  tmp.write('postings/sub/c.markdown', 'C');
  tmp.write('postings/sub/notes.html', '<p>not a posting</p>');
  tmp.write('postings/Z.TXT', 'Z');
  tmp.write('postings/.hidden/x.txt', 'hidden');
  tmp.write('postings/node_modules/pkg/readme.md', 'dependency');
  tmp.mkdir('nothing/deeper');
  tmp.write('nothing/readme.html', '<p>x</p>');
  tmp.write('latin1.txt', CP1252_BYTES);
  tmp.write('utf16.txt', utf16le('Serveur\r\nDES requis'));
  tmp.write('image.txt', BINARY_BYTES);
  tmp.write('empty.txt', '');
  tmp.write('big.txt', 'x'.repeat(2000));
});

afterAll(() => tmp.remove());

describe('readInputs', () => {
  it('expands directories recursively in sorted order, skipping hidden folders, node_modules and other extensions', async () => {
    const dir = join(tmp.root, 'postings');
    const inputs = await collect([dir]);
    expect(inputs.map((i) => i.source)).toEqual([
      `${dir}${sep}Z.TXT`,
      `${dir}${sep}a.md`,
      `${dir}${sep}b.txt`,
      `${dir}${sep}sub${sep}c.markdown`,
    ]);
    expect(inputs.map((i) => i.posting?.text)).toEqual(['Z', 'A', 'B', 'C']);
  });

  it('keeps the order of a directory larger than the read-ahead, bad files in their place', async () => {
    const names = Array.from({ length: 30 }, (_, i) => `p${String(i).padStart(2, '0')}.txt`);
    for (const [i, name] of names.entries()) tmp.write(`many/${name}`, i % 7 === 3 ? BINARY_BYTES : `posting ${i}`);
    const inputs = await collect([join(tmp.root, 'many')]);
    expect(inputs.map((i) => i.source)).toEqual(names.map((n) => join(tmp.root, 'many', n)));
    for (const [i, input] of inputs.entries()) {
      if (i % 7 === 3) expect(input.error, input.source).toMatch(/binary/);
      else expect(input.posting?.text).toBe(`posting ${i}`);
    }
  });

  it('keeps the directory as typed in the source', async () => {
    const inputs = await collect([join(tmp.root, 'postings') + sep]);
    expect(inputs[0].source).toBe(join(tmp.root, 'postings') + sep + 'Z.TXT');
  });

  it('reports a directory without postings as an error', async () => {
    const dir = join(tmp.root, 'nothing');
    const [input] = await collect([dir]);
    expect(input.source).toBe(dir);
    expect(input.error).toMatch(/no postings found/);
  });

  it('reports a missing file and goes on with the next input', async () => {
    const missing = join(tmp.root, 'missing.txt');
    const inputs = await collect([missing, join(tmp.root, 'latin1.txt')]);
    expect(inputs[0]).toEqual({ source: missing, error: 'no such file or directory' });
    expect(inputs[1].posting?.text).toBe('Café ’ok’');
    expect(inputs[1].encoding).toBe('windows-1252');
  });

  it('decodes UTF-16 files and keeps CRLF', async () => {
    const [input] = await collect([join(tmp.root, 'utf16.txt')]);
    expect(input.posting?.text).toBe('Serveur\r\nDES requis');
  });

  it('reports a binary file as an error', async () => {
    const [input] = await collect([join(tmp.root, 'image.txt')]);
    expect(input.error).toMatch(/binary file/);
    expect(input.posting).toBeUndefined();
  });

  it('reads an empty file as an empty posting', async () => {
    const [input] = await collect([join(tmp.root, 'empty.txt')]);
    expect(input.error).toBeUndefined();
    expect(input.posting).toEqual({ source: join(tmp.root, 'empty.txt'), text: '' });
  });

  it('refuses files over the size cap', async () => {
    const [input] = await collect([join(tmp.root, 'big.txt')], { maxBytes: 1024 });
    expect(input.error).toBe('larger than 1 KB; postings are expected to be small text files');
  });

  it('reads "-" from stdin once, as <stdin>', async () => {
    const stdin = Readable.from([Buffer.from('Commis '), Buffer.from([0xe9, 0x92])]);
    const inputs = await collect(['-', '-'], { stdin });
    expect(inputs.map((i) => [i.source, i.posting?.text])).toEqual([
      ['<stdin>', 'Commis é’'],
      ['<stdin>', 'Commis é’'],
    ]);
  });

  it('caps stdin too', async () => {
    const stdin = Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]);
    const [input] = await collect(['-'], { stdin, maxBytes: 1024 });
    expect(input.error).toMatch(/larger than 1 KB/);
  });
});
