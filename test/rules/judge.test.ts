import { describe, expect, it } from 'vitest';
import { judge, rules } from '../../src/rules/index.js';
import { applyFixes } from '../../src/rewrite/apply.js';
import type { Requirement } from '../../src/types.js';
import { at, context, EN_POSTING, expectWellFormed, FR_POSTING, profile, requirement, UNPAID } from './helpers.js';

const T = FR_POSTING;
const frRequirements: Requirement[] = [
  requirement(T, 'DES obligatoire', 'secondary-diploma', 'required', { equivalence: false }),
  requirement(T, 'DEP en cuisine requis', 'post-secondary'),
  requirement(T, 'Bilingue (français/anglais) requis', 'second-language', 'required', {
    languages: ['en'],
    reasonStated: false,
  }),
  requirement(T, "2 ans d'expérience en restauration", 'experience', 'required', { years: 2 }),
  requirement(T, 'Expérience canadienne exigée', 'canadian-experience'),
  requirement(T, 'Permis de conduire classe 5 requis', 'driver-licence'),
  requirement(T, 'Posséder une voiture', 'own-vehicle'),
  requirement(T, 'Casier judiciaire vierge', 'criminal-record-check'),
  requirement(T, 'Disponibilité totale, 24/7', 'availability'),
  requirement(T, 'Anglais un atout', 'second-language', 'asset', { languages: ['en'] }),
];
const frProfile = profile('fr', frRequirements, {
  entryLevel: true,
  entryLevelSpan: at(T, 'Aucune expérience requise'),
  pay: { ...UNPAID, vague: true, text: 'Salaire compétitif', span: at(T, 'Salaire compétitif') },
});

describe('judge', () => {
  it('one finding per excessive ask, sorted by offset, each well-formed in the locale', () => {
    const found = judge(frProfile, context(T));
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['education/secondary-diploma', 'warning'],
      ['education/post-secondary', 'warning'],
      ['language/second-language', 'warning'],
      ['experience/years', 'warning'],
      ['experience/canadian', 'warning'],
      ['licence/driver', 'warning'],
      ['transport/own-vehicle', 'warning'],
      ['background/criminal-record', 'warning'],
      ['availability/unrestricted', 'warning'],
      ['language/second-language', 'info'],
      ['pay/vague', 'info'],
    ]);
    const offsets = found.map((f) => f.span.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const f of found) {
      expectWellFormed(f, 'fr');
      expect(f.excerpt).toBe(T.slice(f.span.start.offset, f.span.end.offset));
    }
  });

  it('messages follow context.locale, not the posting language', () => {
    const en = judge(frProfile, context(T, { locale: 'en' }));
    expect(en).toHaveLength(11);
    for (const f of en) {
      expectWellFormed(f, 'en');
      expect(f.message).not.toMatch(/\bpeut\b/);
    }
  });

  it('same span: sorted by rule id', () => {
    const text = 'Commis de bureau\n- Permis et voiture requis\n';
    const span = at(text, 'Permis et voiture requis');
    const reqs: Requirement[] = [
      { kind: 'own-vehicle', strength: 'required', text: 'Permis et voiture requis', span },
      { kind: 'driver-licence', strength: 'required', text: 'Permis et voiture requis', span },
    ];
    const found = judge(profile('fr', reqs), context(text));
    expect(found.map((f) => f.ruleId)).toEqual(['licence/driver', 'transport/own-vehicle']);
  });

  it('Québec jurisdiction: the language requirement becomes an error; pay stays info (no Québec pay law)', () => {
    const found = judge(frProfile, context(T, { jurisdiction: 'QC', date: '2026-03-01' }));
    expect(found.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual(['language/second-language']);
    expect(found.find((f) => f.ruleId === 'pay/vague')?.severity).toBe('info');
  });

  it('Ontario 2026, English posting with no pay: Canadian experience and pay are errors', () => {
    const E = EN_POSTING;
    const p = profile('en', [requirement(E, 'Canadian experience required', 'canadian-experience')], { pay: UNPAID });
    const found = judge(p, context(E, { locale: 'en', jurisdiction: 'ON', date: '2026-01-15' }));
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['legal/ai-disclosure', 'info'],
      ['legal/vacancy-status', 'info'],
      ['pay/undisclosed', 'error'],
      ['experience/canadian', 'error'],
    ]);
  });

  it('a clean profile → no findings', () => {
    expect(judge(profile('fr', []), context(T))).toEqual([]);
  });

  it('every rule has fr and en metadata', () => {
    for (const r of rules) expect(Object.keys(r.meta.description).sort()).toEqual(['en', 'fr']);
  });
});

describe('applyFixes', () => {
  it('applies the first suggestion of each finding from the end and keeps offsets right', () => {
    const found = judge(frProfile, context(T));
    const { text, applied, skipped } = applyFixes(T, found);
    expect(applied).toHaveLength(found.length);
    expect(skipped).toEqual([]);
    expect(text).toContain("- DES ou expérience équivalente; formation offerte à l'embauche\n");
    expect(text).toContain("- Français requis; anglais requis pour [indiquez la tâche qui l'exige");
    expect(text).toContain('- Expérience en restauration un atout; formation offerte\n');
    expect(text).toMatch(/\nSalaire : \[minimum\] \$ à \[maximum\] \$ de l'heure$/);
    expect(text.startsWith('Plongeur/plongeuse\n')).toBe(true);
  });

  it('skips overlapping spans and findings without a suggestion', () => {
    const text = 'abcdef';
    const span = (s: number, e: number) => ({
      start: { line: 1, column: s + 1, offset: s },
      end: { line: 1, column: e + 1, offset: e },
    });
    const f = (s: number, e: number, r: string | null) => ({
      ruleId: 'x',
      severity: 'info' as const,
      message: '',
      span: span(s, e),
      excerpt: text.slice(s, e),
      suggestions: r === null ? [] : [{ message: '', replacement: r }],
      references: [],
    });
    const result = applyFixes(text, [f(0, 2, 'X'), f(1, 3, 'Y'), f(4, 6, 'Z'), f(3, 4, null)]);
    expect(result.text).toBe('Xcd' + 'Z');
    expect(result.applied.map((a) => a.suggestions[0].replacement)).toEqual(['X', 'Z']);
    expect(result.skipped).toHaveLength(2);
  });
});

describe('several mentions of one ask on a line', () => {
  it('one finding, for the widest mention', () => {
    const text = "Caissier\n- Diplôme d'études secondaires (DES) obligatoire\n- Anglais requis, espagnol un atout\n";
    const reqs: Requirement[] = [
      requirement(text, "Diplôme d'études secondaires", 'secondary-diploma'),
      requirement(text, 'DES', 'secondary-diploma'),
      requirement(text, 'Anglais requis', 'second-language', 'required', { languages: ['en'] }),
      requirement(text, 'espagnol un atout', 'second-language', 'asset', { languages: ['es'] }),
    ];
    const found = judge(profile('fr', reqs), context(text));
    expect(found.map((f) => [f.ruleId, f.excerpt])).toEqual([
      ['education/secondary-diploma', "Diplôme d'études secondaires"],
      ['language/second-language', 'Anglais requis'],
      ['language/second-language', 'espagnol un atout'],
    ]);
  });

  it('"Spanish or Tagalog" keeps the "or"', () => {
    const text = 'Cashier\n- Spanish or Tagalog an asset\n';
    const req = requirement(text, 'Spanish or Tagalog an asset', 'second-language', 'asset', {
      languages: ['es', 'tl'],
    });
    const [f] = judge(profile('en', [req]), context(text, { locale: 'en' }));
    expect(f.message).toMatch(/\(Spanish or \w+\)/);
  });
});
