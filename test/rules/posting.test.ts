// The rules' view of the posting (src/rules/posting.ts): lines, folded text and phrase tests read from the analysis.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findPhraseAt,
  foldedAt,
  foldedLine,
  hasPhrase,
  lineAt,
  lineNumberAt,
  mentions,
  mentionsAt,
  mentionsOnLine,
} from '../../src/rules/posting.js';
import { analyze } from '../../src/text/analyze.js';
import { at } from './helpers.js';

const POSTING = [
  'Préposé(e) à l’entretien — CHSLD Saint-Jean',
  '',
  'Exigences :',
  '  •  Casier judiciaire vierge (vérification obligatoire)',
  '- Cœur à l’ouvrage et  sens  des responsabilités',
  '2) Disponible de soir, sur appel',
  'Horaire : 3 jours/semaine, aucune heure garantie',
].join('\n');

const a = analyze(POSTING);
const span = (phrase: string) => at(POSTING, phrase);

describe('the line of a span', () => {
  it('finds the line by its start offset, at either end of the line', () => {
    expect(lineNumberAt(a, 0)).toBe(0);
    const third = POSTING.indexOf('Exigences');
    expect(lineNumberAt(a, third)).toBe(2);
    expect(lineNumberAt(a, third - 1)).toBe(1); // the blank line's own line feed
    expect(lineNumberAt(a, POSTING.length)).toBe(6);
  });

  it('trims the blanks and a leading bullet or number, and keeps the span on the line', () => {
    const line = lineAt(a, span('vierge'));
    expect(line.excerpt).toBe('Casier judiciaire vierge (vérification obligatoire)');
    expect(line.span.start).toEqual({ line: 4, column: 6, offset: POSTING.indexOf('Casier') });
    expect(line.span.end.line).toBe(4);
    expect(lineAt(a, span('sur appel')).excerpt).toBe('Disponible de soir, sur appel');
    expect(lineAt(a, span('Cœur')).excerpt).toBe('Cœur à l’ouvrage et  sens  des responsabilités');
  });

  it('reads CRLF and lone CR line ends as the analysis does', () => {
    const text = 'Titre\r\n- DES requis\r\rSalaire : 20 $';
    const b = analyze(text);
    const req = lineAt(b, { start: { line: 2, column: 3, offset: 9 }, end: { line: 2, column: 6, offset: 12 } });
    expect(req.excerpt).toBe('DES requis');
    expect(req.span.start).toEqual({ line: 2, column: 3, offset: 9 });
    const pay = text.indexOf('20');
    expect(lineAt(b, { start: b.lineIndex.position(pay), end: b.lineIndex.position(pay + 2) }).excerpt).toBe(
      'Salaire : 20 $',
    );
  });
});

describe('folded text from the analysis', () => {
  it('folds case, accents, typographic apostrophes, ligatures and dashes, and runs blanks together', () => {
    expect(foldedLine(a, span('Cœur'))).toBe("coeur a l'ouvrage et sens des responsabilites");
    expect(foldedLine(a, span('Préposé(e)'))).toBe("prepose(e) a l'entretien - chsld saint-jean");
  });

  it('maps original offsets to folded ones, after a character that folds to two', () => {
    const from = POSTING.indexOf('ouvrage');
    expect(foldedAt(a, from, from + 'ouvrage et'.length)).toBe('ouvrage et');
    const c = POSTING.indexOf('Cœur');
    expect(foldedAt(a, c, c + 4)).toBe('coeur');
  });
});

describe('whole-word phrase tests', () => {
  const phrases = (fr: string[], en: string[] = []) => ({ fr, en });

  it('ignores case and accents, and matches an apostrophe written either way', () => {
    expect(mentionsOnLine(phrases(['verification']), a, span('vierge'))).toBe(true);
    expect(mentionsOnLine(phrases(["l'ouvrage"]), a, span('Cœur'))).toBe(true);
    expect(mentionsOnLine(phrases(['cœur à l’ouvrage']), a, span('Cœur'))).toBe(true);
    expect(mentionsAt(phrases(['AUCUNE HEURE GARANTIE']), a, span('aucune heure garantie'))).toBe(true);
  });

  it('matches whole words only, and no other inflection than the one written', () => {
    expect(mentionsOnLine(phrases(['vierg']), a, span('vierge'))).toBe(false);
    expect(mentionsOnLine(phrases(['appels']), a, span('sur appel'))).toBe(false);
    expect(mentionsOnLine(phrases([], ['on call', 'call']), a, span('sur appel'))).toBe(false);
    expect(mentionsOnLine(phrases(['sens des responsabilites']), a, span('Cœur'))).toBe(true); // two blanks in the text
    expect(hasPhrase(phrases(['semaine']), 'horaire : 3 jours/semaine')).toBe(true);
    expect(hasPhrase(phrases(['semaine']), 'horaire : 3 jours/semaines')).toBe(false);
  });

  it('reads only the span: a word next to it does not count, its edges are word edges', () => {
    expect(mentionsAt(phrases(['garantie']), a, span('aucune heure'))).toBe(false);
    const s = POSTING.indexOf('heure garantie');
    const tail = { start: a.lineIndex.position(s + 2), end: a.lineIndex.position(s + 5) }; // "ure"
    expect(mentionsAt(phrases(['ure']), a, tail)).toBe(true);
  });

  it('folds a short text that is not the posting (a title) the same way', () => {
    expect(mentions(phrases(["prepose a l'entretien"]), 'Préposé à l’entretien ménager')).toBe(true);
    expect(mentions(phrases([], ['driver']), 'Drivers’ dispatcher')).toBe(false);
  });
});

describe('where a phrase is, in original offsets', () => {
  it('gives the earliest phrase, the longest there, across a ligature', () => {
    const line = lineAt(a, span('Cœur'));
    const hit = findPhraseAt(
      { fr: ['ouvrage', "coeur a l'ouvrage", 'coeur'], en: [] },
      a,
      line.span.start.offset,
      line.span.end.offset,
    );
    expect(hit && POSTING.slice(hit.start, hit.end)).toBe('Cœur à l’ouvrage');
    expect(findPhraseAt({ fr: ['vierges'], en: [] }, a, 0, POSTING.length)).toBeNull();
  });

  it('keeps a combining accent with the last letter', () => {
    const text = 'Casier judiciaire vierge et ve\u0301rifie\u0301';
    const b = analyze(text);
    const hit = findPhraseAt({ fr: ['verifie'], en: [] }, b, 0, text.length);
    expect(hit && text.slice(hit.start, hit.end)).toBe('ve\u0301rifie\u0301');
  });
});

describe('the rules read the analysis, not the raw text', () => {
  const dir = join(__dirname, '../../src/rules');
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

  it('no rule module reads context.text, re-splits lines or builds its own line index', () => {
    expect(sources.length).toBeGreaterThan(10);
    for (const [file, src] of sources) {
      expect(src, file).not.toMatch(/context\.text\b/);
      expect(src, file).not.toMatch(/lineIndexOf\(\s*context/);
      expect(src, file).not.toMatch(/\.split\(\s*(?:\/\\r\?\\n\/|'\\n')/);
    }
  });
});
