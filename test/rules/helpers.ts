// Builders for hand-made profiles: spans come from LineIndex on a small written posting.
import { analyze } from '../../src/text/analyze.js';
import { LineIndex } from '../../src/text/lines.js';
import type {
  Context,
  Finding,
  Kind,
  Lang,
  Pay,
  Profile,
  Requirement,
  Signal,
  SignalType,
  Span,
  Strength,
} from '../../src/types.js';

export const FR_POSTING = [
  'Plongeur/plongeuse',
  'Restaurant Le Bon Goût — Montréal',
  '',
  'Aucune expérience requise, formation offerte.',
  '',
  'Exigences :',
  '- DES obligatoire',
  "- Diplôme d'études secondaires ou l'équivalent",
  '- DEP en cuisine requis',
  '- Bilingue (français/anglais) requis',
  "- Anglais requis pour servir notre clientèle de l'Ontario",
  "- 2 ans d'expérience en restauration",
  '- Expérience canadienne exigée',
  '- Permis de conduire classe 5 requis',
  '- Posséder une voiture',
  '- Casier judiciaire vierge',
  '- Vérification des antécédents judiciaires',
  '- Disponibilité totale, 24/7',
  '- Disponible soirs et fins de semaine',
  '',
  'Atouts :',
  '- DES un atout',
  '- Anglais un atout',
  '- Permis de conduire un atout',
  '',
  'Salaire compétitif',
].join('\n');

export const EN_POSTING = [
  'Warehouse Associate',
  'Northside Logistics — Ottawa',
  '',
  'No experience necessary: we train.',
  '',
  'Requirements:',
  '- High school diploma required',
  '- High school diploma or equivalent',
  '- Bilingual (French/English) required',
  '- Spanish required',
  '- Canadian experience required',
  '- Minimum 5 years of experience in inventory management',
  '- 1 year of warehouse experience',
  "- Valid driver's licence required",
  '- Must have own vehicle',
  '- No criminal record',
  '- Criminal background check required',
  '- Must be available 24/7, on call',
  '- Must be available evenings and weekends',
  '',
  'Nice to have:',
  '- College diploma in logistics preferred',
  '',
  'Salary: competitive',
].join('\n');

export function at(text: string, phrase: string): Span {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`"${phrase}" not in the posting`);
  return new LineIndex(text).span(i, i + phrase.length);
}

export function requirement(
  text: string,
  phrase: string,
  kind: Kind,
  strength: Strength = 'required',
  extra: Partial<Requirement> = {},
): Requirement {
  return { kind, strength, text: phrase, span: at(text, phrase), ...extra };
}

export const PAID: Pay = { disclosed: true, min: 18, max: 20, currency: 'CAD', period: 'hour' };
export const UNPAID: Pay = { disclosed: false, min: null, max: null, currency: null, period: null };

export function profile(language: Lang, requirements: Requirement[], extra: Partial<Profile> = {}): Profile {
  return { language, bilingual: false, title: null, requirements, pay: PAID, entryLevel: false, signals: [], ...extra };
}

/** A signal found at `phrase` in `text`, in a section of the given kind. */
export function signal(text: string, phrase: string, type: SignalType, section = 'duties'): Signal {
  return { type, text: phrase, span: at(text, phrase), section };
}

export function context(text: string, extra: Partial<Context> = {}): Context {
  return { locale: 'fr', occupation: null, jurisdiction: null, date: '2025-06-01', analysis: analyze(text), ...extra };
}

/** The properties every finding must have, whatever the rule. */
export function expectWellFormed(f: Finding, locale: Lang): void {
  const may = locale === 'fr' ? /\b(peut|peuvent|pourrait|pourraient)\b/i : /\b(may|might|could)\b/i;
  if (!may.test(f.message)) throw new Error(`message without "may"/"peut": ${f.message}`);
  if (/\{[a-z_]+\}/.test(f.message)) throw new Error(`unfilled placeholder: ${f.message}`);
  if (f.suggestions.length === 0) throw new Error(`${f.ruleId}: no suggestion`);
  for (const s of f.suggestions) {
    if (!s.replacement.trim() || s.replacement.trim() === f.excerpt.trim())
      throw new Error(`${f.ruleId}: bad replacement "${s.replacement}"`);
    if (/\{[a-z_]+\}/.test(s.replacement + s.message))
      throw new Error(`${f.ruleId}: unfilled placeholder in a suggestion`);
  }
  if (f.references.length === 0) throw new Error(`${f.ruleId}: no reference`);
  for (const r of f.references)
    if (!/^https?:\/\//.test(r.url) || !r.title) throw new Error(`${f.ruleId}: bad reference`);
}
