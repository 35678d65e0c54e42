// Justification and equivalence: a stated reason, driving duties, vulnerable people, the occupation or the title
// can make an ask legitimate. Hand-built profiles in French and English, then whole postings through auditPosting.
import { describe, expect, it } from 'vitest';
import { auditPosting } from '../../src/audit.js';
import { criminalRecord } from '../../src/rules/background.js';
import { secondLanguage } from '../../src/rules/language.js';
import { driverLicence } from '../../src/rules/licence.js';
import { ownVehicle } from '../../src/rules/transport.js';
import type { AuditOptions, Finding, Profile, Requirement, Signal } from '../../src/types.js';
import { at, context, expectWellFormed, profile, requirement, signal } from './helpers.js';

const ids = (fs: Finding[], rule: string) => fs.filter((f) => f.ruleId === rule);
const audit = (text: string, options: AuditOptions) => auditPosting({ source: 'test', text }, options).findings;
const OPTS = { date: '2026-06-01' } as const;

// ── second language ──────────────────────────────────────────────────────────────────────────────────

describe('second language: reason or three options', () => {
  it('without a reason: three separate suggestions — the real duty, an asset, only the positions that need it', () => {
    const text = 'Commis\n- Anglais requis\n';
    const req = requirement(text, 'Anglais requis', 'second-language', 'required', { languages: ['en'] });
    const [f] = secondLanguage.check(profile('fr', [req]), context(text, { jurisdiction: 'QC', date: '2026-06-01' }));
    expect(f.suggestions).toHaveLength(3);
    expect(f.suggestions[0].replacement).toMatch(/^Français requis; anglais requis pour \[/);
    expect(f.suggestions[1].replacement).toMatch(/^Français requis; anglais un atout pour \[/);
    expect(f.suggestions[2].replacement).toMatch(/^Français requis; anglais requis seulement pour \[le ou les postes/);
    expect(f.suggestions[2].message).toMatch(/art\. 46\.1/);
  });

  it('with a reason: the reason is quoted back, in the message and the rewrite', () => {
    const text = "Agent\n- Anglais requis pour répondre aux clients de l'Ontario\n";
    const reason = "pour répondre aux clients de l'Ontario";
    const req = requirement(
      text,
      "Anglais requis pour répondre aux clients de l'Ontario",
      'second-language',
      'required',
      { languages: ['en'], reasonStated: true, reason: { text: reason, span: at(text, reason) } },
    );
    const [f] = secondLanguage.check(profile('fr', [req]), context(text, { jurisdiction: 'QC', date: '2026-06-01' }));
    expect(f.severity).toBe('info');
    expect(f.message).toContain(`(${reason})`);
    expect(f.suggestions[0].replacement).toBe(`Français requis; anglais un atout (${reason})`);
  });
});

const QC_BILINGUAL_FR = `Agent(e) au service à la clientèle bilingue
Centre de contact Solutions Nordik — Laval (Québec)

Tâches :
- Répondre aux appels de nos clients du Québec et de l'Ontario
- Traiter les demandes par courriel

Exigences :
- DES ou l'équivalent
- Bilingue (français et anglais) requis, car 40 % de nos clients sont en Ontario et sont servis en anglais

Conditions :
- Poste permanent, 37,5 heures par semaine
- Salaire : 21 $ à 24 $ de l'heure
`;

describe('end to end: a justified bilingual customer-service job serving Ontario clients', () => {
  it('French posting, Québec: no second-language warning or error (an info reminder of art. 46.1 is fine)', () => {
    for (const jurisdiction of ['QC', null]) {
      const found = ids(audit(QC_BILINGUAL_FR, { ...OPTS, jurisdiction }), 'language/second-language');
      expect(found.filter((f) => f.severity !== 'info')).toEqual([]);
      for (const f of found) expect(f.message).toMatch(/46\.1/);
    }
  });

  it('English posting, Ontario job asking for French because it serves Québec clients: no second-language finding', () => {
    const text = `Bilingual Customer Service Agent
Maple Support Centre — Ottawa, Ontario

Duties:
- Answer calls from our clients in Ontario and Québec

Requirements:
- French required to serve our Québec clients, who are about half of our calls

Pay: $22 to $25 per hour
`;
    const found = audit(text, { ...OPTS, jurisdiction: 'ON' });
    expect(ids(found, 'language/second-language').filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

// ── driver's licence ─────────────────────────────────────────────────────────────────────────────────

const LICENCE_FR = `Commis aux pièces
Tâches :
- Livrer des pièces chez les clients avec le camion de l'entreprise
Exigences :
- Permis de conduire classe 5 requis
Nous offrons :
- Voiture de fonction
`;
const LICENCE_EN = `Parts clerk
Duties:
- Make deliveries to customers in the company truck
Requirements:
- Valid driver's licence required
We offer:
- Company car
`;

function licenceProfile(
  text: string,
  lang: 'fr' | 'en',
  phrase: string,
  signals: Signal[],
  extra: Partial<Profile> = {},
): Profile {
  return profile(lang, [requirement(text, phrase, 'driver-licence')], { signals, ...extra });
}

describe("driver's licence: justified when the job involves driving", () => {
  it('a driving-duty signal in the duties → no finding (fr, en)', () => {
    const fr = licenceProfile(LICENCE_FR, 'fr', 'Permis de conduire classe 5 requis', [
      signal(LICENCE_FR, 'Livrer', 'driving-duty', 'duties'),
    ]);
    expect(driverLicence.check(fr, context(LICENCE_FR))).toEqual([]);
    const en = licenceProfile(LICENCE_EN, 'en', "Valid driver's licence required", [
      signal(LICENCE_EN, 'company truck', 'driving-duty', 'duties'),
    ]);
    expect(driverLicence.check(en, context(LICENCE_EN, { locale: 'en' }))).toEqual([]);
  });

  it('in the untitled part, "about the job" or an unnamed section it counts too', () => {
    for (const section of ['none', 'about', 'other']) {
      const p = licenceProfile(LICENCE_FR, 'fr', 'Permis de conduire classe 5 requis', [
        signal(LICENCE_FR, 'Livrer', 'driving-duty', section),
      ]);
      expect(driverLicence.check(p, context(LICENCE_FR))).toEqual([]);
    }
  });

  it('a signal in the offer (a company car as a perk) does not justify it → warning', () => {
    const p = licenceProfile(LICENCE_FR, 'fr', 'Permis de conduire classe 5 requis', [
      signal(LICENCE_FR, 'Voiture de fonction', 'driving-duty', 'offer'),
    ]);
    const [f] = driverLicence.check(p, context(LICENCE_FR));
    expect(f.severity).toBe('warning');
    expectWellFormed(f, 'fr');
  });

  it('a signal that is about something else ("key driver", "drive a forklift") does not justify it', () => {
    const text =
      "Analyst\nAbout the role:\n- You will be a key driver of our growth\n- Drive a forklift now and then\nRequirements:\n- Valid driver's licence required\n";
    const p = licenceProfile(text, 'en', "Valid driver's licence required", [
      signal(text, 'driver', 'driving-duty', 'about'),
      signal(text, 'Drive a', 'driving-duty', 'about'),
    ]);
    expect(driverLicence.check(p, context(text, { locale: 'en' })).map((f) => f.severity)).toEqual(['warning']);
  });

  it("a reason on the licence's own line justifies it; a driving word on another requirement line does not", () => {
    const text =
      'Commis\nExigences :\n- Permis de conduire requis pour les livraisons\n- Expérience en livraison un atout\n- Permis de conduire valide\n';
    const own = requirement(text, 'Permis de conduire requis', 'driver-licence');
    const other = requirement(text, 'Permis de conduire valide', 'driver-licence');
    const p = profile('fr', [own, other], {
      signals: [
        signal(text, 'livraisons', 'driving-duty', 'requirements'),
        signal(text, 'livraison', 'driving-duty', 'requirements'),
      ],
    });
    const found = driverLicence.check(p, context(text));
    expect(found.map((f) => f.excerpt)).toEqual(['Permis de conduire valide']);
  });

  it('a driving occupation (73300, 73301, 73310, 75200, 75201) → no finding', () => {
    const p = licenceProfile(LICENCE_FR, 'fr', 'Permis de conduire classe 5 requis', []);
    for (const noc of ['73300', '73301', '73310', '75200', '75201']) {
      expect(
        driverLicence.check(p, context(LICENCE_FR, { occupation: { noc, title: 'x', teer: Number(noc[1]) } })),
      ).toEqual([]);
    }
    expect(
      driverLicence.check(p, context(LICENCE_FR, { occupation: { noc: '14100', title: 'x', teer: 4 } })),
    ).toHaveLength(1);
  });

  it('a title that names driving → no finding; a forklift operator or a delivery manager still gets one', () => {
    const p = (title: string) => licenceProfile(LICENCE_FR, 'fr', 'Permis de conduire classe 5 requis', [], { title });
    for (const title of ['Chauffeur-livreur', 'Livreuse', 'Delivery Driver', 'Chauffeur de camion']) {
      expect(driverLicence.check(p(title), context(LICENCE_FR))).toEqual([]);
    }
    for (const title of ['Conducteur de chariot élévateur', 'Service Delivery Manager', 'Commis aux pièces']) {
      expect(driverLicence.check(p(title), context(LICENCE_FR))).toHaveLength(1);
    }
  });
});

describe('own vehicle: justified by travel between sites or clients, never when a vehicle is supplied', () => {
  const text = `Préposée aux soins à domicile
Tâches :
- Se déplacer chez les clients pour les soins
- Conduire le camion de l'entreprise
Exigences :
- Posséder une voiture
`;
  const req = requirement(text, 'Posséder une voiture', 'own-vehicle');

  it('travel to clients → no finding', () => {
    const p = profile('fr', [req], {
      signals: [
        signal(text, 'Se déplacer', 'driving-duty', 'duties'),
        signal(text, 'chez les clients', 'driving-duty', 'duties'),
      ],
    });
    expect(ownVehicle.check(p, context(text))).toEqual([]);
  });

  it('a company vehicle supplied → warning, whatever the travel', () => {
    const p = profile('fr', [req], {
      signals: [
        signal(text, 'chez les clients', 'driving-duty', 'duties'),
        signal(text, "camion de l'entreprise", 'driving-duty', 'duties'),
      ],
    });
    expect(ownVehicle.check(p, context(text)).map((f) => f.severity)).toEqual(['warning']);
  });

  it("driving that is not travel with one's own car (a driver title without delivery) → warning; a delivery title → none", () => {
    expect(ownVehicle.check(profile('fr', [req], { title: 'Chauffeur' }), context(text))).toHaveLength(1);
    expect(ownVehicle.check(profile('fr', [req], { title: 'Livreur' }), context(text))).toEqual([]);
    expect(
      ownVehicle.check(profile('en', [req], { title: 'Delivery Driver' }), context(text, { locale: 'en' })),
    ).toEqual([]);
  });

  it('English: "travel between sites" in the duties → none; in the offer → warning', () => {
    const en =
      'Site inspector\nDuties:\n- Travel between sites every day\nRequirements:\n- Must have own vehicle\nWe offer:\n- Travel between offices paid\n';
    const r = requirement(en, 'Must have own vehicle', 'own-vehicle');
    expect(
      ownVehicle.check(
        profile('en', [r], { signals: [signal(en, 'Travel between', 'driving-duty', 'duties')] }),
        context(en, { locale: 'en' }),
      ),
    ).toEqual([]);
    const perk = signal(en, 'Travel between offices', 'driving-duty', 'offer');
    expect(ownVehicle.check(profile('en', [r], { signals: [perk] }), context(en, { locale: 'en' }))).toHaveLength(1);
  });

  it('a delivery NOC (75201) → none', () => {
    expect(
      ownVehicle.check(profile('fr', [req]), context(text, { occupation: { noc: '75201', title: 'x', teer: 5 } })),
    ).toEqual([]);
  });
});

const TRUCK_FR = `Chauffeur de camion classe 1
Transport Rivard — Drummondville

Tâches :
- Transporter des marchandises entre nos terminaux du Québec et de l'Ontario

Exigences :
- Permis de conduire classe 1 valide
- Dossier de conduite propre

Salaire : 28 $ à 32 $ de l'heure
`;
const TRUCK_EN = `Class 1 Truck Driver
Northern Freight — Sudbury

Duties:
- Haul freight between our terminals in Ontario and Manitoba

Requirements:
- Valid Class AZ driver's licence
- Clean driving abstract

Pay: $30 to $34 per hour
`;
const OFFICE_FR = `Commis de bureau
Cabinet Gagnon — Trois-Rivières

Tâches :
- Classer les dossiers et accueillir la clientèle

Exigences :
- Permis de conduire classe 5 requis
- Posséder une voiture

Nous offrons :
- Frais de déplacements remboursés

Salaire : 19 $ de l'heure
`;

describe("end to end: driver's licence and own vehicle", () => {
  it("a truck driver's Class 1 → no licence finding (fr, en)", () => {
    for (const [text, jurisdiction] of [
      [TRUCK_FR, 'QC'],
      [TRUCK_EN, 'ON'],
    ] as const) {
      const r = auditPosting({ source: 'truck', text }, { ...OPTS, jurisdiction });
      expect(r.requirements.some((q) => q.kind === 'driver-licence')).toBe(true);
      expect(ids(r.findings, 'licence/driver')).toEqual([]);
    }
  });

  it('an office clerk: licence and own vehicle → warnings (the travel perk in the offer does not count)', () => {
    const found = audit(OFFICE_FR, { ...OPTS, jurisdiction: 'QC' });
    expect(ids(found, 'licence/driver').map((f) => f.severity)).toEqual(['warning']);
    expect(ids(found, 'transport/own-vehicle').map((f) => f.severity)).toEqual(['warning']);
  });

  it('deliveries in the duties justify the licence (fr)', () => {
    const text = OFFICE_FR.replace(
      '- Classer les dossiers et accueillir la clientèle',
      "- Faire les livraisons chez les clients avec le camion de l'entreprise",
    );
    const found = audit(text, { ...OPTS, jurisdiction: 'QC' });
    expect(ids(found, 'licence/driver')).toEqual([]);
    // The employer supplies the truck: owning a car is still not justified.
    expect(ids(found, 'transport/own-vehicle').map((f) => f.severity)).toEqual(['warning']);
  });
});

// ── criminal record and vulnerable people ────────────────────────────────────────────────────────────

describe('criminal record: jobs with vulnerable people', () => {
  const text = `Éducatrice
Tâches :
- Animer des activités pour les enfants
Exigences :
- Vérification des antécédents judiciaires
- Casier judiciaire vierge
Nous offrons :
- Place en garderie pour vos enfants
`;
  const check = requirement(text, 'Vérification des antécédents judiciaires', 'criminal-record-check');
  const blanket = requirement(text, 'Casier judiciaire vierge', 'criminal-record-check');
  const duty = signal(text, 'enfants', 'vulnerable-people', 'duties');

  it('a vulnerable-people signal in the duties: a plain check → no finding; a blanket wording → info citing art. 18.2', () => {
    const found = criminalRecord.check(profile('fr', [check, blanket], { signals: [duty] }), context(text));
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f.excerpt).toBe('Casier judiciaire vierge');
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/personnes vulnérables/);
    expect(f.message).toMatch(/article 18\.2/);
    expectWellFormed(f, 'fr');
  });

  it('a blanket wording whose link to the job is stated, in such a job → no finding', () => {
    const linked = { ...blanket, reasonStated: true } as Requirement;
    expect(criminalRecord.check(profile('fr', [linked], { signals: [duty] }), context(text))).toEqual([]);
  });

  it('a vulnerable-people word only in the offer (a daycare spot as a perk) does not count', () => {
    const perk: Signal = { type: 'vulnerable-people', text: 'garderie', span: at(text, 'garderie'), section: 'offer' };
    const found = criminalRecord.check(profile('fr', [check, blanket], { signals: [perk] }), context(text));
    expect(found.map((f) => f.severity)).toEqual(['info', 'warning']);
  });

  it('a health, education or child-care occupation counts without any signal', () => {
    for (const noc of ['42202', '31301', '33102', '44100', '44101', '41221']) {
      const found = criminalRecord.check(
        profile('fr', [check]),
        context(text, { occupation: { noc, title: 'x', teer: Number(noc[1]) } }),
      );
      expect(found).toEqual([]);
    }
    expect(
      criminalRecord.check(
        profile('fr', [check]),
        context(text, { occupation: { noc: '65100', title: 'x', teer: 5 } }),
      ),
    ).toHaveLength(1);
  });

  it('English: "clean record" with patients → info', () => {
    const en =
      'Personal support worker\nDuties:\n- Help patients with daily care\nRequirements:\n- Clean criminal record\n';
    const r = requirement(en, 'Clean criminal record', 'criminal-record-check');
    const [f] = criminalRecord.check(
      profile('en', [r], { signals: [signal(en, 'patients', 'vulnerable-people', 'duties')] }),
      context(en, { locale: 'en' }),
    );
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/vulnerable people/);
    expectWellFormed(f, 'en');
  });
});

const CPE_FR = `Éducatrice ou éducateur en service de garde
CPE Les Petits Pas — Sherbrooke

Tâches :
- Planifier et animer des activités pour les enfants de 3 à 5 ans
- Veiller à la sécurité et au bien-être des enfants

Exigences :
- Vérification des antécédents judiciaires requise

Salaire : 22 $ à 29 $ de l'heure
`;
const DAYCARE_EN = `Early Childhood Educator
Little Steps Daycare — Ottawa

Duties:
- Plan and lead activities for children aged 3 to 5
- Keep the children safe

Requirements:
- Police check required

Pay: $22 to $28 per hour
`;

describe("end to end: a daycare's police check", () => {
  it('→ no criminal-record finding (fr, en)', () => {
    for (const [text, jurisdiction] of [
      [CPE_FR, 'QC'],
      [DAYCARE_EN, 'ON'],
    ] as const) {
      const r = auditPosting({ source: 'daycare', text }, { ...OPTS, jurisdiction });
      expect(r.requirements.some((q) => q.kind === 'criminal-record-check')).toBe(true);
      expect(ids(r.findings, 'background/criminal-record')).toEqual([]);
    }
  });

  it('the same check for a cashier → info', () => {
    const text =
      "Caissier/caissière\nÉpicerie du Coin — Gatineau\n\nExigences :\n- Vérification des antécédents judiciaires requise\n\nSalaire : 17 $ de l'heure\n";
    expect(
      ids(audit(text, { ...OPTS, jurisdiction: 'QC' }), 'background/criminal-record').map((f) => f.severity),
    ).toEqual(['info']);
  });
});
