// The word lists and figures that moved from the rules' code to lexicons/rules/*.yaml: the shipped files validate
// against the code's specs, a bad entry fails naming the file and its line, and the data drives the matching.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleFile, references, RULES_DIR, type RuleSpec } from '../../src/rules/data.js';
import { experienceSpecs } from '../../src/rules/experience.js';
import { languageSpecs } from '../../src/rules/language.js';
import { paySpecs } from '../../src/rules/pay.js';
import { qualitySpecs, statesDuration } from '../../src/rules/quality.js';
import { alternatives } from '../../src/rules/words.js';

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-words-'));
let n = 0;

/** The shipped file with one line replaced; returns the copy's path and the 1-based line changed. */
function patched(name: string, find: string, replace: string): { file: string; line: number } {
  const lines = readFileSync(join(RULES_DIR, name), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(find));
  if (i < 0) throw new Error(`${find} is not in ${name}`);
  lines[i] = lines[i].replace(find, replace);
  const file = join(dir, `${++n}-${name}`);
  writeFileSync(file, lines.join('\n'));
  return { file, line: i + 1 };
}

const FILES: [string, RuleSpec[]][] = [
  ['quality.yaml', qualitySpecs],
  ['experience.yaml', experienceSpecs],
  ['pay.yaml', paySpecs],
  ['language.yaml', languageSpecs],
];

describe('the moved word lists', () => {
  it('the shipped files validate against the code', () => {
    for (const [name, specs] of FILES)
      expect(() => loadRuleFile(join(RULES_DIR, name), specs, references())).not.toThrow();
    const pay = loadRuleFile(join(RULES_DIR, 'pay.yaml'), paySpecs, references());
    expect(pay['pay/undisclosed'].limits).toEqual({ 'max-range-per-year': 50000, 'exempt-above-per-year': 200000 });
  });

  const bad: [string, string, string, string, RegExp][] = [
    [
      'a duration unit that is not text',
      'quality.yaml',
      'fr: [mois, semaine,',
      'fr: [mois, [semaine],',
      /pattern "units" \(fr\) entry must be non-empty text/,
    ],
    [
      'an empty month',
      'quality.yaml',
      'fr: [janvier, février,',
      'fr: [janvier, "", février,',
      /pattern "months" \(fr\) entry must be non-empty text/,
    ],
    [
      'a list of one language only',
      'experience.yaml',
      'fr: [ou, et/ou,',
      'de: [ou, et/ou,',
      /pattern "field-ends": unknown language "de"/,
    ],
    [
      'a pattern the code does not know',
      'experience.yaml',
      '    place-adjectives:',
      '    places:',
      /patterns: unknown name "places"/,
    ],
    [
      'a limit that is not a number',
      'pay.yaml',
      'max-range-per-year: 50000',
      'max-range-per-year: lots',
      /limit "max-range-per-year" must be a positive number/,
    ],
    [
      'a negative limit',
      'pay.yaml',
      'exempt-above-per-year: 200000',
      'exempt-above-per-year: -1',
      /limit "exempt-above-per-year" must be a positive number/,
    ],
    [
      'a bilingual word that is a list',
      'language.yaml',
      'fr: [biling]',
      'fr: biling',
      /pattern "bilingual" \(fr\) must be a list/,
    ],
  ];
  for (const [what, name, find, replace, detail] of bad) {
    it(`${what} fails with the file and the line`, () => {
      const { file, line } = patched(name, find, replace);
      const specs = FILES.find(([f]) => f === name)![1];
      let message = '';
      try {
        loadRuleFile(file, specs, references());
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message.startsWith(`${file}:${line}: `), message).toBe(true);
      expect(message).toMatch(detail);
    });
  }

  it('a missing limit names the rule', () => {
    const { file } = patched('pay.yaml', '    exempt-above-per-year: 200000', '');
    expect(() => loadRuleFile(file, paySpecs, references())).toThrow(/limits: missing "exempt-above-per-year"/);
  });
});

describe('patterns built from the words', () => {
  it('escape what a regular expression would read, and let an apostrophe match both forms', () => {
    const re = new RegExp(`^(?:${alternatives({ fr: ["jusqu'au", 'sem.'], en: ['and/or', 'sem.'] })})$`, 'iu');
    for (const yes of ["jusqu'au", 'jusqu’au', 'SEM.', 'and/or']) expect(re.test(yes), yes).toBe(true);
    for (const no of ['semx', 'jusqu au', 'and']) expect(re.test(no), no).toBe(false);
  });

  it('the duration words of quality.yaml decide statesDuration', () => {
    for (const yes of [
      'Contrat de dix-huit mois',
      'contract, eighteen months',
      'jusqu’en décembre',
      'end of sept. 2026',
      '3 wks',
    ]) {
      expect(statesDuration(yes), yes).toBe(true);
    }
    for (const no of ['contrat de plusieurs mois', 'until further notice', 'Remplacement de congé'])
      expect(statesDuration(no), no).toBe(false);
  });
});
