// Phrase rules (rule files of `ruleFiles`) through the library: the limits (roles, jurisdictions, dates, TEER),
// references, the language of one-word phrases, overlapping phrases, and that the built-in findings do not change.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/index.js';
import { loadPhraseRulesFile, loadRuleFile, PHRASE_RULES_FILE, shippedPhraseRules } from '../../src/rules/custom.js';
import { RULES_DIR } from '../../src/rules/data.js';
import { generate } from '../../scripts/gen-rules-doc.mjs';
import { rules } from '../../src/rules/index.js';
import type { PhraseRuleData } from '../../src/rules/phrase.js';

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-phrase-'));
let n = 0;
function rule(yaml: string): PhraseRuleData {
  const file = join(dir, `rule-${++n}.yaml`);
  writeFileSync(file, yaml);
  return loadRuleFile(
    file,
    rules.map((r) => r.meta.id),
  );
}

const MESSAGE = `message:
  en: "This may deter people."
  fr: "Cela peut décourager des personnes."
`;

const POSTING = `Cuisinier ou cuisinière — Bistro du Marché
Québec (Québec) · 19 $ de l'heure

À propos de nous
Une équipe de passionnés de la bonne cuisine.

Exigences
- Être passionné par les sauces
- DEP en cuisine
`;

function audit(
  rules: PhraseRuleData[],
  options: { jurisdiction?: string | null; date?: string; occupation?: string; text?: string } = {},
) {
  return auditPosting(
    { source: 'p.txt', text: options.text ?? POSTING },
    {
      config: { ...defaultConfig(), customRules: rules },
      date: options.date ?? '2026-03-02',
      jurisdiction: options.jurisdiction === undefined ? 'QC' : options.jurisdiction,
      ...(options.occupation ? { occupation: options.occupation } : {}),
    },
  );
}
const custom = (r: ReturnType<typeof audit>, id: string) => r.findings.filter((f) => f.ruleId === id);

describe('phrase rules', () => {
  const passion = (extra = '') =>
    rule(`id: acme/passion\nseverity: info\n${extra}phrases:\n  fr: [passionné]\n  en: [passionate]\n${MESSAGE}`);

  it('find every occurrence, with spans and excerpts; roles keep only the parts named', () => {
    const all = custom(audit([passion()]), 'acme/passion');
    expect(all.map((f) => [f.excerpt, f.span.start.line])).toEqual([
      ['passionnés', 5],
      ['passionné', 8],
    ]);
    expect(all[1].span.start.column).toBe(8);
    const asked = custom(audit([passion('roles: [requirements]\n')]), 'acme/passion');
    expect(asked.map((f) => f.span.start.line)).toEqual([8]);
    const about = custom(audit([passion('roles: [about]\n')]), 'acme/passion');
    expect(about.map((f) => f.span.start.line)).toEqual([5]);
  });

  it('read the roles of the document model: lead-ins, boilerplate paragraphs, benefits', () => {
    const text = `Préposé à l'entretien

Nous recherchons une personne qui :
- être passionné par la propreté

Avantages
- Des collègues passionnés

Nous souscrivons au principe d'équité en emploi et accueillons tous les passionnés.
`;
    const lines = (roles: string) =>
      custom(audit([passion(`roles: [${roles}]\n`)], { text }), 'acme/passion').map((f) => f.span.start.line);
    expect(lines('requirements')).toEqual([4]);
    expect(lines('benefits')).toEqual([7]);
    expect(lines('boilerplate')).toEqual([9]);
  });

  it('apply only in the jurisdictions named, where it is known', () => {
    const qc = passion('jurisdictions: [QC]\n');
    expect(custom(audit([qc]), 'acme/passion')).toHaveLength(2);
    expect(custom(audit([qc], { jurisdiction: 'ON' }), 'acme/passion')).toHaveLength(0);
    expect(custom(audit([qc], { jurisdiction: null }), 'acme/passion')).toHaveLength(0);
    expect(custom(audit([qc], { jurisdiction: 'CA-QC' }), 'acme/passion')).toHaveLength(2);
  });

  it('apply only between since and until', () => {
    const dated = passion('since: 2026-01-01\nuntil: 2026-12-31\n');
    expect(custom(audit([dated], { date: '2025-12-31' }), 'acme/passion')).toHaveLength(0);
    expect(custom(audit([dated], { date: '2026-01-01' }), 'acme/passion')).toHaveLength(2);
    expect(custom(audit([dated], { date: '2026-12-31' }), 'acme/passion')).toHaveLength(2);
    expect(custom(audit([dated], { date: '2027-01-01' }), 'acme/passion')).toHaveLength(0);
  });

  it('apply only to the TEER levels named, when the occupation is known', () => {
    const teer = passion('teer: [2, 3]\n');
    expect(custom(audit([teer], { occupation: '63200' }), 'acme/passion')).toHaveLength(2); // cooks: TEER 3
    expect(custom(audit([teer], { occupation: '65201' }), 'acme/passion')).toHaveLength(0); // food counter attendants: TEER 5
  });

  it('cite their references in the message locale', () => {
    const refs = passion(
      'references:\n  - title: { fr: "Guide", en: "Guide (en)" }\n    url: https://example.org/guide\n  - title: Plain\n    url: https://example.org/plain\n',
    );
    const [f] = custom(audit([refs]), 'acme/passion');
    expect(f.references).toEqual([
      { title: 'Guide', url: 'https://example.org/guide' },
      { title: 'Plain', url: 'https://example.org/plain' },
    ]);
    expect(f.message).toBe('Cela peut décourager des personnes.');
    expect(f.suggestions).toEqual([]);
  });

  it('match a one-word phrase only in a block of its language; longer phrases anywhere; the longer of two overlapping', () => {
    const r = rule(
      `id: acme/team\nseverity: info\nphrases:\n  en: [team, team player]\n  fr: [esprit d'équipe]\n${MESSAGE}`,
    );
    const fr = custom(
      audit([r], { text: `${POSTING}- Team player\n- Esprit d'équipe\n- Une team soudée\n` }),
      'acme/team',
    );
    expect(fr.map((f) => f.excerpt)).toEqual(['Team player', "Esprit d'équipe"]);
  });

  it('quote the words found with {excerpt}; another placeholder is an error naming the file, line and key', () => {
    const quoted =
      rule(`id: acme/quoted\nseverity: info\nphrases:\n  fr: [passionné]\nmessage:\n  en: "“{excerpt}”: this may deter people."
  fr: "« {excerpt} » : cela peut décourager des personnes."\nsuggestion:\n  en: "Interested in {excerpt}"\n  fr: "Intérêt pour la cuisine"\n`);
    const [f] = custom(audit([quoted]), 'acme/quoted');
    expect(f.message).toBe('« passionnés » : cela peut décourager des personnes.');
    expect(f.suggestions).toEqual([
      { message: 'Remplacez par « Intérêt pour la cuisine ».', replacement: 'Intérêt pour la cuisine' },
    ]);
    expect(() =>
      rule(
        `id: acme/bad\nseverity: info\nphrases:\n  fr: [passionné]\nmessage:\n  en: "{word} may deter."\n  fr: "Peut décourager."\n`,
      ),
    ).toThrow(/rule-\d+\.yaml:6: message\.en: unknown placeholder \{word\} \(allowed: \{excerpt\}\)/);
  });

  it('leave the built-in findings as they are', () => {
    const plain = auditPosting({ source: 'p.txt', text: POSTING }, { date: '2026-03-02', jurisdiction: 'QC' });
    const withRule = audit([passion()]);
    expect(withRule.findings.filter((f) => !f.ruleId.startsWith('acme/'))).toEqual(plain.findings);
    expect(withRule.requirements).toEqual(plain.requirements);
  });
});

describe('the shipped phrase rules file (lexicons/rules/phrase-rules.yaml)', () => {
  const ENTRY = `  - id: hiring/native-speaker
    severity: warning
    roles: [requirements]
    phrases:
      en: [native speaker]
      fr: [langue maternelle]
    message:
      en: "“{excerpt}”: asking for a native speaker may screen out people who speak the language well."
      fr: "« {excerpt} » : exiger une langue maternelle peut écarter des personnes qui parlent bien la langue."
    suggestion:
      en: "Fluent English"
      fr: "Maîtrise du français"
`;
  const shippedText = readFileSync(PHRASE_RULES_FILE, 'utf8');
  const withEntry = (entry: string) => shippedText.replace('rules: []\n', `rules:\n${entry}`);
  const write = (text: string) => {
    const file = join(dir, `phrase-rules-${++n}.yaml`);
    writeFileSync(file, text);
    return file;
  };

  it('loads, and a rule is one entry of its `rules` list', () => {
    expect(shippedPhraseRules().suggestion.en).toContain('{replacement}');
    const loaded = loadPhraseRulesFile(write(withEntry(ENTRY)), ['language/second-language']);
    expect(loaded.rules.map((r) => [r.id, r.severity, r.roles])).toEqual([
      ['hiring/native-speaker', 'warning', ['requirements']],
    ]);
  });

  it('a bad entry names the file, the line and the key; so does an id used twice or a built-in id', () => {
    const bad = write(withEntry(ENTRY.replace('severity: warning', 'severity: high')));
    const line =
      withEntry(ENTRY)
        .split('\n')
        .findIndex((l) => l.includes('severity: warning')) + 1;
    expect(() => loadPhraseRulesFile(bad, [])).toThrow(`${bad}:${line}: rules[0].severity: "high" is not a severity`);
    const twice = write(withEntry(ENTRY + ENTRY));
    expect(() => loadPhraseRulesFile(twice, [])).toThrow(
      /:\d+: rules\[1\]\.id: "hiring\/native-speaker" is the id of an earlier rule/,
    );
    const builtIn = write(withEntry(ENTRY.replace('hiring/native-speaker', 'licence/driver')));
    expect(() => loadPhraseRulesFile(builtIn, ['licence/driver'])).toThrow(
      /rules\[0\]\.id: "licence\/driver" is a built-in rule id/,
    );
    const noSuggestion = write(shippedText.replace(/^suggestion:\n(?: {2}.*\n)+/m, ''));
    expect(() => loadPhraseRulesFile(noSuggestion, [])).toThrow(/suggestion: missing "suggestion"/);
  });

  it('docs/rules.md documents each entry (scripts/gen-rules-doc.mjs)', () => {
    const root = mkdtempSync(join(tmpdir(), 'jobaudit-phrase-docs-'));
    cpSync(RULES_DIR, join(root, 'lexicons', 'rules'), { recursive: true });
    writeFileSync(join(root, 'lexicons', 'rules', 'phrase-rules.yaml'), withEntry(ENTRY));
    const doc = generate(root) as string;
    expect(doc).toContain(
      '| [`hiring/native-speaker`](#hiringnative-speaker) | warning | “{excerpt}”: asking for a native speaker',
    );
    expect(doc).toContain('## hiring/native-speaker');
    expect(doc).toContain('- **Phrases (fr):** “langue maternelle”');
    expect(doc).toContain('- **Applies only** in `requirements`.');
    expect(doc).toContain('| Fluent English | Maîtrise du français |');
  });
});
