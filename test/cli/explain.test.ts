// `jobaudit explain RULE`: in-process through runExplain, and through the built binary (once src/cli/program.ts
// wires the command: `explain <rule>` with --locale fr|en and --format text|json).
import { beforeAll, describe, expect, it } from 'vitest';
import { runExplain, type ExplainOptions } from '../../src/cli/explain.js';
import type { CliIO } from '../../src/cli/io.js';
import { rules } from '../../src/rules/index.js';
import { assertBuilt, jobaudit } from './run.js';

async function explain(
  id: string,
  options: ExplainOptions = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '',
    stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: {},
    isTTY: false,
  };
  const code = await runExplain(id, options, io);
  return { code, stdout, stderr };
}

const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('runExplain', () => {
  it('prints why, triggers, severity, sources with addresses and both examples — French first by default', async () => {
    const { code, stdout, stderr } = await explain('language/french-version');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      "language/french-version  warning  (s'applique seulement si la juridiction connue est QC, à partir du 2022-06-01)",
    );
    expect(stdout).toMatch(
      /Pourquoi :\n {2}fr {2}Une offre pour un poste au Québec[^\n]*\n {2}en {2}A posting for a job in Québec/,
    );
    expect(stdout).toContain('Ce qui la déclenche :');
    expect(stdout).toMatch(/Gravité :\n {2}english-only {2}warning/);
    expect(stdout).toContain('https://legisquebec.gouv.qc.ca/en/version/cs/C-11?code=se%3A41&history=20241115');
    expect(stdout.indexOf('Exemple (français) :')).toBeLessThan(stdout.indexOf('Example (English):'));
    expect(stdout).toMatch(/ {2}Avant : Warehouse Associate/);
    expect(stdout).toMatch(/ {2}After: Préposé\(e\) à l'entrepôt/);
    expect(stdout.trimEnd().endsWith('docs/rules.md#languagefrench-version')).toBe(true);
    expect(stdout).not.toMatch(ESCAPES);
  });

  it('--locale en puts English first', async () => {
    const { stdout } = await explain('education/secondary-diploma', { locale: 'en' });
    expect(stdout).toMatch(/^education\/secondary-diploma {2}warning\n/);
    expect(stdout).toMatch(/Why:\n {2}en {2}A high school diploma/);
    expect(stdout.indexOf('Example (English):')).toBeLessThan(stdout.indexOf('Exemple (français) :'));
    expect(stdout).toContain("No finding when the occupation's TEER is known and is 3 or lower.");
    expect(stdout).toContain("When the occupation is known, the message quotes the NOC's employment requirements.");
    expect(stdout).toMatch(/ {2}above-noc-equivalence {2}warning/);
  });

  it('shows the escalations and the cases that exist only where a law applies', async () => {
    const { stdout } = await explain('pay/undisclosed', { locale: 'en' });
    expect(stdout).toMatch(
      /range-too-wide +info +Ontario from 2026-01-01.*\(applies only where the jurisdiction is known to be ON, from 2026-01-01\)/,
    );
    expect(stdout).toMatch(/ON from 2026-01-01 \(case undisclosed\) → error “In Ontario, since 1 January 2026/);
    expect(stdout).toMatch(/BC from 2023-11-01 \(case open-ended\) → error\n/);
  });

  it('--format json gives the same data, languages in the chosen order', async () => {
    const { code, stdout } = await explain('quality/unpaid-trial', { format: 'json', locale: 'en' });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.version).toBe(1);
    expect(out.tool.name).toBe('jobaudit');
    const r = out.rule;
    expect(r.id).toBe('quality/unpaid-trial');
    expect(r.severity).toBe('warning');
    expect(r.languages).toEqual(['en', 'fr']);
    expect(Object.keys(r.description)).toEqual(['en', 'fr']);
    expect(r.cases).toEqual([{ name: 'trial', when: expect.any(String), severity: 'warning', law: null }]);
    expect(r.escalations[0]).toMatchObject({ jurisdiction: 'ON', since: '2024-03-21', severity: 'error' });
    expect(r.references.map((x: { url: { en: string } }) => x.url.en)).toContain(
      'https://springlaw.ca/no-free-trials-ontario-employees-need-to-be-paid-for-trial-periods/',
    );
    expect(r.examples.en.before).toMatch(/unpaid trial/i);
    expect(r.examples.fr.after).toMatch(/rémunérée/);
    expect(r.law).toBeNull();
  });

  it('accepts a rule name without its family when only one rule has it', async () => {
    const { code, stdout } = await explain('too-many', { format: 'json' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rule.id).toBe('requirements/too-many');
  });

  it('an unknown rule → exit code 2, one line on stderr, nothing on stdout', async () => {
    const r = await explain('pay/unknown');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jobaudit: unknown rule "pay\/unknown".*\(see jobaudit rules\)\n$/);
    const evil = await explain('x\u001b[31m');
    expect(evil.stderr).not.toMatch(/\u001b/);
  });

  it('every rule explains itself in both formats, with an example in each language', async () => {
    for (const rule of rules) {
      const text = await explain(rule.meta.id);
      expect(text.code, rule.meta.id).toBe(0);
      const { rule: data } = JSON.parse((await explain(rule.meta.id, { format: 'json' })).stdout);
      for (const lang of ['fr', 'en']) {
        expect(data.examples[lang].before, rule.meta.id).not.toBe(data.examples[lang].after);
        expect(text.stdout).toContain(data.examples[lang].before);
      }
      expect(data.references.length, rule.meta.id).toBeGreaterThan(0);
      for (const ref of data.references) expect(ref.url.en).toMatch(/^https?:\/\//);
    }
  });
});

describe('jobaudit explain (built binary)', () => {
  beforeAll(() => assertBuilt());

  it('prints the explanation and exits 0', () => {
    const r = jobaudit(['explain', 'background/criminal-record']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^background\/criminal-record {2}warning\n/);
    expect(r.stdout).toContain('Exemple (français) :');
    expect(r.stdout).toContain('https://blogue.soquij.qc.ca/?p=3789');
  });

  it('--locale en --format json', () => {
    const r = jobaudit(['explain', 'legal/ai-disclosure', '--locale', 'en', '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rule.id).toBe('legal/ai-disclosure');
    expect(out.rule.languages).toEqual(['en', 'fr']);
    expect(out.rule.law).toEqual({ jurisdictions: ['ON'], since: '2026-01-01' });
  });

  it('an unknown rule → exit code 2', () => {
    const r = jobaudit(['explain', 'nope/nothing']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown rule "nope\/nothing"/);
  });
});
