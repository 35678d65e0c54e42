// Inline directives in postings (<!-- jobaudit-disable… --> in Markdown, # or // lines in plain text), through the built binary.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit } from './run.js';

const DATE = '2026-03-02';

/** A housekeeping job in a Sherbrooke residence (Québec, TEER 5), without directives. */
const MENAGE_HEAD = `# Préposé(e) à l'entretien ménager — Résidence Les Érables

Sherbrooke (Québec) · Temps partiel, 24 heures par semaine
Salaire : 19,75 $ de l'heure

## Tâches
- Nettoyer les chambres, les salles de bain et les aires communes
- Changer la literie et vider les poubelles
- Signaler les bris au responsable de l'entretien

## Exigences
`;
const MENAGE_ASKS = `- Bilinguisme (français et anglais) exigé
- Diplôme d'études secondaires (DES) obligatoire
- Permis de conduire valide
`;

/** The same, with the bilingualism justified by a directive on the line before it. */
const MENAGE_NEXT_LINE = `${MENAGE_HEAD}<!-- jobaudit-disable-next-line language/second-language -- plusieurs résidents ne parlent que l'anglais et l'entretien se fait en leur présence -->
${MENAGE_ASKS}`;

/** The diploma and the licence silenced by a block; the bilingualism after the block is reported. */
const MENAGE_BLOCK = `${MENAGE_HEAD}<!-- jobaudit-disable education/secondary-diploma, licence/driver -- exigences fixées par la convention collective du CIUSSS -->
- Diplôme d'études secondaires (DES) obligatoire
- Permis de conduire valide
<!-- jobaudit-enable -->
- Bilinguisme (français et anglais) exigé

Pour modifier cette offre, la syntaxe d'une directive est :

\`\`\`
<!-- jobaudit-disable-next-line language/second-language -- un exemple, pas une directive -->
\`\`\`
`;

/** An office cleaner in Ottawa (Ontario, TEER 5, the 2026 statements made), as plain text. */
const CLEANER_HEAD = `Office Cleaner (evenings)
Ottawa, Ontario - part time, Monday to Friday, 6 p.m. to 10 p.m.
Pay: $18.50 per hour
We do not use artificial intelligence to screen applicants. This posting is for an existing vacancy.

Duties
- Vacuum and mop office floors
- Empty recycling and garbage bins
- Clean kitchens and washrooms

Requirements
`;
const CLEANER = `${CLEANER_HEAD}# jobaudit-disable-next-line licence/driver -- the crew moves between three client buildings with the company car
- Valid driver's licence required
- High school diploma required
`;

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  excerpt: string;
  span: { start: { line: number; column: number } };
  suggestions: Array<{ message: string; replacement: string }>;
  suppression?: { kind: string; reason: string | null };
}
interface JsonResult {
  source: string;
  jurisdiction: string | null;
  requirements: Array<{ kind: string; text: string; reasonStated?: boolean }>;
  findings: JsonFinding[];
  suppressed?: JsonFinding[];
}

let tmp: TmpDir;
let n = 0;
/** Writes a posting into a fresh folder (with an empty configuration, so nothing above the temporary directory applies). */
function posting(name: string, text: string, config = '{}\n'): { cwd: string; name: string } {
  const dir = `case-${++n}`;
  tmp.write(`${dir}/.jobauditrc.json`, config);
  tmp.write(`${dir}/${name}`, text);
  return { cwd: join(tmp.root, dir), name };
}
function check(args: string[], cwd: string) {
  return jobaudit(['check', '--date', DATE, ...args], { cwd });
}
function checkJson(args: string[], cwd: string) {
  const r = check(['--format', 'json', ...args], cwd);
  return { ...r, result: (JSON.parse(r.stdout) as { results: JsonResult[] }).results[0] };
}
const ruleIds = (findings: readonly JsonFinding[] | undefined) => (findings ?? []).map((f) => f.ruleId);

beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir('jobaudit-directives-');
});
afterAll(() => tmp?.remove());

describe('<!-- jobaudit-disable-next-line RULE -- reason --> in Markdown', () => {
  it('without the directive, the bilingualism is an error (Québec, no reason given)', () => {
    const { cwd, name } = posting('menage.md', MENAGE_HEAD + MENAGE_ASKS);
    const r = checkJson([name], cwd);
    expect(r.status).toBe(1);
    expect(ruleIds(r.result.findings)).toEqual([
      'language/second-language',
      'education/secondary-diploma',
      'licence/driver',
    ]);
    expect(r.result.findings[0].severity).toBe('error');
    expect(r.result.suppressed).toBeUndefined();
  });

  it('silences the finding on the next line; JSON lists it under suppressed with the reason', () => {
    const { cwd, name } = posting('menage.md', MENAGE_NEXT_LINE);
    const r = checkJson([name], cwd);
    expect(r.status).toBe(0); // the only error is silenced
    expect(ruleIds(r.result.findings)).toEqual(['education/secondary-diploma', 'licence/driver']);
    expect(r.result.suppressed).toHaveLength(1);
    expect(r.result.suppressed![0]).toMatchObject({
      ruleId: 'language/second-language',
      severity: 'error',
      excerpt: 'Bilinguisme (français et anglais) exigé',
      span: { start: { line: 13, column: 3 } },
      suppression: {
        kind: 'directive',
        reason: "plusieurs résidents ne parlent que l'anglais et l'entretien se fait en leur présence",
      },
    });
    // The findings keep their lines: the directive is a line of the file.
    expect(r.result.findings.map((f) => f.span.start.line)).toEqual([14, 15]);
  });

  it('stylish hides a suppressed finding unless --show-suppressed, which shows it with its reason', () => {
    const { cwd, name } = posting('menage.md', MENAGE_NEXT_LINE);
    const plain = check([name], cwd);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('education/secondary-diploma');
    expect(plain.stdout).not.toContain('language/second-language');
    expect(plain.stdout).not.toContain('plusieurs résidents');
    const shown = check(['--show-suppressed', name], cwd);
    expect(shown.status).toBe(0);
    const line = shown.stdout.split('\n').find((l) => l.includes('language/second-language'));
    expect(line).toMatch(
      /^ +13:3 +suppressed \(directive — plusieurs résidents ne parlent que l'anglais et l'entretien se fait en leur présence\)/,
    );
    // Suppressed findings do not count in the summary.
    expect(shown.stdout).toMatch(/2 problems \(0 errors, 2 warnings/);
  });

  it('SARIF marks it as an accepted in-source suppression with --show-suppressed, and leaves it out otherwise', () => {
    const { cwd, name } = posting('menage.md', MENAGE_NEXT_LINE);
    type Sarif = {
      runs: Array<{
        results: Array<{
          ruleId: string;
          suppressions?: Array<{ kind: string; status: string; justification: string }>;
        }>;
      }>;
    };
    const without = JSON.parse(check(['--format', 'sarif', name], cwd).stdout) as Sarif;
    expect(without.runs[0].results.map((x) => x.ruleId)).toEqual(['education/secondary-diploma', 'licence/driver']);
    const withSuppressed = JSON.parse(check(['--format', 'sarif', '--show-suppressed', name], cwd).stdout) as Sarif;
    const silenced = withSuppressed.runs[0].results.find((x) => x.ruleId === 'language/second-language')!;
    expect(silenced.suppressions).toEqual([
      {
        kind: 'inSource',
        status: 'accepted',
        justification: "plusieurs résidents ne parlent que l'anglais et l'entretien se fait en leur présence",
      },
    ]);
  });
});

describe('jobaudit-disable … jobaudit-enable blocks', () => {
  it('silence the named rules between the two; what follows the enable is reported', () => {
    const { cwd, name } = posting('menage.md', MENAGE_BLOCK);
    const r = checkJson([name], cwd);
    expect(ruleIds(r.result.findings)).toEqual(['language/second-language']);
    expect(r.result.findings[0].span.start.line).toBe(16);
    expect(r.result.suppressed!.map((f) => [f.ruleId, f.span.start.line, f.suppression!.reason])).toEqual([
      ['education/secondary-diploma', 13, 'exigences fixées par la convention collective du CIUSSS'],
      ['licence/driver', 14, 'exigences fixées par la convention collective du CIUSSS'],
    ]);
    expect(r.status).toBe(1);
  });

  it('a directive shown inside a code fence is an example, not a directive', () => {
    const { cwd, name } = posting('menage.md', MENAGE_BLOCK);
    const r = checkJson(['--report-unused-directives', name], cwd);
    // Had the fenced line counted, it would be reported as unused (nothing on the next line).
    expect(ruleIds(r.result.findings)).toEqual(['language/second-language']);
  });

  it('jobaudit-disable with no rule silences every rule until jobaudit-enable', () => {
    const text = `${MENAGE_HEAD}<!-- jobaudit-disable -- offre reprise telle quelle de la convention collective -->
${MENAGE_ASKS}<!-- jobaudit-enable -->
- Véhiculé(e) obligatoirement
`;
    const { cwd, name } = posting('menage.md', text);
    const r = checkJson(['--report-unused-directives', name], cwd);
    expect(ruleIds(r.result.findings)).toEqual(['transport/own-vehicle']);
    expect(ruleIds(r.result.suppressed)).toEqual([
      'language/second-language',
      'education/secondary-diploma',
      'licence/driver',
    ]);
  });

  it('--fix-dry-run leaves suppressed findings alone', () => {
    const open = posting('menage.md', MENAGE_HEAD + MENAGE_ASKS);
    expect(check(['--fix-dry-run', open.name], open.cwd).stdout).toContain(
      "-- Diplôme d'études secondaires (DES) obligatoire",
    );
    const { cwd, name } = posting('menage.md', MENAGE_BLOCK);
    const r = check(['--fix-dry-run', name], cwd);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('plain-text directives', () => {
  it('# jobaudit-disable-next-line in a .txt posting', () => {
    const { cwd, name } = posting('cleaner.txt', CLEANER);
    const r = checkJson([name], cwd);
    expect(r.result.jurisdiction).toBe('ON');
    expect(ruleIds(r.result.findings)).toEqual(['education/secondary-diploma']);
    expect(r.result.suppressed).toHaveLength(1);
    expect(r.result.suppressed![0]).toMatchObject({
      ruleId: 'licence/driver',
      span: { start: { line: 13, column: 3 } },
      suppression: { kind: 'directive', reason: 'the crew moves between three client buildings with the company car' },
    });
    // Without the directive line, the licence is reported.
    const bare = posting('cleaner.txt', CLEANER.replace(/^# jobaudit.*\n/m, ''));
    expect(ruleIds(checkJson([bare.name], bare.cwd).result.findings)).toEqual([
      'licence/driver',
      'education/secondary-diploma',
    ]);
  });

  it('// jobaudit-disable-line at the end of a line, and a typo in a rule id is an error with a fix', () => {
    const text = `${CLEANER_HEAD}- Valid driver's licence required  // jobaudit-disable-line licence/driver -- moves between client buildings
- High school diploma required
// jobaudit-disable-next-line transport/own-vehicule
- Must have own vehicle
`;
    const { cwd, name } = posting('cleaner.txt', text);
    const r = checkJson([name], cwd);
    expect(ruleIds(r.result.suppressed)).toEqual(['licence/driver']);
    expect(ruleIds(r.result.findings)).toEqual([
      'education/secondary-diploma',
      'jobaudit/unknown-rule',
      'transport/own-vehicle',
    ]);
    const unknown = r.result.findings[1];
    expect(unknown).toMatchObject({ severity: 'error', span: { start: { line: 14, column: 1 } } });
    expect(unknown.message).toContain('Did you mean "transport/own-vehicle"?');
    expect(unknown.suggestions[0].replacement).toBe('// jobaudit-disable-next-line transport/own-vehicle');
    expect(r.status).toBe(1);
  });
});

describe('--report-unused-directives', () => {
  const STALE = `${CLEANER_HEAD}# jobaudit-disable-next-line licence/driver -- the crew moves between client buildings
- High school diploma required
`;

  it('reports a directive that silences nothing as jobaudit/unused-directive (a warning, with a fix that removes it)', () => {
    const { cwd, name } = posting('cleaner.txt', STALE);
    const quiet = checkJson([name], cwd);
    expect(ruleIds(quiet.result.findings)).toEqual(['education/secondary-diploma']);
    const r = checkJson(['--report-unused-directives', name], cwd);
    expect(ruleIds(r.result.findings)).toEqual(['jobaudit/unused-directive', 'education/secondary-diploma']);
    const unused = r.result.findings[0];
    expect(unused).toMatchObject({ severity: 'warning', span: { start: { line: 12, column: 1 } } });
    expect(unused.message).toMatch(/licence\/driver/);
    expect(unused.suggestions[0].replacement).toBe('');
    expect(r.status).toBe(0);
    expect(check(['--report-unused-directives', '--fail-on', 'warning', name], cwd).status).toBe(1);
  });

  it('reportUnusedDirectives: true in the configuration does the same', () => {
    const { cwd, name } = posting('cleaner.txt', STALE, JSON.stringify({ reportUnusedDirectives: true }));
    const r = checkJson([name], cwd);
    expect(ruleIds(r.result.findings)).toEqual(['jobaudit/unused-directive', 'education/secondary-diploma']);
  });

  it('a directive for a rule the configuration turns off is unused', () => {
    const { cwd, name } = posting(
      'cleaner.txt',
      CLEANER,
      JSON.stringify({ rules: { 'licence/driver': 'off' }, reportUnusedDirectives: true }),
    );
    const r = checkJson([name], cwd);
    expect(ruleIds(r.result.findings)).toEqual(['jobaudit/unused-directive', 'education/secondary-diploma']);
    expect(r.result.suppressed).toBeUndefined();
  });
});

describe('requireReason', () => {
  const NO_REASON = CLEANER.replace(' -- the crew moves between three client buildings with the company car', '');

  it('true in the configuration: a directive without a reason is a jobaudit/missing-reason error (exit 1); it still applies', () => {
    const { cwd, name } = posting('cleaner.txt', NO_REASON, JSON.stringify({ requireReason: true }));
    const r = checkJson([name], cwd);
    expect(r.status).toBe(1);
    expect(ruleIds(r.result.findings)).toEqual(['jobaudit/missing-reason', 'education/secondary-diploma']);
    expect(r.result.findings[0]).toMatchObject({ severity: 'error', span: { start: { line: 12, column: 1 } } });
    expect(r.result.suppressed).toHaveLength(1);
    expect(r.result.suppressed![0]).toMatchObject({
      ruleId: 'licence/driver',
      suppression: { kind: 'directive', reason: null },
    });
  });

  it('a directive with a reason passes; without requireReason a missing reason is fine', () => {
    const withReason = posting('cleaner.txt', CLEANER, JSON.stringify({ requireReason: true }));
    const a = checkJson([withReason.name], withReason.cwd);
    expect(ruleIds(a.result.findings)).toEqual(['education/secondary-diploma']);
    expect(a.status).toBe(0);
    const lax = posting('cleaner.txt', NO_REASON);
    const b = checkJson([lax.name], lax.cwd);
    expect(ruleIds(b.result.findings)).toEqual(['education/secondary-diploma']);
    expect(b.status).toBe(0);
  });
});

describe("a directive's reason is not part of the posting", () => {
  /** No place in the posting itself; the reason names a province, languages, a licence, a car and Canadian experience. */
  const DISHWASHER = `Dishwasher
Pay: $17.75 per hour

Duties
- Wash dishes, pots and utensils
- Keep the kitchen floor clean

Requirements
# jobaudit-disable-next-line education/secondary-diploma -- head office in Toronto, Ontario; bilingual French and English required, own vehicle and driver's licence needed, 5 years of Canadian experience
- High school diploma required
`;

  it('does not set the jurisdiction or create asks', () => {
    const { cwd, name } = posting('dishwasher.txt', DISHWASHER);
    const r = checkJson([name], cwd);
    expect(r.result.jurisdiction).toBeNull();
    expect(r.result.requirements.map((q) => [q.kind, q.text])).toEqual([
      ['secondary-diploma', 'High school diploma required'],
    ]);
    expect(r.result.findings).toEqual([]);
    expect(ruleIds(r.result.suppressed)).toEqual(['education/secondary-diploma']);
    // Where the same words are part of the posting, they are asks and place the job.
    const plain = posting(
      'dishwasher.txt',
      DISHWASHER.replace('# jobaudit-disable-next-line education/secondary-diploma -- ', ''),
    );
    const p = checkJson([plain.name], plain.cwd);
    expect(p.result.jurisdiction).toBe('ON');
    expect(p.result.requirements.length).toBeGreaterThan(1);
  });

  it('does not count as the reason a language requirement states', () => {
    const { cwd, name } = posting('menage.md', MENAGE_NEXT_LINE);
    const r = checkJson([name], cwd);
    const language = r.result.requirements.find((q) => q.kind === 'second-language')!;
    expect(language.reasonStated).not.toBe(true);
  });

  it('--fix keeps the directive and its reason in the file', () => {
    const { cwd, name } = posting('menage.md', MENAGE_NEXT_LINE);
    const r = check(['--fix', name], cwd);
    expect(r.stderr).toMatch(/fixed \d+ problems? in menage\.md/);
    const after = readFileSync(join(cwd, name), 'utf8');
    expect(after).toContain(
      "<!-- jobaudit-disable-next-line language/second-language -- plusieurs résidents ne parlent que l'anglais et l'entretien se fait en leur présence -->\n- Bilinguisme (français et anglais) exigé\n",
    );
    expect(after).not.toContain("Diplôme d'études secondaires (DES) obligatoire");
  });
});
