import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../src/util/sanitize.js';

describe('sanitize', () => {
  it('removes CSI and OSC sequences', () => {
    expect(sanitize('\u001b[31mred\u001b]0;title\u0007')).toBe('red');
    expect(sanitize('a\u001b[1;38;2;255;0;0mb\u001b[0mc')).toBe('abc');
    expect(sanitize('x\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\y')).toBe('xlinky');
  });

  it('removes C1 forms of the same sequences', () => {
    expect(sanitize('a\u009b31mb\u009d0;t\u009cc')).toBe('abc');
  });

  it('removes two-character escapes and other controls, keeping tab and newline', () => {
    expect(sanitize('a\u001bcb\u001b(Bc')).toBe('abc');
    expect(sanitize('a\tb\nc\r\n\u0000\u0007\u0008\u007f\u0085d')).toBe('a\tb\nc\nd');
  });

  it('removes bidi overrides', () => {
    expect(sanitize('abc\u202edef\u2066g\u2069')).toBe('abcdefg');
  });

  it('drops only the introducer of an unterminated OSC, keeping the rest visible', () => {
    expect(sanitize('a\u001b]0;title')).toBe('a0;title');
  });

  it('leaves ordinary text alone', () => {
    const text = 'Préposé·e à l’entretien — 17,50 $/h « DES » 日本 👍';
    expect(sanitize(text)).toBe(text);
  });

  it('sanitizeLine also flattens line breaks and tabs', () => {
    expect(sanitizeLine('a\nb\tc\r\nd')).toBe('a b c d');
  });
});
