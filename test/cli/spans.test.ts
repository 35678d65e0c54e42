// Spans reported by the built CLI point at the right characters whatever the encoding and line endings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit } from './run.js';

const TEXT =
  'Plongeur / plongeuse\r\nSalaire : 17,50 $ de l’heure\r\n\r\nExigences\r\n- DES obligatoire\r\n- Bilinguisme exigé\r\n';

/** The text in Windows-1252, as many Québec postings are saved (é = 0xE9, ’ = 0x92). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
}

let tmp: TmpDir;
beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir();
  tmp.write('crlf-latin1.txt', cp1252(TEXT));
  tmp.write('crlf-bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]));
  tmp.write('lf.txt', TEXT.replace(/\r\n/g, '\n'));
});
afterAll(() => tmp?.remove());

type Req = {
  kind: string;
  text: string;
  span: { start: { line: number; column: number; offset: number }; end: { offset: number } };
};

function requirements(file: string): Req[] {
  const r = jobaudit(['check', '--format', 'json', file], { cwd: tmp.root });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).results[0].requirements as Req[];
}

describe('spans through the CLI', () => {
  for (const file of ['crlf-latin1.txt', 'crlf-bom.txt', 'lf.txt']) {
    it(`line, column and offset point at the ask in ${file}`, () => {
      const text = file === 'lf.txt' ? TEXT.replace(/\r\n/g, '\n') : TEXT;
      const reqs = requirements(file);
      const des = reqs.find((q) => q.kind === 'secondary-diploma')!;
      const bil = reqs.find((q) => q.kind === 'second-language')!;
      expect(des.text).toBe('DES obligatoire');
      expect(des.span.start).toEqual({ line: 5, column: 3, offset: text.indexOf('DES') });
      expect(text.slice(des.span.start.offset, des.span.end.offset)).toBe('DES obligatoire');
      expect(bil.text).toBe('Bilinguisme exigé');
      expect(bil.span.start.line).toBe(6);
      expect(bil.span.start.column).toBe(3);
    });
  }
});
