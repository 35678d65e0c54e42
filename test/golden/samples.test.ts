// Golden files: the JSON report of every sample, audited as of a fixed date with no jurisdiction.
// After a deliberate change in output, regenerate with: UPDATE_GOLDEN=1 npx vitest run test/golden
// A missing golden file fails the test: golden files are written only with UPDATE_GOLDEN=1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import { formatJson } from '../../src/report/index.js';
import { KINDS, type Result } from '../../src/types.js';

const SAMPLES = ['samples/fr', 'samples/en'].flatMap((d) =>
  readdirSync(d)
    .sort()
    .map((f) => join(d, f)),
);
const GOLDEN = 'test/golden/json';
const update = process.env.UPDATE_GOLDEN === '1';

function audit(file: string): Result {
  return auditPosting({ source: file, text: readFileSync(file, 'utf8') }, { date: '2026-06-01' });
}

const REGENERATE = 'UPDATE_GOLDEN=1 npx vitest run test/golden';

/**
 * Compares `out` with the golden file. With UPDATE_GOLDEN=1 it writes the file instead; without, a missing golden
 * file is a failure (a new sample, or a renamed one, must be reviewed once, not pass by itself).
 */
function checkGolden(out: string, golden: string, write = update): void {
  if (write) {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, out);
  } else if (!existsSync(golden)) {
    throw new Error(`no golden file ${golden}: review the output, then write it with ${REGENERATE}`);
  }
  expect(out, `differs from ${golden}; after a deliberate change, regenerate with ${REGENERATE}`).toBe(
    readFileSync(golden, 'utf8'),
  );
}

describe('golden JSON of the samples', () => {
  for (const file of SAMPLES) {
    it(file, () => {
      const out = formatJson([audit(file)], { version: '0.0.0-golden' });
      checkGolden(out, join(GOLDEN, `${file.replace(/[/\\]/g, '__')}.json`));
    });
  }

  it('fails on a missing golden file, saying how to write it, and writes none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobaudit-golden-'));
    try {
      const golden = join(dir, 'samples__fr__absent.txt.json');
      expect(() => checkGolden('{}\n', golden, false)).toThrow(
        `no golden file ${golden}: review the output, then write it with ${REGENERATE}`,
      );
      expect(existsSync(golden)).toBe(false);
      checkGolden('{}\n', golden, true);
      expect(readFileSync(golden, 'utf8')).toBe('{}\n');
      expect(() => checkGolden('{"changed":1}\n', golden, false)).toThrow(REGENERATE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The samples' human labels (test/fixtures/samples-expected.json, ANNOTATION.md format) against extraction.
const labels = JSON.parse(readFileSync('test/fixtures/samples-expected.json', 'utf8')) as Record<
  string,
  {
    lang: string;
    req: Record<string, unknown>;
  }
>;

describe('extraction agrees with the samples’ labels', () => {
  for (const [file, label] of Object.entries(labels)) {
    it(file, () => {
      const r = audit(file);
      const got: Record<string, string> = {};
      for (const kind of KINDS) {
        const mine = r.requirements.filter((q) => q.kind === kind);
        got[kind] = mine.some((q) => q.strength === 'required') ? 'required' : mine.length ? 'asset' : 'none';
      }
      const want = Object.fromEntries(KINDS.map((k) => [k, label.req[k]]));
      // Core kinds must agree exactly; the other four are reported as a count below.
      const core = KINDS.slice(0, 6);
      expect(Object.fromEntries(core.map((k) => [k, got[k]]))).toEqual(
        Object.fromEntries(core.map((k) => [k, want[k]])),
      );
      expect(r.language).toBe(label.lang === 'fr+en' ? 'fr' : label.lang);
      expect(r.pay?.disclosed).toBe(label.req['pay-disclosed']);
      const years = r.requirements
        .filter((q) => q.kind === 'experience' && q.strength === 'required' && typeof q.years === 'number')
        .map((q) => q.years!);
      if (label.req.experience === 'required')
        expect(years.length ? Math.max(...years) : null).toBe(label.req['experience-years']);
      if (label.req['second-language'] !== 'none') {
        expect(r.requirements.some((q) => q.kind === 'second-language' && q.reasonStated)).toBe(
          Boolean(label.req['language-reason']),
        );
      }
    });
  }
});
