import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { data } from 'franc/data.js';
import { asDictionary } from 'trigram-utils';
import { describe, expect, it } from 'vitest';
import { detectLanguage, francFrEn, francModel, trigramCounts } from '../../src/text/language.js';

const samples = ['fr', 'en'].flatMap((d) => readdirSync(join('samples', d)).map((f) => join('samples', d, f)));

describe('language detection', () => {
  it('gives the answer franc gives when restricted to French and English', () => {
    const texts = samples.map((f) => readFileSync(f, 'utf8'));
    texts.push('Nous recherchons une personne fiable. We are looking for a reliable person to join our team today.');
    for (const t of texts) {
      const expected = franc(t, { only: ['fra', 'eng'], minLength: 1 }) === 'fra' ? 'fr' : 'en';
      expect(francFrEn(t)).toBe(expected);
    }
  });

  it('reads the French and English models out of franc’s data file as franc loads them', () => {
    const source = readFileSync(join('node_modules', 'franc', 'data.js'), 'utf8');
    expect(francModel(source, 'fra')).toBe(data.Latin.fra);
    expect(francModel(source, 'eng')).toBe(data.Latin.eng);
    expect(() => francModel('export const data = {}', 'fra')).toThrow(/no model "fra"/);
  });

  it('counts trigrams as trigram-utils does (punctuation, digits and spacing included)', () => {
    for (const t of ['Salaire : 17,53 $/h — DES requis!', '  Two  spaces\tand\nlines, 5+ years  ', "L'équipe d'été"]) {
      expect(Object.fromEntries(trigramCounts(t))).toEqual(asDictionary(t));
    }
  });

  it('detects each sample in its folder’s language', () => {
    for (const f of samples)
      expect(detectLanguage(readFileSync(f, 'utf8'), [], 'fr')).toBe(f.includes('/fr/') ? 'fr' : 'en');
  });

  it('uses function words and accents for short texts instead of franc', () => {
    expect(detectLanguage('Bilinguisme requis', ['bilinguisme', 'requis'], 'en')).toBe('fr');
    expect(detectLanguage('Préposé à l’entretien', ['prepose', 'a', 'l', 'entretien'], 'en')).toBe('fr');
    expect(detectLanguage('Cashier, evenings and weekends', ['cashier', 'evenings', 'and', 'weekends'], 'fr')).toBe(
      'en',
    );
    expect(detectLanguage('Commis', ['commis'], 'en')).toBe('en');
  });
});
