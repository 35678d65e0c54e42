// The rule data: the shipped files load, and bad data fails with the file and the line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/lexicon/yaml.js';
import { common, loadReferences, loadRuleFile, references, type RuleSpec } from '../../src/rules/data.js';
import { rules } from '../../src/rules/index.js';
import { fill, placeholders } from '../../src/rewrite/template.js';

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-rules-'));
let n = 0;
function write(text: string): string {
  const file = join(dir, `case-${++n}.yaml`);
  writeFileSync(file, text);
  return file;
}

const REFS = `src-a:
  title:
    fr: Source A
    en: Source A
  url: https://example.org/a
`;
const refs = loadReferences(write(REFS));
const SPEC: RuleSpec[] = [{ id: 'demo/rule', cases: { required: ['item'] }, defaults: ['item'] }];

/** A valid rule file; `patch` replaces one line to break it. */
const GOOD = [
  'demo/rule:', // 1
  '  kind: secondary-diploma', // 2
  '  severity: warning', // 3
  '  description:', // 4
  '    fr: Une description.', // 5
  '    en: A description.', // 6
  '  triggers:', // 7
  '    fr: Un déclencheur.', // 8
  '    en: A trigger.', // 9
  '  references: [src-a]', // 10
  '  defaults:', // 11
  '    item:', // 12
  '      fr: DES', // 13
  '      en: High school diploma', // 14
  '  cases:', // 15
  '    required:', // 16
  '      severity: warning', // 17
  '      when: required', // 18
  '      message:', // 19
  '        fr: "« {excerpt} » peut écarter."', // 20
  '        en: "“{excerpt}” may screen out."', // 21
  '      suggestions:', // 22
  '        - message:', // 23
  "            fr: Acceptez l'équivalence.", // 24
  '            en: Accept an equivalent.', // 25
  '          replacement:', // 26
  '            fr: "{item} ou l\'équivalent"', // 27
  '            en: "{item} or equivalent"', // 28
  '  examples:', // 29
  '    fr:', // 30
  '      before: DES obligatoire', // 31
  "      after: DES ou l'équivalent", // 32
  '    en:', // 33
  '      before: High school diploma required', // 34
  '      after: High school diploma or equivalent', // 35
];
function patched(line: number, text: string | null): string {
  const lines = [...GOOD];
  if (text === null) lines.splice(line - 1, 1);
  else lines[line - 1] = text;
  return lines.join('\n') + '\n';
}
function failure(text: string, spec = SPEC): { file: string; error: LexiconError } {
  const file = write(text);
  try {
    loadRuleFile(file, spec, refs);
  } catch (e) {
    if (e instanceof LexiconError) return { file, error: e };
    throw e;
  }
  throw new Error('expected a LexiconError');
}

describe('shipped rule data', () => {
  it('loads and validates, with metadata for every core rule', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([
      'education/secondary-diploma',
      'education/post-secondary',
      'language/second-language',
      'experience/years',
      'experience/canadian',
      'licence/driver',
      'transport/own-vehicle',
      'background/criminal-record',
      'availability/unrestricted',
      'pay/undisclosed',
      'pay/vague',
      'language/french-version',
      'legal/ai-disclosure',
      'legal/vacancy-status',
      'quality/unpaid-trial',
      'quality/irregular-hours',
      'quality/precarious-contract',
      'requirements/too-many',
    ]);
    for (const r of rules) {
      expect(r.meta.description.fr).not.toBe('');
      expect(r.meta.description.en).not.toBe('');
      expect(['error', 'warning', 'info']).toContain(r.meta.severity);
    }
    expect(Object.keys(references()).length).toBeGreaterThan(10);
    expect(common().suffixes.fr).toContain('obligatoire');
  });

  it('every reference url is one given in ../shared/domain.md', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const domain = fileURLToPath(new URL('../../../shared/domain.md', import.meta.url));
    if (!existsSync(domain)) return; // ../shared is beside the project on developer machines and in CI
    const text = readFileSync(domain, 'utf8');
    for (const ref of Object.values(references())) {
      for (const url of new Set([ref.url.fr, ref.url.en])) expect(text, url).toContain(url);
    }
  });
});

describe('rule data validation', () => {
  it('a valid file loads', () => {
    const data = loadRuleFile(write(patched(1, 'demo/rule:')), SPEC, refs);
    expect(data['demo/rule'].cases.required.severity).toBe('warning');
  });

  it('unknown placeholder → file and line of the text', () => {
    const { file, error } = failure(patched(27, '            fr: "{diplome} ou l\'équivalent"'));
    expect(error.file).toBe(file);
    expect(error.line).toBe(27);
    expect(error.message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:27: .*unknown placeholder \\{diplome\\}`),
    );
  });

  it('a placeholder the case does not provide is unknown too', () => {
    const { error } = failure(patched(21, '        en: "“{excerpt}” may screen out {years}."'));
    expect(error.line).toBe(21);
    expect(error.message).toMatch(/unknown placeholder \{years\} \(allowed here: \{excerpt\}, \{item\}\)/);
  });

  it('unbalanced brace → error at its line', () => {
    const { error } = failure(patched(28, '            en: "{item or equivalent"'));
    expect(error.line).toBe(28);
    expect(error.message).toMatch(/unbalanced/);
  });

  it('missing language → error naming the language, at the mapping', () => {
    const { error } = failure(patched(25, null));
    expect(error.message).toMatch(/missing language "en"/);
    expect(error.line).toBe(24);
  });

  it('unknown language → error at its line', () => {
    const { error } = failure(patched(6, '    es: Una descripción.'));
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/unknown language "es"/);
  });

  it('message without "may" → error', () => {
    const { error } = failure(patched(21, '        en: "“{excerpt}” screens out."'));
    expect(error.line).toBe(21);
    expect(error.message).toMatch(/must say one of "may", "might", "could"/);
  });

  it('unknown reference → error at the list', () => {
    const { error } = failure(patched(10, '  references: [src-b]'));
    expect(error.line).toBe(10);
    expect(error.message).toMatch(/unknown reference "src-b"/);
  });

  it('missing case, unknown case, unknown field, bad severity', () => {
    expect(failure(patched(16, '    requis:')).error.message).toMatch(/unknown case "requis"/);
    expect(failure(patched(3, '  severity: fatal')).error).toMatchObject({ line: 3 });
    expect(failure(patched(2, '  kinds: x')).error.message).toMatch(/unknown field "kinds"/);
    const spec: RuleSpec[] = [{ id: 'demo/rule', cases: { required: ['item'], asset: ['item'] }, defaults: ['item'] }];
    expect(failure(patched(1, 'demo/rule:'), spec).error.message).toMatch(/missing case "asset"/);
  });

  it('case severity above the rule default → error', () => {
    const { error } = failure(patched(17, '      severity: error'));
    expect(error.line).toBe(17);
    expect(error.message).toMatch(/above the rule's default/);
  });

  it('examples: required, both languages, before ≠ after, no placeholders', () => {
    const cut = GOOD.slice(0, 28).join('\n') + '\n';
    expect(failure(cut).error.message).toMatch(/missing "examples"/);
    const noEn = GOOD.slice(0, 32).join('\n') + '\n';
    expect(failure(noEn).error).toMatchObject({ line: 30 });
    expect(failure(noEn).error.message).toMatch(/examples: missing language "en"/);
    const same = failure(patched(35, '      after: High school diploma required'));
    expect(same.error.line).toBe(35);
    expect(same.error.message).toMatch(/"after" must differ from "before"/);
    expect(failure(patched(31, '      before: "{item} obligatoire"')).error.message).toMatch(
      /plain text, without \{placeholders\}/,
    );
    expect(failure(patched(32, '      sortie: x')).error.message).toMatch(/unknown field "sortie"/);
  });

  it('law (rule or case): known jurisdictions and a date', () => {
    const withLaw = (lines: string[]) => [...GOOD.slice(0, 10), ...lines, ...GOOD.slice(10)].join('\n') + '\n';
    const ok = loadRuleFile(write(withLaw(['  law:', '    jurisdictions: [ON]', '    since: 2026-01-01'])), SPEC, refs);
    expect(ok['demo/rule'].law).toEqual({ jurisdictions: ['ON'], since: '2026-01-01' });
    expect(failure(withLaw(['  law:', '    jurisdictions: [Ontario]'])).error).toMatchObject({ line: 12 });
    expect(failure(withLaw(['  law:', '    jurisdictions: [ON]', '    since: 1 Jan 2026'])).error.message).toMatch(
      /since must be a date/,
    );
    expect(failure(withLaw(['  law:', '    since: 2026-01-01'])).error.message).toMatch(/law: missing "jurisdictions"/);
    const caseLaw =
      [...GOOD.slice(0, 18), '      law: { jurisdictions: [BC], since: 2023-11-01 }', ...GOOD.slice(18)].join('\n') +
      '\n';
    expect(loadRuleFile(write(caseLaw), SPEC, refs)['demo/rule'].cases.required.law).toEqual({
      jurisdictions: ['BC'],
      since: '2023-11-01',
    });
  });

  it('noc_lists: expected names, quoted codes or prefixes; noc_note goes with noc_topics', () => {
    const spec: RuleSpec[] = [{ ...SPEC[0], nocLists: ['care'] }];
    const withLines = (lines: string[]) => [...GOOD.slice(0, 10), ...lines, ...GOOD.slice(10)].join('\n') + '\n';
    const ok = loadRuleFile(write(withLines(['  noc_lists:', '    care: ["31", "44100"]'])), spec, refs);
    expect(ok['demo/rule'].nocLists).toEqual({ care: ['31', '44100'] });
    expect(failure(withLines(['  noc_lists:', '    care: [31]']), spec).error.message).toMatch(
      /entries are NOC 2021 codes or code prefixes/,
    );
    expect(failure(withLines(['  noc_lists:', '    other: ["31"]']), spec).error.message).toMatch(
      /unknown name "other"/,
    );
    expect(failure(withLines([]), spec).error.message).toMatch(/noc_lists: missing/);
    const note = ['  noc_note:', '    fr: "CNP : {requirements}"', '    en: "NOC: {requirements}"'];
    expect(failure(withLines(note)).error.message).toMatch(/noc_note and noc_topics go together/);
    const both = loadRuleFile(
      write(withLines([...note, '  noc_topics:', '    fr: [secondaire]', '    en: [secondary]'])),
      SPEC,
      refs,
    );
    expect(both['demo/rule'].nocTopics).toEqual({ fr: ['secondaire'], en: ['secondary'] });
    expect(
      failure(
        withLines(['  noc_note:', '    fr: "{years}"', '    en: "x"', '  noc_topics:', '    fr: [a]', '    en: [b]']),
      ).error.message,
    ).toMatch(/unknown placeholder \{years\}/);
  });

  it('unknown rule id → error', () => {
    expect(failure(patched(1, 'demo/other:')).error.message).toMatch(/unknown rule "demo\/other"/);
  });

  it('invalid YAML → error with its line', () => {
    const { error } = failure(patched(20, '        fr: "unterminated'));
    expect(error.message).toMatch(/invalid YAML/);
  });

  it('references: missing url, bad url, missing title language', () => {
    const noUrl = write('a:\n  title:\n    fr: A\n    en: A\n');
    expect(() => loadReferences(noUrl)).toThrow(
      new RegExp(`${noUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: reference "a": missing "url"`),
    );
    const badUrl = write('a:\n  title:\n    fr: A\n    en: A\n  url:\n    fr: https://ok.example\n    en: not a url\n');
    expect(() => loadReferences(badUrl)).toThrow(/:7: reference "a": url must be an http/);
    const noFr = write('a:\n  title:\n    en: A\n  url: https://ok.example\n');
    expect(() => loadReferences(noFr)).toThrow(/:3: reference "a" title: missing language "fr"/);
  });
});

describe('templates', () => {
  it('placeholders() lists names and reports problems', () => {
    expect(placeholders('{item} ou {years}')).toEqual({ names: ['item', 'years'], problem: null });
    expect(placeholders('{item').problem).toMatch(/unbalanced/);
    expect(placeholders('{Item}').problem).toMatch(/bad placeholder/);
  });

  it('fill() replaces every placeholder and refuses a missing value', () => {
    expect(fill('{item} ou expérience équivalente', { item: 'DES' })).toBe('DES ou expérience équivalente');
    expect(() => fill('{item}', {})).toThrow(/\{item\} has no value/);
  });
});
