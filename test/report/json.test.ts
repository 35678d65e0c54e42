import { describe, expect, it } from 'vitest';
import { formatJson, formatters } from '../../src/report/index.js';
import { failed, finding, result } from './make.js';

describe('json formatter', () => {
  const results = [
    result('a.txt', [finding('error'), finding('warning', 2), finding('info', 3)], {
      title: 'Plongeur',
      jurisdiction: 'QC',
    }),
    result('b.txt', [finding('warning')]),
    failed('missing.txt'),
  ];

  it('follows the version 1 contract, keys in order', () => {
    const out = JSON.parse(formatJson(results, { version: '9.9.9' }));
    expect(Object.keys(out)).toEqual(['version', 'tool', 'results', 'summary']);
    expect(out.version).toBe(1);
    expect(out.tool).toEqual({ name: 'jobaudit', version: '9.9.9' });
    expect(Object.keys(out.results[0])).toEqual([
      'source',
      'language',
      'title',
      'occupation',
      'jurisdiction',
      'requirements',
      'pay',
      'findings',
      'error',
    ]);
    expect(out.results[0].findings[0]).toEqual(results[0].findings[0]);
    expect(out.summary).toEqual({ postings: 3, errors: 1, warnings: 2, infos: 1, failed: 1 });
  });

  it('writes unreadable inputs with an error and empty fields', () => {
    const out = JSON.parse(formatJson(results));
    expect(out.results[2]).toEqual({
      source: 'missing.txt',
      language: null,
      title: null,
      occupation: null,
      jurisdiction: null,
      requirements: [],
      pay: null,
      findings: [],
      error: { message: 'no such file or directory' },
    });
  });

  it('reads the tool version from package.json by default', () => {
    expect(JSON.parse(formatJson([])).tool.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('is pretty-printed and ends with a newline', () => {
    const text = formatters.json([result('a.txt')]);
    expect(text.startsWith('{\n  "version": 1,')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('escapes control characters so that nothing raw reaches a terminal, without changing the data', () => {
    const message = 'x\u001b[31mred\u001b]0;title\u0007 \u009b31m \u202e';
    const text = formatJson([result('a\u001b[2J.txt', [finding('error', 1, 1, { message })])]);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const out = JSON.parse(text);
    expect(out.results[0].findings[0].message).toBe(message);
    expect(out.results[0].source).toBe('a\u001b[2J.txt');
  });
});
