// Custom rule files (`ruleFiles`, docs/custom-rules.md) end to end through the built binary: matching with the
// lexicons' folding and inflection in both languages, the message language, severities and directives for
// custom ids, and one bad rule file per error class (exit 2, the file, the line and the key named).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit } from '../cli/run.js';

const NATIVE = `id: acme/native-speaker        # has a slash; may not reuse a built-in id
severity: warning              # info | warning | error
phrases:
  en: ["native speaker", "native English speaker"]
  fr: ["langue maternelle"]
message:
  en: "Asking for a native speaker may screen out people who speak the language well."
  fr: "Exiger une langue maternelle peut écarter des personnes qui parlent bien la langue."
suggestion:                    # optional
  en: "Fluent English, spoken and written"
  fr: "Maîtrise du français, à l'oral et à l'écrit"
`;

/** Only in the requirements: "rockstar" in the company description is not an ask. */
const ROCKSTAR = `id: acme/rockstar
severity: info
roles: [requirements, assets]
phrases:
  en: ["rockstar developer"]
message:
  en: "Words like rockstar may deter people who do not see themselves that way."
  fr: "Des mots comme « rockstar » peuvent décourager des personnes qui ne s'y reconnaissent pas."
`;

const FR_POSTING = `Préposé ou préposée à l'accueil — Hôtel du Vieux-Port
Montréal (Québec) · Temps plein · 19,50 $ de l'heure

Tâches
- Accueillir la clientèle et faire les enregistrements
- Répondre au téléphone et aux courriels

Exigences
- Français comme langues maternelles
- Expérience en service à la clientèle
`;

const EN_POSTING = `Front desk agent — Harbour Hotel
Halifax, Nova Scotia · full time · $18.50 per hour

About us
We are a team of rockstar developers and hoteliers.

Duties
- Welcome guests and check them in
- Answer calls and emails

Requirements
- Native English speakers only
- Customer service experience
`;

const DATE = '2026-03-02';
interface JsonFinding {
  ruleId: string;
  severity: string;
  excerpt: string;
  message: string;
  span: { start: { line: number } };
  suggestions: { message: string; replacement: string }[];
  suppression?: { kind: string };
}
interface JsonReport {
  results: { source: string; findings: JsonFinding[]; suppressed?: JsonFinding[] }[];
}

let tmp: TmpDir;
let n = 0;

/** A folder with the rule files and a configuration naming them; returns its path. */
function project(config: string, files: Record<string, string>): string {
  const dir = `case-${++n}`;
  tmp.write(`${dir}/.jobauditrc.yaml`, config);
  for (const [name, text] of Object.entries(files)) tmp.write(`${dir}/${name}`, text);
  tmp.write(`${dir}/fr.txt`, FR_POSTING);
  tmp.write(`${dir}/en.txt`, EN_POSTING);
  return join(tmp.root, dir);
}

function check(cwd: string, args: string[]) {
  const r = jobaudit(['check', '--format', 'json', '--date', DATE, ...args], { cwd });
  let report: JsonReport | null = null;
  try {
    report = JSON.parse(r.stdout) as JsonReport;
  } catch {
    /* the assertions say so */
  }
  return { ...r, report };
}

const custom = (r: JsonReport, i: number, id = 'acme/native-speaker') =>
  r.results[i].findings.filter((f) => f.ruleId === id);

beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir('jobaudit-rulefiles-');
});
afterAll(() => tmp?.remove());

describe('a custom rule file', () => {
  it('matches inflected forms in both languages, with the message and suggestion in the posting language', () => {
    const cwd = project('ruleFiles: ["rules/*.yaml"]\n', { 'rules/native.yaml': NATIVE });
    const r = check(cwd, ['fr.txt', 'en.txt']);
    expect(r.stderr).toBe('');
    const fr = custom(r.report!, 0);
    expect(fr).toHaveLength(1);
    expect(fr[0]).toMatchObject({ severity: 'warning', excerpt: 'langues maternelles', span: { start: { line: 9 } } });
    expect(fr[0].message).toBe('Exiger une langue maternelle peut écarter des personnes qui parlent bien la langue.');
    expect(fr[0].suggestions[0].replacement).toBe("Maîtrise du français, à l'oral et à l'écrit");
    const en = custom(r.report!, 1);
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({
      severity: 'warning',
      excerpt: 'Native English speakers',
      span: { start: { line: 12 } },
    });
    expect(en[0].message).toMatch(/^Asking for a native speaker/);
    expect(en[0].suggestions[0].replacement).toBe('Fluent English, spoken and written');
  });

  it('writes its message in the --locale language', () => {
    const cwd = project('ruleFiles: [rules/native.yaml]\n', { 'rules/native.yaml': NATIVE });
    const r = check(cwd, ['--locale', 'en', 'fr.txt']);
    expect(custom(r.report!, 0)[0].message).toMatch(/^Asking for a native speaker/);
  });

  it('is limited to the roles it names', () => {
    const cwd = project('ruleFiles: [rules/rockstar.yaml]\n', { 'rules/rockstar.yaml': ROCKSTAR });
    expect(custom(check(cwd, ['en.txt']).report!, 0, 'acme/rockstar')).toHaveLength(0);
    const asked = EN_POSTING.replace('- Customer service experience', '- Rockstar developer attitude');
    tmp.write(`${cwd.slice(tmp.root.length + 1)}/asked.txt`, asked);
    expect(custom(check(cwd, ['asked.txt']).report!, 0, 'acme/rockstar').map((f) => f.excerpt)).toEqual([
      'Rockstar developer',
    ]);
  });

  it('takes the configuration severities, off included, before or after ruleFiles', () => {
    const off = project('rules:\n  acme/native-speaker: off\nruleFiles: [rules/native.yaml]\n', {
      'rules/native.yaml': NATIVE,
    });
    expect(custom(check(off, ['en.txt']).report!, 0)).toHaveLength(0);
    const error = project('ruleFiles: [rules/native.yaml]\nrules:\n  acme/native-speaker: error\n', {
      'rules/native.yaml': NATIVE,
    });
    expect(custom(check(error, ['en.txt']).report!, 0).map((f) => f.severity)).toEqual(['error']);
  });

  it('can be silenced by a directive naming its id', () => {
    const cwd = project('ruleFiles: [rules/native.yaml]\n', { 'rules/native.yaml': NATIVE });
    const text = EN_POSTING.replace(
      '- Native English',
      '# jobaudit-disable-next-line acme/native-speaker -- the role is voice-over work\n- Native English',
    );
    tmp.write(`${cwd.slice(tmp.root.length + 1)}/directive.txt`, text);
    const r = check(cwd, ['directive.txt']);
    expect(custom(r.report!, 0)).toHaveLength(0);
    expect(r.report!.results[0].suppressed?.map((f) => f.ruleId)).toContain('acme/native-speaker');
    expect(r.report!.results[0].findings.map((f) => f.ruleId)).not.toContain('jobaudit/unknown-rule');
  });

  it('is unknown to a configuration that does not load it', () => {
    const cwd = project('rules:\n  acme/native-speaker: off\n', {});
    const r = check(cwd, ['en.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.jobauditrc\.yaml:2: rules\["acme\/native-speaker"\]: unknown rule id/);
  });
});

describe('a bad rule file stops the run (exit 2) naming the file, the line and the key', () => {
  const BASE = NATIVE.replace(/ *#.*$/gm, '');
  const cases: [string, string, number, RegExp][] = [
    [
      'YAML syntax',
      BASE.replace('en: ["native speaker", "native English speaker"]', 'en: ["native speaker",\n  fr: x'),
      5,
      /invalid YAML/,
    ],
    ['an unknown key', `${BASE}colour: red\n`, 12, /colour: unknown key "colour" \(allowed: id, severity, phrases/],
    ['a missing message language', BASE.replace(/ {2}fr: "Exiger.*\n/, ''), 6, /message\.fr: missing the fr message/],
    [
      'an id without a slash',
      BASE.replace('acme/native-speaker', 'native-speaker'),
      1,
      /id: "native-speaker" has no slash/,
    ],
    [
      'a built-in id',
      BASE.replace('acme/native-speaker', 'language/second-language'),
      1,
      /id: "language\/second-language" is a built-in rule id/,
    ],
    [
      'a bad severity',
      BASE.replace('severity: warning', 'severity: fatal'),
      2,
      /severity: "fatal" is not a severity \(allowed: info, warning, error\)/,
    ],
    [
      'an empty phrase',
      BASE.replace('fr: ["langue maternelle"]', 'fr: ["langue maternelle", ""]'),
      5,
      /phrases\.fr\[1\]: a phrase must be non-empty text/,
    ],
    [
      'a phrase of no word',
      BASE.replace('fr: ["langue maternelle"]', 'fr: ["—"]'),
      5,
      /phrases\.fr\[0\]: the phrase "—" holds no word/,
    ],
  ];
  for (const [name, text, line, detail] of cases) {
    it(name, () => {
      const cwd = project('ruleFiles: [rules/bad.yaml]\n', { 'rules/bad.yaml': text });
      const r = check(cwd, ['en.txt']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`${join(cwd, 'rules', 'bad.yaml')}:${line}: `);
      expect(r.stderr).toMatch(detail);
    });
  }

  it('a glob that matches no file, or a missing file, names the configuration and the key', () => {
    const glob = check(project('ruleFiles: ["nowhere/*.yaml"]\n', {}), ['en.txt']);
    expect(glob.status).toBe(2);
    expect(glob.stderr).toMatch(/\.jobauditrc\.yaml:1: ruleFiles\[0\]: no file matches "nowhere\/\*\.yaml"/);
    const missing = check(project('ruleFiles:\n  - rules/none.yaml\n', {}), ['en.txt']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/\.jobauditrc\.yaml:2: ruleFiles\[0\]: rule file not found/);
  });

  it('two files with one id', () => {
    const cwd = project('ruleFiles: ["rules/**/*.yaml"]\n', { 'rules/a.yaml': NATIVE, 'rules/more/b.yaml': NATIVE });
    const r = check(cwd, ['en.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/b\.yaml:1: id: "acme\/native-speaker" is already the id of a rule in .*a\.yaml/);
  });
});
