// src/util/cache.ts: every in-process cache, named, bounded and emptied together.
import { describe, expect, it } from 'vitest';
import { cacheSizes, clearCaches, last, lazy, memo, weakMemo, wordMemo } from '../../src/util/cache.js';

describe('in-process caches', () => {
  it('a memo starts again empty when full, so it never grows past its bound', () => {
    const m = memo<number, number>('test.bounded', 3);
    for (let i = 0; i < 10; i++) m.set(i, i * i);
    expect(m.size()).toBeLessThanOrEqual(3);
    expect(m.get(9)).toBe(81);
    let made = 0;
    expect(m.getOr(9, () => ++made)).toBe(81);
    expect(made).toBe(0);
  });

  it('a word memo keeps a value per word id, grows past its first size, and keeps false and null', () => {
    const w = wordMemo<boolean | null>('test.words');
    expect(w.get({ id: 5000 })).toBeUndefined();
    w.set({ id: 5000 }, false);
    w.set({ id: 3 }, null);
    expect(w.get({ id: 5000 })).toBe(false);
    expect(w.getOr({ id: 3 }, () => true)).toBeNull();
    expect(w.size()).toBe(2);
  });

  it('last remembers one key, compared with ===', () => {
    const l = last<string, number>('test.last');
    let made = 0;
    const text = ['a'.repeat(10), 'b'].join('');
    expect(l.getOr(text, () => ++made)).toBe(1);
    expect(l.getOr(text, () => ++made)).toBe(1);
    expect(l.getOr('other', () => ++made)).toBe(2);
  });

  it('a weak memo derives once per object, and again after clearCaches', () => {
    const w = weakMemo<{ patterns: string[] }, number>('test.weak');
    const list = { patterns: ['a', 'b'] };
    let made = 0;
    expect(w.getOr(list, (l) => (made++, l.patterns.length))).toBe(2);
    expect(w.getOr(list, () => ++made)).toBe(2);
    expect(w.getOr({ patterns: [] }, (l) => (made++, l.patterns.length))).toBe(0);
    expect(made).toBe(2);
    clearCaches();
    expect(w.size()).toBe(0);
    expect(w.getOr(list, () => 7)).toBe(7);
  });

  it('clearCaches empties every named cache, and lazy values are made again', () => {
    let made = 0;
    const value = lazy('test.lazy', () => ++made);
    const m = memo<string, string>('test.cleared');
    m.set('k', 'v');
    expect(value()).toBe(1);
    expect(value()).toBe(1);
    clearCaches();
    expect(m.get('k')).toBeUndefined();
    expect(value()).toBe(2);
    expect(cacheSizes().map((c) => c.name)).toEqual(
      expect.arrayContaining(['test.bounded', 'test.words', 'test.last', 'test.lazy']),
    );
  });
});
