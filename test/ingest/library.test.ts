import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, auditFile, auditInputs, formatters } from '../../src/index.js';
import { CP1252_BYTES, makeTmpDir, type TmpDir } from '../fixtures/tmp.js';

let tmp: TmpDir;
beforeAll(() => {
  tmp = makeTmpDir();
  tmp.write('latin1.txt', CP1252_BYTES);
  tmp.write('d/a.txt', 'A');
});
afterAll(() => tmp.remove());

describe('library API', () => {
  it('audit() takes a string, source <text>', () => {
    const r = audit('Plongeur, DES requis', { jurisdiction: 'QC' });
    expect(r.source).toBe('<text>');
    expect(r.error).toBeNull();
  });

  it('auditFile() reads and decodes a file, and returns an error Result instead of throwing', async () => {
    const ok = await auditFile(join(tmp.root, 'latin1.txt'));
    expect(ok.error).toBeNull();
    const missing = await auditFile(join(tmp.root, 'nope.txt'));
    expect(missing.error).toEqual({ message: 'no such file or directory' });
    expect(missing.pay).toBeNull();
  });

  it('auditInputs() expands directories like the CLI', async () => {
    const results = await auditInputs([join(tmp.root, 'd'), join(tmp.root, 'nope.txt')]);
    expect(results.map((r) => r.error === null)).toEqual([true, false]);
  });

  it('exports the formatters by name', () => {
    expect(Object.keys(formatters).sort()).toEqual([
      'checkstyle',
      'compact',
      'github',
      'json',
      'junit',
      'sarif',
      'stylish',
    ]);
  });
});
