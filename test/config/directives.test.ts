import { describe, expect, it } from 'vitest';
import { applyDirectives, maskDirectives, parseDirectives, type Directive } from '../../src/config/index.js';
import { LineIndex } from '../../src/text/lines.js';
import type { Finding } from '../../src/types.js';

const KNOWN = [
  'language/second-language',
  'licence/driver',
  'pay/undisclosed',
  'transport/own-vehicle',
  'education/secondary-diploma',
];

/** A finding of `ruleId` on the first occurrence of `excerpt` in `text`. */
function at(text: string, ruleId: string, excerpt: string, nth = 0): Finding {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(excerpt, start + 1);
  if (start < 0) throw new Error(`no ${excerpt}`);
  return {
    ruleId,
    severity: 'warning',
    message: 'm',
    excerpt,
    suggestions: [],
    references: [],
    span: new LineIndex(text).span(start, start + excerpt.length),
  };
}

const brief = (ds: Directive[]) =>
  ds.map((d) => ({ kind: d.kind, rules: d.rules, reason: d.reason, line: d.line, form: d.form }));

describe('parseDirectives', () => {
  it('reads an HTML comment with rules and a reason, with its span and the line it covers', () => {
    const text =
      'Titre\n<!-- jobaudit-disable-next-line language/second-language -- serves Ontario clients -->\nBilingue requis\n';
    const [d] = parseDirectives(text);
    expect(brief([d])).toEqual([
      {
        kind: 'disable-next-line',
        rules: ['language/second-language'],
        reason: 'serves Ontario clients',
        line: 3,
        form: 'comment',
      },
    ]);
    expect(d.span.start).toEqual({ line: 2, column: 1, offset: 6 });
    expect(d.text).toBe(text.slice(6, text.indexOf('-->') + 3));
    expect(d.span.end.offset).toBe(text.indexOf('-->') + 3);
    expect(text.slice(d.ruleOffsets[0], d.ruleOffsets[0] + 24)).toBe('language/second-language');
  });

  it('reads every kind, several rules (commas and/or spaces), no rule (all rules) and no reason', () => {
    const text = [
      '<!-- jobaudit-disable licence/driver, transport/own-vehicle pay/undisclosed -->',
      '<!--jobaudit-enable-->',
      'Permis requis <!-- jobaudit-disable-line licence/driver -->',
      '<!-- jobaudit-disable -- whole section reviewed by HR -->',
      '<!-- jobaudit-disable-next-line -->',
    ].join('\n');
    expect(brief(parseDirectives(text))).toEqual([
      {
        kind: 'disable',
        rules: ['licence/driver', 'transport/own-vehicle', 'pay/undisclosed'],
        reason: null,
        line: null,
        form: 'comment',
      },
      { kind: 'enable', rules: [], reason: null, line: null, form: 'comment' },
      { kind: 'disable-line', rules: ['licence/driver'], reason: null, line: 3, form: 'comment' },
      { kind: 'disable', rules: [], reason: 'whole section reviewed by HR', line: null, form: 'comment' },
      { kind: 'disable-next-line', rules: [], reason: null, line: 6, form: 'comment' },
    ]);
  });

  it('reads plain-text directives on a line of their own, starting with "#" or "//"', () => {
    const text =
      'Livreur\n  # jobaudit-disable-next-line licence/driver -- deliveries between our two stores\nPermis requis\n// jobaudit-disable pay/undisclosed\n';
    const ds = parseDirectives(text);
    expect(brief(ds)).toEqual([
      {
        kind: 'disable-next-line',
        rules: ['licence/driver'],
        reason: 'deliveries between our two stores',
        line: 3,
        form: 'hash',
      },
      { kind: 'disable', rules: ['pay/undisclosed'], reason: null, line: null, form: 'slashes' },
    ]);
    expect(ds[0].text).toBe('# jobaudit-disable-next-line licence/driver -- deliveries between our two stores');
    expect(ds[0].span.start.column).toBe(3);
  });

  it('reads "# jobaudit-disable-line" and "// jobaudit-disable-line" at the end of a line of text', () => {
    const text =
      'Permis de conduire requis  # jobaudit-disable-line licence/driver -- livraisons\nBilingue // jobaudit-disable-line\n';
    const ds = parseDirectives(text);
    expect(brief(ds)).toEqual([
      { kind: 'disable-line', rules: ['licence/driver'], reason: 'livraisons', line: 1, form: 'hash' },
      { kind: 'disable-line', rules: [], reason: null, line: 2, form: 'slashes' },
    ]);
    expect(ds[0].text).toBe('# jobaudit-disable-line licence/driver -- livraisons');
  });

  it('ignores what only looks like a directive', () => {
    const text = [
      'See https://jobaudit-disable.example/ and C#jobaudit-disable-line x',
      '<!-- jobaudit-disabled licence/driver -->',
      '<!-- note: jobaudit-disable licence/driver -->',
      '# jobaudit: configuration',
      '## jobaudit-disable',
      'word# jobaudit-disable-line licence/driver',
    ].join('\n');
    expect(parseDirectives(text)).toEqual([]);
  });

  it('skips directives inside Markdown code fences (``` and ~~~), which are examples', () => {
    const text = [
      'To silence a rule, write:',
      '```html',
      '<!-- jobaudit-disable-next-line licence/driver -->',
      '```',
      '~~~~',
      '# jobaudit-disable',
      '```',
      '~~~~',
      '<!-- jobaudit-disable pay/undisclosed -->',
    ].join('\n');
    expect(brief(parseDirectives(text))).toEqual([
      { kind: 'disable', rules: ['pay/undisclosed'], reason: null, line: null, form: 'comment' },
    ]);
  });

  it('reads a comment over several lines; next-line covers the line after its end', () => {
    const text =
      'a\n<!--\n  jobaudit-disable-next-line licence/driver\n  -- reason on its own line\n-->\nPermis requis\n# jobaudit-enable\n';
    const ds = parseDirectives(text);
    expect(brief(ds)).toEqual([
      {
        kind: 'disable-next-line',
        rules: ['licence/driver'],
        reason: 'reason on its own line',
        line: 6,
        form: 'comment',
      },
      { kind: 'enable', rules: [], reason: null, line: null, form: 'hash' },
    ]);
  });

  it('skips other HTML comments whole, and an unterminated one does not hide what follows', () => {
    expect(parseDirectives('<!-- old:\n# jobaudit-disable\n-->\n')).toEqual([]);
    expect(parseDirectives('<!-- old: <!-- jobaudit-disable --> -->')).toEqual([]);
    expect(brief(parseDirectives('<!-- never closed\n# jobaudit-disable licence/driver\n'))).toEqual([
      { kind: 'disable', rules: ['licence/driver'], reason: null, line: null, form: 'hash' },
    ]);
  });

  it('gives the same lines with CRLF line endings, and spans without the line break', () => {
    const lf =
      '<!-- jobaudit-disable-next-line licence/driver -->\nPermis\n# jobaudit-disable-line pay/undisclosed\nx  # jobaudit-disable-line licence/driver\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = parseDirectives(lf),
      b = parseDirectives(crlf);
    expect(brief(b)).toEqual(brief(a));
    expect(b.map((d) => d.span.start.line)).toEqual([1, 3, 4]);
    for (const d of b) expect(d.text).not.toMatch(/[\r\n]/);
  });

  it('is linear on hostile input', () => {
    const text = '<!-- jobaudit-'.repeat(20000) + '# jobaudit-disable-line '.repeat(20000) + '\n--'.repeat(20000);
    const start = Date.now();
    parseDirectives(text);
    expect(Date.now() - start).toBeLessThan(1500);
  });
});

describe('maskDirectives', () => {
  it('blanks directives and keeps offsets and line breaks', () => {
    const text =
      'Bilingue <!-- jobaudit-disable-line language/second-language -- Ontario -->\r\n# jobaudit-enable\r\nFin';
    const masked = maskDirectives(text, parseDirectives(text));
    expect(masked.length).toBe(text.length);
    expect(masked).toBe(`Bilingue ${' '.repeat(66)}\r\n${' '.repeat(17)}\r\nFin`);
    expect(masked).not.toContain('Ontario');
  });
});

describe('applyDirectives', () => {
  const apply = (text: string, findings: Finding[], options = {}) =>
    applyDirectives(findings, parseDirectives(text), { knownRules: KNOWN, ...options });

  it('disable-next-line suppresses the named rule on the next line only, keeping the reason', () => {
    const text =
      '<!-- jobaudit-disable-next-line language/second-language -- serves Ontario clients -->\nBilingue requis, permis requis\nBilingue requis\n';
    const out = apply(text, [
      at(text, 'language/second-language', 'Bilingue'),
      at(text, 'licence/driver', 'permis'),
      at(text, 'language/second-language', 'Bilingue', 1),
    ]);
    expect(out.findings.map((f) => [f.ruleId, f.span.start.line])).toEqual([
      ['licence/driver', 2],
      ['language/second-language', 3],
    ]);
    expect(out.suppressed).toHaveLength(1);
    expect(out.suppressed[0]).toMatchObject({
      ruleId: 'language/second-language',
      suppression: { kind: 'directive', reason: 'serves Ontario clients' },
    });
    expect(out.problems).toEqual([]);
  });

  it('disable-line suppresses on its own line; no rule means every rule', () => {
    const text = 'Permis requis et bilingue <!-- jobaudit-disable-line -->\nPermis requis\n';
    const out = apply(text, [
      at(text, 'licence/driver', 'Permis'),
      at(text, 'language/second-language', 'bilingue'),
      at(text, 'licence/driver', 'Permis', 1),
    ]);
    expect(out.findings.map((f) => f.span.start.line)).toEqual([2]);
    expect(out.suppressed.map((f) => f.suppression)).toEqual([
      { kind: 'directive', reason: null },
      { kind: 'directive', reason: null },
    ]);
  });

  it('a block runs from disable to enable, for the rules named (or all)', () => {
    const text = [
      'Permis requis', // 1: before the block
      '<!-- jobaudit-disable licence/driver, transport/own-vehicle -- livraisons -->',
      'Permis requis, véhicule requis, bilingue', // 3: two suppressed
      '<!-- jobaudit-enable licence/driver -->',
      'Permis requis, véhicule requis', // 5: vehicle still off
      '<!-- jobaudit-enable -->',
      'Véhicule requis', // 7
    ].join('\n');
    const findings = [
      at(text, 'licence/driver', 'Permis'),
      at(text, 'licence/driver', 'Permis', 1),
      at(text, 'transport/own-vehicle', 'véhicule'),
      at(text, 'language/second-language', 'bilingue'),
      at(text, 'licence/driver', 'Permis', 2),
      at(text, 'transport/own-vehicle', 'véhicule', 1),
      at(text, 'transport/own-vehicle', 'Véhicule'),
    ];
    const out = apply(text, findings, { reportUnused: true });
    expect(out.findings.map((f) => `${f.ruleId}@${f.span.start.line}`)).toEqual([
      'licence/driver@1',
      'language/second-language@3',
      'licence/driver@5',
      'transport/own-vehicle@7',
    ]);
    expect(out.suppressed.map((f) => `${f.ruleId}@${f.span.start.line}`)).toEqual([
      'licence/driver@3',
      'transport/own-vehicle@3',
      'transport/own-vehicle@5',
    ]);
    expect(out.problems).toEqual([]);
  });

  it('inside a disable-all block, enable RULE turns that rule back on', () => {
    const text =
      '<!-- jobaudit-disable -->\nPermis, bilingue\n<!-- jobaudit-enable licence/driver -->\nPermis, bilingue\n';
    const out = apply(text, [
      at(text, 'licence/driver', 'Permis'),
      at(text, 'language/second-language', 'bilingue'),
      at(text, 'licence/driver', 'Permis', 1),
      at(text, 'language/second-language', 'bilingue', 1),
    ]);
    expect(out.findings.map((f) => `${f.ruleId}@${f.span.start.line}`)).toEqual(['licence/driver@4']);
  });

  it('a disable without enable runs to the end; findings are kept in their order', () => {
    const text = 'Bilingue\n# jobaudit-disable language/second-language\nBilingue\nPermis\n';
    const findings = [
      at(text, 'licence/driver', 'Permis'),
      at(text, 'language/second-language', 'Bilingue', 1),
      at(text, 'language/second-language', 'Bilingue'),
    ];
    const out = apply(text, findings);
    expect(out.findings).toEqual([findings[0], findings[2]]);
  });

  it('reports unused directives as warnings when asked, naming the rules that had nothing to suppress', () => {
    const text = [
      '<!-- jobaudit-disable-next-line licence/driver -->',
      'Rien ici',
      '<!-- jobaudit-disable-line licence/driver pay/undisclosed --> Permis requis',
      '<!-- jobaudit-enable licence/driver -->',
      '# jobaudit-disable',
      'Fin',
    ].join('\n');
    const findings = [at(text, 'licence/driver', 'Permis')];
    expect(apply(text, findings).problems).toEqual([]); // not asked
    const out = apply(text, findings, { reportUnused: true });
    expect(out.problems.map((p) => [p.ruleId, p.severity, p.span.start.line, p.message])).toEqual([
      [
        'jobaudit/unused-directive',
        'warning',
        1,
        'Unused jobaudit-disable-next-line directive: no licence/driver finding to suppress here.',
      ],
      [
        'jobaudit/unused-directive',
        'warning',
        3,
        'Unused jobaudit-disable-line directive: no pay/undisclosed finding to suppress here.',
      ],
      [
        'jobaudit/unused-directive',
        'warning',
        4,
        'Unused jobaudit-enable directive: no jobaudit-disable is in effect for licence/driver here.',
      ],
      ['jobaudit/unused-directive', 'warning', 5, 'Unused jobaudit-disable directive: no finding to suppress here.'],
    ]);
    // A wholly unused directive can be removed by a fix; a partly used one cannot.
    expect(out.problems.map((p) => p.suggestions.map((s) => s.replacement))).toEqual([[''], [], [''], ['']]);
    expect(out.problems[0].excerpt).toBe('<!-- jobaudit-disable-next-line licence/driver -->');
  });

  it('messages in French', () => {
    const text =
      '<!-- jobaudit-disable-next-line licence/driver -->\nRien\n<!-- jobaudit-disable-line licence/drivr -->';
    const out = apply(text, [], { reportUnused: true, requireReason: true, locale: 'fr' });
    expect(out.problems.map((p) => p.message)).toEqual([
      'Cette directive jobaudit-disable-next-line ne donne pas de raison\u00a0: ajoutez-la après «\u00a0--\u00a0» (la configuration exige une raison).',
      'Directive jobaudit-disable-next-line inutile\u00a0: aucun problème licence/driver à masquer ici.',
      'Cette directive jobaudit-disable-line ne donne pas de raison\u00a0: ajoutez-la après «\u00a0--\u00a0» (la configuration exige une raison).',
      'Règle inconnue «\u00a0licence/drivr\u00a0» dans une directive jobaudit-disable-line. Vouliez-vous dire «\u00a0licence/driver\u00a0»\u00a0? La liste des règles\u00a0: «\u00a0jobaudit rules\u00a0».',
    ]);
  });

  it('a directive without a reason is an error when reasons are required (enable needs none)', () => {
    const text =
      '# jobaudit-disable licence/driver\nPermis\n# jobaudit-enable licence/driver\n<!-- jobaudit-disable-line pay/undisclosed -- affiché sur le site -->';
    const out = apply(text, [at(text, 'licence/driver', 'Permis')], { requireReason: true });
    expect(out.problems.map((p) => [p.ruleId, p.severity, p.span.start.line])).toEqual([
      ['jobaudit/missing-reason', 'error', 1],
    ]);
    expect(out.findings).toEqual([]); // still suppresses
  });

  it('an unknown rule id is an error with a fix; it suppresses nothing, and never turns into "all rules"', () => {
    const text = '<!-- jobaudit-disable-next-line licence/drivers -->\nPermis requis\n';
    const out = apply(text, [at(text, 'licence/driver', 'Permis')], { reportUnused: true });
    expect(out.findings.map((f) => f.ruleId)).toEqual(['licence/driver']);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({
      ruleId: 'jobaudit/unknown-rule',
      severity: 'error',
      message:
        'Unknown rule "licence/drivers" in a jobaudit-disable-next-line directive. Did you mean "licence/driver"? See "jobaudit rules" for the rule ids.',
      suggestions: [
        { message: 'Use "licence/driver"', replacement: '<!-- jobaudit-disable-next-line licence/driver -->' },
      ],
    });
    expect(out.problems[0].span.start.line).toBe(1);
  });

  it('with known and unknown ids, the known ones still apply', () => {
    const text = '# jobaudit-disable-next-line nope/nothing, licence/driver\nPermis\n';
    const out = apply(text, [at(text, 'licence/driver', 'Permis')]);
    expect(out.findings).toEqual([]);
    expect(out.problems.map((p) => p.ruleId)).toEqual(['jobaudit/unknown-rule']);
    expect(out.problems[0].suggestions).toEqual([]);
  });

  it('works on CRLF text', () => {
    const text =
      'Titre\r\n<!-- jobaudit-disable-next-line licence/driver -- livraisons -->\r\nPermis requis\r\nPermis requis\r\n';
    const out = apply(text, [at(text, 'licence/driver', 'Permis'), at(text, 'licence/driver', 'Permis', 1)], {
      reportUnused: true,
    });
    expect(out.findings.map((f) => f.span.start.line)).toEqual([4]);
    expect(out.suppressed.map((f) => f.span.start.line)).toEqual([3]);
    expect(out.problems).toEqual([]);
  });
});
