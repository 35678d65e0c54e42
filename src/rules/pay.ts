// pay/undisclosed, pay/vague.
import type { Context, Lang, Pay, Profile } from '../types.js';
import { memo } from '../util/cache.js';
import { family, type RuleData, type RuleSpec } from './data.js';
import { defineRule, emit, lawApplies, phrase, titleLine, type Ask } from './engine.js';

const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
type Period = (typeof PERIODS)[number];
const BOUNDS = ['low', 'high', 'per'];

/** What the code expects of pay.yaml (exported for the data tests). */
export const paySpecs: RuleSpec[] = [
  {
    id: 'pay/undisclosed',
    cases: { undisclosed: [], 'range-too-wide': [...BOUNDS, 'width', 'conversion', 'cap'], 'open-ended': BOUNDS },
    phrases: Object.fromEntries([
      ...PERIODS.map((p) => [`per-${p}`, []]),
      ['per-none', []],
      ...PERIODS.filter((p) => p !== 'year').map((p) => [`conversion-${p}`, []]),
      ['unknown-low', []],
      ['unknown-high', []],
    ]),
    limits: ['max-range-per-year', 'exempt-above-per-year'],
  },
  { id: 'pay/vague', cases: { vague: [] } },
];
const load = family('pay.yaml', paySpecs);

/** Periods in a year: 2,080 working hours (40 h × 52 weeks), 260 working days, 52 weeks, 12 months. */
export const PER_YEAR: Record<Period, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

/**
 * No pay and no vague wording → info at the title line; the jurisdiction escalations of the data may raise it.
 * A disclosed range is checked where a law sets its shape: Ontario (from 2026) a range wider than
 * `limits.max-range-per-year` → case range-too-wide; British Columbia (from 2023-11-01) an open-ended amount → case open-ended.
 */
export const payUndisclosed = defineRule(load, 'pay/undisclosed', (rule, profile, context) => {
  const pay = profile.pay;
  if (!pay.disclosed) return pay.vague ? [] : [emit(rule, 'undisclosed', titleLine(context.analysis.text), context)];
  const open = (pay.min === null) !== (pay.max === null);
  if (open && lawApplies(rule.cases['open-ended'].law, context)) {
    return [emit(rule, 'open-ended', payAsk(profile, context), context, bounds(rule, pay, context.locale))];
  }
  const wide = rangeWidth(pay);
  if (wide && lawApplies(rule.cases['range-too-wide'].law, context)) {
    // Ontario (the Ontario guide): the widest range a year, and the top a year above which the rule does not apply.
    const maxRange = rule.limits['max-range-per-year'];
    const { width, top, factor } = wide;
    if (width <= maxRange || top > rule.limits['exempt-above-per-year']) return [];
    const period = pay.period as Period;
    const locale = context.locale;
    const cap = Math.floor(((pay.min! * factor + maxRange) / factor) * 100) / 100;
    return [
      emit(rule, 'range-too-wide', payAsk(profile, context), context, {
        ...bounds(rule, pay, locale),
        width: money(width, 'year', locale),
        conversion: period === 'year' ? '' : phrase(rule, `conversion-${period}`, locale),
        cap: money(cap, period, locale),
      }),
    ];
  }
  return [];
});

/** Vague wording only → info at that wording; escalated like pay/undisclosed when no amount is disclosed. */
export const payVague = defineRule(load, 'pay/vague', (rule, profile, context) => {
  if (!profile.pay.vague) return [];
  return [emit(rule, 'vague', payAsk(profile, context), context, {}, { escalate: !profile.pay.disclosed })];
});

/** The range's width and top per year, with the factor used; null when it is not a range with a known period in dollars. */
export function rangeWidth(pay: Pay): { width: number; top: number; factor: number } | null {
  if (pay.min === null || pay.max === null || pay.max <= pay.min || !pay.period) return null;
  if (pay.currency !== null && pay.currency !== 'CAD') return null;
  const factor = PER_YEAR[pay.period];
  return { width: (pay.max - pay.min) * factor, top: pay.max * factor, factor };
}

function bounds(rule: RuleData, pay: Pay, locale: Lang): Record<string, string> {
  const period = pay.period;
  return {
    low: pay.min === null ? phrase(rule, 'unknown-low', locale) : money(pay.min, period, locale),
    high: pay.max === null ? phrase(rule, 'unknown-high', locale) : money(pay.max, period, locale),
    per: phrase(rule, period ? `per-${period}` : 'per-none', locale),
  };
}

const formats = memo<string, Intl.NumberFormat>('rules.pay.money', 16);
/** "20,00 $" / "$20.00" for small amounts; "65 000 $" / "$65,000" from 1,000 up. */
export function money(amount: number, period: Pay['period'], locale: Lang): string {
  const cents = amount < 1000 && (period === 'hour' || period === 'day' || !Number.isInteger(amount));
  const f = formats.getOr(
    `${locale}:${cents}`,
    () =>
      new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
        style: 'currency',
        currency: 'CAD',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: cents ? 2 : 0,
        maximumFractionDigits: cents ? 2 : 0,
      }),
  );
  return f.format(amount).replace(/[\u202f\u00a0]/g, ' ');
}

function payAsk(profile: Profile, context: Context): Ask {
  const { span, text } = profile.pay;
  if (!span) return titleLine(context.analysis.text);
  return {
    span,
    excerpt: text ?? context.analysis.text.slice(span.start.offset, span.end.offset),
    strength: 'required',
  };
}
