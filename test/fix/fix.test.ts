// --fix, --fix-dry-run and `rewrite`, through the built CLI, on files in the encodings postings come in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { encode } from '../../src/fix/encode.js';
import { isSafe } from '../../src/fix/index.js';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit } from '../cli/run.js';

const POSTING = [
  'Plongeur / plongeuse',
  'Lieu : Laval (Québec)',
  'Salaire : 17,50 $ de l’heure',
  '',
  'Exigences',
  '- Diplôme d’études secondaires (DES) obligatoire',
  '- Soulever des caisses de 15 kg',
  '',
].join('\r\n');
const FIXED_ASK = 'Aucun diplôme exigé; formation offerte à l’embauche';

const cp1252 = (text: string) => encode(text, 'windows-1252', false);
const utf8bom = (text: string) => encode(text, 'utf-8', true);

let tmp: TmpDir;
beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir();
});
afterAll(() => tmp?.remove());

const args = ['--occupation', '65201', '--jurisdiction', 'QC', '--date', '2026-06-01'];

describe('--fix', () => {
  for (const [name, bytesOf] of [
    ['latin1-crlf.txt', cp1252],
    ['bom-crlf.md', utf8bom],
  ] as const) {
    it(`rewrites ${name} in place, byte-exact outside the replaced span, and a second run changes nothing`, () => {
      const before = bytesOf(POSTING);
      tmp.write(name, before);
      const file = join(tmp.root, name);
      const r = jobaudit(['check', '--fix', ...args, name], { cwd: tmp.root });
      expect(r.stderr).toMatch(/fixed 1 problem in/);
      const after = new Uint8Array(readFileSync(file));
      const expected = bytesOf(POSTING.replace(/Diplôme d’études secondaires \(DES\) obligatoire/, FIXED_ASK));
      expect(Buffer.from(after).equals(Buffer.from(expected))).toBe(true);
      // The CRLF line endings and the encoding are kept.
      expect(Buffer.from(after).includes(Buffer.from('\r\n'))).toBe(true);
      const again = jobaudit(['check', '--fix', ...args, name], { cwd: tmp.root });
      expect(again.stderr).not.toMatch(/fixed/);
      expect(Buffer.from(readFileSync(file)).equals(Buffer.from(expected))).toBe(true);
    });
  }

  it('never writes without the flag, and --fix-dry-run prints a unified diff instead', () => {
    tmp.write('dry.txt', POSTING);
    const file = join(tmp.root, 'dry.txt');
    jobaudit(['check', ...args, 'dry.txt'], { cwd: tmp.root });
    const r = jobaudit(['check', '--fix-dry-run', ...args, 'dry.txt'], { cwd: tmp.root });
    expect(readFileSync(file, 'utf8')).toBe(POSTING);
    expect(r.stdout).toContain('--- a/dry.txt');
    expect(r.stdout).toContain('-- Diplôme d’études secondaires (DES) obligatoire');
    expect(r.stdout).toContain(`+- ${FIXED_ASK}`);
    expect(r.status).toBe(0);
  });

  it('reports an input that cannot be fixed in place (stdin) instead of skipping it', () => {
    const r = jobaudit(['check', '--fix', ...args, '-'], { input: POSTING });
    expect(r.stderr).toMatch(/<stdin>: cannot be fixed in place/);
    expect(r.status).toBe(2);
  });

  it('refuses --fix with --fix-dry-run', () => {
    expect(jobaudit(['check', '--fix', '--fix-dry-run', 'x.txt']).status).toBe(2);
  });
});

describe('rewrite', () => {
  it('prints the whole posting with every suggestion applied, blanks included', () => {
    tmp.write(
      'rw.txt',
      'Commis\nSalaire : 18 $ de l’heure\nExigences\n- Permis de conduire obligatoire\n- DES obligatoire\n',
    );
    const r = jobaudit(['rewrite', '--jurisdiction', 'QC', '--date', '2026-06-01', 'rw.txt'], { cwd: tmp.root });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Commis\nSalaire : 18 \$ de l’heure\nExigences\n- /);
    expect(r.stdout).toContain('DES ou expérience équivalente');
    expect(r.stdout).not.toContain('Permis de conduire obligatoire');
    expect(r.stdout).toMatch(/\[[^\]]+\]/);
  });

  it('--diff prints a unified diff', () => {
    tmp.write('rw2.txt', 'Commis\nSalaire : 18 $ de l’heure\nExigences\n- DES obligatoire\n');
    const r = jobaudit(['rewrite', '--diff', 'rw2.txt'], { cwd: tmp.root });
    expect(r.stdout).toMatch(
      /^--- a\/rw2.txt\n\+\+\+ b\/rw2.txt\n@@ -1,4 \+1,4 @@\n Commis\n Salaire : 18 \$ de l’heure\n Exigences\n-- DES obligatoire\n\+- DES ou expérience équivalente; formation offerte à l’embauche\n$/,
    );
  });
});

describe('safety and diffs', () => {
  it('does not apply rewrites with blanks to fill', () => {
    expect(isSafe({ message: '', replacement: 'DES ou expérience équivalente' })).toBe(true);
    expect(isSafe({ message: '', replacement: 'Permis requis pour [indiquez la conduite]' })).toBe(false);
  });
  it('makes hunks with context and handles a missing final newline', () => {
    const a = Array.from({ length: 12 }, (_, i) => `l${i}`).join('\n');
    const b = a.replace('l1\n', 'L1\n').replace('l10', 'L10');
    expect(unifiedDiff(a, b, 'f')).toBe(
      [
        '--- a/f',
        '+++ b/f',
        '@@ -1,5 +1,5 @@',
        ' l0',
        '-l1',
        '+L1',
        ' l2',
        ' l3',
        ' l4',
        '@@ -8,5 +8,5 @@',
        ' l7',
        ' l8',
        ' l9',
        '-l10',
        '+L10',
        ' l11',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('x\n', 'x\n', 'f')).toBe('');
  });
});
