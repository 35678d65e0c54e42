// The GitHub Action's command line, run locally the way the runner would run it (bash, env, GITHUB_OUTPUT).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, ROOT } from '../cli/run.js';

type Step = { name?: string; run?: string; env?: Record<string, string> };
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
};
const audit = action.runs.steps.find((s) => s.name === 'Audit postings')!;

let tmp: TmpDir;
beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir();
  tmp.write(
    'postings/plongeur.txt',
    'Plongeur\nLieu : Laval (Québec)\nSalaire : 17 $ de l’heure\nExigences\n- Bilinguisme exigé\n- DES obligatoire\n',
  );
  tmp.write(
    'postings/commis.txt',
    'Commis\nLieu : Laval (Québec)\nSalaire : 17 $ de l’heure\nAucune expérience requise.\n',
  );
});
afterAll(() => tmp?.remove());

/** Runs the step's script with the inputs given (defaults otherwise), as the composite action does. */
function runStep(inputs: Record<string, string>) {
  const values = { ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])), ...inputs };
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_OUTPUT: join(tmp.root, 'output.txt'),
  };
  for (const [name, value] of Object.entries(audit.env ?? {})) {
    env[name] = value.replace(/\$\{\{ inputs\.([\w-]+) \}\}/g, (_, key: string) => values[key] ?? '');
  }
  tmp.write('output.txt', '');
  const r = spawnSync('bash', ['-e', '-c', audit.run!], { cwd: tmp.root, env, encoding: 'utf8' });
  return { ...r, output: readFileSync(join(tmp.root, 'output.txt'), 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose steps are well formed', () => {
    expect(action.runs.using).toBe('composite');
    expect(audit.run).toContain('bin/jobaudit.js');
  });

  it('annotates with the github format and reports the exit code as an output', () => {
    const r = runStep({ paths: 'postings', format: 'github', 'fail-on': 'error' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::error file=postings\/plongeur\.txt,line=5,col=3,/m);
    expect(r.output).toBe('exit-code=1\n');
  });

  it('writes SARIF for code scanning', () => {
    const r = runStep({
      paths: 'postings/commis.txt postings/plongeur.txt',
      format: 'sarif',
      'sarif-file': 'out.sarif',
    });
    expect(r.status).toBe(0);
    const sarif = JSON.parse(readFileSync(join(tmp.root, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('stops the step on an unreadable input (exit code 2)', () => {
    const r = runStep({ paths: 'missing-folder', format: 'github' });
    expect(r.status).toBe(2);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a hook that runs jobaudit check on text and Markdown files', () => {
    const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{
      id: string;
      entry: string;
      files: string;
    }>;
    expect(hooks[0]).toMatchObject({ id: 'jobaudit', entry: 'jobaudit check' });
    expect(new RegExp(hooks[0].files).test('posting.md')).toBe(true);
    expect(new RegExp(hooks[0].files).test('image.png')).toBe(false);
  });
});
