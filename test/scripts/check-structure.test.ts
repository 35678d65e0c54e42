import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStructure, specifiers } from '../../scripts/check-structure.mjs';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project folder holding the given files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'jobaudit-structure-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');

describe('scripts/check-structure.mjs', () => {
  it('finds the imports of a module, whatever their form', () => {
    const source = [
      "import { a } from './a.js';",
      "import type {\n  B,\n  C,\n} from '../rules/types.js';",
      "export * from './b.js';",
      "import './side-effect.js';",
      "const lazy = await import('../rules/index.js');",
    ].join('\n');
    expect(specifiers(source).sort()).toEqual([
      '../rules/index.js',
      '../rules/types.js',
      './a.js',
      './b.js',
      './side-effect.js',
    ]);
  });

  it('accepts a file of 450 lines and a report module that imports its neighbours and types/', () => {
    const root = project({
      'src/extract/long.ts': lines(450),
      'src/report/json.ts': "import { x } from './util.js';\nimport type { Result } from '../types.js';\n",
      'src/rules/engine.ts': "import { formatJson } from '../report/json.js';\n", // rules/ may import report/
      'src/rulesets.ts': '',
    });
    expect(checkStructure(root)).toEqual([]);
  });

  it('lists a file over 450 lines and every import of src/rules/ from src/report/, and exits 1', () => {
    const root = project({
      'src/extract/pay.ts': lines(451),
      'src/report/rule-help.ts':
        "import { rules } from '../rules/index.js';\nimport type { RuleData } from '../rules/data.js';\n",
      'src/report/sub/deep.ts': "export { x } from '../../rules/engine.js';\n",
    });
    const problems = [
      'src/extract/pay.ts: 451 lines (at most 450)',
      'src/report/rule-help.ts: imports ../rules/index.js (src/report/ may not import from src/rules/)',
      'src/report/rule-help.ts: imports ../rules/data.js (src/report/ may not import from src/rules/)',
      'src/report/sub/deep.ts: imports ../../rules/engine.js (src/report/ may not import from src/rules/)',
    ];
    expect(checkStructure(root)).toEqual(problems);
    const run = spawnSync(process.execPath, ['scripts/check-structure.mjs', root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`check-structure: 4 problem(s)\n${problems.map((p) => `  ${p}\n`).join('')}`);
  });
});
