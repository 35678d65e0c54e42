// lexicons/words.yaml: the words the text layer and extraction know, validated at load.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexiconError } from '../../src/lexicon/yaml.js';
import { loadTextWords, WORDS_FILE } from '../../src/text/words.js';
import { extractTitle } from '../../src/extract/title.js';
import { analyze } from '../../src/text/analyze.js';

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-words-'));
const shipped = readFileSync(WORDS_FILE, 'utf8');
let n = 0;
function failure(yaml: string): LexiconError {
  const file = join(dir, `words-${++n}.yaml`);
  writeFileSync(file, yaml);
  try {
    loadTextWords(file);
  } catch (error) {
    if (error instanceof LexiconError) return error;
    throw error;
  }
  throw new Error('no error');
}
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('lexicons/words.yaml', () => {
  it('loads the shipped file', () => {
    const w = loadTextWords(WORDS_FILE);
    expect(w.functionWords.fr).toContain('vous');
    expect(w.numbers.trois).toBe(3);
    expect(w.lists['year-units']).toContain('ans');
  });

  it('names the file and line of a word written with an accent', () => {
    const bad = shipped.replace('year-units: [an, ans,', 'year-units: [an, années,');
    const error = failure(bad);
    expect(error.message).toContain('words-');
    expect(error.line).toBe(lineOf(bad, 'year-units:'));
    expect(error.message).toMatch(/year-units: "années" must be written normalised/);
  });

  it('names an unknown key and a missing one', () => {
    expect(failure(`${shipped}\nmonths: [mois]\n`).message).toMatch(/unknown key "months"/);
    expect(failure(shipped.replace(/^joiners:.*$/m, '')).message).toMatch(/missing key "joiners"/);
  });
});

describe('the lists at work', () => {
  it('reads a title field by its label, accents and case aside', () => {
    const a = analyze('Offre d’emploi\nIntitulé du poste : Préposé à l’entretien\n\nTâches\n- Nettoyer');
    expect(extractTitle(a)?.title).toBe('Préposé à l’entretien');
    expect(extractTitle(analyze('Note : lire attentivement\nCuisinier'))?.title).toBe('Note : lire attentivement');
  });
});
