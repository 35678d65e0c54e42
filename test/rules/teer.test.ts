// Severity from the occupation's NOC 2021 TEER (docs/rules.md, "Severity from the occupation's TEER"):
// hand-built profiles in both languages, then whole postings through auditPosting with --occupation.
import { describe, expect, it } from 'vitest';
import { auditPosting, profileOf } from '../../src/audit.js';
import { judge } from '../../src/rules/index.js';
import { analyze } from '../../src/text/analyze.js';
import { postSecondary, secondaryDiploma } from '../../src/rules/education.js';
import { experienceYears } from '../../src/rules/experience.js';
import type { Context, Finding, Occupation, Requirement } from '../../src/types.js';
import { context, expectWellFormed, profile, requirement } from './helpers.js';

const FR = [
  'Plongeur/plongeuse',
  'Exigences :',
  '- DES obligatoire',
  "- DES ou l'équivalent",
  '- DEP en cuisine requis',
  "- DEP en cuisine ou l'équivalent",
  '- DES un atout',
  "- 2 ans d'expérience en restauration",
  "- 1 an d'expérience en restauration",
  "- 5 ans d'expérience en restauration",
].join('\n');
const EN = [
  'Dishwasher',
  'Requirements:',
  '- High school diploma required',
  '- High school diploma or equivalent',
  '- College diploma in culinary arts required',
  '- College diploma in culinary arts or equivalent',
  '- High school diploma an asset',
  '- 2 years of restaurant experience',
  '- 1 year of restaurant experience',
  '- 5 years of restaurant experience',
].join('\n');

const occ = (teer: number, noc = `6${teer}201`, title = 'Occupation'): Occupation => ({ noc, title, teer });

interface Texts {
  des: Requirement;
  desEq: Requirement;
  dep: Requirement;
  depEq: Requirement;
  desAsset: Requirement;
  y2: Requirement;
  y1: Requirement;
  y5: Requirement;
}
const reqs = (t: string, lang: 'fr' | 'en'): Texts =>
  lang === 'fr'
    ? {
        des: requirement(t, 'DES obligatoire', 'secondary-diploma', 'required', { equivalence: false }),
        desEq: requirement(t, "DES ou l'équivalent", 'secondary-diploma', 'required', { equivalence: true }),
        dep: requirement(t, 'DEP en cuisine requis', 'post-secondary', 'required', { equivalence: false }),
        depEq: requirement(t, "DEP en cuisine ou l'équivalent", 'post-secondary', 'required', { equivalence: true }),
        desAsset: requirement(t, 'DES un atout', 'secondary-diploma', 'asset'),
        y2: requirement(t, "2 ans d'expérience en restauration", 'experience', 'required', { years: 2 }),
        y1: requirement(t, "1 an d'expérience en restauration", 'experience', 'required', { years: 1 }),
        y5: requirement(t, "5 ans d'expérience en restauration", 'experience', 'required', { years: 5 }),
      }
    : {
        des: requirement(t, 'High school diploma required', 'secondary-diploma', 'required', { equivalence: false }),
        desEq: requirement(t, 'High school diploma or equivalent', 'secondary-diploma', 'required', {
          equivalence: true,
        }),
        dep: requirement(t, 'College diploma in culinary arts required', 'post-secondary', 'required', {
          equivalence: false,
        }),
        depEq: requirement(t, 'College diploma in culinary arts or equivalent', 'post-secondary', 'required', {
          equivalence: true,
        }),
        desAsset: requirement(t, 'High school diploma an asset', 'secondary-diploma', 'asset'),
        y2: requirement(t, '2 years of restaurant experience', 'experience', 'required', { years: 2 }),
        y1: requirement(t, '1 year of restaurant experience', 'experience', 'required', { years: 1 }),
        y5: requirement(t, '5 years of restaurant experience', 'experience', 'required', { years: 5 }),
      };

/** What the table in docs/rules.md promises: severity per TEER 0–5 and unknown (null: no finding). */
const SEVERITY = { w: 'warning', i: 'info', n: null } as const;
const TABLE: [keyof Texts, string][] = [
  //          TEER 0 1 2 3 4 5 unknown
  ['des', 'nnnnwww'],
  ['desEq', 'nnnniwi'],
  ['dep', 'nnnwwww'],
  ['depEq', 'nnniwwi'],
  ['desAsset', 'nnnniii'],
  ['y2', 'nnnnwwn'], // not an entry-level posting: 2 years is flagged only for TEER 4 and 5
  ['y1', 'nnnnnwn'],
  ['y5', 'iiiiwwi'],
];

function judgeOne(req: Requirement, lang: 'fr' | 'en', ctx: Context): Finding[] {
  const p = profile(lang, [req]);
  const rule =
    req.kind === 'secondary-diploma'
      ? secondaryDiploma
      : req.kind === 'post-secondary'
        ? postSecondary
        : experienceYears;
  return rule.check(p, ctx);
}

describe('severity from TEER: the table of docs/rules.md', () => {
  for (const lang of ['fr', 'en'] as const) {
    const text = lang === 'fr' ? FR : EN;
    const r = reqs(text, lang);
    for (const [name, row] of TABLE) {
      it(`${lang}: ${name} → ${row}`, () => {
        const got = [0, 1, 2, 3, 4, 5, null].map((teer) => {
          const found = judgeOne(
            r[name],
            lang,
            context(text, { locale: lang, occupation: teer === null ? null : occ(teer) }),
          );
          for (const f of found) expectWellFormed(f, lang);
          return found.length ? found[0].severity : null;
        });
        expect(got).toEqual([...row].map((c) => SEVERITY[c as 'w' | 'i' | 'n']));
      });
    }
  }
});

describe('education above the NOC norm', () => {
  it('TEER 5, DES with an equivalence → warning naming TEER 5; the rewrite drops the diploma', () => {
    const r = reqs(FR, 'fr');
    const [f] = secondaryDiploma.check(
      profile('fr', [r.desEq]),
      context(FR, { occupation: { noc: '65201', title: 'Aides de cuisine', teer: 5 } }),
    );
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/même avec une équivalence/);
    expect(f.message).toMatch(/catégorie FEER 5/);
    expect(f.message).toMatch(/la profession 65201 \(Aides de cuisine\) est de catégorie FEER 5/);
    expect(f.suggestions[0].replacement).toBe("Aucun diplôme exigé; formation offerte à l'embauche");
  });

  it('TEER 5, DES required → the first rewrite drops it, and names the missing equivalence', () => {
    const r = reqs(EN, 'en');
    const [f] = secondaryDiploma.check(
      profile('en', [r.des]),
      context(EN, { locale: 'en', occupation: occ(5, '65201') }),
    );
    expect(f.severity).toBe('warning');
    expect(f.suggestions.map((s) => s.replacement)).toEqual([
      'No diploma required; training provided',
      'High school diploma: an asset',
      'High school diploma or equivalent experience; training provided',
    ]);
    expect(f.suggestions[0].message).toMatch(/accepts no equivalent/);
  });

  it('TEER 4 or unknown: the rewrite accepts an equivalent, and says none is accepted now', () => {
    const r = reqs(FR, 'fr');
    for (const occupation of [occ(4, '64100'), null]) {
      const [f] = secondaryDiploma.check(profile('fr', [r.des]), context(FR, { occupation }));
      expect(f.severity).toBe('warning');
      expect(f.suggestions[0].replacement).toBe("DES ou expérience équivalente; formation offerte à l'embauche");
      expect(f.suggestions[0].message).toMatch(/n'accepte aucune équivalence/);
    }
  });

  it('post-secondary in TEER 4: even with an equivalence, a warning', () => {
    const r = reqs(EN, 'en');
    const [f] = postSecondary.check(
      profile('en', [r.depEq]),
      context(EN, { locale: 'en', occupation: occ(4, '64100') }),
    );
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/TEER 4 job/);
    expect(f.suggestions[0].replacement).toBe('No college diploma or degree required; training provided');
  });

  it("the NOC's own employment requirements are quoted, in the message locale", () => {
    const r = reqs(FR, 'fr');
    const ctx = (locale: 'fr' | 'en') => context(FR, { locale, occupation: { noc: '65201', title: 'x', teer: 5 } });
    const [fr] = secondaryDiploma.check(profile('fr', [r.des]), ctx('fr'));
    expect(fr.message).toContain(
      "Conditions d'accès à la profession selon la CNP : « Quelques années d'études secondaires sont habituellement exigées.",
    );
    const [en] = secondaryDiploma.check(profile('fr', [r.des]), ctx('en'));
    expect(en.message).toContain(
      "The NOC's employment requirements: “Some secondary school education is usually required.",
    );
  });

  it('an unknown NOC code quotes nothing but keeps the TEER note', () => {
    const r = reqs(FR, 'fr');
    const [f] = secondaryDiploma.check(
      profile('fr', [r.des]),
      context(FR, { occupation: { noc: '99999', title: 'Inconnue', teer: 5 } }),
    );
    expect(f.message).toMatch(/FEER 5/);
    expect(f.message).not.toMatch(/Conditions d'accès/);
  });
});

describe('experience and TEER', () => {
  it('TEER 4, 2 years → warning naming the TEER and quoting the NOC on experience when it has a sentence on it', () => {
    const r = reqs(FR, 'fr');
    const [f] = experienceYears.check(
      profile('fr', [r.y2]),
      context(FR, { occupation: { noc: '64100', title: 'Vendeurs', teer: 4 } }),
    );
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(
      /^« 2 ans d'expérience en restauration » : exiger 2 ans d'expérience en restauration pour un emploi de catégorie FEER 4/,
    );
    expect(f.suggestions[0].replacement).toBe('Expérience en restauration un atout; formation offerte');
    expectWellFormed(f, 'fr');
  });

  it('an entry-level posting: any required experience → warning, whatever the occupation', () => {
    const r = reqs(EN, 'en');
    for (const occupation of [null, occ(2, '22310')]) {
      const [f] = experienceYears.check(
        profile('en', [r.y1], { entryLevel: true }),
        context(EN, { locale: 'en', occupation }),
      );
      expect(f.severity).toBe('warning');
    }
  });
});

describe('end to end: auditPosting with --occupation', () => {
  const ids = (fs: Finding[], rule: string) => fs.filter((f) => f.ruleId === rule);
  const base = { jurisdiction: null, date: '2026-06-01' } as const;

  it("a nurse's degree in a TEER 1 job (31301) → no post-secondary finding", () => {
    for (const text of [
      "Infirmière ou infirmier\nCentre hospitalier régional\n\nExigences :\n- Baccalauréat en sciences infirmières requis\n- Membre de l'OIIQ\n\nSalaire : 30 $ à 52 $ de l'heure\n",
      "Registered Nurse\nRegional Hospital\n\nRequirements:\n- Bachelor's degree in nursing required\n- Registration with the College of Nurses\n\nPay: $38 to $55 per hour\n",
    ]) {
      const r = auditPosting({ source: 'nurse', text }, { ...base, occupation: '31301' });
      expect(r.occupation?.teer).toBe(1);
      expect(r.requirements.some((q) => q.kind === 'post-secondary')).toBe(true);
      expect(ids(r.findings, 'education/post-secondary')).toEqual([]);
    }
  });

  it('the same degree for an unknown occupation is judged by its wording (warning), never silenced', () => {
    const text =
      "Infirmière ou infirmier\n\nExigences :\n- Baccalauréat en sciences infirmières requis\n\nSalaire : 30 $ de l'heure\n";
    const p = profileOf(analyze(text));
    const found = judge(p, context(text, { occupation: null, date: '2026-06-01' }));
    expect(ids(found, 'education/post-secondary').map((f) => f.severity)).toEqual(['warning']);
  });

  it('a dishwasher (65201, TEER 5): DES with an equivalence → warning; in English too', () => {
    const fr = auditPosting(
      {
        source: 'fr',
        text: "Plongeur/plongeuse\n\nExigences :\n- DES ou l'équivalent\n\nSalaire : 17,50 $ de l'heure\n",
      },
      { ...base, occupation: '65201' },
    );
    expect(ids(fr.findings, 'education/secondary-diploma').map((f) => f.severity)).toEqual(['warning']);
    const en = auditPosting(
      {
        source: 'en',
        text: 'Dishwasher\n\nRequirements:\n- High school diploma or equivalent\n\nPay: $17.50 per hour\n',
      },
      { ...base, occupation: '65201' },
    );
    const [f] = ids(en.findings, 'education/secondary-diploma');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/TEER 5/);
    expectWellFormed(f, 'en');
  });

  it('a retail salesperson (64100, TEER 4): DES with an equivalence → info; 3 years → warning', () => {
    const text =
      "Vendeur/vendeuse\n\nExigences :\n- DES ou l'équivalent\n- 3 ans d'expérience en vente au détail\n\nSalaire : 17 $ de l'heure\n";
    const r = auditPosting({ source: 'x', text }, { ...base, occupation: '64100' });
    expect(ids(r.findings, 'education/secondary-diploma').map((f) => f.severity)).toEqual(['info']);
    expect(ids(r.findings, 'experience/years').map((f) => f.severity)).toEqual(['warning']);
  });

  it('a lab technician (TEER 2): DEC required → no post-secondary finding', () => {
    const text =
      "Technicien(ne) de laboratoire\n\nExigences :\n- DEC en techniques de laboratoire\n\nSalaire : 26 $ de l'heure\n";
    const r = auditPosting({ source: 'x', text }, { ...base, occupation: '22110' });
    expect(r.occupation?.teer).toBe(2);
    expect(ids(r.findings, 'education/post-secondary')).toEqual([]);
  });
});
