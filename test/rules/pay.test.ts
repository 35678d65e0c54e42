import { describe, expect, it } from 'vitest';
import { payUndisclosed, payVague } from '../../src/rules/pay.js';
import { at, context, EN_POSTING, expectWellFormed, FR_POSTING, PAID, profile, UNPAID } from './helpers.js';

const T = FR_POSTING;
const E = EN_POSTING;

describe('pay/undisclosed', () => {
  it('no pay → info at the title line, with a rewrite that adds a range', () => {
    const [f] = payUndisclosed.check(profile('fr', [], { pay: UNPAID }), context(T));
    expect(f.severity).toBe('info');
    expect(f.span).toEqual(at(T, 'Plongeur/plongeuse'));
    expect(f.span.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(f.excerpt).toBe('Plongeur/plongeuse');
    expect(f.suggestions[0].replacement).toBe("Plongeur/plongeuse — [minimum] $ à [maximum] $ de l'heure");
    expectWellFormed(f, 'fr');
  });

  it('the title line skips leading blank lines', () => {
    const text = '\n\n  Cook  \nLine two';
    const [f] = payUndisclosed.check(profile('en', [], { pay: UNPAID }), context(text, { locale: 'en' }));
    expect(f.excerpt).toBe('Cook');
    expect(f.span.start).toEqual({ line: 3, column: 3, offset: 4 });
    expect(f.span.end.offset).toBe(8);
  });

  it('disclosed pay, or vague pay → no pay/undisclosed finding', () => {
    expect(payUndisclosed.check(profile('fr', [], { pay: PAID }), context(T))).toEqual([]);
    expect(payUndisclosed.check(profile('fr', [], { pay: { ...UNPAID, vague: true } }), context(T))).toEqual([]);
  });

  it('Ontario from 2026 → error; in 2025 → info', () => {
    const p = profile('en', [], { pay: UNPAID });
    const [f] = payUndisclosed.check(p, context(E, { locale: 'en', jurisdiction: 'ON', date: '2026-02-01' }));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/25 or more employees/);
    expect(f.references.map((r) => r.url)).toContain('https://www.ontario.ca/laws/regulation/240476');
    expect(
      payUndisclosed.check(p, context(E, { locale: 'en', jurisdiction: 'ON', date: '2025-12-31' }))[0].severity,
    ).toBe('info');
  });

  it('British Columbia from 2023-11-01 → error; before → not an error', () => {
    const p = profile('en', [], { pay: UNPAID });
    expect(
      payUndisclosed.check(p, context(E, { locale: 'en', jurisdiction: 'BC', date: '2023-11-01' }))[0].severity,
    ).toBe('error');
    const [before] = payUndisclosed.check(p, context(E, { locale: 'en', jurisdiction: 'BC', date: '2023-10-31' }));
    expect(before.severity).toBe('info');
    expect(before.message).not.toMatch(/British Columbia/);
  });

  it('Québec: no pay law → info', () => {
    const [f] = payUndisclosed.check(
      profile('fr', [], { pay: UNPAID }),
      context(T, { jurisdiction: 'QC', date: '2026-06-01' }),
    );
    expect(f.severity).toBe('info');
  });
});

describe('pay/vague', () => {
  const vague = { ...UNPAID, vague: true, text: 'Salaire compétitif', span: at(T, 'Salaire compétitif') };

  it('vague wording → info at that wording', () => {
    const [f] = payVague.check(profile('fr', [], { pay: vague }), context(T));
    expect(f.severity).toBe('info');
    expect(f.excerpt).toBe('Salaire compétitif');
    expect(f.span).toEqual(vague.span);
    expect(f.suggestions[0].replacement).toBe("Salaire : [minimum] $ à [maximum] $ de l'heure");
    expectWellFormed(f, 'fr');
  });

  it('in British Columbia since 2023-11-01 a vague wording alone → error', () => {
    const pay = { ...UNPAID, vague: true, text: 'Salary: competitive', span: at(E, 'Salary: competitive') };
    const [f] = payVague.check(
      profile('en', [], { pay }),
      context(E, { locale: 'en', jurisdiction: 'BC', date: '2024-01-01' }),
    );
    expect(f.severity).toBe('error');
    expectWellFormed(f, 'en');
  });

  it('no vague wording → nothing', () => {
    expect(payVague.check(profile('fr', [], { pay: UNPAID }), context(T))).toEqual([]);
  });
});
