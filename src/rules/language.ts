// language/second-language, language/french-version.
import type { Finding } from '../types.js';
import { lazy } from '../util/cache.js';
import { family, type RuleSpec } from './data.js';
import { askOf, defineRule, emit, fallback, languageNames, quebecLikely, requirementsOf, titleLine } from './engine.js';
import { alternatives } from './words.js';

/** What the code expects of language.yaml (exported for the data tests). */
export const languageSpecs: RuleSpec[] = [
  {
    id: 'language/second-language',
    cases: {
      required: ['main', 'others'],
      'required-reason': ['main', 'others', 'reason'],
      asset: ['others'],
      'required-general': ['main', 'others'],
      'asset-general': ['others'],
    },
    defaults: ['reason'],
    patterns: ['bilingual', 'either'],
  },
  {
    id: 'language/french-version',
    cases: { 'english-only': [] },
  },
];
const load = family('language.yaml', languageSpecs);

const patterns = () => load()['language/second-language'].patterns;
// Tested on the ask's own text (req.text, one short requirement), never on the posting: "bilingue" also counts
// inside a longer word ("bilinguisme"), which a whole-word phrase test would not see, and "either"/"ou" decides
// how the languages are joined in the message.
const bilingual = lazy('rules.language.bilingual', () => new RegExp(alternatives(patterns().bilingual), 'i'));
const either = lazy(
  'rules.language.either',
  () => new RegExp(String.raw`\b(?:${alternatives(patterns().either)})\b`, 'i'),
);

/**
 * The working language is French for a Québec job (jurisdiction QC, or unknown and a French posting), else the
 * posting's language. "Bilingue"/"bilingual" asks for both French and English. Asking only for the working
 * language is no finding (e.g. "French required" in an English posting for a Québec job).
 */
export const secondLanguage = defineRule(load, 'language/second-language', (rule, profile, context) => {
  const out: Finding[] = [];
  const quebec = quebecLikely(profile, context);
  const main = quebec ? 'fr' : profile.language;
  for (const req of requirementsOf(profile, 'second-language')) {
    const asked = new Set((req.languages ?? []).map((l) => l.toLowerCase()));
    if (bilingual().test(req.text)) {
      asked.add('fr');
      asked.add('en');
    }
    let others = [...asked].filter((l) => l !== main);
    if (asked.size > 0 && others.length === 0) continue;
    if (others.length === 0) others = [main === 'fr' ? 'en' : 'fr'];

    let name: string;
    if (req.strength === 'asset') name = quebec ? 'asset' : 'asset-general';
    else if (req.reasonStated) {
      if (!quebec) continue; // a stated reason outside Québec: nothing to add
      name = 'required-reason';
    } else name = quebec ? 'required' : 'required-general';

    const reason = req.reason?.text.trim().replace(/(?<![\s.;:,])[\s.;:,]+$/, '');
    out.push(
      emit(rule, name, askOf(req), context, {
        main: languageNames([main], context.locale),
        others: languageNames(others, context.locale, either().test(req.text)),
        reason: reason && context.locale === profile.language ? reason : fallback(rule, 'reason', context.locale),
      }),
    );
  }
  return out;
});

/**
 * A Québec job (jurisdiction QC known, Charter of the French language art. 41 as amended in 2022: see `law`
 * in the data) whose posting is in English only (profile.language 'en' and not bilingual) → warning at the
 * title line, with the start of a French version as the rewrite.
 */
export const frenchVersion = defineRule(load, 'language/french-version', (rule, profile, context) => {
  if (profile.language !== 'en' || profile.bilingual) return [];
  return [emit(rule, 'english-only', titleLine(context.analysis.text), context)];
});
