import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addLexiconFile, loadLexicon } from '../../src/lexicon/load.js';
import { Trie } from '../../src/lexicon/trie.js';
import { LexiconError } from '../../src/lexicon/yaml.js';
import { analyze } from '../../src/text/analyze.js';

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-lex-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: string) => {
  const f = join(dir, name);
  writeFileSync(f, body);
  return f;
};
const errorOf = (file: string): LexiconError => {
  try {
    addLexiconFile(new Trie(), file, 'fr');
  } catch (e) {
    return e as LexiconError;
  }
  throw new Error('no error');
};

describe('lexicon validation', () => {
  it('names the file and line of an unknown kind', () => {
    const f = write('kind.yaml', 'kinds:\n  secondary-diploma:\n    - DES\n  diplome-secondaire:\n    - diplôme\n');
    const e = errorOf(f);
    expect(e).toBeInstanceOf(LexiconError);
    expect(e.message).toBe(
      `${f}:4: unknown kinds entry "diplome-secondaire" (allowed: secondary-diploma, post-secondary, second-language, experience, driver-licence, own-vehicle, criminal-record-check, canadian-experience, availability, physical)`,
    );
  });

  it('names the line of an empty phrase, of a phrase that is not text, and of an unknown group', () => {
    expect(errorOf(write('empty.yaml', 'cues:\n  asset:\n    - atout\n    - ""\n')).message).toMatch(
      /empty\.yaml:4: a phrase in cues\.asset must be non-empty text/,
    );
    expect(errorOf(write('map.yaml', 'cues:\n  asset:\n    - {a: 1}\n')).message).toMatch(/map\.yaml:3: /);
    expect(errorOf(write('group.yaml', 'kinds: {}\nsynonyms:\n  x: [y]\n')).message).toMatch(
      /group\.yaml:2: unknown group "synonyms"/,
    );
    expect(errorOf(write('punct.yaml', 'cues:\n  asset:\n    - "!!!"\n')).message).toMatch(
      /punct\.yaml:3: the phrase "!!!" holds no word/,
    );
  });

  it('reports broken YAML with its line', () => {
    expect(errorOf(write('broken.yaml', 'kinds:\n  experience:\n    - "unclosed\n')).message).toMatch(
      /broken\.yaml:\d+: invalid YAML/,
    );
  });

  it('loads the shipped lexicons and an extra file that extends them', () => {
    expect(loadLexicon().trie.size).toBeGreaterThan(500);
    const extra = write('extra.yaml', 'kinds:\n  driver-licence:\n    - carte de conducteur\n');
    const lex = loadLexicon([{ file: extra, lang: 'fr' }]);
    const a = analyze('Chauffeur\nCarte de conducteur exigée');
    const hits = lex.trie.match(a.tokens).filter((m) => m.entry.type === 'kinds');
    expect(hits.map((m) => m.entry.value)).toContain('driver-licence');
  });
});

describe('trie matching', () => {
  it('matches through inflections and optional linking words', () => {
    const t = new Trie();
    t.add('diplôme d’études secondaires', { type: 'kinds', value: 'secondary-diploma', lang: 'fr', phrase: '' });
    const a = analyze('Diplômes études secondaires');
    expect(t.match(a.tokens)).toHaveLength(1);
  });
  it('stems the posting words a stemmer rewrites at the end (only words that may share a stem are stemmed)', () => {
    const t = new Trie();
    const entry = (lang: 'fr' | 'en') => ({ type: 'kinds', value: 'physical', lang, phrase: '' });
    t.add('heureux', entry('fr')); // heureuse → heureux: the stem's last letter is not the word's
    t.add('cheval', entry('fr')); // chevaux → cheval
    t.add('possible', entry('en')); // possibility → possibl
    t.add('hope', entry('en')); // hoping → hope
    t.add('buys', entry('en')); // buying → bui
    for (const word of ['heureuse', 'chevaux', 'possibility', 'hoping', 'buying']) {
      expect(t.match(analyze(`Nous sommes ${word} ici`).tokens), word).toHaveLength(1);
    }
    expect(t.match(analyze('Nous sommes heureuses ici').tokens)).toHaveLength(1);
    expect(t.match(analyze('Une hypothèse ici').tokens)).toHaveLength(0);
  });
  it('stems a word whose stem ends in letters the stemmer puts back ("…qu", "…nt", "…i")', () => {
    const t = new Trie();
    const entry = { type: 'kinds', value: 'physical', lang: 'fr' as const, phrase: '' };
    t.add('pratique', entry); // pratication → pratiqu: "qu" is not the word's
    t.add('évident', entry); // évidemment → evident: "nt" is not the word's
    t.add('payer', entry); // payer → pai: "i" is not the word's
    for (const word of ['pratication', 'évidemment', 'payer']) {
      expect(t.match(analyze(`Nous sommes ${word} ici`).tokens), word).toHaveLength(1);
    }
  });
  it('keeps "=word" linking words required', () => {
    const t = new Trie();
    t.add('bac =en', { type: 'kinds', value: 'post-secondary', lang: 'fr', phrase: '' });
    expect(t.match(analyze('bac en droit').tokens)).toHaveLength(1);
    expect(t.match(analyze('bac droit').tokens)).toHaveLength(0);
  });
  it('finds a phrase added after the trie has matched, at the start and inside a phrase', () => {
    const t = new Trie();
    const entry = (value: string) => ({ type: 'kinds', value, lang: 'fr' as const, phrase: '' });
    t.add('permis de conduire', entry('driver-licence'));
    const tokens = analyze('Permis de conduire et voiture personnelle exigés').tokens;
    expect(t.match(tokens).map((m) => m.entry.value)).toEqual(['driver-licence']);
    t.add('voiture personnelle', entry('own-vehicle'));
    t.add('permis de conduire et', entry('experience'));
    expect(
      t
        .match(tokens)
        .map((m) => m.entry.value)
        .sort(),
    ).toEqual(['driver-licence', 'experience', 'own-vehicle']);
  });
  it('stays linear on long repetitive input', () => {
    const t = new Trie();
    t.add('de de de de x', { type: 'kinds', value: 'experience', lang: 'fr', phrase: '' });
    const text = 'de '.repeat(20000);
    const a = analyze(text);
    expect(t.match(a.tokens)).toHaveLength(0);
  });
});
