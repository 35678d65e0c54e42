// licence/driver, transport/own-vehicle, background/criminal-record, availability/unrestricted.
import { describe, expect, it } from 'vitest';
import { unrestrictedAvailability } from '../../src/rules/availability.js';
import { criminalRecord } from '../../src/rules/background.js';
import { driverLicence } from '../../src/rules/licence.js';
import { ownVehicle } from '../../src/rules/transport.js';
import { context, EN_POSTING, expectWellFormed, FR_POSTING, profile, requirement } from './helpers.js';

const T = FR_POSTING;
const E = EN_POSTING;
const EN = { locale: 'en' as const };

describe('licence/driver', () => {
  it('required → warning, rewrite asks to state the driving', () => {
    const req = requirement(T, 'Permis de conduire classe 5 requis', 'driver-licence');
    const [f] = driverLicence.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('warning');
    expect(f.suggestions[0].replacement).toMatch(
      /^Permis de conduire classe 5 requis pour \[précisez la conduite prévue/,
    );
    expect(f.references.map((r) => r.url)).toContain(
      'https://www3.ohrc.on.ca/en/policy-requiring-drivers-licence-condition-employment',
    );
    expectWellFormed(f, 'fr');
  });

  it('asset → info; English wording reused', () => {
    const req = requirement(E, "Valid driver's licence required", 'driver-licence', 'asset');
    const [f] = driverLicence.check(profile('en', [req]), context(E, EN));
    expect(f.severity).toBe('info');
    expect(f.suggestions[0].replacement).toMatch(/^Valid driver's licence: an asset for \[/);
    expectWellFormed(f, 'en');
  });

  it('delivery drivers (NOC 75201) → no finding', () => {
    const req = requirement(T, 'Permis de conduire classe 5 requis', 'driver-licence');
    expect(
      driverLicence.check(profile('fr', [req]), context(T, { occupation: { noc: '75201', title: 'x', teer: 5 } })),
    ).toEqual([]);
  });
});

describe('transport/own-vehicle', () => {
  it('required → warning; asset → info', () => {
    const req = requirement(T, 'Posséder une voiture', 'own-vehicle');
    const [f] = ownVehicle.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('warning');
    expectWellFormed(f, 'fr');
    const asset = requirement(E, 'Must have own vehicle', 'own-vehicle', 'asset');
    const [g] = ownVehicle.check(profile('en', [asset]), context(E, EN));
    expect(g.severity).toBe('info');
    expectWellFormed(g, 'en');
  });
});

describe('background/criminal-record', () => {
  it('"casier judiciaire vierge" → warning citing Charter art. 18.2', () => {
    const req = requirement(T, 'Casier judiciaire vierge', 'criminal-record-check');
    const [f] = criminalRecord.check(profile('fr', [req]), context(T));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/article 18\.2 de la Charte des droits et libertés de la personne/);
    expect(f.references.map((r) => r.url)).toContain('https://blogue.soquij.qc.ca/?p=3789');
    expectWellFormed(f, 'fr');
  });

  it('"No criminal record" → warning; a check → info', () => {
    const blanket = requirement(E, 'No criminal record', 'criminal-record-check');
    const check = requirement(E, 'Criminal background check required', 'criminal-record-check');
    const found = criminalRecord.check(profile('en', [blanket, check]), context(E, EN));
    expect(found.map((f) => f.severity)).toEqual(['warning', 'info']);
    found.forEach((f) => expectWellFormed(f, 'en'));
  });

  it('French check → info; a blanket wording with a stated link → info', () => {
    const check = requirement(T, 'Vérification des antécédents judiciaires', 'criminal-record-check');
    expect(criminalRecord.check(profile('fr', [check]), context(T))[0].severity).toBe('info');
    const linked = requirement(T, 'Casier judiciaire vierge', 'criminal-record-check', 'required', {
      reasonStated: true,
    });
    expect(criminalRecord.check(profile('fr', [linked]), context(T))[0].severity).toBe('info');
  });

  it('Ontario adds the "record of offences" note', () => {
    const req = requirement(E, 'No criminal record', 'criminal-record-check');
    const [f] = criminalRecord.check(profile('en', [req]), context(E, { locale: 'en', jurisdiction: 'ON' }));
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/record of offences/);
  });
});

describe('availability/unrestricted', () => {
  it('"Disponibilité totale, 24/7" → warning; evenings and weekends → info', () => {
    const total = requirement(T, 'Disponibilité totale, 24/7', 'availability');
    const broad = requirement(T, 'Disponible soirs et fins de semaine', 'availability');
    const found = unrestrictedAvailability.check(profile('fr', [total, broad]), context(T));
    expect(found.map((f) => f.severity)).toEqual(['warning', 'info']);
    found.forEach((f) => expectWellFormed(f, 'fr'));
  });

  it('"on call" → warning; asset → info', () => {
    const onCall = requirement(E, 'Must be available 24/7, on call', 'availability');
    expect(unrestrictedAvailability.check(profile('en', [onCall]), context(E, EN))[0].severity).toBe('warning');
    const asset = requirement(E, 'Must be available 24/7, on call', 'availability', 'asset');
    expect(unrestrictedAvailability.check(profile('en', [asset]), context(E, EN))[0].severity).toBe('info');
  });
});
