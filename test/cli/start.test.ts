import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit, ROOT } from './run.js';

const RUNNER = join(ROOT, 'test/fixtures/start-runner.mjs');
const SAMPLE = 'samples/fr/plongeur-plongeuse.txt';
let tmp: TmpDir;
let bundle: string;
let cacheDir: string;
let expected: string;

beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir();
  // A copy of the bundle beside the real one, so that it finds the data, and a cache directory of its own.
  bundle = join(ROOT, 'dist/cli', `main-test-${process.pid}.cjs`);
  copyFileSync(join(ROOT, 'dist/cli/main.cjs'), bundle);
  cacheDir = join(tmp.root, 'code-cache');
  expected = jobaudit(['check', '--format', 'json', SAMPLE]).stdout;
});
afterAll(() => {
  tmp?.remove();
  if (bundle) rmSync(bundle, { force: true });
});

function run(
  args: string[],
  env: Record<string, string> = {},
): { stdout: string; state: string; status: number | null } {
  const r = spawnSync(process.execPath, [RUNNER, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUNDLE: bundle, CACHE_DIR: cacheDir, NO_COLOR: '', FORCE_COLOR: '', ...env },
  });
  return { stdout: r.stdout, state: /code-cache: (\w+)/.exec(r.stderr)?.[1] ?? r.stderr, status: r.status };
}
const files = () => {
  try {
    return readdirSync(cacheDir);
  } catch {
    return [];
  }
};

describe("start: the bundled CLI run from V8's code cache", () => {
  it('writes the cache at the end of a run that had none, then uses it; the output is the same', () => {
    const first = run(['check', '--format', 'json', SAMPLE]);
    expect(first.state).toBe('created');
    expect(first.stdout).toBe(expected);
    expect(files()).toHaveLength(1);
    const second = run(['check', '--format', 'json', SAMPLE]);
    expect(second.state).toBe('used');
    expect(second.stdout).toBe(expected);
  });

  it('loads modules on demand through the importer it is given (chalk, from the cache)', () => {
    const colour = run(['check', '--color', SAMPLE]);
    expect(colour.state).toBe('used');
    expect(colour.stdout).toContain('\u001b[');
  });

  it('runs when V8 rejects a damaged cache, and writes a good one', () => {
    const [name] = files();
    const file = join(cacheDir, name);
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, 7));
    const damaged = run(['check', '--format', 'json', SAMPLE]);
    expect(damaged.state).toBe('rejected');
    expect(damaged.stdout).toBe(expected);
    expect(readFileSync(file).every((b) => b === 7)).toBe(false);
    expect(run(['check', '--format', 'json', SAMPLE]).state).toBe('used');
  });

  it('never takes the cache of another build of the bundle', () => {
    appendFileSync(bundle, '\n// another build\n');
    const rebuilt = run(['check', '--format', 'json', SAMPLE]);
    expect(rebuilt.state).toBe('created');
    expect(rebuilt.stdout).toBe(expected);
    expect(files()).toHaveLength(2);
  });

  it('is off with JOBAUDIT_NO_CODE_CACHE, and writes nothing', () => {
    const before = files().length;
    const off = run(['check', '--format', 'json', SAMPLE], { JOBAUDIT_NO_CODE_CACHE: '1' });
    expect(off.state).toBe('off');
    expect(off.stdout).toBe(expected);
    expect(files()).toHaveLength(before);
  });

  it('keeps the exit code of the run', () => {
    expect(run(['check', '--format', 'json', 'samples/fr/prepose-entretien-menager.txt']).status).toBe(1);
    expect(run(['check', '--format', 'json', SAMPLE]).status).toBe(0);
    expect(run(['check', 'no-such-file.txt']).status).toBe(2);
  });
});
