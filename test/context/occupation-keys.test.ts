// Tests for the word lists of the title keys (lexicons/occupations/title-keys.yaml, read by
// src/context/occupation-words.ts) and for the keys src/context/occupation-text.ts computes with them.
// The expected keys are those the lists gave when they were TypeScript constants (and that
// lexicons/occupations/noc2021-titles.txt holds): moving them to YAML must not change one key.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  configureKeys,
  keys,
  STOPWORDS,
  titleKey,
  validateKeyWords,
  wordKey,
  type KeyWords,
} from '../../src/context/occupation-text.js';
import { KEY_WORDS_FILE, keyWords } from '../../src/context/occupation-words.js';
import { LexiconError, YamlDoc } from '../../src/lexicon/yaml.js';
import { clearCaches } from '../../src/util/cache.js';
import { makeTmpDir } from '../fixtures/tmp.js';

describe('title keys from the shipped lists', () => {
  it.each([
    ['Préposées', 'prepos'],
    ['préposé', 'prepos'],
    ['caissière', 'caissier'],
    ['plongeuse', 'plongeur'],
    ['coordonnatrice', 'coordonnateur'],
    ['directrice', 'directeur'],
    ['nurses', 'nurs'],
    ['nurse', 'nurs'],
    ['maîtresse', 'maitr'],
    ['maître', 'maitr'],
    ['contremaîtresse', 'contremaitr'],
    ['hôtesse', 'hot'],
    ['mairesse', 'mair'],
    ['cheffe', 'chef'],
    ['Technicienne en génie', 'technicien geni'],
    ['généraux', 'general'],
    ['companies', 'compani'],
    // "rice" after a letter other than t or d is no feminine ending.
    ['nourrice', 'nourric'],
    // Stopwords dropped, in both languages.
    ["Commis à l'entrepôt", 'commis entrepot'],
    ["Worker's compensation clerk", 'worker compensation clerk'],
    ["Chef(fe) d'équipe", 'chef equip'],
    ['agent administratif ou agente administrative', 'agent administratif'],
  ])('%s → %s', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });

  it('keys the words of a NOC title line as the stored data does', () => {
    // "Préposé/préposée aux bénéficiaires" is in NOC 33102 as a pair; both sides key alike.
    expect(keys('preposee aux beneficiaires')).toEqual(['prepos', 'beneficiair']);
    const titles = readFileSync(KEY_WORDS_FILE.replace(/title-keys\.yaml$/, 'noc2021-titles.txt'), 'latin1');
    expect(titles).toContain('\nprepos beneficiair=');
  });

  it('knows the stopwords of both languages, and only those', () => {
    for (const w of ['de', 'des', 'aux', 'chez', 'the', 'of', 'with']) expect(STOPWORDS.has(w)).toBe(true);
    for (const w of ['commis', 'chef', 'nurse', 'à']) expect(STOPWORDS.has(w)).toBe(false);
  });

  it('reads the same lists at build time (YamlDoc) and at run time (loadValidated)', () => {
    expect(validateKeyWords(YamlDoc.read(KEY_WORDS_FILE))).toEqual(keyWords());
  });
});

describe('configureKeys', () => {
  afterEach(() => configureKeys(keyWords));

  it('computes keys with the lists it is given, and forgets keys made with others', () => {
    expect(wordKey('vendeuse')).toBe('vendeur');
    const lists: KeyWords = { stopwords: { fr: ['chez'] }, endings: [{ ending: 'euse', to: 'eux' }] };
    configureKeys(lists);
    expect(wordKey('vendeuse')).toBe('vendeux');
    expect(keys('vendeuse de la boutique')).toEqual(['vendeux', 'de', 'la', 'boutiqu']);
    configureKeys(keyWords);
    expect(wordKey('vendeuse')).toBe('vendeur');
  });

  it('reloads the shipped lists after clearCaches', () => {
    clearCaches();
    expect(titleKey('coordonnatrice')).toBe('coordonnateur');
  });
});

describe('errors in title-keys.yaml name the file and the line', () => {
  const tmp = makeTmpDir('jobaudit-title-keys-');
  afterAll(() => tmp.remove());
  const good = readFileSync(KEY_WORDS_FILE, 'utf8');

  function bad(name: string, source: string, line: number, message: RegExp) {
    const file = tmp.write(name, source);
    try {
      validateKeyWords(YamlDoc.read(file));
      expect.unreachable('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(LexiconError);
      expect((e as LexiconError).file).toBe(file);
      expect((e as LexiconError).line).toBe(line);
      expect((e as LexiconError).message).toMatch(message);
    }
  }
  const lineOf = (source: string, text: string) => source.slice(0, source.indexOf(text)).split('\n').length;

  it('for a stopword that is not folded', () => {
    const source = good.replace('[de, du,', '[de, à, du,');
    bad('accent.yaml', source, lineOf(source, '[de, à, du,'), /stopword "à" must be written folded/);
  });

  it('for a stopword listed twice', () => {
    const source = good.replace('[of, the,', '[of, de, the,');
    bad('twice.yaml', source, lineOf(source, '[of, de, the,'), /stopword "de" is listed twice \(also under fr\)/);
  });

  it('for an ending that an earlier one always catches', () => {
    const source = good.replace(
      '  - { ending: iere, to: ier }',
      '  - { ending: ere, to: er }\n  - { ending: iere, to: ier }',
    );
    bad(
      'order.yaml',
      source,
      lineOf(source, '  - { ending: iere, to: ier }'),
      /ending "iere" never applies: the ending at line \d+ comes first/,
    );
  });

  it('for an ending without `to`, or with an unknown key', () => {
    const noTo = good.replace('{ ending: ffe, to: f }', '{ ending: ffe }');
    bad('no-to.yaml', noTo, lineOf(noTo, '{ ending: ffe }'), /needs `ending` and `to`/);
    const unknown = good.replace('{ ending: ffe, to: f }', '{ ending: ffe, to: f, before: [c] }');
    bad('unknown.yaml', unknown, lineOf(unknown, '{ ending: ffe, to: f, before'), /no key "before"/);
  });

  it('for a regular expression written as an ending', () => {
    const source = good.replace('{ ending: ee, to: e }', '{ ending: "e+", to: e }');
    bad('regex.yaml', source, lineOf(source, '{ ending: "e+"'), /`ending` must be lower-case letters a-z/);
  });
});
