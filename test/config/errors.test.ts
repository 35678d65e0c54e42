import { describe, expect, it } from 'vitest';
import { didYouMean, distance, formatKeyPath } from '../../src/config/errors.js';

describe('key paths and suggestions', () => {
  it('writes key paths as JavaScript would', () => {
    expect(formatKeyPath(['rules', 'language/second-language'])).toBe('rules["language/second-language"]');
    expect(formatKeyPath(['lexicons', 0, 'file'])).toBe('lexicons[0].file');
    expect(formatKeyPath(['jobaudit', 'allow', 'bias/age', 2])).toBe('jobaudit.allow["bias/age"][2]');
    expect(formatKeyPath([])).toBe('');
  });

  it('suggests near misses only', () => {
    const ids = ['language/second-language', 'licence/driver', 'transport/own-vehicle'];
    expect(didYouMean('language/second-langage', ids)).toBe('language/second-language');
    expect(didYouMean('Licence/Driver', ids)).toBe('licence/driver');
    expect(didYouMean('second-language', ids)).toBe('language/second-language');
    expect(didYouMean('license/driver', ids)).toBe('licence/driver');
    expect(didYouMean('pay/vague', ids)).toBeNull();
    expect(didYouMean('warn', ['off', 'info', 'warning', 'error'])).toBe('warning');
    expect(didYouMean('failon', ['failOn', 'maxWarnings'])).toBe('failOn');
    expect(didYouMean('x', ['off', 'info'])).toBeNull();
  });

  it('counts edits, swaps of neighbours included', () => {
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('ab', 'ba')).toBe(1);
    expect(distance('abc', 'abc')).toBe(0);
    expect(distance('a', 'abcdef', 2)).toBe(3);
  });
});
