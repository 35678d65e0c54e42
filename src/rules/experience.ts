// experience/years, experience/canadian.
import type { Context, Finding, Profile, Requirement } from '../types.js';
import { family, type RuleData, type RuleSpec } from './data.js';
import { askOf, core, defineRule, duration, emit, phrase, requirementsOf } from './engine.js';

const specs: RuleSpec[] = [
  {
    id: 'experience/years',
    cases: {
      'entry-years': ['experience', 'years_experience'], 'entry': ['experience'],
      'teer-years': ['experience', 'years_experience', 'teer'], 'senior-years': ['years_experience'],
      'teer5-years': ['experience', 'years_experience', 'teer'], 'teer5': ['experience', 'teer'],
    },
    phrases: { 'experience-field': ['field'], 'experience-any': [], 'years-field': ['years', 'field'], 'years-any': ['years'] },
  },
  {
    id: 'experience/canadian',
    cases: { required: ['experience'], asset: ['experience'] },
    phrases: { 'experience-field': ['field'], 'experience-any': [] },
  },
];
const load = family('experience.yaml', specs);

/** Years at and above which a required experience gets an info finding even when the job is not entry-level. */
export const SENIOR_YEARS = 5;
/** Years at and above which a required experience is a warning in a TEER 4 occupation (NOC: secondary school or weeks of training). */
export const TEER4_YEARS = 2;

const ADJECTIVES = String.raw`(?:\s+(?:canadienne|qu[ée]b[ée]coise|locale|pertinente|professionnelle|de travail|r[ée]cente|significative|confirm[ée]e|minimale|pratique))*`;
const FIELD_PATTERNS = [
  new RegExp(String.raw`exp[ée]rience${ADJECTIVES}\s+((?:en|dans|comme|à titre d['’]|à titre de|au sein d['’]un|au sein d['’]une)\s*.+)`, 'iu'),
  /experience\s+((?:in|as|with)\s+.+)/i,
  /(?:years?|yrs?|months?)\s+(?:of\s+)?(?:canadian\s+|local\s+|relevant\s+|professional\s+)?([\p{L}][\p{L}\s-]*?)\s+experience\b/iu,
  /(?:canadian|local)\s+([\p{L}][\p{L}\s-]*?)\s+experience\b/iu,
];
const NOT_A_FIELD = /canad|qu[ée]bec|ontario|local|pays|country|^(?:in\s+)?(?:work|job|employment|professional|relevant|related|similar)$/iu;

/**
 * The field of an experience requirement with its preposition, as written: "3 ans d'expérience en service à la
 * clientèle requis" → "en service à la clientèle"; "2+ years of customer service experience" → "in customer service".
 */
export function experienceField(text: string): string | null {
  for (const [i, re] of FIELD_PATTERNS.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    let field = m[1].split(/[;,(.]|\s+(?:ou|or|et\/ou|and\/or|minimum|requis|requise|required|exigée?s?)\b/iu)[0];
    field = core(field);
    if (i >= 2) field = `in ${field}`;
    if (field.length < 4 || field.length > 50 || NOT_A_FIELD.test(field)) continue;
    return field;
  }
  return null;
}

function experienceValues(rule: RuleData, req: Requirement, profile: Profile, context: Context): Record<string, string> {
  const locale = context.locale;
  const field = context.locale === profile.language ? experienceField(req.text) : null;
  const values: Record<string, string> = {
    experience: field ? phrase(rule, 'experience-field', locale, { field }) : phrase(rule, 'experience-any', locale),
  };
  if (typeof req.years === 'number' && req.years > 0 && 'years-field' in rule.phrases) {
    const years = duration(req.years, locale);
    values.years_experience = field
      ? phrase(rule, 'years-field', locale, { years, field })
      : phrase(rule, 'years-any', locale, { years });
  }
  return values;
}

/**
 * Entry-level (profile.entryLevel) or a known TEER 5 occupation: required experience → warning, with or without
 * years, the message naming which. A known TEER 4 occupation: TEER4_YEARS years or more → warning. Otherwise: required ≥ SENIOR_YEARS
 * years → info. Assets and other cases → no finding.
 */
export const experienceYears = defineRule(load, 'experience/years', (rule, profile, context) => {
  const out: Finding[] = [];
  const teer = context.occupation?.teer;
  for (const req of requirementsOf(profile, 'experience')) {
    if (req.strength !== 'required') continue;
    const years = typeof req.years === 'number' && req.years > 0 ? req.years : 0;
    let name: string | null = null;
    // The message says why: the posting's own entry-level wording, or the NOC's TEER 5.
    if (profile.entryLevel) name = years ? 'entry-years' : 'entry';
    else if (teer === 5) name = years ? 'teer5-years' : 'teer5';
    else if (teer === 4 && years >= TEER4_YEARS) name = 'teer-years';
    else if (years >= SENIOR_YEARS) name = 'senior-years';
    if (name) out.push(emit(rule, name, askOf(req), context, { ...experienceValues(rule, req, profile, context), teer: String(teer ?? '') }));
  }
  return out;
});

/** Required → warning (ON from 2026-01-01 → error); asset → info. */
export const canadianExperience = defineRule(load, 'experience/canadian', (rule, profile, context) =>
  requirementsOf(profile, 'canadian-experience').map((req) =>
    emit(rule, req.strength === 'asset' ? 'asset' : 'required', askOf(req), context, experienceValues(rule, req, profile, context))));
