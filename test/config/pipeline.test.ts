// Directives and configuration on the findings of the real pipeline, as src/audit.ts applies them.
import { describe, expect, it } from 'vitest';
import { applySuppressions, defaultConfig, maskDirectives, parseDirectives } from '../../src/config/index.js';
import { audit } from '../../src/index.js';

function run(text: string, config = defaultConfig()) {
  const directives = parseDirectives(text);
  const masked = maskDirectives(text, directives);
  return applySuppressions(audit(masked).findings, directives, config, { locale: 'fr' });
}

describe('on real findings', () => {
  const text = [
    "Commis d'entrepôt",
    '',
    'Exigences :',
    '<!-- jobaudit-disable-next-line language/second-language -- clients en Ontario, appels en anglais -->',
    '- Bilingue (français et anglais) obligatoire',
    '- Permis de conduire valide obligatoire',
    '- DES obligatoire',
    '',
  ].join('\r\n');

  it('suppresses the finding on the next line, keeps the others, with the reason', () => {
    const out = run(text);
    expect(out.suppressed.map((f) => [f.ruleId, f.span.start.line, f.suppression])).toEqual([
      ['language/second-language', 5, { kind: 'directive', reason: 'clients en Ontario, appels en anglais' }],
    ]);
    expect(out.findings.map((f) => f.ruleId)).toContain('licence/driver');
    expect(out.findings.map((f) => f.ruleId)).not.toContain('language/second-language');
  });

  it('the allowlist and the directive together; a masked reason is not read as the posting', () => {
    const withReason = text.replace(
      '- DES obligatoire',
      '# jobaudit-disable-next-line education/secondary-diploma -- permis de conduire obligatoire ici\r\n- DES obligatoire',
    );
    const out = run(withReason, {
      ...defaultConfig(),
      allow: { 'licence/driver': ['permis de conduire valide'] },
      reportUnusedDirectives: true,
    });
    expect(out.suppressed.map((f) => [f.ruleId, f.suppression.kind])).toEqual([
      ['language/second-language', 'directive'],
      ['licence/driver', 'config'],
      ['education/secondary-diploma', 'directive'],
    ]);
    expect(out.findings.filter((f) => f.ruleId.startsWith('jobaudit/') || f.ruleId === 'licence/driver')).toEqual([]);
  });
});
