// Candidates: an amount, or two joined into a range ("17,53 $ à 21,67 $", "entre 18 et 22 $"), completed with
// its qualifier and period, kept only when something says it is pay and nothing says it is not, and scored.
import type { Amount } from './amounts.js';
import {
  type Ctx,
  HEADING,
  keywordDistance,
  labelledLine,
  notPay,
  periodAfter,
  periodBefore,
  qualifierBefore,
} from './context.js';
import { isDigitAt, lineOf, tokenAt } from './doc.js';
import type { Currency, PayLexicon, PeriodKey } from './lexicon.js';

export interface Candidate {
  s: number;
  e: number;
  min: number | null;
  max: number | null;
  currency: Currency | null;
  period: PeriodKey | null;
  explicit: boolean;
  range: boolean;
  /** End of the amount before this one, so the period look-back does not reach it. */
  prevEnd: number;
  /** Period written inside a range ("17,53 $/h à 21,67 $"). */
  gapPeriod: PeriodKey | null;
  line: number;
  score: number;
}

/**
 * Period inferred from the size of an amount when the wording gives none (the lexicon's `inferred-period`, first
 * rule that applies): small amounts are hourly, large ones annual, some left unknown.
 */
function inferPeriod(lex: PayLexicon, value: number, currency: Currency | null): PeriodKey | null {
  for (const r of lex.inferred) {
    if (r.currency !== null && r.currency !== currency) continue;
    if (r.below !== null ? value < r.below : value >= r.from!) return r.period;
  }
  return null;
}

function isYearLike(a: Amount): boolean {
  return a.plain && a.value >= 1900 && a.value <= 2099;
}

/** Builds the candidate for amounts[i] (with amounts[i+1] when they form a range); returns it and the amounts used. */
export function buildCandidate(ctx: Ctx, amounts: Amount[], i: number, bareOk: boolean): [Candidate | null, number] {
  const { doc, lex } = ctx;
  const a = amounts[i];
  const b = amounts[i + 1];
  const line = lineOf(doc, a.s);
  let lo = a,
    hi = a;
  let used = 1;
  let gapPeriod: PeriodKey | null = null;
  let currency = a.currency;
  let loValue = a.value,
    hiValue = a.value;
  if (b && b.s - a.e <= 20 && lineOf(doc, b.s) === line) {
    const m = lex.rangeGap.exec(doc.f.slice(a.e, b.s));
    const sep = m ? doc.f.slice(a.e, b.s).trim().split(' ').pop() : '';
    const needsBetween = lex.afterBetween.has(sep ?? '');
    const between = needsBetween ? qualifierBefore(ctx, lex.between, a.s) >= 0 : true;
    if (m && between && !a.percent && !b.percent) {
      let av = a.value;
      const bv = b.value;
      if (b.kilo && !a.kilo && av < 1000) av *= 1000; // "60-70k$"
      const ok =
        a.currency && b.currency
          ? bv >= av
          : a.currency
            ? bv >= av && bv <= av * 10
            : b.currency
              ? av <= bv && av * 10 >= bv
              : bareOk && bv >= av && bv <= av * 10;
      if (ok) {
        lo = a;
        hi = b;
        used = 2;
        currency = b.currency ?? a.currency;
        loValue = av;
        hiValue = bv;
        if (m[1]) gapPeriod = lex.periods.word(m[1]) as PeriodKey | null;
        if (b.huge) lo = { ...lo, huge: true };
      }
    }
  }
  if (lo.huge || hi.huge || hiValue >= lex.ceiling) return [null, used];
  if (lo.percent || hi.percent) return [null, used];
  if (!currency && !bareOk) return [null, used];
  if (!currency && used === 1 && isYearLike(a)) return [null, used];
  const c: Candidate = {
    s: lo.s,
    e: hi.e,
    min: loValue,
    max: hiValue,
    currency,
    period: null,
    explicit: false,
    range: used === 2,
    prevEnd: i > 0 ? amounts[i - 1].e : 0,
    gapPeriod,
    line,
    score: 0,
  };
  return [c, used];
}

/** Completes a candidate (qualifier, period, plausibility) and scores it; null when it is not pay. */
export function judge(ctx: Ctx, c: Candidate, bare: boolean): Candidate | null {
  const { lex } = ctx;
  // Qualifiers: "From $20", "Up to $25/h", "entre 18 et 22 $".
  if (!c.range) {
    const from = qualifierBefore(ctx, lex.from, c.s);
    const upTo = from < 0 ? qualifierBefore(ctx, lex.upTo, c.s) : -1;
    if (from >= 0) {
      c.s = from;
      c.max = null;
    } else if (upTo >= 0) {
      c.s = upTo;
      c.min = null;
    }
  } else {
    const between = qualifierBefore(ctx, lex.between, c.s);
    if (between >= 0) c.s = between;
  }
  // "$50,000+" and "$26/hr+": an open upper bound.
  const plus = (at: number) => {
    const f = ctx.doc.f;
    if (c.range || f[at] !== '+') return false;
    const k = f[at + 1] === ' ' ? at + 2 : at + 1;
    if (isDigitAt(f, k) || f[k] === '$' || f[k] === '€') return false;
    c.max = null;
    c.e = at + 1;
    return true;
  };
  plus(c.e);
  const after = periodAfter(ctx, c.e);
  if (after) {
    if (bare && !after.per && !after.adjective) return null; // "35 heures", "2 ans": a count, not pay
    c.period = after.period;
    c.explicit = true;
    c.e = after.end;
    plus(c.e);
  } else {
    const before = periodBefore(ctx, c.s, c.prevEnd);
    if (before) {
      c.period = before;
      c.explicit = true;
    } else if (c.gapPeriod) {
      c.period = c.gapPeriod;
      c.explicit = true;
    }
  }
  if (bare && !after && !bareEndsClean(ctx, c.e)) return null;
  if (notPay(ctx, c.s, c.e, c.line)) return null;
  const value = c.max ?? c.min ?? 0;
  if (!c.explicit) c.period = inferPeriod(lex, value, c.currency);
  const [min, max] = lex.plausible[c.period ?? 'unknown'];
  if (value < min || value >= max) return null;
  if (c.min !== null && c.min < lex.plausible.hour[0]) return null;
  const labelCol = labelledLine(ctx, c.line);
  const labelled = labelCol >= 0 && c.s >= labelCol;
  const dist = keywordDistance(ctx, c);
  const supported = labelled || c.explicit || dist <= 100 || c.range;
  // Ties go to the earlier amount; a range or a "From"/"Up to" amount says a little more than a single figure.
  if (!supported) return null;
  c.score =
    (labelled ? 4 : 0) +
    (c.explicit ? 2 : 0) +
    (dist <= 40 || dist === HEADING ? 3 : dist <= 100 ? 2 : 0) +
    (c.currency ? 1 : 0) +
    (c.range || c.min === null || c.max === null ? 0.5 : 0) -
    (c.period === 'biweekly' ? 3 : 0);
  return c;
}

/** A bare number on a "Salaire :" line must end its clause: "Salaire : 20,50" but not "Salaire : 25 employés". */
function bareEndsClean(ctx: Ctx, e: number): boolean {
  const { doc } = ctx;
  const end = doc.lineEnds[lineOf(doc, e)];
  let k = e;
  while (k < end && doc.f[k] === ' ') k++;
  if (k >= end) return true;
  const c = doc.f[k];
  if (c === ',' || c === ';' || c === '(' || (c === '.' && !isDigitAt(doc.f, k + 1))) return true;
  const ti = tokenAt(doc, k);
  return ti < doc.toks.length && doc.toks[ti].start === k && ctx.lex.fillers.at(doc, ti) !== null;
}
