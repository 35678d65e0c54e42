import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { afterAll, describe, expect, it } from 'vitest';
import {
  detectOccupation,
  jaroWinkler,
  jsonValueEnd,
  loadAdditions,
  loadedOccupationData,
  MIN_CONFIDENCE,
  nocRequirements,
  OCCUPATION_DIR,
  occupationByCode,
  occupationDataAbout,
} from '../../src/context/occupation.js';
import { titleQueries } from '../../src/context/occupation-noise.js';
import { KEYER_VERSION, neutralize, titleKey, wordKey } from '../../src/context/occupation-text.js';
import { LexiconError } from '../../src/lexicon/yaml.js';
import { analyze } from '../../src/text/analyze.js';
import { fold } from '../../src/text/normalize.js';
import { cacheSizes, clearCaches } from '../../src/util/cache.js';
import { makeTmpDir } from '../fixtures/tmp.js';

// Postings written for these tests (not taken from the corpus).
const DISHWASHING = `Restaurant Chez Mimi, 60 places, recherche un plongeur.
Tâches : laver la vaisselle, les chaudrons et les ustensiles à la main et au lave-vaisselle; ranger la vaisselle;
sortir les poubelles; nettoyer la cuisine et les planchers; aider le cuisinier à éplucher les légumes.`;
const DIVING = `Entreprise de travaux maritimes recherche un plongeur professionnel.
Tâches : effectuer des travaux de soudage et d'inspection sous l'eau en plongée sous-marine avec scaphandre autonome
ou à casque; installer et entretenir l'équipement de plongée; respecter les tables de décompression; travailler sur
les quais, barrages et plateformes de forage. Certificat de plongée professionnelle exigé.`;

const read = (name: string) => readFileSync(join(OCCUPATION_DIR, name), 'utf8');
const dataLines = (name: string) =>
  read(name)
    .split('\n')
    .filter((l) => l && !l.startsWith('#'));
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const groupIndex = (gg: string) => B64.indexOf(gg[0]) * 64 + B64.indexOf(gg[1]);

describe('loading', () => {
  it('reads the data lazily, and only what it needs', () => {
    // vitest runs each test file in its own module context: nothing is read before this first use.
    expect(loadedOccupationData()).toEqual([]);
    const r = detectOccupation('Plongeur(se) - temps partiel - Laval', DISHWASHING);
    expect(r.occupation?.noc).toBe('65201');
    // How long this takes is measured by `npm run bench` (see docs/occupations.md), not asserted here.
    expect(loadedOccupationData()).toEqual(
      expect.arrayContaining(['noc2021.json', 'noc2021-titles.txt', 'noc2021-duties.txt']),
    );
    expect(loadedOccupationData()).not.toContain('noc2021-requirements.json');
    expect(r.requirements?.en).toContain('Some secondary school education is usually required.');
    expect(loadedOccupationData()).toContain('noc2021-requirements.json');
  });
});

describe('NOC 2021 data (lexicons/occupations)', () => {
  const meta = JSON.parse(read('noc2021.json')) as {
    keyer: number;
    groups: [string, string, string][];
    titleLines: number;
    dutyTotals: number[];
    about: { attribution: { en: string; fr: string } };
  };

  it('holds the 516 unit groups, with 5-digit codes, English and French titles, TEER = second digit', () => {
    expect(meta.keyer).toBe(KEYER_VERSION);
    expect(meta.groups).toHaveLength(516);
    expect(new Set(meta.groups.map((g) => g[0])).size).toBe(516);
    for (const [code, en, fr] of meta.groups) {
      expect(code).toMatch(/^\d{5}$/);
      expect(en.trim()).not.toBe('');
      expect(fr.trim()).not.toBe('');
      const occ = occupationByCode(code)!;
      expect(occ.teer).toBe(Number(code[1]));
      expect(occ.teer).toBeGreaterThanOrEqual(0);
      expect(occ.teer).toBeLessThanOrEqual(5);
    }
    expect(occupationByCode('65201')).toEqual({
      noc: '65201',
      title: 'Food counter attendants, kitchen helpers and related support occupations',
      teer: 5,
    });
    expect(occupationByCode('65201', 'fr')?.title).toBe(
      'Serveurs/serveuses au comptoir, aides de cuisine et personnel de soutien assimilé',
    );
    expect(occupationByCode('99999')).toBeNull();
  });

  it('carries the Open Government Licence attribution in every file', () => {
    expect(occupationDataAbout().attribution.en).toMatch(
      /^Contains information licensed under the Open Government Licence – Canada/,
    );
    expect(meta.about.attribution.en).toMatch(
      /Source: Statistics Canada, National Occupational Classification \(NOC\) 2021 Version 1\.0/,
    );
    expect(meta.about.attribution.fr).toMatch(/Licence du gouvernement ouvert – Canada.*Statistique Canada/);
    for (const f of ['noc2021-titles.txt', 'noc2021-words.txt', 'noc2021-duties.txt']) {
      expect(read(f).split('\n').slice(0, 3).join('\n')).toMatch(/Open Government Licence - Canada.*Statistics Canada/);
    }
    expect(JSON.parse(read('noc2021-requirements.json')).about.attribution.en).toBe(meta.about.attribution.en);
  });

  it('keeps the sorted files sorted (binary search depends on it) and every group reachable', () => {
    const titles = dataLines('noc2021-titles.txt');
    expect(titles).toHaveLength(meta.titleLines);
    const seen = new Set<number>();
    const bad: string[] = [];
    let previous = '';
    for (const line of titles) {
      const m = /^([a-z0-9 |]+)=([A-Za-z0-9+/]{2})$/.exec(line);
      if (!m || m[1] < previous || groupIndex(m[2]) >= 516) {
        bad.push(line);
        continue;
      }
      previous = m[1];
      seen.add(groupIndex(m[2]));
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBe(516);
    for (const name of ['noc2021-words.txt', 'noc2021-duties.txt']) {
      const keys = dataLines(name).map((l) => l.split(/[ =]/)[0]);
      expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
    }
    expect(meta.dutyTotals).toHaveLength(516);
    expect(meta.dutyTotals.every((t) => t > 0)).toBe(true);
  });

  it("has every group's employment requirements in English and French", () => {
    for (const [code] of meta.groups) {
      expect(nocRequirements(code, 'en').length, code).toBeGreaterThan(0);
      expect(nocRequirements(code, 'fr').length, code).toBeGreaterThan(0);
    }
    expect(nocRequirements('65310', 'en')).toContain('Some secondary school education may be required.');
    expect(nocRequirements('65310', 'fr')).toContain("Quelques années d'études secondaires peuvent être exigées.");
    expect(nocRequirements('00000', 'en')).toEqual([]);
    // Each group is cut out of the file and parsed alone: the same as parsing the whole file.
    const whole = JSON.parse(readFileSync(join(OCCUPATION_DIR, 'noc2021-requirements.json'), 'utf8')) as {
      groups: [string, string[], string[]][];
    };
    for (const [code, en, fr] of whole.groups)
      expect([nocRequirements(code, 'en'), nocRequirements(code, 'fr')], code).toEqual([en, fr]);
  });

  it('finds the end of a JSON value, brackets and escaped quotes inside strings included', () => {
    const value = JSON.stringify(['a]', ['b"]', 'c\\'], { d: '}' }, 'Études « ] »']);
    const text = `x ${value} tail`;
    expect(text.slice(2, jsonValueEnd(text, 2))).toBe(value);
    // The same on UTF-8 bytes (how the requirements file is searched).
    const bytes = Buffer.from(text, 'utf8');
    expect(bytes.toString('utf8', 2, jsonValueEnd(bytes, 2))).toBe(value);
  });

  it('finds each group from its own English and French class titles (build and run time key titles alike)', () => {
    let found = 0;
    for (const [code, en, fr] of meta.groups) {
      for (const t of [en, fr]) {
        const c = detectOccupation(t, '', { additions: false, threshold: 0 }).candidates?.find((x) => x.noc === code);
        if (c && c.score >= 0.9) found++;
      }
    }
    // A few long class titles list several occupations with hyphenated pairs; they still score >= 0.69.
    expect(found).toBeGreaterThanOrEqual(1020);
  });
});

describe('title keys', () => {
  const key = (s: string) => titleKey(s);
  it('gives feminine, épicène, plural and masculine forms one key', () => {
    const forms = [
      'Préposé à l’entretien ménager',
      'Préposée à l’entretien ménager',
      'Préposé(e) à l’entretien ménager',
      'Préposé·e à l’entretien ménager',
      'PRÉPOSÉS À L’ENTRETIEN MÉNAGER',
      'Préposé-e à l’entretien ménager',
    ];
    expect(new Set(forms.map(key))).toEqual(new Set(['prepos entretien menager']));
    expect(
      new Set(
        [
          'Plongeur',
          'Plongeuse',
          'Plongeur(se)',
          'Plongeur/plongeuse',
          'Plongeur / Plongeuse',
          'plongeur.euse',
          'Plongeurs',
        ].map(key),
      ),
    ).toEqual(new Set(['plongeur']));
    expect(new Set(['Caissier', 'Caissière', 'Caissier/caissière', 'caissier(ère)', 'Caissier·ère'].map(key))).toEqual(
      new Set(['caissier']),
    );
    expect(new Set(['Journalier', 'Journalière', 'journalier/journalière', 'Journalier(ère)'].map(key))).toEqual(
      new Set(['journalier']),
    );
    expect(key('Coordonnateur/Rice')).toBe(key('Coordonnatrice'));
    expect(key('Animateur·trice')).toBe(key('animateur'));
    expect(key('Technicien(ne) informatique')).toBe(key('technicienne informatique'));
    expect(key('Agent administratif ou agente administrative')).toBe(key('agent administratif'));
    expect(key('Développeuse ou Développeur de logiciels')).toBe(key('développeur de logiciels'));
    expect(key('Contremaîtresse')).toBe(key('contremaître'));
    expect(key("Commis d'entrepôt")).toBe(key('commis entrepôt'));
  });

  it('keeps different words apart', () => {
    expect(wordKey('vendeur')).not.toBe(wordKey('vente'));
    expect(neutralize(fold('Vendeur(se)/Préparateur(rice)'))).toBe('vendeur/preparateur');
  });

  it('strips the noise of posting titles', () => {
    const texts = (t: string) => titleQueries(t).map((q) => q.text);
    expect(texts('Plongeur(se) - temps partiel - Laval')).toEqual(['plongeur']);
    expect(texts('URGENT : Caissier/caissière (H/F) – 2 postes, temps plein')).toEqual(['caissier']);
    expect(texts('Cleaner F/H - Full-time - Toronto, ON')).toEqual(['cleaner']);
    expect(texts('Cariste/ manutentionnaire (H/F)')).toEqual([
      'cariste',
      'manutentionnaire',
      'cariste manutentionnaire',
    ]);
    expect(texts('Associate Software Developer (Remote, Hybrid)')).toEqual(['software developer']);
    expect(texts('Warehouse Associate - Night shift')).toEqual(['warehouse associate']);
    expect(texts('Stagiaire en développement logiciel, été 2026')).toEqual(['developpement logiciel']);
    expect(titleQueries('Préposé aux bénéficiaires (sauf soins à domicile)')[0].keys).toEqual([
      'prepos',
      'beneficiair',
    ]);
    expect(titleQueries('HR Advisor')[0].keys).toEqual(['human', 'resourc', 'advisor']);
  });
});

describe('detectOccupation', () => {
  const noc = (title: string, text = '') => detectOccupation(title, text).occupation?.noc ?? null;

  it('detects realistic French titles', () => {
    expect(noc('Plongeur(se) - temps partiel - Laval')).toBe('65201');
    expect(noc('Préposé(e) à l’entretien ménager')).toBe('65310');
    expect(noc('Préposée à l’entretien ménager - Hôtel du Parc')).toBe('65310');
    expect(noc('Caissier/caissière')).toBe('65100');
    expect(noc('Journalier d’entrepôt')).toBe('75101');
    expect(noc('Journalière d’entrepôt - quart de soir')).toBe('75101');
    expect(noc('Commis d’entrepôt')).toBe('75101');
    expect(noc('Préposé aux bénéficiaires (PAB)')).toBe('33102');
    expect(noc('PAB - CHSLD')).toBe('33102');
    expect(noc('Infirmière auxiliaire')).toBe('32101');
    expect(noc('Développeur(se) de logiciels')).toBe('21232');
    expect(noc('Aide-cuisinier(ère)')).toBe('65201');
  });

  it('detects realistic English titles', () => {
    expect(noc('Cashier')).toBe('65100');
    expect(noc('Dishwasher - Part-time')).toBe('65201');
    expect(noc('Cleaner')).toBe('65310');
    // Material handlers (TEER 5): NOC lists "warehouse worker - material handling" and "warehouseperson" there.
    expect(noc('Warehouse Associate')).toBe('75101');
    expect(occupationByCode('75101')?.teer).toBe(5);
    expect(noc('Software Developer')).toBe('21232');
    expect(noc('Senior Software Developer (Remote)')).toBe('21232');
    expect(noc('Registered nurse')).toBe('31301');
    expect(noc('RN - Emergency Department')).toBe('31301');
    expect(noc('Long haul truck driver')).toBe('73300');
  });

  it('returns no occupation for a nonsense or empty title', () => {
    const r = detectOccupation('Zorblax quantum wizard ninja', 'We want rockstars.');
    expect(r.occupation).toBeNull();
    expect(r.confidence).toBeLessThan(MIN_CONFIDENCE);
    expect(detectOccupation(null, 'text').occupation).toBeNull();
    expect(detectOccupation('   ', 'text').occupation).toBeNull();
    expect(detectOccupation('Temps plein - Laval (H/F)', '').occupation).toBeNull();
  });

  it('tells apart a title shared by several groups by the posting’s duties, never by data order', () => {
    const dishes = detectOccupation('Plongeur', DISHWASHING);
    expect(dishes.occupation?.noc).toBe('65201');
    expect(dishes.resolvedBy).toBe('duties');
    const diving = detectOccupation('Plongeur', DIVING);
    expect(diving.occupation?.noc).not.toBe('65201');
    expect(diving.occupation?.noc).toBe('72999');
    // The candidates and their duty scores say why.
    const c = Object.fromEntries(diving.candidates!.map((x) => [x.noc, x.duties]));
    expect(c['72999']).toBeGreaterThan(c['65201']!);
  });

  it('leaves an unexplained tie unresolved, unless a reviewed addition names the usual sense', () => {
    // NOC alone: "plongeur" heads three groups (65201, 72999, 53200) and the text says nothing.
    const tie = detectOccupation('Plongeur', '', { additions: false });
    expect(tie.occupation).toBeNull();
    expect(tie.candidates?.map((x) => x.noc).sort()).toEqual(['53200', '65201', '72999']);
    expect(tie.teer).toBeUndefined(); // their TEERs differ
    // With additions.yaml, "plongeur" is the dishwasher: an exact reviewed title beats the heads of NOC's
    // qualified ones ("Plongeur/plongeuse - plongée sous-marine"); the duties still win when they disagree.
    const usual = detectOccupation('Plongeur', '');
    expect(usual.occupation?.noc).toBe('65201');
    expect(usual.candidates?.[0].match).toBe('addition');
  });

  it('gives the TEER that tied candidates share when it cannot pick a group', () => {
    const r = detectOccupation('Manoeuvre', '');
    expect(r.occupation).toBeNull();
    expect(r.teer).toBe(5);
  });

  it('prefers an exact example title to the head of a qualified one', () => {
    // "Caissier" (65100) over "Caissier/caissière - institutions financières" (64400).
    const r = detectOccupation('Caissier', '');
    expect(r.occupation?.noc).toBe('65100');
    expect(r.candidates?.map((x) => x.noc)).toContain('64400');
  });

  it('accepts an override code, and rejects an unknown one', () => {
    const r = detectOccupation('Anything', '', { override: '65310', lang: 'fr' });
    expect(r.occupation).toEqual({
      noc: '65310',
      title: 'Préposés/préposées à l’entretien ménager et au nettoyage - travaux légers'.replace('’', "'"),
      teer: 5,
    });
    expect(r.resolvedBy).toBe('override');
    expect(r.confidence).toBe(1);
    expect(() => detectOccupation('x', '', { override: '12' })).toThrow(/unknown NOC 2021 unit group "12"/);
  });

  it('serializes to JSON with its requirements', () => {
    const json = JSON.parse(JSON.stringify(detectOccupation('Cashier', '')));
    expect(json.occupation).toEqual({ noc: '65100', title: 'Cashiers', teer: 5 });
    expect(json.requirements.en.length).toBeGreaterThan(0);
  });

  it('computes Jaro–Winkler as natural does', () => {
    for (const [a, b] of [
      ['idustriel', 'industriel'],
      ['developper', 'developpeur'],
      ['martha', 'marhta'],
      ['plongeur', 'plongee'],
      ['abc', 'xyz'],
    ]) {
      expect(jaroWinkler(a, b)).toBeCloseTo(JaroWinklerDistance(a, b), 10);
    }
    expect(noc('Peintre idustriel')).toBe(noc('Peintre industriel'));
  });
});

describe('additions.yaml', () => {
  const tmp = makeTmpDir('jobaudit-occ-');
  afterAll(() => tmp.remove());
  const errorOf = (body: string): LexiconError => {
    const f = tmp.write(`a${Math.random().toString(36).slice(2)}.yaml`, body);
    try {
      loadAdditions(f);
    } catch (e) {
      return e as LexiconError;
    }
    throw new Error('no error');
  };

  it('loads the shipped file, every title mapping to a real group', () => {
    const list = loadAdditions();
    expect(list.length).toBeGreaterThan(20);
    for (const a of list) expect(occupationByCode(a.noc), a.title).not.toBeNull();
  });

  it('names the file and line of a bad entry', () => {
    let e = errorOf('"65201":\n  - plongeur\n"6520":\n  - aide\n');
    expect(e).toBeInstanceOf(LexiconError);
    expect(e.message).toMatch(/\.yaml:3: "6520" is not a 5-digit NOC 2021 unit-group code/);
    e = errorOf('"65201":\n  - plongeur\n"99999":\n  - aide\n');
    expect(e.message).toMatch(/\.yaml:3: 99999 is not a NOC 2021 unit group/);
    e = errorOf('"65201":\n  - plongeur\n"72999":\n  - Plongeuse\n');
    expect(e.message).toMatch(/\.yaml:4: "Plongeuse" is already listed under 65201 \(line 2\)/);
    e = errorOf('"65201":\n  - plongeur\n  - ""\n');
    expect(e.message).toMatch(/\.yaml:3: a title under 65201 must be non-empty text/);
    e = errorOf('"65201":\n  - plongeur/aide de cuisine\n');
    expect(e.message).toMatch(/\.yaml:2: "plongeur\/aide de cuisine" holds two titles/);
    e = errorOf('"65201": [plongeur\n');
    expect(e.message).toMatch(/\.yaml:\d+: invalid YAML/);
  });
});

describe('caches', () => {
  it('give the same results after every cache is emptied (titles, duties of analysed words, word weights)', () => {
    const words = analyze(DIVING).tokens.map((t) => t.word);
    const detect = () =>
      [
        detectOccupation('Plongeur', DISHWASHING),
        detectOccupation('Plongeur', '', { words }),
        detectOccupation('Idustriel mécanicien de chantier', ''),
      ].map((r) => ({
        occ: r.occupation?.noc ?? null,
        confidence: r.confidence,
        candidates: r.candidates?.map((c) => [c.noc, c.score, c.match]),
      }));
    const before = detect();
    expect(before[0].occ).toBe('65201');
    expect(before[1].occ).not.toBe('65201');
    expect(cacheSizes().filter((c) => c.name.startsWith('occupation') && c.size > 0).length).toBeGreaterThan(3);
    clearCaches();
    expect(loadedOccupationData()).toEqual([]);
    expect(detect()).toEqual(before);
    expect(detect()).toEqual(before);
  });

  it('matches a title of thousands of words as it matches its parts', () => {
    const title = Array.from({ length: 2_000 }, () => 'Plongeur / plongeuse').join(' - ');
    expect(detectOccupation(title, DISHWASHING).occupation?.noc).toBe('65201');
  });
});
