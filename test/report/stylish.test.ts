import { loadChalk } from '../../src/report/context.js';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/index.js';
import { failed, finding, result } from './make.js';

describe('stylish formatter', () => {
  it('groups findings by posting, aligned, sorted by position, with the first suggestion', () => {
    const text = formatStylish([
      result('samples/fr/plongeur.txt', [
        finding('warning', 12, 3, { message: 'Diploma probably excessive', ruleId: 'education/secondary-diploma' }),
        finding('error', 9, 14, { message: 'Pay not disclosed', ruleId: 'pay/undisclosed', suggestions: [] }),
      ]),
      result('clean.txt'),
      result('b.txt', [
        finding('info', 1, 1, {
          ruleId: 'bias/age',
          message: 'Age',
          suggestions: [{ message: 'Remove this', replacement: '' }],
        }),
      ]),
    ]);
    expect(text).toBe(
      [
        'samples/fr/plongeur.txt',
        '   9:14  error    Pay not disclosed           pay/undisclosed',
        '  12:3   warning  Diploma probably excessive  education/secondary-diploma',
        '         → suggestion: DES ou expérience équivalente',
        '',
        'b.txt',
        '  1:1  info  Age  bias/age',
        '       → suggestion: Remove this',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) in 3 postings',
        '',
      ].join('\n'),
    );
  });

  it('shows read errors and counts them', () => {
    const text = formatStylish([failed('missing.txt'), result('a.txt', [finding('warning'), finding('warning', 2)])]);
    expect(text).toContain('missing.txt\n  error  could not be read: no such file or directory\n');
    expect(text).toContain('✖ 2 problems (0 errors, 2 warnings, 0 infos) in 1 posting\n');
    expect(text).toContain('✖ 1 posting could not be read\n');
  });

  it('says so when nothing was found', () => {
    expect(formatStylish([result('a.txt'), result('b.txt')])).toBe('✔ No problems in 2 postings\n');
  });

  it('speaks French with --locale fr', () => {
    const text = formatStylish([result('a.txt', [finding('warning')]), failed('x.txt')], { locale: 'fr' });
    expect(text).toContain('✖ 1 problème (0 erreur, 1 avertissement, 0 info) dans 1 offre');
    expect(text).toContain('lecture impossible\u00a0: no such file');
    expect(text).toContain('1 offre illisible');
  });

  it('strips terminal control sequences from everything taken from the posting', () => {
    const evil = '\u001b[31mred\u001b]0;title\u0007';
    const text = formatStylish(
      [
        result(`${evil}.txt`, [
          finding('error', 1, 1, {
            message: `msg ${evil}`,
            ruleId: `rule${evil}`,
            excerpt: evil,
            suggestions: [{ message: evil, replacement: `fix ${evil}\u009b2J` }],
          }),
        ]),
        failed(`gone${evil}.txt`, `reason ${evil}`),
      ],
      { color: 0 },
    );
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('red.txt\n');
    expect(text).toContain('msg red');
    expect(text).toContain('suggestion: fix red\n'); // the C1 CSI \u009b2J went too
    expect(text).toContain('gonered.txt\n  error  could not be read: reason red\n');
  });

  it('uses colour only when asked, through the chalk instance it is given', async () => {
    const results = [result('a.txt', [finding('error')])];
    const chalk = await loadChalk(1);
    expect(formatStylish(results)).not.toContain('\u001b[');
    expect(formatStylish(results, { color: 0, chalk })).not.toContain('\u001b[');
    expect(formatStylish(results, { color: 1 })).not.toContain('\u001b[');
    expect(formatStylish(results, { color: 1, chalk })).toContain('\u001b[31m');
    expect(formatStylish(results, { color: true, chalk })).toContain('\u001b[');
    expect(await loadChalk(0)).toBeUndefined();
  });
});
