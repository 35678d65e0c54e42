import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatters } from '../../src/report/index.js';
import { failed, finding, result } from './make.js';

const CSI = '\u001b[31m';
const OSC = '\u001b]0;pwned\u0007';
const SOURCE = `offres/été 2024/plongeur: "nuit", 50%${CSI}.txt`;
const FR = `« DES obligatoire » : 100 % des plongeurs, "vraiment"? <b>&</b>, voir l'art. 46\nDeuxième ligne${OSC}`;
const EN = '“High school diploma”: may screen out 50% of applicants, e.g. <a&b>: "quoted"\r\nsecond line';
const ctx = { cwd: '/repo', platform: 'linux' as const };

describe('github formatter (workflow commands)', () => {
  it('escapes data (% CR LF) and properties (also : and ,) as the runner expects', () => {
    expect(escapeData('50% : a, b\r\nc')).toBe('50%25 : a, b%0D%0Ac');
    expect(escapeProperty('50% : a, b\r\nc')).toBe('50%25 %3A a%2C b%0D%0Ac');
    expect(escapeData('%0A')).toBe('%250A'); // an escape in the input is not decoded by the runner
  });

  it('writes one command per finding: error, warning, notice, with positions and the rule id as title', () => {
    const text = formatGithub(
      [
        result(SOURCE, [
          finding('warning', 12, 3, { ruleId: 'education/secondary-diploma', message: FR }),
          finding('error', 9, 14, { ruleId: 'pay/undisclosed', message: EN }),
          finding('info', 20, 1, { ruleId: 'bias/age', message: 'Âge: 18-25, "jeune"' }),
        ]),
        result('clean.txt'),
      ],
      ctx,
    );
    const file = 'offres/été 2024/plongeur%3A "nuit"%2C 50%25.txt';
    expect(text).toBe(
      [
        `::error file=${file},line=9,col=14,endLine=9,endColumn=17,title=pay/undisclosed::` +
          '“High school diploma”: may screen out 50%25 of applicants, e.g. <a&b>: "quoted"%0Asecond line',
        `::warning file=${file},line=12,col=3,endLine=12,endColumn=6,title=education/secondary-diploma::` +
          '« DES obligatoire » : 100 %25 des plongeurs, "vraiment"? <b>&</b>, voir l\'art. 46%0ADeuxième ligne',
        `::notice file=${file},line=20,col=1,endLine=20,endColumn=4,title=bias/age::Âge: 18-25, "jeune"`,
        '',
      ].join('\n'),
    );
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.split('\n').filter(Boolean)).toHaveLength(3); // a newline in a message cannot start a new command
  });

  it('gives no columns for a finding over several lines', () => {
    const f = finding('warning', 3, 5, {
      span: { start: { line: 3, column: 5, offset: 25 }, end: { line: 4, column: 2, offset: 33 } },
    });
    expect(formatGithub([result('a.txt', [f])], ctx)).toBe(
      '::warning file=a.txt,line=3,endLine=4,title=education/secondary-diploma::A warning message\n',
    );
  });

  it('reports read errors, paths relative to the working directory, stdin and URLs', () => {
    expect(
      formatGithub(
        [
          failed(`manquant${CSI}.txt`, 'ENOENT: no such file, open "manquant"'),
          result('/repo/samples/fr/a.txt', [finding('error')]),
          result('<stdin>', [finding('warning', 2, 7)]),
          result('https://example.com/jobs/1', [finding('info')]),
          result('C:\\jobs\\b.txt', [finding('info')]),
        ],
        ctx,
      ),
    ).toBe(
      [
        '::error file=manquant.txt,title=read-error::ENOENT: no such file, open "manquant"',
        '::error file=samples/fr/a.txt,line=1,col=1,endLine=1,endColumn=4,title=education/secondary-diploma::A error message',
        '::warning title=education/secondary-diploma::<stdin>: 2:7: A warning message',
        '::notice title=education/secondary-diploma::https://example.com/jobs/1: 1:1: A info message',
        '::notice file=C%3A/jobs/b.txt,line=1,col=1,endLine=1,endColumn=4,title=education/secondary-diploma::A info message',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(formatGithub([result('a.txt')], ctx)).toBe('');
  });

  it('is registered for --format github', () => {
    expect(formatters.github).toBe(formatGithub);
  });
});
