import { describe, expect, it } from 'vitest';
import { formatRulesJson, formatRulesText } from '../../src/cli/rules.js';
import type { Rule } from '../../src/types.js';

const rule = (id: string, severity: Rule['meta']['severity'], fr: string, en: string): Rule => ({
  meta: { id, severity, fixable: false, description: { fr, en } },
  check: () => [],
});

const rules = [
  rule(
    'education/secondary-diploma',
    'warning',
    'DES exigé pour un emploi qui ne le demande pas',
    'High school diploma required where the job does not need it',
  ),
  rule('pay/undisclosed', 'info', 'Salaire non indiqué', 'Pay not disclosed'),
];

describe('rules listing', () => {
  it('aligns id, severity and both descriptions', () => {
    expect(formatRulesText(rules)).toBe(
      [
        'education/secondary-diploma  warning  fr  DES exigé pour un emploi qui ne le demande pas',
        '                                      en  High school diploma required where the job does not need it',
        'pay/undisclosed              info     fr  Salaire non indiqué',
        '                                      en  Pay not disclosed',
        '2 rules',
        '',
      ].join('\n'),
    );
  });

  it('shows one language with --locale', () => {
    expect(formatRulesText(rules, 'en').split('\n')[1]).toBe('pay/undisclosed              info     Pay not disclosed');
  });

  it('writes JSON', () => {
    const out = JSON.parse(formatRulesJson(rules));
    expect(out.rules[1]).toEqual({
      id: 'pay/undisclosed',
      severity: 'info',
      fixable: false,
      description: { fr: 'Salaire non indiqué', en: 'Pay not disclosed' },
    });
  });
});
