import { describe, expect, it } from 'vitest';
import { normalize, fold } from '../../src/text/normalize.js';
import { LineIndex } from '../../src/text/lines.js';

describe('normalize', () => {
  it('folds case, accents, ligatures, apostrophes, dashes and spaces', () => {
    expect(fold('Diplôme d’Études — Secondaires')).toBe("diplome d'etudes - secondaires");
    expect(fold('Œuvre cœur')).toBe('oeuvre coeur');
    expect(fold('45\u00a0000\u202f$')).toBe('45 000 $');
  });

  it('maps every normalised character back to its original offset', () => {
    const src = 'Cœur: préposé(e)';
    const n = normalize(src);
    expect(n.text).toBe('coeur: prepose(e)');
    // "oe" both come from "œ" at offset 1.
    expect(n.map[1]).toBe(1);
    expect(n.map[2]).toBe(1);
    const i = n.text.indexOf('prepose');
    expect(src.slice(n.map[i], n.map[i + 'prepose'.length - 1] + 1)).toBe('préposé');
    expect(n.map[n.text.length]).toBe(src.length);
  });

  it('keeps decomposed accents (NFD input) mapped to their base letter', () => {
    const src = 'expe\u0301rience';
    const n = normalize(src);
    expect(n.text).toBe('experience');
    expect(n.map[n.text.length - 1]).toBe(src.length - 1);
  });
});

describe('LineIndex', () => {
  it('gives the same lines and columns for LF and CRLF', () => {
    const lf = 'Titre\nDES requis\n';
    const crlf = 'Titre\r\nDES requis\r\n';
    const a = new LineIndex(lf).position(lf.indexOf('requis'));
    const b = new LineIndex(crlf).position(crlf.indexOf('requis'));
    expect(a).toMatchObject({ line: 2, column: 5 });
    expect(b).toMatchObject({ line: 2, column: 5, offset: crlf.indexOf('requis') });
  });

  it('counts a lone CR as a line break', () => {
    expect(new LineIndex('a\rb').position(2)).toEqual({ line: 2, column: 1, offset: 2 });
  });
});

describe('normalize: characters that fold one to one, and those that do not', () => {
  it('gives the same text and offsets whether or not the text has a character that expands', () => {
    const plain = normalize('É\t😀X’s');
    expect(plain.text).toBe("e 😀x's");
    // Both halves of the surrogate pair map to its first unit; the last entry is the original length.
    expect([...plain.map]).toEqual([0, 1, 2, 2, 4, 5, 6, 7]);
    const expanded = normalize('œÉ\t😀X’s');
    expect(expanded.text).toBe("oee 😀x's");
    expect([...expanded.map]).toEqual([0, 0, 1, 2, 3, 3, 5, 6, 7, 8]);
  });

  it('falls back when lower-casing changes the length (İ)', () => {
    const n = normalize('İstanbul');
    expect(n.text.startsWith('i')).toBe(true);
    expect(n.map[n.text.length]).toBe(8);
  });
});
