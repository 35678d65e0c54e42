// The library as a user sees it: `import … from 'jobaudit'` (the package's own name, resolved through
// package.json "exports" to dist/index.js, so `npm run build` first), with a French and an English posting,
// a configuration discovered in a folder, suppressions, formatters and safe fixes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySuppressions,
  audit,
  auditFile,
  auditInputs,
  ConfigError,
  ConfigLoader,
  defaultConfig,
  exitCode,
  formatters,
  isIgnored,
  JSON_FORMAT_VERSION,
  loadConfig,
  maskDirectives,
  parseDirectives,
  rewriteText,
  ruleIds,
  rules,
  safeFindings,
  starterConfig,
  unifiedDiff,
  type AuditOptions,
  type Finding,
  type LoadedConfig,
  type Requirement,
  type ResolvedConfig,
  type Result,
} from 'jobaudit';
import { assertBuilt } from '../cli/run.js';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';

/** A dishwasher in Montréal (TEER 5, Québec): a diploma with no equivalent, bilingualism with no reason, a licence with no driving. */
const FR = `# Plongeur/plongeuse — Bistro du Vieux-Port

Montréal (Québec) · Temps plein, 35 heures par semaine
Salaire : 18,25 $ de l'heure, pourboires partagés

## Tâches
- Laver la vaisselle, les chaudrons et les ustensiles
- Garder la cuisine propre et sortir les poubelles
- Aider à la préparation des légumes

## Exigences
- Diplôme d'études secondaires (DES) obligatoire
- Bilinguisme (français et anglais) exigé
- Permis de conduire valide
`;

/** A warehouse job in Ontario, pay shown and the 2026 statements made: a diploma and a car required. */
const EN = `Warehouse Associate
Mississauga, Ontario — full time, day shift (7 a.m. to 3:30 p.m.)
Pay: $19.50 to $21.00 per hour
We do not use artificial intelligence to screen applicants. This posting is for an existing vacancy.

What you will do
- Pick and pack customer orders
- Load and unload trucks with a pallet jack
- Keep the aisles clean and safe

What you need
- High school diploma required
- Must have your own vehicle
`;

const DATE = '2026-03-02';

/** The text a span covers, by offsets (0-based, end exclusive). */
const at = (text: string, r: { span: Requirement['span'] }) => text.slice(r.span.start.offset, r.span.end.offset);
const ids = (findings: readonly Finding[]) => findings.map((f) => f.ruleId);
const byKind = (result: Result, kind: Requirement['kind']) => result.requirements.find((r) => r.kind === kind);

let tmp: TmpDir;
beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir('jobaudit-api-');
});
afterAll(() => tmp?.remove());

describe("import from 'jobaudit'", () => {
  it('resolves the package by its own name to the built library', async () => {
    const lib = await import('jobaudit');
    for (const name of [
      'audit',
      'auditFile',
      'auditInputs',
      'auditPosting',
      'loadConfig',
      'applySuppressions',
      'parseDirectives',
      'rewriteText',
      'unifiedDiff',
      'judge',
      'detectOccupation',
      'inferJurisdiction',
      'starterConfig',
      'exitCode',
    ]) {
      expect(typeof (lib as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(Object.keys(lib.formatters).sort()).toEqual([
      'checkstyle',
      'compact',
      'github',
      'json',
      'junit',
      'sarif',
      'stylish',
    ]);
    expect(lib.ConfigLoader).toBe(ConfigLoader);
    expect(new ConfigError('f.json', 3, 'rules', 'bad')).toBeInstanceOf(Error);
  });

  it('exports every rule, with the ids configurations and directives accept', () => {
    expect(rules.map((r) => r.meta.id).sort()).toEqual(ruleIds());
    expect(ruleIds()).toContain('language/second-language');
  });
});

describe('audit() on a French posting', () => {
  const result = audit(FR, { date: DATE });

  it('reads the posting: language, title, jurisdiction, occupation, pay', () => {
    expect(result.source).toBe('<text>');
    expect(result.error).toBeNull();
    expect(result.language).toBe('fr');
    expect(result.title).toMatch(/^Plongeur\/plongeuse/);
    expect(result.jurisdiction).toBe('QC');
    expect(result.occupation).toMatchObject({ noc: '65201', teer: 5 });
    expect(result.pay).toMatchObject({ disclosed: true, min: 18.25, max: 18.25, currency: 'CAD', period: 'hour' });
  });

  it('lists the requirements with spans that quote the posting', () => {
    const diploma = byKind(result, 'secondary-diploma')!;
    expect(diploma).toMatchObject({
      strength: 'required',
      equivalence: false,
      text: "Diplôme d'études secondaires (DES) obligatoire",
    });
    expect(at(FR, diploma)).toBe(diploma.text);
    const lines = FR.split('\n');
    const line = lines.findIndex((l) => l.includes('Diplôme')) + 1;
    expect(diploma.span.start).toEqual({ line, column: 3, offset: FR.indexOf('Diplôme') });
    expect(diploma.span.end.line).toBe(line);

    const language = byKind(result, 'second-language')!;
    expect(language).toMatchObject({ strength: 'required', languages: ['en'] });
    expect(at(FR, language)).toBe('Bilinguisme (français et anglais) exigé');
    expect(at(FR, byKind(result, 'driver-licence')!)).toBe('Permis de conduire valide');
    for (const r of result.requirements) expect(at(FR, r)).toBe(r.text);
  });

  it('judges them: an error under the Charter of the French language, warnings for the diploma and the licence', () => {
    expect(ids(result.findings)).toEqual(['education/secondary-diploma', 'language/second-language', 'licence/driver']);
    const [diploma, language, licence] = result.findings;
    expect(diploma.severity).toBe('warning');
    expect(language.severity).toBe('error');
    expect(licence.severity).toBe('warning');
    // Messages in the posting's language, with the quoted words, a rewrite and sources.
    expect(language.message).toMatch(/Charte de la langue française/);
    expect(language.excerpt).toBe('Bilinguisme (français et anglais) exigé');
    expect(language.span).toEqual(byKind(result, 'second-language')!.span);
    for (const f of result.findings) {
      expect(f.suggestions.length).toBeGreaterThan(0);
      expect(f.references.length).toBeGreaterThan(0);
      expect(FR.slice(f.span.start.offset, f.span.end.offset)).toBe(f.excerpt);
    }
  });

  it('a short restaurant posting with no duties listed: "Plongeur/plongeuse" is still a dishwasher, not a diver', () => {
    const short = `Plongeur/plongeuse
Restaurant Le Quai, Laval (Québec)
Salaire : 17,50 $ de l'heure

Exigences
- Diplôme d'études secondaires (DES) obligatoire
- Bilinguisme requis
- Permis de conduire valide
`;
    const r = audit(short, { date: DATE });
    expect(r.occupation).toMatchObject({ noc: '65201', teer: 5 });
    expect(ids(r.findings)).toContain('education/secondary-diploma');
  });

  it('takes locale, jurisdiction and occupation as options', () => {
    const en = audit(FR, { date: DATE, locale: 'en' });
    expect(en.language).toBe('fr');
    expect(en.findings.find((f) => f.ruleId === 'language/second-language')!.message).toMatch(
      /Charter of the French language/,
    );
    // No jurisdiction: the Charter is not applied, so bilingualism is no longer an error.
    const none = audit(FR, { date: DATE, jurisdiction: null });
    expect(none.jurisdiction).toBeNull();
    expect(none.findings.find((f) => f.ruleId === 'language/second-language')!.severity).not.toBe('error');
    // The occupation given (63200, cooks: TEER 3) replaces the one detected from the title.
    const forced = audit(FR, { date: DATE, occupation: '63200' });
    expect(forced.occupation).toMatchObject({ noc: '63200', teer: 3 });
    expect(forced.findings.find((f) => f.ruleId === 'education/secondary-diploma')?.severity).not.toBe('warning');
  });
});

describe('audit() on an English posting', () => {
  const result = audit(EN, { date: DATE });

  it('reads it as an Ontario warehouse job with pay shown', () => {
    expect(result.language).toBe('en');
    expect(result.title).toBe('Warehouse Associate');
    expect(result.jurisdiction).toBe('ON');
    expect(result.occupation).toMatchObject({ noc: '75101', teer: 5 });
    expect(result.pay).toMatchObject({ disclosed: true, min: 19.5, max: 21, currency: 'CAD', period: 'hour' });
    expect(result.pay!.text).toBe('$19.50 to $21.00 per hour');
    expect(EN.slice(result.pay!.span!.start.offset, result.pay!.span!.end.offset)).toBe('$19.50 to $21.00 per hour');
  });

  it('finds the diploma and the car, and nothing about pay or the Ontario statements', () => {
    expect(result.requirements.map((r) => [r.kind, r.strength, r.text])).toEqual([
      ['secondary-diploma', 'required', 'High school diploma required'],
      ['own-vehicle', 'required', 'Must have your own vehicle'],
    ]);
    expect(ids(result.findings)).toEqual(['education/secondary-diploma', 'transport/own-vehicle']);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
    const car = result.findings[1];
    expect(car.span.start).toEqual({ line: 13, column: 3, offset: EN.indexOf('Must have') });
    expect(car.message).toMatch(/own vehicle/);
  });

  it('names Canadian experience when a field comes between "Canadian" and "experience" (banned in Ontario postings from 2026)', () => {
    const text = EN.replace('- Must have your own vehicle\n', '- 2 years of Canadian warehouse experience\n');
    const r = audit(text, { date: DATE });
    expect(r.requirements.map((q) => q.kind)).toContain('canadian-experience');
    expect(r.findings.find((f) => f.ruleId === 'experience/canadian')?.severity).toBe('error');
  });

  it('formats results: json (contract version 1) and sarif (2.1.0)', () => {
    const both = [audit(FR, { date: DATE }), result];
    const json = JSON.parse(formatters.json(both)) as {
      version: number;
      tool: { name: string };
      results: Result[];
      summary: Record<string, number>;
    };
    expect(json.version).toBe(JSON_FORMAT_VERSION);
    expect(json.version).toBe(1);
    expect(json.tool.name).toBe('jobaudit');
    expect(json.results.map((r) => r.source)).toEqual(['<text>', '<text>']);
    expect(json.summary).toEqual({ postings: 2, errors: 1, warnings: 4, infos: 0, failed: 0 });
    expect(exitCode(both)).toBe(1);
    expect(exitCode([result])).toBe(0);
    expect(exitCode([result], { failOn: 'warning' })).toBe(1);

    const sarif = JSON.parse(formatters.sarif(both)) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string }> } };
        results: Array<{
          ruleId: string;
          level: string;
          locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }>;
        }>;
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.name).toBe('jobaudit');
    expect(sarif.runs[0].tool.driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    const language = sarif.runs[0].results.find((r) => r.ruleId === 'language/second-language')!;
    expect(language.level).toBe('error');
    expect(language.locations[0].physicalLocation.region).toMatchObject({ startLine: 13, startColumn: 3 });
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual([...ids(both[0].findings), ...ids(result.findings)]);
  });
});

describe('a configuration found in a folder, passed to audit()', () => {
  let loaded: LoadedConfig;
  let file: string;
  beforeAll(async () => {
    tmp.write(
      'postings/.jobauditrc.json',
      JSON.stringify(
        {
          rules: { 'licence/driver': 'off', 'education/secondary-diploma': 'error' },
          allow: { 'language/second-language': ['bilinguisme (francais et anglais)'] },
          ignorePatterns: ['brouillons/'],
        },
        null,
        2,
      ),
    );
    file = tmp.write('postings/montreal/plongeur.md', FR);
    tmp.write('postings/brouillons/vieux.md', FR);
    loaded = await loadConfig({ forFile: file });
  });

  it('loadConfig() finds the nearest configuration from the posting upwards', () => {
    expect(loaded.source).toBe(`${tmp.root}/postings/.jobauditrc.json`);
    const config: ResolvedConfig = loaded.config;
    expect(config.rules).toEqual({ 'licence/driver': 'off', 'education/secondary-diploma': 'error' });
    expect(config.failOn).toBe('error');
    expect(isIgnored(`${tmp.root}/postings/brouillons/vieux.md`, config)).toBe(true);
    expect(isIgnored(file, config)).toBe(false);
  });

  it('audit(text, { config }): rules turned off, severities set, allowed phrases suppressed', () => {
    const result = audit(FR, { date: DATE, config: loaded.config });
    expect(ids(result.findings)).toEqual(['education/secondary-diploma']);
    expect(result.findings[0].severity).toBe('error');
    // The allowed phrase is suppressed with its reason; a rule set to off is not listed at all.
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed![0]).toMatchObject({
      ruleId: 'language/second-language',
      excerpt: 'Bilinguisme (français et anglais) exigé',
      suppression: { kind: 'config', reason: 'allowed by config ("bilinguisme (francais et anglais)")' },
    });
    // Options given to audit() win over the configuration.
    const options: AuditOptions = { date: DATE, config: { ...loaded.config, locale: 'fr' }, locale: 'en' };
    expect(audit(FR, options).findings[0].message).toMatch(/high school diploma/);
  });

  it('auditFile() and auditInputs() take the same config; suppressed findings are in JSON, not in the counts', async () => {
    const result = await auditFile(file, { date: DATE, config: loaded.config });
    expect(result.source).toBe(file);
    expect(ids(result.findings)).toEqual(['education/secondary-diploma']);
    const json = JSON.parse(formatters.json([result])) as {
      results: Array<{ suppressed?: Array<{ ruleId: string; suppression: { kind: string } }> }>;
      summary: Record<string, number>;
    };
    expect(json.results[0].suppressed!.map((s) => [s.ruleId, s.suppression.kind])).toEqual([
      ['language/second-language', 'config'],
    ]);
    expect(json.summary).toMatchObject({ errors: 1, warnings: 0 });
    const many = await auditInputs([file], { date: DATE, config: loaded.config });
    expect(many.map((r) => ids(r.findings))).toEqual([['education/secondary-diploma']]);
  });

  it('a ConfigLoader serves a whole run; a bad configuration rejects with a ConfigError naming the file and key', async () => {
    const loader = new ConfigLoader({ cwd: tmp.root });
    expect((await loader.load(file)).source).toBe(loaded.source);
    expect((await loader.load(`${tmp.root}/elsewhere.txt`)).source).not.toBe(loaded.source);
    const bad = tmp.write('bad/.jobauditrc.yaml', 'rules:\n  language/second-langage: off\n');
    const error = await loadConfig({ forFile: `${tmp.root}/bad/x.txt` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).file).toBe(bad);
    expect((error as ConfigError).line).toBe(2);
    expect((error as ConfigError).message).toMatch(
      /rules\["language\/second-langage"\]: unknown rule id .*Did you mean "language\/second-language"/,
    );
  });

  it('defaultConfig() is a complete configuration to start from', () => {
    const config: ResolvedConfig = { ...defaultConfig(), rules: { 'language/second-language': 'off' } };
    expect(ids(audit(FR, { date: DATE, config }).findings)).toEqual(['education/secondary-diploma', 'licence/driver']);
    expect(starterConfig('yaml')).toMatch(/^# jobaudit configuration/);
  });
});

describe('directives and suppressions from the library', () => {
  const text = FR.replace(
    '- Permis de conduire valide\n',
    '<!-- jobaudit-disable-next-line licence/driver -- livraisons de la vaisselle louée aux traiteurs -->\n- Permis de conduire valide\n',
  );

  it('audit() applies the directives in the text, with their reason', () => {
    const result = audit(text, { date: DATE });
    expect(ids(result.findings)).toEqual(['education/secondary-diploma', 'language/second-language']);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed![0]).toMatchObject({
      ruleId: 'licence/driver',
      suppression: { kind: 'directive', reason: 'livraisons de la vaisselle louée aux traiteurs' },
    });
  });

  it('parseDirectives() and applySuppressions() do the same on findings of your own', () => {
    const directives = parseDirectives(text);
    expect(directives).toHaveLength(1);
    expect(directives[0]).toMatchObject({
      kind: 'disable-next-line',
      rules: ['licence/driver'],
      reason: 'livraisons de la vaisselle louée aux traiteurs',
      form: 'comment',
    });
    // Every finding, none silenced: the posting with its directives blanked out (same lines and offsets).
    const raw = audit(maskDirectives(text, directives), { date: DATE }).findings;
    expect(ids(raw)).toEqual(['education/secondary-diploma', 'language/second-language', 'licence/driver']);
    const { findings, suppressed } = applySuppressions(raw, directives, {
      ...defaultConfig(),
      reportUnusedDirectives: true,
    });
    expect(ids(findings)).toEqual(['education/secondary-diploma', 'language/second-language']);
    expect(ids(suppressed)).toEqual(['licence/driver']);
    // A directive that silences nothing is reported when asked.
    const unused = applySuppressions(audit(EN, { date: DATE }).findings, directives, defaultConfig(), {
      reportUnused: true,
    });
    expect(ids(unused.findings)).toContain('jobaudit/unused-directive');
  });
});

describe('safe fixes with rewriteText()', () => {
  it('applies the suggestions without blanks to fill, and unifiedDiff() shows the change', () => {
    const result = audit(FR, { date: DATE });
    const safe = safeFindings(result.findings);
    expect(ids(safe)).toEqual(['education/secondary-diploma']);
    const { text, applied } = rewriteText(FR, safe);
    expect(ids(applied)).toEqual(['education/secondary-diploma']);
    expect(text).not.toContain("Diplôme d'études secondaires (DES) obligatoire");
    expect(text).toContain(safe[0].suggestions[0].replacement);
    const diff = unifiedDiff(FR, text, 'plongeur.md');
    expect(diff).toMatch(/^--- a\/plongeur\.md\n\+\+\+ b\/plongeur\.md\n@@ /);
    expect(diff).toContain("-- Diplôme d'études secondaires (DES) obligatoire");
    // Audited again, the fixed posting no longer has the finding.
    expect(ids(audit(text, { date: DATE }).findings)).not.toContain('education/secondary-diploma');
  });
});
