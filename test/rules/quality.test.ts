// Job quality (memo §3.3) and the length of the requirement list: quality/unpaid-trial, quality/irregular-hours,
// quality/precarious-contract, requirements/too-many.
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import {
  irregularHours,
  paidWording,
  precariousContract,
  statesDuration,
  unpaidTrial,
} from '../../src/rules/quality.js';
import { distinctRequired, tooMany } from '../../src/rules/requirements.js';
import { LineIndex } from '../../src/text/lines.js';
import type { AuditOptions, Finding, Kind, Requirement, Signal } from '../../src/types.js';
import { at, context, expectWellFormed, PAID, profile, requirement, signal, UNPAID } from './helpers.js';

const ids = (fs: Finding[], rule: string) => fs.filter((f) => f.ruleId === rule);
const audit = (text: string, options: AuditOptions) => auditPosting({ source: 'test', text }, options).findings;

describe('quality/unpaid-trial', () => {
  const fr =
    "Cuisinier\nConditions :\n- Journée d'essai non rémunérée\n- Formation non payée de deux jours\n- Stage non rémunéré\n";
  const en = 'Line cook\nConditions:\n- Unpaid trial shift before hiring\n- Volunteer basis\n';

  it("an unpaid trial → warning; the rewrite keeps the posting's words, paid", () => {
    const p = profile('fr', [], { signals: [signal(fr, "Journée d'essai non rémunérée", 'unpaid-trial', 'offer')] });
    const [f] = unpaidTrial.check(p, context(fr, { jurisdiction: 'QC', date: '2026-06-01' }));
    expect(f.severity).toBe('warning');
    expect(f.excerpt).toBe("Journée d'essai non rémunérée");
    expect(f.suggestions[0].replacement).toBe("Journée d'essai rémunérée au taux du poste");
    expect(f.message).not.toMatch(/Québec/); // no Québec rule on unpaid trials is claimed
    expectWellFormed(f, 'fr');
  });

  it('Ontario: error from 2024-03-21 (trial-period work is paid work), warning the day before', () => {
    const p = profile('en', [], { signals: [signal(en, 'Unpaid trial shift', 'unpaid-trial', 'offer')] });
    const [f] = unpaidTrial.check(p, context(en, { locale: 'en', jurisdiction: 'ON', date: '2024-03-21' }));
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/since 21 March 2024/);
    expect(f.references.map((r) => r.url)).toContain(
      'https://springlaw.ca/no-free-trials-ontario-employees-need-to-be-paid-for-trial-periods/',
    );
    expect(f.suggestions[0].replacement).toBe("Paid trial shift at the job's regular rate");
    expectWellFormed(f, 'en');
    expect(
      unpaidTrial.check(p, context(en, { locale: 'en', jurisdiction: 'ON', date: '2024-03-20' }))[0].severity,
    ).toBe('warning');
    expect(
      unpaidTrial.check(p, context(en, { locale: 'en', jurisdiction: null, date: '2026-06-01' }))[0].severity,
    ).toBe('warning');
  });

  it('unpaid training counts; volunteering and unpaid internships are not trials', () => {
    const p = profile('fr', [], {
      signals: [
        signal(fr, 'Formation non payée', 'unpaid-trial', 'offer'),
        signal(fr, 'Stage non rémunéré', 'unpaid-trial', 'offer'),
      ],
    });
    const found = unpaidTrial.check(p, context(fr));
    expect(found.map((f) => f.excerpt)).toEqual(['Formation non payée']);
    expect(found[0].suggestions[0].replacement).toBe('Formation payée au taux du poste');
    const v = profile('en', [], { signals: [signal(en, 'Volunteer basis', 'unpaid-trial', 'offer')] });
    expect(unpaidTrial.check(v, context(en, { locale: 'en' }))).toEqual([]);
  });

  it("a message in the other language uses the rule's own rewrite", () => {
    const p = profile('fr', [], { signals: [signal(fr, "Journée d'essai non rémunérée", 'unpaid-trial', 'offer')] });
    expect(unpaidTrial.check(p, context(fr, { locale: 'en' }))[0].suggestions[0].replacement).toBe(
      "Paid trial at the job's regular rate",
    );
    expect(paidWording('essai non-rémunéré', 'fr')).toBe('essai rémunéré au taux du poste');
    expect(paidWording('trial shift', 'en')).toBeNull();
  });
});

describe('quality/irregular-hours', () => {
  const fr =
    'Préposé\nConditions :\n- Sur appel, horaire irrégulier\n- Heures non garanties\nTâches :\n- Autres tâches connexes au besoin\n';
  const en =
    'Clerk\nConditions:\n- Hours vary, no guaranteed hours\n- On call weekends\nDuties:\n- Other duties as required\n';

  it('on call / irregular → info citing LNT s. 59.0.1(3); no guaranteed hours → warning', () => {
    const p = profile('fr', [], {
      signals: [
        signal(fr, 'Sur appel', 'irregular-hours', 'offer'),
        signal(fr, 'horaire irrégulier', 'irregular-hours', 'offer'),
        signal(fr, 'Heures non garanties', 'irregular-hours', 'offer'),
      ],
    });
    const found = irregularHours.check(p, context(fr));
    expect(found.map((f) => [f.excerpt, f.severity])).toEqual([['Heures non garanties', 'warning']]);
    const onCall = irregularHours.check(
      profile('fr', [], { signals: [signal(fr, 'Sur appel', 'irregular-hours', 'offer')] }),
      context(fr),
    );
    expect(onCall.map((f) => [f.excerpt, f.severity])).toEqual([['Sur appel', 'info']]);
    expect(onCall[0].message).toMatch(/art\. 59\.0\.1, 3°/);
    expect(onCall[0].message).toMatch(/sauf exceptions/);
    expect(onCall[0].references.map((r) => r.url).join(' ')).toMatch(/cnesst/);
    [...found, ...onCall].forEach((f) => expectWellFormed(f, 'fr'));
  });

  it('one finding per posting, the no-guaranteed-hours wording standing for it (en)', () => {
    const p = profile('en', [], {
      signals: [
        signal(en, 'Hours vary', 'irregular-hours', 'offer'),
        signal(en, 'no guaranteed hours', 'irregular-hours', 'offer'),
        signal(en, 'On call', 'irregular-hours', 'offer'),
      ],
    });
    const found = irregularHours.check(p, context(en, { locale: 'en' }));
    expect(found.map((f) => [f.excerpt, f.severity])).toEqual([['no guaranteed hours', 'warning']]);
    expect(found[0].suggestions[0].replacement).toBe(
      '[number] guaranteed hours a week; shifts announced at least 5 days ahead',
    );
    found.forEach((f) => expectWellFormed(f, 'en'));
  });

  it('"other duties as required" / "tâches connexes au besoin" → no finding', () => {
    const pf = profile('fr', [], { signals: [signal(fr, 'au besoin', 'irregular-hours', 'duties')] });
    expect(irregularHours.check(pf, context(fr))).toEqual([]);
    const pe = profile('en', [], { signals: [signal(en, 'as required', 'irregular-hours', 'duties')] });
    expect(irregularHours.check(pe, context(en, { locale: 'en' }))).toEqual([]);
  });

  it('a generic wording on a line about hours counts; a line holding an availability ask is left to availability/unrestricted', () => {
    const text = 'Commis\n- Horaire selon les besoins\n- Disponible selon les besoins\n';
    const avail: Requirement = requirement(text, 'Disponible selon les besoins', 'availability');
    const i = text.lastIndexOf('selon les besoins');
    const second: Signal = {
      type: 'irregular-hours',
      text: 'selon les besoins',
      span: new LineIndex(text).span(i, i + 17),
      section: 'none',
    };
    const p = profile('fr', [avail], {
      signals: [signal(text, 'selon les besoins', 'irregular-hours', 'none'), second],
    });
    expect(irregularHours.check(p, context(text)).map((f) => f.span.start.line)).toEqual([2]);
  });
});

describe('quality/precarious-contract', () => {
  const text =
    'Commis\nPoste temporaire\nContrat de 6 mois\nPoste permanent après la période de probation\nTâches :\n- Rédiger des contrats\n';

  it('a temporary job with no duration on its line → info at the signal', () => {
    const p = profile('fr', [], { signals: [signal(text, 'temporaire', 'precarious', 'none')] });
    const [f] = precariousContract.check(p, context(text));
    expect(f.severity).toBe('info');
    expect(f.excerpt).toBe('temporaire');
    expect(f.suggestions[0].replacement).toMatch(/^temporaire \(\[durée, p\. ex\. 6 mois\]/);
    expectWellFormed(f, 'fr');
  });

  it('a duration on the line → no finding, unless the pay is missing', () => {
    const p = profile('fr', [], { signals: [signal(text, 'Contrat', 'precarious', 'offer')] });
    expect(precariousContract.check(p, context(text))).toEqual([]);
    const [f] = precariousContract.check({ ...p, pay: UNPAID }, context(text));
    expect(f.message).toMatch(/sans indiquer le salaire/);
    expect(f.references.map((r) => r.url)).toContain(
      'https://www.ontario.ca/document/your-guide-employment-standards-act-0/requirements-related-publicly-advertised-job',
    );
  });

  it('"permanent" on the line, or a signal in the duties → no finding', () => {
    const duties = profile('fr', [], { signals: [signal(text, 'contrats', 'precarious', 'duties')] });
    expect(precariousContract.check(duties, context(text))).toEqual([]);
    const permLine = 'Commis\nRemplacement menant à un poste permanent\n';
    expect(
      precariousContract.check(
        profile('fr', [], { signals: [signal(permLine, 'Remplacement', 'precarious', 'none')] }),
        context(permLine),
      ),
    ).toEqual([]);
  });

  it('durations and end dates, in French and English', () => {
    for (const yes of [
      'Contrat de 6 mois',
      'contrat de six mois',
      'Poste temporaire (12 semaines)',
      "jusqu'au 31 août",
      'until June 30',
      'Contract: 3-month term',
      'temporary, through December',
      'fixed-term, ends 2026-09-30',
      'du 1er avril au 30 septembre',
      'one year contract',
    ]) {
      expect(statesDuration(yes), yes).toBe(true);
    }
    for (const no of [
      'Poste temporaire',
      'Contract position',
      'Temporary, full time, 40 h',
      'Saisonnier — 37,5 heures',
    ]) {
      expect(statesDuration(no), no).toBe(false);
    }
  });

  it('English: "Temporary position" → info; "Temporary position, 4 months" with pay → none', () => {
    const en = 'Clerk\nTemporary position\nTemporary position, 4 months\n';
    const [f] = precariousContract.check(
      profile('en', [], { signals: [signal(en, 'Temporary', 'precarious', 'none')] }),
      context(en, { locale: 'en' }),
    );
    expect(f.severity).toBe('info');
    expectWellFormed(f, 'en');
    const second = { ...signal(en, 'Temporary position, 4 months', 'precarious', 'none'), text: 'Temporary' };
    expect(
      precariousContract.check(profile('en', [], { signals: [second], pay: PAID }), context(en, { locale: 'en' })),
    ).toEqual([]);
  });
});

describe('requirements/too-many', () => {
  const kinds: Kind[] = [
    'secondary-diploma',
    'post-secondary',
    'second-language',
    'experience',
    'driver-licence',
    'own-vehicle',
    'criminal-record-check',
    'canadian-experience',
    'availability',
    'physical',
    'experience',
  ];
  const lines = kinds.map((k, i) => `- Exigence ${i + 1} (${k})`);
  const text = ['Préposé', 'Exigences :', ...lines, '- Exigence 12 (atout)'].join('\n');
  const reqs = kinds.map((k, i) => requirement(text, `Exigence ${i + 1} (${k})`, k));

  it('11 distinct required asks > 10 → info at the first requirement line', () => {
    const [f] = tooMany.check(profile('fr', reqs), context(text));
    expect(f.ruleId).toBe('requirements/too-many');
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/^L'offre exige 11 éléments \(limite : 10\)/);
    expect(f.excerpt).toBe('Exigence 1 (secondary-diploma)');
    expect(f.span).toEqual(at(text, 'Exigence 1 (secondary-diploma)'));
    expect(f.suggestions[0].replacement).toMatch(/^Exigence 1 \(secondary-diploma\) \[— gardez sous « Exigences »/);
    expectWellFormed(f, 'fr');
    const [en] = tooMany.check(profile('fr', reqs), context(text, { locale: 'en' }));
    expect(en.message).toMatch(/^The posting requires 11 items \(limit: 10\)/);
    expectWellFormed(en, 'en');
  });

  it('at the limit, assets, and several mentions of one ask on a line do not count', () => {
    expect(tooMany.check(profile('fr', reqs.slice(0, 10)), context(text))).toEqual([]);
    const asset = requirement(text, 'Exigence 12 (atout)', 'experience', 'asset');
    const twice = { ...reqs[0], text: 'Exigence 1' };
    expect(distinctRequired([...reqs.slice(0, 10), asset, twice])).toHaveLength(10);
    expect(tooMany.check(profile('fr', [...reqs.slice(0, 10), asset, twice]), context(text))).toEqual([]);
  });

  it('the limit is configurable (context.limits.tooMany)', () => {
    expect(tooMany.check(profile('fr', reqs.slice(0, 4)), context(text, { limits: { tooMany: 3 } }))).toHaveLength(1);
    expect(tooMany.check(profile('fr', reqs), context(text, { limits: { tooMany: 20 } }))).toEqual([]);
    expect(tooMany.check(profile('fr', reqs), context(text, { limits: {} }))).toHaveLength(1);
  });
});

// ── whole postings ───────────────────────────────────────────────────────────────────────────────────

const FR_JOB = `Cuisinier ou cuisinière
Bistro du Port — Rimouski

Tâches :
- Préparer les plats
- Autres tâches connexes au besoin

Conditions :
- Journée d'essai non rémunérée
- Poste saisonnier
- Sur liste de rappel, heures non garanties
- Salaire : 19 $ de l'heure
`;
const EN_JOB = `Line Cook
The Harbour Grill — Hamilton, Ontario

Duties:
- Prepare dishes on the line
- Other duties as required

Conditions:
- Unpaid trial shift before hiring
- Hours vary, no guaranteed hours
- Seasonal contract
- Pay: $18 per hour
`;
const GOOD_JOB = `Cuisinier ou cuisinière
Bistro du Port — Rimouski

Tâches :
- Préparer les plats

Conditions :
- Poste saisonnier de 5 mois (du 1er mai au 30 septembre)
- Horaire : du mercredi au dimanche, de 15 h à 23 h
- Salaire : 19 $ de l'heure
`;

describe('end to end: job quality', () => {
  it('French: unpaid trial → warning; seasonal without duration → info; no guaranteed hours → warning; duties "au besoin" → nothing', () => {
    const found = audit(FR_JOB, { jurisdiction: 'QC', date: '2026-06-01' });
    expect(ids(found, 'quality/unpaid-trial').map((f) => f.severity)).toEqual(['warning']);
    expect(ids(found, 'quality/precarious-contract').map((f) => f.severity)).toEqual(['info']);
    expect(ids(found, 'quality/irregular-hours').map((f) => [f.excerpt, f.severity])).toEqual([
      ['heures non garanties', 'warning'],
    ]);
    for (const f of found) expectWellFormed(f, 'fr');
  });

  it('English, Ontario: unpaid trial → error; "other duties as required" → nothing', () => {
    const found = audit(EN_JOB, { jurisdiction: 'ON', date: '2026-06-01' });
    expect(ids(found, 'quality/unpaid-trial').map((f) => f.severity)).toEqual(['error']);
    expect(ids(found, 'quality/irregular-hours').map((f) => [f.excerpt, f.severity])).toEqual([
      ['no guaranteed hours', 'warning'],
    ]);
    expect(ids(found, 'quality/precarious-contract').map((f) => f.severity)).toEqual(['info']);
    // Before the Ontario rule, and with no jurisdiction: a warning.
    expect(
      ids(audit(EN_JOB, { jurisdiction: 'ON', date: '2024-03-20' }), 'quality/unpaid-trial').map((f) => f.severity),
    ).toEqual(['warning']);
    expect(
      ids(audit(EN_JOB, { jurisdiction: null, date: '2026-06-01' }), 'quality/unpaid-trial').map((f) => f.severity),
    ).toEqual(['warning']);
  });

  it('a seasonal job with its dates, schedule and pay → no job-quality finding', () => {
    const found = audit(GOOD_JOB, { jurisdiction: 'QC', date: '2026-06-01' });
    expect(found.filter((f) => f.ruleId.startsWith('quality/'))).toEqual([]);
  });

  it('a long list of requirements (fr) → requirements/too-many, messages in either locale', () => {
    const text = `Commis d'entrepôt
Entrepôts Boréal — Laval

Exigences :
- DES obligatoire
- DEP en logistique requis
- Bilingue (français et anglais) requis
- 3 ans d'expérience en entrepôt
- Expérience canadienne exigée
- Permis de conduire classe 5
- Posséder une voiture
- Casier judiciaire vierge
- Disponibilité totale, 24/7
- Soulever des charges de 25 kg
- Disponible les fins de semaine
- Bonne condition physique

Salaire : 20 $ de l'heure
`;
    const r = auditPosting({ source: 'x', text }, { jurisdiction: 'QC', date: '2026-06-01' });
    const [f] = ids(r.findings, 'requirements/too-many');
    expect(f.severity).toBe('info');
    expect(f.span.start.line).toBe(5);
    expect(f.excerpt).toBe('DES obligatoire');
    expect(f.message).toMatch(/^L'offre exige 1\d éléments \(limite : 10\)/);
    expectWellFormed(f, 'fr');
    expect(
      ids(
        auditPosting({ source: 'x', text }, { jurisdiction: 'QC', date: '2026-06-01', locale: 'en' }).findings,
        'requirements/too-many',
      )[0].message,
    ).toMatch(/^The posting requires 1\d items/);
  });
});
