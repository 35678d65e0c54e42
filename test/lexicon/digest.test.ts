import { describe, expect, it } from 'vitest';
import { digest } from '../../src/lexicon/digest.js';

describe('digest: cache keys of validated data', () => {
  it('is 16 hex digits and the same for the same texts', () => {
    expect(digest('lexicon:fr', 'kinds:\n  experience: [expérience]\n')).toMatch(/^[0-9a-f]{16}$/);
    expect(digest('a', 'b')).toBe(digest('a', 'b'));
  });

  it('changes when one character changes, anywhere in a long text', () => {
    const text = 'kinds:\n  second-language:\n    - bilinguisme\n'.repeat(2000);
    const keys = new Set([digest(text)]);
    for (const at of [0, 1, text.length >> 1, text.length - 1]) {
      keys.add(digest(text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1)));
    }
    keys.add(digest(`${text} `));
    keys.add(digest('é'));
    keys.add(digest('e'));
    expect(keys.size).toBe(8);
  });

  it('keeps the parts apart: ("ab", "c") is not ("a", "bc") nor ("abc")', () => {
    expect(new Set([digest('ab', 'c'), digest('a', 'bc'), digest('abc'), digest('abc', '')]).size).toBe(4);
  });
});
