// The JobAudit engine as a user sees it: `import { JobAudit } from 'jobaudit'` (the package's own name, resolved
// through package.json "exports" to dist/index.js, so `npm run build` first), on a folder tree made for each run.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, JobAudit, rules, type AuditResult, type Result } from 'jobaudit';
import { assertBuilt } from '../cli/run.js';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';

/** A dishwasher in Montréal: a diploma (a safe fix), bilingualism and a licence (fixes with a blank to fill). */
const PLONGEUR = `# Plongeur/plongeuse — Bistro du Vieux-Port

Montréal (Québec) · Temps plein, 35 heures par semaine
Salaire : 18,25 $ de l'heure, pourboires partagés

## Tâches
- Laver la vaisselle, les chaudrons et les ustensiles
- Garder la cuisine propre et sortir les poubelles

## Exigences
- Diplôme d'études secondaires (DES) obligatoire
- Bilinguisme (français et anglais) exigé
- Permis de conduire valide
`;

/** The same asks, the licence silenced by a directive with its reason, and a directive that silences nothing. */
const WITH_DIRECTIVES = PLONGEUR.replace(
  '- Permis de conduire valide',
  '<!-- jobaudit-disable-next-line licence/driver -- livraisons chez les clients -->\n- Permis de conduire valide\n' +
    "<!-- jobaudit-disable-next-line experience/years -- aucune raison -->\n- Aimer le travail d'équipe",
);

const DATE = '2026-03-02';
const DIPLOMA = 'education/secondary-diploma',
  LANGUAGE = 'language/second-language',
  LICENCE = 'licence/driver';
const ids = (r: Result) => r.findings.map((f) => f.ruleId);
const bySource = (results: Result[], end: string) => results.find((r) => r.source.endsWith(end))!;

let tmp: TmpDir;
beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir('jobaudit-engine-');
  // The root turns the diploma rule off; `nested/` has its own configuration, which wins there, whole.
  tmp.write('.jobauditrc.json', JSON.stringify({ rules: { [DIPLOMA]: 'off' } }));
  tmp.write('nested/.jobauditrc.yaml', `rules:\n  ${LANGUAGE}: "off"\n`);
  tmp.write('.jobauditignore', 'drafts/\n');
  tmp.write('top.txt', PLONGEUR);
  tmp.write('nested/deep/plongeur.md', PLONGEUR);
  tmp.write('drafts/brouillon.txt', PLONGEUR);
});
afterAll(() => tmp?.remove());

describe('JobAudit from the package', () => {
  it('is exported by the package root', () => {
    expect(typeof JobAudit).toBe('function');
    expect(Object.getOwnPropertyNames(JobAudit.prototype)).toEqual(
      expect.arrayContaining(['auditFiles', 'auditText', 'outputFixes', 'loadFormatter']),
    );
  });

  it('finds the nearest configuration of each posting folder', async () => {
    const results = await new JobAudit({ cwd: tmp.root, date: DATE }).auditFiles(['.']);
    expect(results.map((r) => r.source.slice(tmp.root.length + 1)).sort()).toEqual([
      'nested/deep/plongeur.md',
      'top.txt',
    ]);
    const top = bySource(results, 'top.txt'),
      deep = bySource(results, 'plongeur.md');
    expect(ids(top)).toEqual([LANGUAGE, LICENCE]); // the root's configuration: no diploma
    expect(ids(deep)).toEqual([DIPLOMA, LICENCE]); // nested/'s: no language, the diploma back on
    // --no-config: every rule.
    const none = await new JobAudit({ cwd: tmp.root, date: DATE, configFile: false }).auditFiles(['top.txt']);
    expect(ids(none[0])).toEqual([DIPLOMA, LANGUAGE, LICENCE]);
  });

  it('leaves out what .jobauditignore ignores, and tells of a file named explicitly', async () => {
    const engine = new JobAudit({ cwd: tmp.root, date: DATE });
    expect(await engine.isPathIgnored('drafts/brouillon.txt')).toBe(true);
    expect(await engine.isPathIgnored('top.txt')).toBe(false);
    const told: string[] = [];
    const results: AuditResult[] = [];
    for await (const r of engine.auditEach(['drafts/brouillon.txt', 'top.txt'], { onIgnored: (p) => told.push(p) }))
      results.push(r);
    expect(told).toEqual([join(tmp.root, 'drafts/brouillon.txt')]);
    expect(results.map((r) => r.source)).toEqual([join(tmp.root, 'top.txt')]);
    // ignore: false audits it, with the root's configuration.
    const all = await new JobAudit({ cwd: tmp.root, date: DATE, ignore: false }).auditFiles(['drafts']);
    expect(all.map((r) => ids(r))).toEqual([[LANGUAGE, LICENCE]]);
  });

  it('applies directives and reports an unused one when asked', async () => {
    const file = tmp.write('directives/annonce.txt', WITH_DIRECTIVES);
    const [quiet] = await new JobAudit({ date: DATE, configFile: false }).auditFiles([file]);
    expect(ids(quiet)).toEqual([DIPLOMA, LANGUAGE]);
    expect(quiet.suppressed?.map((f) => [f.ruleId, f.suppression.reason])).toEqual([
      [LICENCE, 'livraisons chez les clients'],
    ]);
    const [loud] = await new JobAudit({ date: DATE, configFile: false, reportUnusedDirectives: true }).auditFiles([
      file,
    ]);
    expect(ids(loud)).toEqual([DIPLOMA, LANGUAGE, 'jobaudit/unused-directive']);
    expect(loud.findings[2].span.start.line).toBe(
      WITH_DIRECTIVES.split('\n').findIndex((l) => l.includes('experience/years')) + 1,
    );
  });

  it('computes the safe fixes, writes them with outputFixes, and a second run changes nothing', async () => {
    const file = tmp.write('fix/plongeur.txt', PLONGEUR.replace(/\n/g, '\r\n'));
    const engine = new JobAudit({ date: DATE, configFile: false, fix: true });
    const [result] = await engine.auditFiles([file]);
    // The result is what is left after the fix; the fixed text is in `output`; the file is not touched yet.
    expect(result.output).toContain("- Aucun diplôme exigé; formation offerte à l'embauche\r\n");
    expect(ids(result)).toEqual([LANGUAGE, LICENCE]);
    expect(result.fix?.before.findings.map((f) => f.ruleId)).toEqual([DIPLOMA, LANGUAGE, LICENCE]);
    expect(readFileSync(file, 'utf8')).toBe(PLONGEUR.replace(/\n/g, '\r\n'));

    const dry = await engine.outputFixes([result], { dryRun: true });
    expect(dry).toHaveLength(1);
    expect(dry[0]).toMatchObject({ changed: true, applied: 1 });
    expect(dry[0].diff).toContain("+- Aucun diplôme exigé; formation offerte à l'embauche");
    expect(readFileSync(file, 'utf8')).toBe(PLONGEUR.replace(/\n/g, '\r\n'));

    const written = await engine.outputFixes([result]);
    expect(written).toEqual([expect.objectContaining({ source: file, changed: true, applied: 1 })]);
    expect(readFileSync(file, 'utf8')).toBe(result.output); // CRLF kept, only the span replaced

    const before = statSync(file).mtimeMs;
    const again = await new JobAudit({ date: DATE, configFile: false, fix: true }).auditFiles([file]);
    expect(again[0].output).toBeUndefined();
    expect(ids(again[0])).toEqual([LANGUAGE, LICENCE]);
    expect(await engine.outputFixes(again)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toBe(result.output);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('does not write a file that changed since it was audited, nor text that has no file', async () => {
    const file = tmp.write('fix/changed.txt', PLONGEUR);
    const engine = new JobAudit({ date: DATE, configFile: false, fix: true });
    const [result] = await engine.auditFiles([file]);
    tmp.write('fix/changed.txt', PLONGEUR + '\nAjout\n');
    const [fix] = await engine.outputFixes([result]);
    expect(fix.error).toBe('changed since it was read; not fixed');
    expect(readFileSync(file, 'utf8')).toBe(PLONGEUR + '\nAjout\n');
    const [text] = await engine.auditText(PLONGEUR);
    expect((await engine.outputFixes([text]))[0].error).toMatch(/cannot be fixed in place/);
  });

  it('audits text with the configuration of filePath, else of cwd', async () => {
    const engine = new JobAudit({ cwd: tmp.root, date: DATE });
    const [plain] = await engine.auditText(PLONGEUR);
    expect(plain.source).toBe('<text>');
    expect(ids(plain)).toEqual([LANGUAGE, LICENCE]); // the root's configuration
    const [nested] = await engine.auditText(PLONGEUR, { filePath: 'nested/nouveau.txt' });
    expect(nested.source).toBe(join(tmp.root, 'nested/nouveau.txt'));
    expect(ids(nested)).toEqual([DIPLOMA, LICENCE]); // nested/'s, though the file does not exist
    expect(nested.output).toBeUndefined(); // no fix without `fix`
  });

  it('reads "-" from the stdin it is given, with the configuration of cwd', async () => {
    const engine = new JobAudit({ cwd: tmp.root, date: DATE, stdin: Readable.from([Buffer.from(PLONGEUR)]) });
    const results = await engine.auditFiles(['-', 'missing.txt']);
    expect(results.map((r) => r.source)).toEqual(['<stdin>', join(tmp.root, 'missing.txt')]);
    expect(ids(results[0])).toEqual([LANGUAGE, LICENCE]);
    expect(results[1]).toMatchObject({ readError: true, findings: [] });
    expect(results[1].error?.message).toMatch(/ENOENT|no such file/i);
  });

  it('rejects with a ConfigError naming the file when a configuration is not valid', async () => {
    const bad = tmp.write('bad/.jobauditrc.json', '{ "rules": { "licence/drive": "off" } }');
    tmp.write('bad/a.txt', PLONGEUR);
    const engine = new JobAudit({ cwd: tmp.root });
    await expect(engine.auditFiles(['bad'])).rejects.toThrow(ConfigError);
    await expect(engine.auditText(PLONGEUR, { filePath: 'bad/a.txt' })).rejects.toThrow(bad);
  });

  it("loads formatters given the rules' metadata, and rejects an unknown name clearly", async () => {
    const engine = new JobAudit({ cwd: tmp.root, date: DATE });
    const results = await engine.auditFiles(['top.txt']);
    const json = JSON.parse((await engine.loadFormatter('json')).format(results)) as {
      version: number;
      results: Result[];
      summary: { postings: number };
    };
    expect(json.version).toBe(1);
    expect(json.summary.postings).toBe(1);
    expect(json.results[0].findings.map((f) => f.ruleId)).toEqual([LANGUAGE, LICENCE]);
    expect(Object.keys(json.results[0])).not.toContain('fix');

    const sarif = JSON.parse((await engine.loadFormatter('sarif')).format(results)) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri?: string }[] } };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    const driver = sarif.runs[0].tool.driver;
    expect(driver.rules.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(driver.rules.every((r) => r.helpUri?.includes('docs/rules.md#'))).toBe(true);
    // Paths relative to the engine's cwd.
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('top.txt');

    await expect(engine.loadFormatter('html')).rejects.toThrow(
      'unknown formatter "html": expected one of stylish, json, compact, sarif, github, junit, checkstyle',
    );
  });
});
