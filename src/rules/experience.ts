// experience/years, experience/canadian.
import type { Context, Finding, Lang, Profile, Requirement } from '../types.js';
import { lazy } from '../util/cache.js';
import { family, type RuleData, type RuleSpec } from './data.js';
import { askOf, core, defineRule, duration, emit, phrase, requirementsOf } from './engine.js';
import { alternatives } from './words.js';

/** What the code expects of experience.yaml (exported for the data tests). */
export const experienceSpecs: RuleSpec[] = [
  {
    id: 'experience/years',
    cases: {
      'entry-years': ['experience', 'years_experience'],
      entry: ['experience'],
      'teer-years': ['experience', 'years_experience', 'teer'],
      'senior-years': ['years_experience'],
      'teer5-years': ['experience', 'years_experience', 'teer'],
      teer5: ['experience', 'teer'],
    },
    phrases: {
      'experience-field': ['field'],
      'experience-any': [],
      'years-field': ['years', 'field'],
      'years-any': ['years'],
    },
    patterns: [
      'experience',
      'adjectives',
      'prepositions',
      'units',
      'year-adjectives',
      'place-adjectives',
      'field-ends',
      'not-field-parts',
      'not-field-words',
    ],
  },
  {
    id: 'experience/canadian',
    cases: { required: ['experience'], asset: ['experience'] },
    phrases: { 'experience-field': ['field'], 'experience-any': [] },
  },
];
const load = family('experience.yaml', experienceSpecs);

/** Years at and above which a required experience gets an info finding even when the job is not entry-level. */
export const SENIOR_YEARS = 5;
/** Years at and above which a required experience is a warning in a TEER 4 occupation (NOC: secondary school or weeks of training). */
export const TEER4_YEARS = 2;

const only = (lang: Lang, l: Record<Lang, string[]>) =>
  alternatives({ fr: lang === 'fr' ? l.fr : [], en: lang === 'en' ? l.en : [] });

/** The patterns of experienceField, from the words of experience/years (`patterns`). */
const fieldPatterns = lazy('rules.experience.field', () => {
  const p = load()['experience/years'].patterns;
  const ADJECTIVES = String.raw`(?:\s+(?:${only('fr', p.adjectives)}))*`;
  const EXPERIENCE = only('en', p.experience);
  const into = p.prepositions.en[0];
  return {
    patterns: [
      new RegExp(
        String.raw`(?:${only('fr', p.experience)})${ADJECTIVES}\s+((?:${only('fr', p.prepositions)})\s*.+)`,
        'iu',
      ),
      new RegExp(String.raw`(?:${EXPERIENCE})\s+((?:${only('en', p.prepositions)})\s+.+)`, 'i'),
      new RegExp(
        String.raw`(?:${alternatives(p.units)})\s+(?:of\s+)?(?:(?:${alternatives(p['year-adjectives'])})\s+)?([\p{L}][\p{L}\s-]*?)\s+(?:${EXPERIENCE})\b`,
        'iu',
      ),
      new RegExp(
        String.raw`(?:${alternatives(p['place-adjectives'])})\s+([\p{L}][\p{L}\s-]*?)\s+(?:${EXPERIENCE})\b`,
        'iu',
      ),
    ],
    into,
    ends: new RegExp(String.raw`[;,(.]|\s+(?:${alternatives(p['field-ends'])})\b`, 'iu'),
    notAField: new RegExp(
      String.raw`${alternatives(p['not-field-parts'])}|^(?:${into}\s+)?(?:${alternatives(p['not-field-words'])})$`,
      'iu',
    ),
  };
});

/**
 * The field of an experience requirement with its preposition, as written: "3 ans d'expérience en service à la
 * clientèle requis" → "en service à la clientèle"; "2+ years of customer service experience" → "in customer service".
 */
export function experienceField(text: string): string | null {
  // Run on the requirement's own text (req.text), never on the posting: the field is quoted as written in the
  // rewrite, so it is cut from the original wording, not from the folded one.
  const { patterns, into, ends, notAField } = fieldPatterns();
  for (const [i, re] of patterns.entries()) {
    const m = re.exec(text);
    if (!m) continue;
    let field = m[1].split(ends)[0];
    field = core(field);
    if (i >= 2) field = `${into} ${field}`;
    if (field.length < 4 || field.length > 50 || notAField.test(field)) continue;
    return field;
  }
  return null;
}

function experienceValues(
  rule: RuleData,
  req: Requirement,
  profile: Profile,
  context: Context,
): Record<string, string> {
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
    if (name)
      out.push(
        emit(rule, name, askOf(req), context, {
          ...experienceValues(rule, req, profile, context),
          teer: String(teer ?? ''),
        }),
      );
  }
  return out;
});

/** Required → warning (ON from 2026-01-01 → error); asset → info. */
export const canadianExperience = defineRule(load, 'experience/canadian', (rule, profile, context) =>
  requirementsOf(profile, 'canadian-experience').map((req) =>
    emit(
      rule,
      req.strength === 'asset' ? 'asset' : 'required',
      askOf(req),
      context,
      experienceValues(rule, req, profile, context),
    ),
  ),
);
