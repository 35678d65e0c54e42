import { describe, expect, it } from 'vitest';
import { exitCode } from '../../src/report/index.js';
import { failed, finding, result } from './make.js';

describe('exitCode', () => {
  it('is 0 with no findings', () => {
    expect(exitCode([result('a.txt')])).toBe(0);
    expect(exitCode([])).toBe(0);
  });

  it('fails on errors by default, not on warnings or infos', () => {
    expect(exitCode([result('a.txt', [finding('warning'), finding('info')])])).toBe(0);
    expect(exitCode([result('a.txt', [finding('warning')]), result('b.txt', [finding('error')])])).toBe(1);
  });

  it('--fail-on warning and info lower the threshold', () => {
    const warn = [result('a.txt', [finding('warning')])];
    const info = [result('a.txt', [finding('info')])];
    expect(exitCode(warn, { failOn: 'warning' })).toBe(1);
    expect(exitCode(info, { failOn: 'warning' })).toBe(0);
    expect(exitCode(info, { failOn: 'info' })).toBe(1);
    expect(exitCode([result('a.txt', [finding('error')])], { failOn: 'info' })).toBe(1);
  });

  it('--max-warnings fails when warnings exceed the limit', () => {
    const two = [result('a.txt', [finding('warning'), finding('warning', 2)])];
    expect(exitCode(two, { maxWarnings: 2 })).toBe(0);
    expect(exitCode(two, { maxWarnings: 1 })).toBe(1);
    expect(exitCode(two, { maxWarnings: 0 })).toBe(1);
    expect(exitCode([result('a.txt', [finding('info')])], { maxWarnings: 0 })).toBe(0);
  });

  it('an unreadable input gives 2, which wins over 1', () => {
    expect(exitCode([failed('missing.txt'), result('a.txt')])).toBe(2);
    expect(exitCode([result('a.txt', [finding('error')]), failed('missing.txt')], { maxWarnings: 0 })).toBe(2);
  });
});
