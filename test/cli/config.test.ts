// Configuration files, ignore files, `jobaudit init` and `jobaudit print-config`, through the built binary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit } from './run.js';

/** A grocery clerk in Québec City (TEER 5): a diploma (warning), bilingualism with no reason (error), a licence with no driving (warning). */
const COMMIS = `Commis d'épicerie — Marché Saint-Roch
Québec (Québec) · Temps plein, 37,5 heures par semaine, de jour
Salaire : 17,80 $ à 19,10 $ de l'heure selon l'ancienneté

Tâches
- Placer la marchandise sur les tablettes et vérifier les dates
- Accueillir la clientèle et l'orienter dans le magasin
- Nettoyer les allées et les comptoirs

Exigences
- Diplôme d'études secondaires (DES) obligatoire
- Bilinguisme (français et anglais) exigé
- Permis de conduire valide
`;

/** A dishwasher in Victoria (TEER 5, pay shown): three warnings, no error. */
const DISHWASHER = `Dishwasher — Harbourside Grill
Victoria, British Columbia · full time, evenings
Pay: $17.85 to $18.50 per hour plus shared tips

Duties
- Wash dishes, glassware, pots and utensils
- Keep the dish pit and kitchen floor clean
- Help the cooks with simple prep when it is quiet

Requirements
- High school diploma required
- Valid driver's licence required
- Must have own vehicle
`;

const COMMIS_RULES = ['education/secondary-diploma', 'language/second-language', 'licence/driver'];
const DISHWASHER_RULES = ['education/secondary-diploma', 'licence/driver', 'transport/own-vehicle'];
const DATE = '2026-03-02';

interface JsonFinding {
  ruleId: string;
  severity: string;
  excerpt: string;
  suppression?: { kind: string; reason: string | null };
}
interface JsonResult {
  source: string;
  findings: JsonFinding[];
  suppressed?: JsonFinding[];
}
interface JsonReport {
  results: JsonResult[];
  summary: Record<string, number>;
}

let tmp: TmpDir;
let n = 0;
/** A fresh folder for one test, with an empty configuration at its top so that nothing above the temporary directory applies. */
function folder(): string {
  const name = `case-${++n}`;
  tmp.write(`${name}/.jobauditrc.json`, '{}\n');
  return name;
}

/** `jobaudit check --format json --date … ARGS` in `cwd`: the exit code and the parsed report. */
function checkJson(args: string[], cwd: string) {
  const r = jobaudit(['check', '--format', 'json', '--date', DATE, ...args], { cwd });
  let report: JsonReport | null = null;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    /* not JSON: the assertions below say so */
  }
  return { ...r, report };
}
const ruleIdsOf = (r: JsonResult) => r.findings.map((f) => f.ruleId);
const severities = (r: JsonResult) => Object.fromEntries(r.findings.map((f) => [f.ruleId, f.severity]));

beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir('jobaudit-config-');
});
afterAll(() => tmp?.remove());

describe('where the configuration is found', () => {
  it('with no configuration file, every rule reports with its own severity', () => {
    const dir = folder();
    tmp.write(`${dir}/commis.txt`, COMMIS);
    const r = checkJson(['commis.txt'], join(tmp.root, dir));
    expect(r.status).toBe(1);
    expect(ruleIdsOf(r.report!.results[0])).toEqual(COMMIS_RULES);
    expect(severities(r.report!.results[0])).toEqual({
      'education/secondary-diploma': 'warning',
      'language/second-language': 'error',
      'licence/driver': 'warning',
    });
  });

  it('a .jobauditrc.yaml in a parent folder applies to postings below it', () => {
    const dir = folder();
    tmp.write(
      `${dir}/offres/.jobauditrc.yaml`,
      'rules:\n  licence/driver: "off"\n  language/second-language: warning\n',
    );
    tmp.write(`${dir}/offres/quebec/2025/commis.txt`, COMMIS);
    const r = checkJson(['offres/quebec/2025/commis.txt'], join(tmp.root, dir));
    expect(r.stderr).toBe('');
    expect(ruleIdsOf(r.report!.results[0])).toEqual(['education/secondary-diploma', 'language/second-language']);
    expect(severities(r.report!.results[0])['language/second-language']).toBe('warning');
    expect(r.report!.results[0].suppressed).toBeUndefined(); // a rule turned off is not "suppressed": it did not run
    expect(r.status).toBe(0);
  });

  it('a nearer .jobauditrc.json wins, whole: nothing is merged from the parent', () => {
    const dir = folder();
    tmp.write(`${dir}/offres/.jobauditrc.yaml`, 'rules:\n  licence/driver: "off"\n');
    tmp.write(
      `${dir}/offres/quebec/.jobauditrc.json`,
      JSON.stringify({ rules: { 'language/second-language': 'off' } }),
    );
    tmp.write(`${dir}/offres/quebec/commis.txt`, COMMIS);
    tmp.write(`${dir}/offres/commis.txt`, COMMIS);
    const r = checkJson(['offres'], join(tmp.root, dir));
    const bySource = Object.fromEntries(r.report!.results.map((x) => [x.source, ruleIdsOf(x)]));
    expect(bySource).toEqual({
      'offres/commis.txt': ['education/secondary-diploma', 'language/second-language'],
      'offres/quebec/commis.txt': ['education/secondary-diploma', 'licence/driver'],
    });
  });

  it('--config FILE is used instead of searching, its format following its name', () => {
    const dir = folder();
    tmp.write(`${dir}/offres/.jobauditrc.json`, JSON.stringify({ rules: { 'licence/driver': 'off' } }));
    tmp.write(`${dir}/ci/strict.yml`, 'rules:\n  licence/driver: error\n  education/secondary-diploma: "off"\n');
    tmp.write(`${dir}/offres/commis.txt`, COMMIS);
    const r = checkJson(['--config', 'ci/strict.yml', 'offres/commis.txt'], join(tmp.root, dir));
    expect(severities(r.report!.results[0])).toEqual({
      'language/second-language': 'error',
      'licence/driver': 'error',
    });
    const short = checkJson(['-c', 'ci/strict.yml', 'offres/commis.txt'], join(tmp.root, dir));
    expect(short.report!.results[0].findings).toEqual(r.report!.results[0].findings);
  });

  it('--config with a file that does not exist is a usage error (exit 2)', () => {
    const dir = folder();
    tmp.write(`${dir}/commis.txt`, COMMIS);
    const r = jobaudit(['check', '--config', 'nope.json', 'commis.txt'], { cwd: join(tmp.root, dir) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^jobaudit: \S*nope\.json: configuration file not found\n$/);
  });

  it('--no-config ignores every configuration file', () => {
    const dir = folder();
    tmp.write(`${dir}/offres/.jobauditrc.yaml`, 'rules:\n  licence/driver: "off"\n  language/second-language: "off"\n');
    tmp.write(`${dir}/offres/commis.txt`, COMMIS);
    const r = checkJson(['--no-config', 'offres/commis.txt'], join(tmp.root, dir));
    expect(ruleIdsOf(r.report!.results[0])).toEqual(COMMIS_RULES);
    expect(r.status).toBe(1);
  });

  it('a "jobaudit" key in package.json is a configuration; a package.json without it is passed over', () => {
    const dir = folder();
    tmp.write(
      `${dir}/site/package.json`,
      JSON.stringify(
        { name: 'site-carrieres', private: true, jobaudit: { rules: { 'language/second-language': 'info' } } },
        null,
        2,
      ),
    );
    tmp.write(`${dir}/site/offres/package.json`, JSON.stringify({ name: 'offres', private: true }));
    tmp.write(`${dir}/site/offres/commis.txt`, COMMIS);
    const r = checkJson(['site/offres/commis.txt'], join(tmp.root, dir));
    expect(severities(r.report!.results[0])['language/second-language']).toBe('info');
    const printed = JSON.parse(
      jobaudit(['print-config', 'site/offres/commis.txt'], { cwd: join(tmp.root, dir) }).stdout,
    ) as { source: string };
    expect(printed.source).toBe(join(tmp.root, dir, 'site/package.json'));
  });

  it('a jobaudit.config.mjs is loaded for its default export', () => {
    const dir = folder();
    tmp.write(
      `${dir}/jobs/jobaudit.config.mjs`,
      "export default {\n  rules: { 'transport/own-vehicle': 'off', 'licence/driver': 'info' },\n};\n",
    );
    tmp.write(`${dir}/jobs/dishwasher.txt`, DISHWASHER);
    const r = checkJson(['jobs/dishwasher.txt'], join(tmp.root, dir));
    expect(severities(r.report!.results[0])).toEqual({
      'education/secondary-diploma': 'warning',
      'licence/driver': 'info',
    });
  });
});

describe('validation errors', () => {
  it('an unknown rule id: exit 2, nothing on stdout, one line naming the file, the line and the key, with a suggestion', () => {
    const dir = folder();
    const file = tmp.write(
      `${dir}/offres/.jobauditrc.yaml`,
      '# Règles de l\'équipe RH\nrules:\n  licence/driver: warning\n  language/second-langage: "off"\n',
    );
    tmp.write(`${dir}/offres/commis.txt`, COMMIS);
    const r = jobaudit(['check', 'offres/commis.txt'], { cwd: join(tmp.root, dir) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2); // one line, then the final newline
    expect(r.stderr).toContain(
      `jobaudit: ${file}:4: rules["language/second-langage"]: unknown rule id "language/second-langage". Did you mean "language/second-language"?`,
    );
  });

  it('in package.json and in a JavaScript configuration too', () => {
    const dir = folder();
    const pkg = tmp.write(
      `${dir}/a/package.json`,
      JSON.stringify({ name: 'a', jobaudit: { rules: { 'second-language': 'off' } } }, null, 2),
    );
    tmp.write(`${dir}/a/commis.txt`, COMMIS);
    const a = jobaudit(['check', 'a/commis.txt'], { cwd: join(tmp.root, dir) });
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(
      new RegExp(
        `^jobaudit: ${pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: jobaudit\\.rules\\["second-language"\\]: unknown rule id "second-language"\\. Did you mean "language/second-language"\\?`,
      ),
    );
    const mjs = tmp.write(`${dir}/b/jobaudit.config.mjs`, "export default { failOn: 'warn' };\n");
    tmp.write(`${dir}/b/commis.txt`, COMMIS);
    const b = jobaudit(['check', 'b/commis.txt'], { cwd: join(tmp.root, dir) });
    expect(b.status).toBe(2);
    expect(b.stderr).toBe(
      `jobaudit: ${mjs}: failOn: must be one of "error", "warning", "info", not string "warn". Did you mean "warning"?\n`,
    );
  });

  it('an unknown key', () => {
    const dir = folder();
    const file = tmp.write(`${dir}/x/.jobauditrc.json`, '{\n  "rules": {},\n  "failon": "warning"\n}\n');
    tmp.write(`${dir}/x/commis.txt`, COMMIS);
    const r = jobaudit(['check', 'x/commis.txt'], { cwd: join(tmp.root, dir) });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^jobaudit: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: failon: unknown key "failon". Did you mean "failOn"\\?`,
      ),
    );
  });
});

describe('settings', () => {
  it('failOn from the configuration found from the current folder sets the exit code', () => {
    const dir = folder();
    tmp.write(`${dir}/dishwasher.txt`, DISHWASHER);
    const cwd = join(tmp.root, dir);
    const plain = checkJson(['dishwasher.txt'], cwd);
    expect(ruleIdsOf(plain.report!.results[0])).toEqual(DISHWASHER_RULES); // three warnings
    expect(plain.status).toBe(0); // failOn error
    tmp.write(`${dir}/.jobauditrc.json`, JSON.stringify({ failOn: 'warning' }));
    expect(checkJson(['dishwasher.txt'], cwd).status).toBe(1);
    // The command line wins.
    expect(checkJson(['--fail-on', 'error', 'dishwasher.txt'], cwd).status).toBe(0);
    tmp.write(`${dir}/.jobauditrc.json`, JSON.stringify({ maxWarnings: 2 }));
    expect(checkJson(['dishwasher.txt'], cwd).status).toBe(1);
    expect(checkJson(['--max-warnings', '3', 'dishwasher.txt'], cwd).status).toBe(0);
  });

  it("rules: { X: off } drops the rule; a severity replaces the rule's own", () => {
    const dir = folder();
    tmp.write(
      `${dir}/.jobauditrc.json`,
      JSON.stringify({ rules: { 'language/second-language': 'off', 'transport/own-vehicle': 'error' } }),
    );
    tmp.write(`${dir}/commis.txt`, COMMIS);
    tmp.write(`${dir}/dishwasher.txt`, DISHWASHER);
    const r = checkJson(['commis.txt', 'dishwasher.txt'], join(tmp.root, dir));
    expect(ruleIdsOf(r.report!.results[0])).toEqual(['education/secondary-diploma', 'licence/driver']);
    expect(severities(r.report!.results[1])).toEqual({
      'education/secondary-diploma': 'warning',
      'licence/driver': 'warning',
      'transport/own-vehicle': 'error',
    });
    expect(r.report!.summary).toMatchObject({ errors: 1, warnings: 4 });
    expect(r.status).toBe(1);
  });

  it('allow: a finding whose words hold an allowed phrase (case, accents and spacing aside) is suppressed with the reason', () => {
    const dir = folder();
    tmp.write(
      `${dir}/postes/.jobauditrc.yaml`,
      'allow:\n  language/second-language:\n    - bilinguisme (francais et anglais)\n  licence/driver:\n    - class 5 licence\n',
    );
    tmp.write(`${dir}/postes/commis.txt`, COMMIS);
    const cwd = join(tmp.root, dir, 'postes');
    const r = checkJson(['commis.txt'], cwd);
    const result = r.report!.results[0];
    expect(ruleIdsOf(result)).toEqual(['education/secondary-diploma', 'licence/driver']);
    expect(result.suppressed).toHaveLength(1);
    expect(result.suppressed![0]).toMatchObject({
      ruleId: 'language/second-language',
      severity: 'error',
      excerpt: 'Bilinguisme (français et anglais) exigé',
      suppression: { kind: 'config', reason: 'allowed by config ("bilinguisme (francais et anglais)")' },
    });
    // The suppressed error does not count.
    expect(r.report!.summary).toMatchObject({ errors: 0, warnings: 2 });
    expect(r.status).toBe(0);
    // stylish shows it only with --show-suppressed
    const plain = jobaudit(['check', '--date', DATE, 'commis.txt'], { cwd });
    expect(plain.stdout).not.toContain('language/second-language');
    const shown = jobaudit(['check', '--date', DATE, '--show-suppressed', 'commis.txt'], { cwd });
    expect(shown.stdout).toMatch(
      /suppressed \(config — allowed by config \("bilinguisme \(francais et anglais\)"\)\).*language\/second-language/,
    );
  });
});

describe('ignoring postings', () => {
  let dir: string;
  beforeAll(() => {
    dir = folder();
    tmp.write(`${dir}/offres/.jobauditrc.yaml`, 'ignorePatterns:\n  - brouillons/\n  - "*.old.txt"\n');
    tmp.write(`${dir}/offres/.jobauditignore`, '# Offres fermées\narchives/\n!archives/a-republier.txt\n');
    tmp.write(`${dir}/offres/commis.txt`, COMMIS);
    tmp.write(`${dir}/offres/commis.old.txt`, COMMIS);
    tmp.write(`${dir}/offres/brouillons/plonge.txt`, DISHWASHER);
    tmp.write(`${dir}/offres/archives/2023.txt`, COMMIS);
  });

  it('postings matched by ignorePatterns or .jobauditignore are not audited when walking a folder', () => {
    const r = checkJson(['offres'], join(tmp.root, dir));
    expect(r.report!.results.map((x) => x.source)).toEqual(['offres/commis.txt']);
    expect(r.stderr).toBe('');
  });

  it('--no-ignore audits them', () => {
    const r = checkJson(['--no-ignore', 'offres'], join(tmp.root, dir));
    expect(r.report!.results.map((x) => x.source)).toEqual([
      'offres/archives/2023.txt',
      'offres/brouillons/plonge.txt',
      'offres/commis.old.txt',
      'offres/commis.txt',
    ]);
  });

  it('an ignored posting named on the command line is skipped with a note on stderr', () => {
    const r = checkJson(['offres/brouillons/plonge.txt', 'offres/commis.txt'], join(tmp.root, dir));
    expect(r.report!.results.map((x) => x.source)).toEqual(['offres/commis.txt']);
    expect(r.stderr).toBe(
      'jobaudit: offres/brouillons/plonge.txt is ignored by the configuration or .jobauditignore; not audited\n',
    );
    expect(r.status).toBe(1);
  });

  it('.jobauditignore still applies with --no-config; ignorePatterns do not', () => {
    const r = checkJson(['--no-config', 'offres'], join(tmp.root, dir));
    expect(r.report!.results.map((x) => x.source)).toEqual([
      'offres/brouillons/plonge.txt',
      'offres/commis.old.txt',
      'offres/commis.txt',
    ]);
  });

  it('print-config says whether a file is ignored', () => {
    const cwd = join(tmp.root, dir);
    const ignored = JSON.parse(jobaudit(['print-config', 'offres/archives/2023.txt'], { cwd }).stdout) as {
      ignored: boolean;
    };
    expect(ignored.ignored).toBe(true);
    const kept = JSON.parse(jobaudit(['print-config', 'offres/commis.txt'], { cwd }).stdout) as { ignored: boolean };
    expect(kept.ignored).toBe(false);
  });
});

describe('jobaudit init', () => {
  it('writes a commented .jobauditrc.yaml that jobaudit accepts, refuses a second time, and overwrites with --force', () => {
    const cwd = tmp.mkdir('init-yaml');
    const first = jobaudit(['init'], { cwd });
    expect(first).toMatchObject({ status: 0, stdout: 'wrote .jobauditrc.yaml\n', stderr: '' });
    const file = join(cwd, '.jobauditrc.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# /m);
    expect(parseYaml(text)).toMatchObject({ failOn: 'error' });

    tmp.write('init-yaml/commis.txt', COMMIS);
    const check = checkJson(['commis.txt'], cwd);
    expect(check.status).toBe(1); // the starter configuration changes nothing: the bilingualism error fails
    expect(ruleIdsOf(check.report!.results[0])).toEqual(COMMIS_RULES);

    tmp.write('init-yaml/.jobauditrc.yaml', 'rules:\n  licence/driver: "off"\n');
    const second = jobaudit(['init'], { cwd });
    expect(second.status).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toMatch(
      /^jobaudit: \.jobauditrc\.yaml already holds a configuration here; use --force[^\n]*\n$/,
    );
    expect(readFileSync(file, 'utf8')).toBe('rules:\n  licence/driver: "off"\n');

    expect(jobaudit(['init', '--force'], { cwd }).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('--format json writes .jobauditrc.json; --locale fr comments in French', () => {
    const cwd = tmp.mkdir('init-json');
    const r = jobaudit(['init', '--format', 'json'], { cwd });
    expect(r).toMatchObject({ status: 0, stdout: 'wrote .jobauditrc.json\n' });
    expect(JSON.parse(readFileSync(join(cwd, '.jobauditrc.json'), 'utf8'))).toMatchObject({
      rules: {},
      failOn: 'error',
    });
    expect(existsSync(join(cwd, '.jobauditrc.yaml'))).toBe(false);
    // A configuration is already here, in another format: still refused without --force.
    expect(jobaudit(['init'], { cwd }).status).toBe(2);

    const fr = tmp.mkdir('init-fr');
    expect(jobaudit(['init', '--locale', 'fr'], { cwd: fr }).status).toBe(0);
    expect(readFileSync(join(fr, '.jobauditrc.yaml'), 'utf8')).toMatch(/^# Configuration de jobaudit\./);
  });

  it('refuses when package.json holds a "jobaudit" key', () => {
    const cwd = tmp.mkdir('init-pkg');
    tmp.write('init-pkg/package.json', JSON.stringify({ name: 'x', jobaudit: { failOn: 'warning' } }));
    const r = jobaudit(['init'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('package.json ("jobaudit" key)');
    expect(existsSync(join(cwd, '.jobauditrc.yaml'))).toBe(false);
  });
});

describe('jobaudit print-config FILE', () => {
  it('prints JSON: the file, the configuration used (source), and every setting with defaults filled in', () => {
    const dir = folder();
    const config = tmp.write(
      `${dir}/offres/.jobauditrc.yaml`,
      'rules:\n  licence/driver: "off"\njurisdiction: qc\nallow:\n  language/second-language:\n    - bilingue\n',
    );
    tmp.write(`${dir}/offres/montreal/commis.txt`, COMMIS);
    const cwd = join(tmp.root, dir);
    const r = jobaudit(['print-config', 'offres/montreal/commis.txt'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as {
      file: string;
      source: string | null;
      ignored: boolean;
      config: Record<string, unknown>;
    };
    expect(printed.file).toBe(join(cwd, 'offres/montreal/commis.txt'));
    expect(printed.source).toBe(config);
    expect(printed.ignored).toBe(false);
    expect(printed.config).toMatchObject({
      rules: { 'licence/driver': 'off' },
      jurisdiction: 'QC',
      failOn: 'error',
      tooManyRequirements: 10,
      allow: { 'language/second-language': ['bilingue'] },
      requireReason: false,
      reportUnusedDirectives: false,
    });
  });

  it('follows --config and --no-config', () => {
    const dir = folder();
    tmp.write(`${dir}/commis.txt`, COMMIS);
    const other = tmp.write(`${dir}/ci/jobaudit.json`, JSON.stringify({ failOn: 'info' }));
    const cwd = join(tmp.root, dir);
    const withFile = JSON.parse(
      jobaudit(['print-config', '--config', 'ci/jobaudit.json', 'commis.txt'], { cwd }).stdout,
    ) as { source: string; config: { failOn: string } };
    expect(withFile.source).toBe(other);
    expect(withFile.config.failOn).toBe('info');
    const none = JSON.parse(jobaudit(['print-config', '--no-config', 'commis.txt'], { cwd }).stdout) as {
      source: string | null;
    };
    expect(none.source).toBeNull();
  });

  it('a broken configuration: exit 2 and the same one-line message', () => {
    const dir = folder();
    const file = tmp.write(`${dir}/x/.jobauditrc.yaml`, 'rules:\n  licence/driver: warn\n');
    const r = jobaudit(['print-config', 'x/commis.txt'], { cwd: join(tmp.root, dir) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `jobaudit: ${file}:2: rules["licence/driver"]: must be one of "off", "info", "warning", "error", not string "warn". Did you mean "warning"?\n`,
    );
  });
});

describe('extra lexicons override shipped phrases', () => {
  it('a phrase listed under cues.other-sense asks nothing any more', () => {
    const tmp = makeTmpDir();
    try {
      tmp.write('.jobauditrc.json', JSON.stringify({ lexicons: [{ file: 'ours.fr.yaml', lang: 'fr' }] }));
      tmp.write('ours.fr.yaml', 'cues:\n  other-sense:\n    - permis de conduire\n');
      tmp.write('p.txt', 'Commis\nExigences\n- Permis de conduire obligatoire\n- DES obligatoire\n');
      const kinds = (args: string[]) =>
        (
          JSON.parse(jobaudit(['check', '-f', 'json', ...args, 'p.txt'], { cwd: tmp.root }).stdout).results[0]
            .requirements as Array<{ kind: string }>
        ).map((q) => q.kind);
      expect(kinds([])).toEqual(['secondary-diploma']);
      expect(kinds(['--no-config'])).toEqual(['driver-licence', 'secondary-diploma']);
    } finally {
      tmp.remove();
    }
  });
});
