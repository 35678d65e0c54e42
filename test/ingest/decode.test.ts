import { describe, expect, it } from 'vitest';
import { decode, decodeCp1252, looksBinary, NotTextError } from '../../src/ingest/index.js';
import { BINARY_BYTES, CP1252_BYTES, utf16be, utf16le } from '../fixtures/tmp.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decode', () => {
  it('reads plain UTF-8', () => {
    expect(decode(utf8('Plongeur/plongeuse — DES'))).toEqual({
      text: 'Plongeur/plongeuse — DES',
      encoding: 'utf-8',
      bom: false,
    });
  });

  it('strips a UTF-8 BOM', () => {
    const d = decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Été')]));
    expect(d.text).toBe('Été');
    expect(d.bom).toBe(true);
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16le('Caissier·ère\r\nDEP'))).toMatchObject({
      text: 'Caissier·ère\r\nDEP',
      encoding: 'utf-16le',
      bom: true,
    });
    expect(decode(utf16be('Caissier·ère\r\nDEP'))).toMatchObject({
      text: 'Caissier·ère\r\nDEP',
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('recognises BOM-less UTF-16 of Latin text', () => {
    expect(decode(utf16le('Préposé à l’entretien ménager', false))).toMatchObject({
      text: 'Préposé à l’entretien ménager',
      encoding: 'utf-16le',
    });
    expect(decode(utf16be('Préposé à l’entretien ménager', false))).toMatchObject({
      text: 'Préposé à l’entretien ménager',
      encoding: 'utf-16be',
    });
  });

  it('falls back to Windows-1252 for invalid UTF-8 (0xE9 é, 0x92 ’, 0x80 €)', () => {
    const d = decode(CP1252_BYTES);
    expect(d).toEqual({ text: 'Café ’ok’', encoding: 'windows-1252', bom: false });
    expect(decode(bytes(0x80, 0x20, 0x31, 0x30)).text).toBe('€ 10');
  });

  it('maps the whole 0x80–0x9F range like Windows-1252, not Latin-1', () => {
    const text = decodeCp1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(decodeCp1252(bytes(0x41, 0xa0, 0xff))).toBe('A\u00a0ÿ');
  });

  it('keeps line endings as they are', () => {
    expect(decode(utf8('a\r\nb\nc\rd')).text).toBe('a\r\nb\nc\rd');
    expect(decode(bytes(0x61, 0xe9, 0x0d, 0x0a, 0x62)).text).toBe('aé\r\nb');
  });

  it('decodes an empty file to an empty string', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', bom: false });
  });

  it('rejects binary content', () => {
    expect(() => decode(BINARY_BYTES)).toThrow(NotTextError);
    expect(() => decode(bytes(0x61, 0x62, 0x00, 0x63, 0x64))).toThrow(/binary/);
    expect(() => decode(bytes(0x01, 0x02, 0x03, 0x04, 0x41))).toThrow(/control characters/);
  });

  it('does not call text with a few escape sequences binary', () => {
    expect(looksBinary('Offre \u001b[31mred\u001b]0;title\u0007 — plongeur, temps plein, 17 $/h')).toBe(false);
    expect(looksBinary('\u0001\u0002\u0003x')).toBe(true);
  });
});
