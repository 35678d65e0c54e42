import { describe, expect, it } from 'vitest';
import { secondLanguage } from '../../src/rules/language.js';
import { at, context, EN_POSTING, expectWellFormed, FR_POSTING, profile, requirement } from './helpers.js';

const T = FR_POSTING;
const ART_46_FR = 'https://alliancetouristique.com/infolettre/les-exigences-linguistiques-a-lembauche';
const ART_46_EN = 'https://groupetcj.ca/en/news/941-language-requirements-at-hiring.html';

const bilingual = requirement(T, 'Bilingue (français/anglais) requis', 'second-language', 'required', {
  languages: ['en'],
  reasonStated: false,
});

describe('language/second-language', () => {
  it('French posting, required without a reason → warning citing art. 46', () => {
    const [f] = secondLanguage.check(profile('fr', [bilingual]), context(T));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('article 46 de la Charte de la langue française');
    expect(f.message).toContain('(anglais)');
    expect(f.references.map((r) => r.url)).toContain(ART_46_FR);
    // Three options, as separate suggestions: the real duty, an asset, or only the positions that need it (art. 46.1).
    expect(f.suggestions.map((s) => s.replacement)).toEqual([
      "Français requis; anglais requis pour [indiquez la tâche qui l'exige, p. ex. le soutien téléphonique à nos clients de l'Ontario]",
      "Français requis; anglais un atout pour [indiquez la tâche, p. ex. les appels avec nos clients de l'Ontario]",
      "Français requis; anglais requis seulement pour [le ou les postes qui l'exigent, p. ex. le quart de soir qui répond aux clients hors Québec]",
    ]);
    expect(f.suggestions[0].message).toMatch(/tâche réelle/);
    expect(f.suggestions[1].message).toMatch(/atout/);
    expect(f.suggestions[2].message).toMatch(/46\.1/);
    expectWellFormed(f, 'fr');
  });

  it('jurisdiction QC → error, with the complaint route appended', () => {
    const [f] = secondLanguage.check(profile('fr', [bilingual]), context(T, { jurisdiction: 'QC' }));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/plainte pour pratique interdite/);
    expect(f.references.map((r) => r.url)).toContain(ART_46_FR);
  });

  it('jurisdiction QC before Bill 96 (2022-06-01) stays a warning', () => {
    const [f] = secondLanguage.check(
      profile('fr', [bilingual]),
      context(T, { jurisdiction: 'qc', date: '2022-05-31' }),
    );
    expect(f.severity).toBe('warning');
  });

  it('required with a reason stated → info recalling the three conditions of art. 46.1', () => {
    const phrase = "Anglais requis pour servir notre clientèle de l'Ontario";
    const reasonText = "pour servir notre clientèle de l'Ontario";
    const req = requirement(T, phrase, 'second-language', 'required', {
      languages: ['en'],
      reasonStated: true,
      reason: { text: reasonText, span: at(T, reasonText) },
    });
    const [f] = secondLanguage.check(profile('fr', [req]), context(T, { jurisdiction: 'QC' }));
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/46\.1/);
    expect(f.message).toMatch(/besoins linguistiques réels/);
    expect(f.message).toContain(`(${reasonText})`);
    expect(f.suggestions[0].replacement).toBe(`Français requis; anglais un atout (${reasonText})`);
    expectWellFormed(f, 'fr');
  });

  it('asset → info, even in Québec', () => {
    const req = requirement(T, 'Anglais un atout', 'second-language', 'asset', { languages: ['en'] });
    const [f] = secondLanguage.check(profile('fr', [req]), context(T, { jurisdiction: 'QC' }));
    expect(f.severity).toBe('info');
    expect(f.suggestions[0].replacement).toMatch(/^Anglais un atout pour \[/);
    expectWellFormed(f, 'fr');
  });

  it('English message for a French posting (locale en) names languages in English', () => {
    const [f] = secondLanguage.check(profile('fr', [bilingual]), context(T, { locale: 'en' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(
      /^“Bilingue \(français\/anglais\) requis”: requiring a language other than French \(English\) without saying why may breach section 46/,
    );
    expect(f.references.map((r) => r.url)).toContain(ART_46_EN);
    expect(f.suggestions[0].replacement).toBe(
      'French required; English required for [state the task that needs it, e.g. phone support for our Ontario clients]',
    );
    expect(f.suggestions[1].replacement).toBe(
      'French required; English an asset for [state the task, e.g. calls with our Ontario clients]',
    );
    expect(f.suggestions[2].message).toMatch(/s\. 46\.1/);
    expectWellFormed(f, 'en');
  });

  it('English posting in Québec: bilingual → French is the working language', () => {
    const req = requirement(EN_POSTING, 'Bilingual (French/English) required', 'second-language', 'required', {
      languages: ['fr'],
    });
    const [f] = secondLanguage.check(profile('en', [req]), context(EN_POSTING, { locale: 'en', jurisdiction: 'QC' }));
    expect(f.severity).toBe('error');
    expect(f.suggestions[0].replacement).toMatch(/^French required; English required for \[/);
    expect(f.suggestions[1].replacement).toMatch(/^French required; English an asset for/);
  });

  it('English posting in Québec asking only for French → no finding (the official language)', () => {
    const req = requirement(EN_POSTING, 'Spanish required', 'second-language', 'required', { languages: ['fr'] });
    expect(
      secondLanguage.check(profile('en', [req]), context(EN_POSTING, { locale: 'en', jurisdiction: 'QC' })),
    ).toEqual([]);
  });

  it('English posting, jurisdiction unknown: general warning with the other languages named', () => {
    const req = requirement(EN_POSTING, 'Spanish required', 'second-language', 'required', { languages: ['es'] });
    const [f] = secondLanguage.check(profile('en', [req]), context(EN_POSTING, { locale: 'en' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('(Spanish)');
    expect(f.message).toMatch(/If the job is in Québec/);
    expect(f.suggestions[0].replacement).toMatch(/^English required; Spanish an asset for \[/);
    expectWellFormed(f, 'en');
  });

  it('outside Québec, a stated reason → no finding', () => {
    const req = requirement(EN_POSTING, 'Spanish required', 'second-language', 'required', {
      languages: ['es'],
      reasonStated: true,
    });
    expect(
      secondLanguage.check(profile('en', [req]), context(EN_POSTING, { locale: 'en', jurisdiction: 'ON' })),
    ).toEqual([]);
  });

  it('a French posting in France (FR) gets the general message; Canada (CA) counts as presumed Québec', () => {
    const [fr] = secondLanguage.check(profile('fr', [bilingual]), context(T, { jurisdiction: 'FR' }));
    expect(fr.severity).toBe('warning');
    expect(fr.message).toMatch(/Si le poste est au Québec/);
    const [ca] = secondLanguage.check(profile('fr', [bilingual]), context(T, { jurisdiction: 'CA' }));
    expect(ca.message).toMatch(/peut contrevenir à l'article 46/);
  });
});
