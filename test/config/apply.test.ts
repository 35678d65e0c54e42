import { describe, expect, it } from 'vitest';
import {
  applyConfig,
  applySuppressions,
  defaultConfig,
  parseDirectives,
  type ResolvedConfig,
} from '../../src/config/index.js';
import type { Finding, Severity } from '../../src/types.js';

function finding(ruleId: string, excerpt: string, severity: Severity = 'warning', line = 1, offset = 0): Finding {
  return {
    ruleId,
    severity,
    message: 'm',
    excerpt,
    suggestions: [],
    references: [],
    span: {
      start: { line, column: 1, offset },
      end: { line, column: excerpt.length + 1, offset: offset + excerpt.length },
    },
  };
}

const config = (extra: Partial<ResolvedConfig>): ResolvedConfig => ({ ...defaultConfig(), ...extra });

describe('applyConfig', () => {
  it('drops the findings of a rule set to off, without listing them as suppressed', () => {
    const out = applyConfig(
      [finding('pay/undisclosed', 'x'), finding('licence/driver', 'permis')],
      config({ rules: { 'pay/undisclosed': 'off' } }),
    );
    expect(out.findings.map((f) => f.ruleId)).toEqual(['licence/driver']);
    expect(out.suppressed).toEqual([]);
  });

  it('gives every finding of a rule the configured severity, without changing the input', () => {
    const input = [finding('licence/driver', 'permis', 'info'), finding('licence/driver', 'permis', 'error')];
    const out = applyConfig(input, config({ rules: { 'licence/driver': 'warning' } }));
    expect(out.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(input.map((f) => f.severity)).toEqual(['info', 'error']);
  });

  it('suppresses a finding whose excerpt holds an allowed phrase, ignoring case, accents and spacing', () => {
    const allow = { 'language/second-language': ['Bilingue', 'francais  et anglais'] };
    const out = applyConfig(
      [
        finding('language/second-language', 'BILINGUE obligatoire'),
        finding('language/second-language', "Maîtrise du français et\nde l'anglais"),
        finding('language/second-language', 'Français et   anglais requis'),
        finding('licence/driver', 'bilingue'), // another rule: not allowed
      ],
      config({ allow }),
    );
    expect(out.findings.map((f) => f.excerpt)).toEqual(["Maîtrise du français et\nde l'anglais", 'bilingue']);
    expect(out.suppressed.map((f) => f.suppression)).toEqual([
      { kind: 'config', reason: 'allowed by config ("Bilingue")' },
      { kind: 'config', reason: 'allowed by config ("francais  et anglais")' },
    ]);
  });
});

describe('applySuppressions (configuration, then directives)', () => {
  const text =
    '<!-- jobaudit-disable-next-line pay/undisclosed -- posted on a board that shows pay -->\nSalaire à discuter\nBilingue requis\n';
  const findings = [
    finding('pay/undisclosed', 'Salaire à discuter', 'warning', 2, 87),
    finding('language/second-language', 'Bilingue requis', 'warning', 3, 106),
  ];

  it('suppresses by directive and by allowlist, and sorts the suppressed by position', () => {
    const out = applySuppressions(
      findings,
      parseDirectives(text),
      config({ allow: { 'language/second-language': ['bilingue'] } }),
      { locale: 'fr' },
    );
    expect(out.findings).toEqual([]);
    expect(out.suppressed.map((f) => [f.ruleId, f.suppression])).toEqual([
      ['pay/undisclosed', { kind: 'directive', reason: 'posted on a board that shows pay' }],
      ['language/second-language', { kind: 'config', reason: 'allowed by config ("bilingue")' }],
    ]);
  });

  it('reports a directive for a rule turned off as unused (the rule reported nothing)', () => {
    const out = applySuppressions(
      findings,
      parseDirectives(text),
      config({ rules: { 'pay/undisclosed': 'off' }, reportUnusedDirectives: true }),
    );
    expect(out.findings.map((f) => [f.ruleId, f.severity, f.span.start.line])).toEqual([
      ['jobaudit/unused-directive', 'warning', 1],
      ['language/second-language', 'warning', 3],
    ]);
  });

  it('takes requireReason and reportUnused from the configuration unless given', () => {
    const bare = parseDirectives('# jobaudit-disable-next-line licence/driver\nPermis requis\n');
    const f = [finding('licence/driver', 'Permis requis', 'warning', 2, 44)];
    expect(applySuppressions(f, bare, config({ requireReason: true })).findings.map((x) => x.ruleId)).toEqual([
      'jobaudit/missing-reason',
    ]);
    expect(applySuppressions(f, bare, config({ requireReason: true }), { requireReason: false }).findings).toEqual([]);
  });
});
