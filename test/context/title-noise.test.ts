// Tests for lexicons/title-noise.yaml and its reading (src/context/title-noise-data.ts, occupation-noise.ts):
// one place list (jurisdictions.yaml) for the title filter, and errors that name the file and the line.
// Every title here is written for these tests (no corpus text).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadJurisdictionData } from '../../src/context/jurisdiction.js';
import { compileNoise, titleQueries } from '../../src/context/occupation-noise.js';
import { loadTitleNoise } from '../../src/context/title-noise-data.js';
import { LEXICON_DIR, LexiconError } from '../../src/lexicon/yaml.js';
import { makeTmpDir } from '../fixtures/tmp.js';

const texts = (title: string) => titleQueries(title).map((q) => q.text);

describe('the shipped title noise', () => {
  it('is valid and lists no place name of its own', () => {
    const data = loadTitleNoise();
    expect(data.phrases.length).toBeGreaterThan(200);
    expect(data.abbreviations).toContainEqual(['hr', 'human resources']);
    const phrases = data.phrases.map(([p]) => p);
    for (const place of ['montreal', 'toronto', 'vancouver', 'quebec', 'ontario', 'alberta', 'qc', 'bc'])
      expect(phrases).not.toContain(place);
    expect(readFileSync(join(LEXICON_DIR, 'title-noise.yaml'), 'utf8')).not.toMatch(/corpus\/postings/);
    expect(() => compileNoise()).not.toThrow();
  });

  it('drops the places of jurisdictions.yaml, not only the largest cities', () => {
    const places = new Map(loadJurisdictionData().places.map(([p, code]) => [p, code]));
    expect(places.get('Kelowna')).toBe('BC');
    expect(texts('Line cook - Kelowna, BC')).toEqual(['line cook']);
    expect(texts('Préposé à l’entretien - Sept-Îles')).toEqual(['prepose a l entretien']);
    expect(texts('Caissier(ère) – Montréal (QC)')).toEqual(['caissier']);
    expect(texts('Dishwasher - London, ON')).toEqual(['dishwasher']);
  });

  it('reads "St" as "Saint" in a place, as jurisdiction does', () => {
    expect(texts('Commis d’entrepôt - St-Jérôme')).toEqual(['commis d entrepot']);
    expect(texts('Commis d’entrepôt - Saint-Jérôme')).toEqual(['commis d entrepot']);
  });

  it('keeps places that are also words of job titles', () => {
    expect(texts('Maçon (H/F)')).toEqual(['macon']);
    expect(texts('Monteur de vannes - Lyon')).toEqual(['monteur de vannes']);
  });

  it('spells out abbreviations and drops exclusions and leading levels', () => {
    expect(titleQueries('HR Advisor - Calgary')[0].keys).toEqual(['human', 'resourc', 'advisor']);
    expect(texts('Aide-cuisinier (sauf restauration rapide)')).toEqual(['aide cuisinier']);
    expect(texts('Associate Pharmacist')).toEqual(['pharmacist']);
  });
});

describe('errors name the file and the line', () => {
  const tmp = makeTmpDir('jobaudit-noise-');
  afterAll(() => tmp.remove());
  let n = 0;
  const bad = (yaml: string, message: RegExp, line: number): void => {
    const file = tmp.write(`noise${n++}.yaml`, yaml);
    try {
      compileNoise(file);
      expect.unreachable('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      expect((e as LexiconError).file).toBe(file);
      expect((e as LexiconError).line).toBe(line);
      expect((e as Error).message).toMatch(message);
    }
  };

  it('for a malformed entry', () => {
    bad('phrases:\n  schedule: [temps plein]\nwords: [x]\n', /unknown group "words"/, 3);
    bad('phrases:\n  schedule:\n    - temps plein\n    - "  "\n', /must be non-empty text/, 4);
    bad('phrases:\n  schedule:\n    - "--"\n', /must hold a word/, 3);
    bad('phrases:\n  schedule:\n    - Temps plein\n  other:\n    - temps  plein\n', /already listed \(line 3\)/, 5);
    bad('abbreviations:\n  hr: human resources\n  r h: ressources humaines\n', /must be one word/, 3);
    bad('leading-levels: [associate, senior associate]\n', /must be one word/, 1);
  });

  it('for a place listed as noise, and for a kept place that is no place', () => {
    bad(
      'phrases:\n  schedule: [temps plein]\n  location:\n    - downtown\n    - Trois-Rivières\n',
      /"Trois-Rivières" is a place of jurisdictions\.yaml/,
      5,
    );
    bad("phrases:\n  location:\n    - St. John's\n", /is a place of jurisdictions\.yaml/, 3);
    bad(
      'phrases:\n  schedule: [temps plein]\nexclusions: [sauf]\nplaces-kept:\n  - Mâcon\n  - Atlantis\n',
      /"Atlantis" is no place/,
      6,
    );
  });
});
