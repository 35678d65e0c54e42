import { describe, expect, it } from 'vitest';
import { postSecondary, secondaryDiploma } from '../../src/rules/education.js';
import { context, EN_POSTING, expectWellFormed, FR_POSTING, profile, requirement } from './helpers.js';

const T = FR_POSTING;

describe('education/secondary-diploma', () => {
  it("required DES without equivalence → warning, rewrite keeps the posting's own word", () => {
    const req = requirement(T, 'DES obligatoire', 'secondary-diploma', 'required', { equivalence: false });
    const [f] = secondaryDiploma.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('warning');
    expect(f.ruleId).toBe('education/secondary-diploma');
    expect(f.excerpt).toBe('DES obligatoire');
    expect(f.span).toEqual(req.span);
    expect(f.message).toContain('« DES obligatoire »');
    expect(f.suggestions[0].replacement).toBe("DES ou expérience équivalente; formation offerte à l'embauche");
    expect(f.references.map((r) => r.url)).toContain('https://statcan.gc.ca/en/subjects/standard/noc/2021/background');
    expectWellFormed(f, 'fr');
  });

  it('required with equivalence → info', () => {
    const req = requirement(T, "Diplôme d'études secondaires ou l'équivalent", 'secondary-diploma', 'required', {
      equivalence: true,
    });
    const [f] = secondaryDiploma.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('info');
    expect(f.suggestions[0].replacement).toMatch(/^Diplôme d'études secondaires ou expérience équivalente \(p\. ex\./);
    expectWellFormed(f, 'fr');
  });

  it('asset → info', () => {
    const req = requirement(T, 'DES un atout', 'secondary-diploma', 'asset');
    const [f] = secondaryDiploma.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('info');
    expectWellFormed(f, 'fr');
  });

  it('English posting, English message and rewrite', () => {
    const req = requirement(EN_POSTING, 'High school diploma required', 'secondary-diploma', 'required', {
      equivalence: false,
    });
    const [f] = secondaryDiploma.check(profile('en', [req]), context(EN_POSTING, { locale: 'en' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/^“High school diploma required”: requiring a high school diploma/);
    expect(f.suggestions[0].replacement).toBe('High school diploma or equivalent experience; training provided');
    expectWellFormed(f, 'en');
  });

  it("message locale differs from the posting: the rewrite uses the locale's default wording", () => {
    const req = requirement(T, 'DES obligatoire', 'secondary-diploma', 'required');
    const [f] = secondaryDiploma.check(profile('fr', [req]), context(T, { locale: 'en' }));
    expect(f.message).toMatch(/may screen out/);
    expect(f.suggestions[0].replacement).toBe('High school diploma or equivalent experience; training provided');
    expectWellFormed(f, 'en');
  });

  it('TEER hook: TEER 0–3 → no finding; TEER 5 → finding with a NOC note', () => {
    const req = requirement(T, 'DES obligatoire', 'secondary-diploma');
    const p = profile('fr', [req]);
    for (const teer of [0, 1, 2, 3]) {
      expect(secondaryDiploma.check(p, context(T, { occupation: { noc: '12345', title: 'x', teer } }))).toEqual([]);
    }
    const [f] = secondaryDiploma.check(
      p,
      context(T, { occupation: { noc: '65201', title: 'Aides de cuisine', teer: 5 } }),
    );
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('la profession 65201 (Aides de cuisine) est de catégorie FEER 5');
  });

  it('no requirement of the kind → no finding', () => {
    expect(secondaryDiploma.check(profile('fr', []), context(T))).toEqual([]);
  });
});

describe('education/post-secondary', () => {
  it('required DEP without equivalence → warning citing degree-inflation research', () => {
    const req = requirement(T, 'DEP en cuisine requis', 'post-secondary', 'required');
    const [f] = postSecondary.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('warning');
    expect(f.suggestions[0].replacement).toBe(
      "DEP en cuisine ou toute combinaison équivalente de formation et d'expérience",
    );
    expect(f.references.some((r) => r.url.includes('dismissed-by-degrees'))).toBe(true);
    expectWellFormed(f, 'fr');
  });

  it('with equivalence → info; asset → info', () => {
    const eq = requirement(T, 'DEP en cuisine requis', 'post-secondary', 'required', { equivalence: true });
    expect(postSecondary.check(profile('fr', [eq]), context(T))[0].severity).toBe('info');
    const asset = requirement(EN_POSTING, 'College diploma in logistics preferred', 'post-secondary', 'asset');
    const [f] = postSecondary.check(profile('en', [asset]), context(EN_POSTING, { locale: 'en' }));
    expect(f.severity).toBe('info');
    expect(f.suggestions[0].replacement).toBe('College diploma in logistics or equivalent experience: an asset');
  });

  it('TEER hook: TEER 0–2 → no finding, TEER 3 → finding', () => {
    const req = requirement(T, 'DEP en cuisine requis', 'post-secondary');
    const p = profile('fr', [req]);
    expect(postSecondary.check(p, context(T, { occupation: { noc: '21231', title: 'x', teer: 1 } }))).toEqual([]);
    expect(
      postSecondary.check(p, context(T, { occupation: { noc: '63200', title: 'Cuisiniers', teer: 3 } })),
    ).toHaveLength(1);
  });
});
