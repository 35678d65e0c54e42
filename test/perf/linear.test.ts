// Time is linear in the posting: the pathological shapes of issue 9, each audited at size n and 4n. A test
// fails only on super-linear growth (4× the input taking 8× the time or more; quadratic would be 16×), so a
// slow or busy machine does not fail it; the absolute limits are generous and kept to the cheap sizes.
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import { extractRequirements } from '../../src/extract/requirements.js';
import { analyze } from '../../src/text/analyze.js';

const POSTING =
  'Commis d’entrepôt\n\nExigences :\n- DES obligatoire\n- Permis de conduire valide\n- Bilinguisme requis\n';
const ASKS = 'DES obligatoire, bilinguisme requis, permis de conduire requis, ';

/**
 * Milliseconds to audit a text of size n (the best of two runs: a pause of the machine lengthens one, rarely
 * both). The second run is of size n + 1, so that no memo of the first (a title's occupation) serves it.
 */
function timeOf(make: (n: number) => string, n: number): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const text = make(n + run);
    const t = performance.now();
    auditPosting({ source: 'perf.md', text });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/** How much longer 4n takes than n (times under 20 ms are read as 20 ms: below that, noise dominates). */
function growth(make: (n: number) => string, n: number): { ratio: number; small: number; large: number } {
  auditPosting({ source: 'warm.md', text: make(Math.max(1, n >> 4)) });
  const small = Math.max(20, timeOf(make, n));
  const large = timeOf(make, 4 * n);
  return { ratio: large / small, small, large };
}

/** As growth, for analysis and requirement extraction only (what the rules do per ask is linear in the asks). */
function extraction(make: (n: number) => string, n: number): { ratio: number; small: number; large: number } {
  const run = (size: number) => {
    const text = make(size);
    const t = performance.now();
    extractRequirements(analyze(text));
    return performance.now() - t;
  };
  run(n >> 4);
  const small = Math.max(20, Math.min(run(n), run(n)));
  const large = Math.min(run(4 * n), run(4 * n));
  return { ratio: large / small, small, large };
}

const repeat = (s: string, length: number) => s.repeat(Math.ceil(length / s.length)).slice(0, length);

describe('linear time in the posting', () => {
  it('a run of leading spaces before a short posting', () => {
    const make = (n: number) => `${' '.repeat(n)}\n${POSTING}`;
    const g = growth(make, 150_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(10_000); // 600,000 blanks
    // A million, once (the case: it did not finish in a minute).
    const t = performance.now();
    auditPosting({ source: 'perf.md', text: make(1_000_000) });
    expect(performance.now() - t).toBeLessThan(10_000);
  });

  it('a run of leading blank lines, and of lines of spaces', () => {
    const g = growth((n) => `${'\n'.repeat(n)}${POSTING}`, 100_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(10_000);
    const s = growth((n) => `${'   \r\n'.repeat(n / 5)}${POSTING}`, 100_000);
    expect(s.ratio, JSON.stringify(s)).toBeLessThan(8);
  });

  it('blanks inside and after the title line', () => {
    const g = growth((n) => `Commis${' '.repeat(n)}d’entrepôt ${'*_: '.repeat(n / 4)}x\n${POSTING}`, 50_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
  });

  it('a long title line', () => {
    const make = (n: number) => `${repeat('Commis ', n)}\n\nExigences :\n- DES obligatoire\n`;
    const g = growth(make, 25_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(10_000); // 100 KB
  });

  it('a long title line of inclusive forms and separators', () => {
    const g = growth((n) => `${repeat('Vendeur / vendeuse ou caissier / ', n)}\n\nDES requis\n`, 25_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
  });

  it('a 500 KB title line is audited (no stack overflow)', () => {
    const t = performance.now();
    const r = auditPosting({
      source: 'perf.md',
      text: `${repeat('Commis entrepôt journalier ', 500_000)}\n\nDES obligatoire\n`,
    });
    expect(r.requirements.map((q) => q.kind)).toEqual(['secondary-diploma']);
    expect(performance.now() - t).toBeLessThan(15_000);
  });

  it('many list items of one ask', () => {
    const make = (n: number) => `Commis\n\nExigences :\n${'- DES obligatoire\n'.repeat(n)}`;
    const g = growth(make, 1_500);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(10_000); // 6,000 items
    // Extraction alone, further: it compared every mention with every cue (100,000 items took minutes).
    const e = extraction(make, 6_000);
    expect(e.ratio, JSON.stringify(e)).toBeLessThan(8);
  });

  it('a run of blanks inside a language ask’s reason', () => {
    const g = growth((n) => `Commis\n\nAnglais requis pour servir${' '.repeat(n)}la clientèle\n`, 50_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
  });

  it('one long line of asks', () => {
    const make = (n: number) => `Commis\n\n${repeat(ASKS, n)}\n`;
    const g = growth(make, 25_000);
    expect(g.ratio, JSON.stringify(g)).toBeLessThan(8);
    expect(g.large).toBeLessThan(10_000); // 100 KB
  });
});
