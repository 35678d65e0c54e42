// language/second-language, language/french-version.
import type { Finding } from '../types.js';
import { family, type RuleSpec } from './data.js';
import { askOf, defineRule, emit, fallback, languageNames, quebecLikely, requirementsOf, titleLine } from './engine.js';

const specs: RuleSpec[] = [{
  id: 'language/second-language',
  cases: {
    'required': ['main', 'others'],
    'required-reason': ['main', 'others', 'reason'],
    'asset': ['others'],
    'required-general': ['main', 'others'],
    'asset-general': ['others'],
  },
  defaults: ['reason'],
}, {
  id: 'language/french-version',
  cases: { 'english-only': [] },
}];
const load = family('language.yaml', specs);

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
    if (/biling/i.test(req.text)) { asked.add('fr'); asked.add('en'); }
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
    out.push(emit(rule, name, askOf(req), context, {
      main: languageNames([main], context.locale),
      others: languageNames(others, context.locale, /\b(or|ou)\b/i.test(req.text)),
      reason: reason && context.locale === profile.language ? reason : fallback(rule, 'reason', context.locale),
    }));
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
  return [emit(rule, 'english-only', titleLine(context.text), context)];
});
