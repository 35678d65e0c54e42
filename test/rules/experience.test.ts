import { describe, expect, it } from 'vitest';
import { canadianExperience, experienceField, experienceYears } from '../../src/rules/experience.js';
import { context, EN_POSTING, expectWellFormed, FR_POSTING, profile, requirement } from './helpers.js';

const T = FR_POSTING;
const E = EN_POSTING;

describe('experience/years', () => {
  const twoYears = requirement(T, "2 ans d'expérience en restauration", 'experience', 'required', { years: 2 });

  it("entry-level posting with years required → warning; rewrite makes it an asset in the posting's field", () => {
    const [f] = experienceYears.check(profile('fr', [twoYears], { entryLevel: true }), context(T));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain("exige 2 ans d'expérience en restauration");
    expect(f.suggestions.map((s) => s.replacement)).toEqual([
      'Expérience en restauration un atout; formation offerte',
      'Aucune expérience requise; formation offerte',
    ]);
    expectWellFormed(f, 'fr');
  });

  it('entry-level, experience required without years → warning', () => {
    const req = requirement(E, '1 year of warehouse experience', 'experience', 'required');
    const [f] = experienceYears.check(profile('en', [req], { entryLevel: true }), context(E, { locale: 'en' }));
    expect(f.severity).toBe('warning');
    expect(f.suggestions[0].replacement).toBe('Experience in warehouse an asset; training provided');
    expectWellFormed(f, 'en');
  });

  it('not entry-level: < 5 years → nothing; ≥ 5 years → info suggesting equivalent training', () => {
    expect(experienceYears.check(profile('fr', [twoYears]), context(T))).toEqual([]);
    const req = requirement(E, 'Minimum 5 years of experience in inventory management', 'experience', 'required', {
      years: 5,
    });
    const [f] = experienceYears.check(profile('en', [req]), context(E, { locale: 'en' }));
    expect(f.severity).toBe('info');
    expect(f.message).toContain('asking for 5 years of experience in inventory management');
    expect(f.suggestions[0].replacement).toBe('5 years of experience in inventory management or equivalent training');
    expectWellFormed(f, 'en');
  });

  it('asset experience → no finding, even entry-level', () => {
    const req = requirement(T, "2 ans d'expérience en restauration", 'experience', 'asset', { years: 2 });
    expect(experienceYears.check(profile('fr', [req], { entryLevel: true }), context(T))).toEqual([]);
  });

  it('TEER 5 counts as entry-level', () => {
    const [f] = experienceYears.check(
      profile('fr', [twoYears]),
      context(T, { occupation: { noc: '65201', title: 'x', teer: 5 } }),
    );
    expect(f.severity).toBe('warning');
  });

  it('months and fractions are written in the locale', () => {
    const req = requirement(T, "2 ans d'expérience en restauration", 'experience', 'required', { years: 0.5 });
    const [f] = experienceYears.check(profile('fr', [req], { entryLevel: true }), context(T));
    expect(f.message).toContain("6 mois d'expérience en restauration");
    const one = requirement(E, '1 year of warehouse experience', 'experience', 'required', { years: 1 });
    const [g] = experienceYears.check(profile('en', [one], { entryLevel: true }), context(E, { locale: 'en' }));
    expect(g.message).toContain('asks for 1 year of experience in warehouse');
  });
});

describe('experienceField', () => {
  it.each([
    ["3 ans d'expérience en service à la clientèle requis", 'en service à la clientèle'],
    ['Expérience canadienne en entrepôt exigée', 'en entrepôt'],
    ["2 ans d'expérience dans un poste similaire", 'dans un poste similaire'],
    ['Minimum 2 years of experience in a warehouse environment', 'in a warehouse environment'],
    ['2+ years of customer service experience', 'in customer service'],
    ['Canadian work experience required', null],
    ['Expérience de travail au Canada', null],
    ['Experience required', null],
  ])('%s → %s', (text, field) => {
    expect(experienceField(text)).toBe(field);
  });
});

describe('experience/canadian', () => {
  const fr = requirement(T, 'Expérience canadienne exigée', 'canadian-experience');
  const en = requirement(E, 'Canadian experience required', 'canadian-experience');

  it('required → warning, rewrite opens it to experience gained elsewhere', () => {
    const [f] = canadianExperience.check(profile('fr', [fr]), context(T));
    expect(f.severity).toBe('warning');
    expect(f.suggestions[0].replacement).toBe('Expérience pertinente, au Canada ou ailleurs');
    expectWellFormed(f, 'fr');
  });

  it('Ontario from 2026-01-01 → error; before → warning', () => {
    const p = profile('en', [en]);
    const [f] = canadianExperience.check(p, context(E, { locale: 'en', jurisdiction: 'ON', date: '2026-01-01' }));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/In Ontario, since 1 January 2026/);
    expect(f.references.map((r) => r.url)).toContain(
      'https://www.ontario.ca/document/your-guide-employment-standards-act-0/requirements-related-publicly-advertised-job',
    );
    expectWellFormed(f, 'en');
    const [g] = canadianExperience.check(p, context(E, { locale: 'en', jurisdiction: 'ON', date: '2025-12-31' }));
    expect(g.severity).toBe('warning');
  });

  it('asset stays info, even in Ontario 2026', () => {
    const asset = requirement(E, 'Canadian experience required', 'canadian-experience', 'asset');
    const [f] = canadianExperience.check(
      profile('en', [asset]),
      context(E, { locale: 'en', jurisdiction: 'ON', date: '2026-03-01' }),
    );
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/In Ontario/);
  });
});
