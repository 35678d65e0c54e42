import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

describe('colorLevel', () => {
  it('is off when stdout is not a terminal', () => {
    expect(colorLevel(undefined, {}, false)).toBe(0);
  });
  it('is on for a terminal, deeper when the terminal says so', () => {
    expect(colorLevel(undefined, {}, true)).toBe(1);
    expect(colorLevel(undefined, { TERM: 'xterm-256color' }, true)).toBe(2);
    expect(colorLevel(undefined, { COLORTERM: 'truecolor' }, true)).toBe(3);
    expect(colorLevel(undefined, { TERM: 'dumb' }, true)).toBe(0);
  });
  it('NO_COLOR (non-empty) and --no-color turn it off', () => {
    expect(colorLevel(undefined, { NO_COLOR: '1' }, true)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: '' }, true)).toBe(1);
    expect(colorLevel(false, { FORCE_COLOR: '3' }, true)).toBe(0);
  });
  it('FORCE_COLOR and --color turn it on', () => {
    expect(colorLevel(undefined, { FORCE_COLOR: '1' }, false)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: '0' }, true)).toBe(0);
    expect(colorLevel(true, {}, false)).toBe(1);
    expect(colorLevel(true, { NO_COLOR: '1' }, false)).toBe(1);
  });
});
