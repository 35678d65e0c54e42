// Job quality (memo §3.3): quality/unpaid-trial, quality/irregular-hours, quality/precarious-contract.
// They read the profile's signals (lexicons/{fr,en}/signals.yaml): facts about the job, not asks.
import type { Context, Finding, Profile, Signal, SignalType } from '../types.js';
import { lazy } from '../util/cache.js';
import { family, type RuleSpec } from './data.js';
import { defineRule, emit, phrase, type Ask } from './engine.js';
import { lineAt, mentionsAt, mentionsOnLine } from './posting.js';
import { alternatives } from './words.js';

/** What the code expects of quality.yaml (exported for the data tests). */
export const qualitySpecs: RuleSpec[] = [
  {
    id: 'quality/unpaid-trial',
    cases: { trial: ['paid'] },
    phrases: { 'paid-trial': [], 'paid-training': [], 'paid-word': [], 'at-rate': [] },
    patterns: ['trial', 'training', 'negations', 'paid-words', 'unpaid-words'],
  },
  {
    id: 'quality/irregular-hours',
    cases: { irregular: [], 'no-guarantee': [] },
    patterns: ['no-guarantee', 'specific', 'schedule-words'],
  },
  {
    id: 'quality/precarious-contract',
    cases: { 'no-duration': [], 'no-pay': [] },
    patterns: ['permanent', 'numbers', 'units', 'months', 'ordinals', 'until', 'articles'],
  },
];
const load = family('quality.yaml', qualitySpecs);

const askOfSignal = (s: Signal): Ask => ({ span: s.span, excerpt: s.text, strength: 'required' });

function signalsOf(profile: Profile, type: SignalType): Signal[] {
  return profile.signals.filter((s) => s.type === type);
}

/** One signal per line: the first. */
function firstPerLine(signals: Signal[]): Signal[] {
  const seen = new Set<number>();
  return signals.filter((s) => !seen.has(s.span.start.line) && seen.add(s.span.start.line));
}

/**
 * An unpaid trial or training (`unpaid-trial` signal naming a trial or training: `patterns.trial`,
 * `patterns.training`) → warning; Ontario from 2024-03-21 (trial-period work is paid work) → error, by the
 * escalation of the data. Other unpaid wording of the signal list (volunteer, unpaid internship) is not a trial:
 * no finding here.
 */
export const unpaidTrial = defineRule(load, 'quality/unpaid-trial', (rule, profile, context) => {
  const out: Finding[] = [];
  for (const s of firstPerLine(signalsOf(profile, 'unpaid-trial'))) {
    const training = mentionsAt(rule.patterns.training, context.analysis, s.span);
    if (!training && !mentionsAt(rule.patterns.trial, context.analysis, s.span)) continue;
    const own = context.locale === profile.language ? paidWording(s.text, context.locale) : null;
    const paid = own ?? phrase(rule, training ? 'paid-training' : 'paid-trial', context.locale);
    out.push(emit(rule, 'trial', askOfSignal(s), context, { paid }));
  }
  return out;
});

/** The posting's own wording made paid: "Journée d'essai non rémunérée" → "Journée d'essai rémunérée au taux du poste". */
export function paidWording(text: string, locale: 'fr' | 'en'): string | null {
  // On the signal's own text only: the rewrite keeps the posting's wording, so it edits the original, not a folded copy.
  const { negation, unpaid } = paidPatterns()[locale];
  let paid = negation ? text.replace(negation, '') : text;
  if (unpaid) {
    const word = phrase(rule(), 'paid-word', locale);
    paid = paid.replace(unpaid, (m) => (m[0] !== m[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word));
  }
  if (paid === text) return null;
  return `${paid} ${phrase(rule(), 'at-rate', locale)}`;
}

const rule = () => load()['quality/unpaid-trial'];

/** Per language: a negation before a paid word, and an unpaid word (patterns of quality/unpaid-trial); null when none. */
const paidPatterns = lazy('rules.quality.paid', () => {
  const p = rule().patterns;
  const one = (lang: 'fr' | 'en') => {
    const only = (l: Record<'fr' | 'en', string[]>) => ({
      fr: lang === 'fr' ? l.fr : [],
      en: lang === 'en' ? l.en : [],
    });
    const negations = only(p.negations),
      paidWords = only(p['paid-words']),
      unpaidWords = only(p['unpaid-words']);
    const some = (l: { fr: string[]; en: string[] }) => l.fr.length + l.en.length > 0;
    return {
      negation:
        some(negations) && some(paidWords)
          ? new RegExp(
              String.raw`\b(?:${alternatives(negations)})[\s-]+(?=(?:${alternatives(paidWords)})(?![\p{L}]))`,
              'iu',
            )
          : null,
      unpaid: some(unpaidWords) ? new RegExp(String.raw`\b(?:${alternatives(unpaidWords)})\b`, 'i') : null,
    };
  };
  return { fr: one('fr'), en: one('en') };
});

/**
 * Irregular or on-call hours (`irregular-hours` signal) → info; no guaranteed hours (`patterns.no-guarantee`) →
 * warning. A generic wording ("au besoin", "as required": usually "other duties as required") counts only on a
 * line about hours or status (`patterns.schedule-words`); wording already reported as an availability ask is left to
 * availability/unrestricted. Signals in "about the company" and "how to apply" do not describe the job.
 */
export const irregularHours = defineRule(load, 'quality/irregular-hours', (rule, profile, context) => {
  const p = rule.patterns;
  // Words already reported as an availability ask are not reported twice; the rest of their line is
  // ("Statut : sur appel, aucune heure garantie": on call is the ask, no guaranteed hours the job's quality).
  const asked = profile.requirements.filter((r) => r.kind === 'availability').map((r) => r.span);
  const isAsked = (s: Signal) =>
    asked.some((a) => a.start.offset < s.span.end.offset && a.end.offset > s.span.start.offset);
  const a = context.analysis;
  const noGuarantee = (s: Signal) => mentionsAt(p['no-guarantee'], a, s.span);
  const qualifies = (s: Signal) =>
    noGuarantee(s) || mentionsAt(p.specific, a, s.span) || mentionsOnLine(p['schedule-words'], a, s.span);
  const byLine = new Map<number, Signal[]>();
  for (const s of signalsOf(profile, 'irregular-hours')) {
    if (['about', 'apply'].includes(s.section) || isAsked(s) || !qualifies(s)) continue;
    byLine.set(s.span.start.line, [...(byLine.get(s.span.start.line) ?? []), s]);
  }
  // One finding per posting: its hours are one fact, however often the posting repeats it. The
  // no-guaranteed-hours wording stands for it when there is one ("Statut : sur appel, aucune heure garantie").
  const all = [...byLine.values()].flat();
  if (!all.length) return [];
  const worst = all.find(noGuarantee);
  return [emit(rule, worst ? 'no-guarantee' : 'irregular', askOfSignal(worst ?? all[0]), context)];
});

/** Sections where a `precarious` signal states the job's status (not its duties: "rédiger des contrats"). */
const STATUS_SECTIONS: readonly string[] = ['none', 'offer', 'other'];

/**
 * A duration ("6 mois", "three-month", "12 semaines") or an end date ("jusqu'au 31 août", "until June", "2026-09-30"),
 * from the words of `patterns` (numbers, units, months, until, articles, ordinals) of quality/precarious-contract.
 */
const duration = lazy('rules.quality.duration', () => {
  const p = load()['quality/precarious-contract'].patterns;
  const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|${alternatives(p.numbers)})`;
  const UNIT = `(?:${alternatives(p.units)})`;
  const MONTHS = String.raw`(?:${alternatives(p.months)})\.?`;
  const DAY = String.raw`\d{1,2}(?:${alternatives(p.ordinals)})?`;
  return new RegExp(
    [
      String.raw`(?<![\p{L}\p{N}])${NUMBER}[\s-]*${UNIT}(?![\p{L}])`,
      String.raw`\b\d{4}-\d{2}-\d{2}\b`,
      String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
      String.raw`\b${DAY}\s+${MONTHS}(?![\p{L}])`,
      String.raw`(?<![\p{L}])${MONTHS}\s+\d{1,2}\b`,
      String.raw`(?:${alternatives(p.until)})\s+(?:(?:${alternatives(p.articles)})\s+)?(?:${MONTHS}|${DAY}\s+${MONTHS}|[a-zé]+\s+\d{4})`,
    ].join('|'),
    'iu',
  );
});

/**
 * True when the text states a duration or an end date. Given one line of the posting (lineAt, from the analysis),
 * never the whole posting: numbers with units and dates are shapes, not lexicon phrases the analysis has matched.
 */
export function statesDuration(text: string): boolean {
  return duration().test(text);
}

/**
 * A temporary, contract, seasonal… job (`precarious` signal stating the job's status, not on a line that says
 * "permanent") → info: without a duration stated on the signal's line (case no-duration), else when no pay is
 * disclosed (case no-pay). One finding per posting, at the first such signal.
 */
export const precariousContract = defineRule(load, 'quality/precarious-contract', (rule, profile, context) => {
  const status = signalsOf(profile, 'precarious').filter(
    (s) => STATUS_SECTIONS.includes(s.section) && !mentionsOnLine(rule.patterns.permanent, context.analysis, s.span),
  );
  if (!status.length) return [];
  const duration = status.some((s) => statesDuration(lineText(context, s)));
  if (!duration) return [emit(rule, 'no-duration', askOfSignal(status[0]), context)];
  if (!profile.pay.disclosed) return [emit(rule, 'no-pay', askOfSignal(status[0]), context)];
  return [];
});

function lineText(context: Context, s: Signal): string {
  return lineAt(context.analysis, s.span).excerpt;
}
