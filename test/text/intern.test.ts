import { describe, expect, it } from 'vitest';
import { HASH_SEED, hashStep, Interner } from '../../src/text/intern.js';

describe('Interner', () => {
  it('gives one item per key, found from a range of any string', () => {
    let made = 0;
    const words = new Interner((key) => ({ norm: key, n: made++ }));
    const a = words.get('plongeur');
    expect(words.get('le plongeur lave', 3, 11)).toBe(a);
    expect(words.get('plongeurs', 0, 9)).not.toBe(a);
    expect(words.get('plonge')).not.toBe(a);
    expect(made).toBe(3);
  });

  it('keeps every key findable as the table grows', () => {
    const words = new Interner((key) => ({ norm: key }));
    const items = Array.from({ length: 5000 }, (_, i) => words.get(`w${i}`));
    expect(words.size).toBe(5000);
    for (let i = 0; i < 5000; i += 97) expect(words.get(`x w${i} y`, 2, 2 + `w${i}`.length)).toBe(items[i]);
  });

  it('starts afresh after its maximum', () => {
    const words = new Interner((key) => ({ norm: key }), 3);
    const first = words.get('a');
    words.get('b');
    words.get('c');
    words.get('d'); // the fourth key: a new table
    expect(words.size).toBe(1);
    expect(words.get('a')).not.toBe(first);
    expect(words.get('a')).toEqual(first);
  });
});

describe('Interner.getHashed', () => {
  it('finds with a hash taken step by step the item get() finds', () => {
    const words = new Interner((key) => ({ norm: key }));
    const a = words.get('préposé');
    let h = HASH_SEED;
    const text = 'un préposé';
    for (let i = 3; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
    expect(words.getHashed(text, 3, text.length, h)).toBe(a);
  });
});
