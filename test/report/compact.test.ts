import { describe, expect, it } from 'vitest';
import { formatCompact, formatters } from '../../src/report/index.js';
import { failed, finding, result } from './make.js';

// Untrusted text as it can reach a report: quotes, accents, « », newlines, %, :, ",", <&> and terminal
// escape sequences (a CSI colour, an OSC title change) in messages and in file names.
const CSI = '\u001b[31m';
const OSC = '\u001b]0;pwned\u0007';
const SOURCE = `offres/été 2024/plongeur: "nuit", 50%${CSI}.txt`;
const FR = `« DES obligatoire » : 100 % des plongeurs, "vraiment"? <b>&</b>, voir l'art. 46\nDeuxième ligne${OSC}`;
const EN = '“High school diploma”: may screen out 50% of applicants, e.g. <a&b>: "quoted"\r\nsecond line';

const results = [
  result(SOURCE, [
    finding('warning', 12, 3, { ruleId: 'education/secondary-diploma', message: FR }),
    finding('error', 9, 14, { ruleId: 'pay/undisclosed', message: EN, suggestions: [] }),
  ]),
  result('clean.txt'),
  result('b.txt', [finding('info', 2, 1, { ruleId: 'bias/age', message: 'Age' })]),
  failed(`manquant${CSI}.txt`, 'ENOENT: no such file, open "manquant"'),
];

describe('compact formatter', () => {
  it('writes one sanitized line per finding, sorted by position, then a blank line and the counts', () => {
    expect(formatCompact(results)).toBe(
      [
        'offres/été 2024/plongeur: "nuit", 50%.txt:9:14: error “High school diploma”: may screen out 50% of applicants, e.g. <a&b>: "quoted" second line [pay/undisclosed]',
        'offres/été 2024/plongeur: "nuit", 50%.txt:12:3: warning « DES obligatoire » : 100 % des plongeurs, "vraiment"? <b>&</b>, voir l\'art. 46 Deuxième ligne [education/secondary-diploma]',
        'b.txt:2:1: info Age [bias/age]',
        'manquant.txt:0:0: error ENOENT: no such file, open "manquant" [read-error]',
        '',
        '3 problems (1 error, 1 warning, 1 info) in 3 postings; 1 could not be read',
        '',
      ].join('\n'),
    );
  });

  it('leaves no control character but the line breaks between lines', () => {
    const text = formatCompact(results);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    for (const line of text.split('\n').slice(0, 4))
      expect(line).toMatch(/^.+:\d+:\d+: (error|warning|info) .* \[[^\]]+\]$/);
  });

  it('keeps English severity words and counts in French with --locale fr', () => {
    expect(formatCompact(results, { locale: 'fr' }).split('\n').slice(-2)).toEqual([
      '3 problèmes (1 erreur, 1 avertissement, 1 info) dans 3 offres; 1 offre illisible',
      '',
    ]);
    expect(formatCompact([result('a.txt', [finding('warning')])], { locale: 'fr' })).toBe(
      'a.txt:1:1: warning A warning message [education/secondary-diploma]\n\n1 problème (0 erreur, 1 avertissement, 0 info) dans 1 offre\n',
    );
  });

  it('prints only the count line when nothing was found', () => {
    expect(formatCompact([result('a.txt'), result('b.txt')])).toBe(
      '0 problems (0 errors, 0 warnings, 0 infos) in 2 postings\n',
    );
    expect(formatCompact([])).toBe('0 problems (0 errors, 0 warnings, 0 infos) in 0 postings\n');
  });

  it('is registered for --format compact', () => {
    expect(formatters.compact).toBe(formatCompact);
  });
});
