import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { describe, expect, it } from 'vitest';
import { detectLanguage, francFrEn } from '../../src/text/language.js';

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

  it('detects each sample in its folder’s language', () => {
    for (const f of samples) expect(detectLanguage(readFileSync(f, 'utf8'), [], 'fr')).toBe(f.includes('/fr/') ? 'fr' : 'en');
  });

  it('uses function words and accents for short texts instead of franc', () => {
    expect(detectLanguage('Bilinguisme requis', ['bilinguisme', 'requis'], 'en')).toBe('fr');
    expect(detectLanguage('Préposé à l’entretien', ['prepose', 'a', 'l', 'entretien'], 'en')).toBe('fr');
    expect(detectLanguage('Cashier, evenings and weekends', ['cashier', 'evenings', 'and', 'weekends'], 'fr')).toBe('en');
    expect(detectLanguage('Commis', ['commis'], 'en')).toBe('en');
  });
});
