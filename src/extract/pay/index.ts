// Pay: finds the pay a posting states ("17,53 $ à 21,67 $ par heure", "$45,000–$55,000 a year",
// "Salaire : Mensuel de 1801.80 Euros") or the vague wording it uses instead ("salaire compétitif").
//
// How it works, in one pass over the analysed posting (linear: no regex runs over more than a short, bounded slice):
//  1. doc.ts: the analysis' normalised text read at original offsets, its tokens and lines (nothing is folded,
//     tokenized or split again); phrases.ts finds the cue phrases of lexicons/{fr,en}/pay.yaml on the tokens once.
//  2. amounts.ts: every number is parsed (French "45 000,00", English "45,000.00"), with the currency around it
//     ("$", "CA$", "€", "euros", "CAD", "USD", "dollars") and a "k" / "M" multiplier.
//  3. candidates.ts: neighbouring amounts joined by "-", "à", "to", "entre … et" become ranges; context.ts reads
//     the period after the amount ("de l'heure", "/h", "per year") or before it ("taux horaire de", "Mensuel de").
//  4. Each candidate is kept only when something says it is pay (a "Salaire :" line, a pay word nearby, a
//     period, or a range) and nothing says it is not ("prime de 500 $", "$5 million in funding", an amount
//     too small or too large for its period). The best-supported candidate wins.
//  5. With no amount, vague wording ("competitive salary", "Salaire : selon l'expérience") is reported.
import { analyze, type Analysis } from '../../text/analyze.js';
import type { LineIndex } from '../../text/lines.js';
import type { Pay } from '../../types.js';
import { findAmounts } from './amounts.js';
import { buildCandidate, type Candidate, judge } from './candidates.js';
import { type Ctx, labelledLine } from './context.js';
import { docOf, isDigitAt, lineOf } from './doc.js';
import { payLexicon, startsPhrase, type PayPeriod } from './lexicon.js';
import { findAll, type Hit, hitsIn } from './phrases.js';

export { loadPayLexicon, type PayLexicon, type PayPeriod } from './lexicon.js';

/** What extractPay found. Offsets are UTF-16 offsets in the text given, end exclusive. */
export interface PayMatch {
  /** A concrete amount or range of pay was found. */
  disclosed: boolean;
  /** Lower bound; null for "Up to $25/h". Equal to max for a single amount. */
  min: number | null;
  /** Upper bound; null for "From $20 per hour" / "à partir de 20 $". */
  max: number | null;
  /** ISO code: CAD (default for "$"), EUR, USD; null when a "Salaire :" line gives a bare number. */
  currency: string | null;
  period: PayPeriod | null;
  /** Pay only described with words ("salaire compétitif"); disclosed is then false. */
  vague: boolean;
  /** Offsets of the pay expression (amount with its currency, qualifier and period) or of the vague wording; null when nothing was found. */
  start: number | null;
  end: number | null;
}

const NONE: PayMatch = {
  disclosed: false,
  min: null,
  max: null,
  currency: null,
  period: null,
  vague: false,
  start: null,
  end: null,
};

/** Finds the pay stated in an analysed posting (offsets refer to its original text); a text is analysed first. */
export function extractPay(posting: Analysis | string): PayMatch {
  const a = typeof posting === 'string' ? analyze(posting) : posting;
  const lex = payLexicon();
  const doc = docOf(a, startsPhrase);
  const ctx: Ctx = {
    doc,
    lex,
    labels: findAll(doc, lex.labels, true),
    keywords: findAll(doc, lex.keywords, true),
    notPay: findAll(doc, lex.notPay),
    labelled: new Map(),
  };
  const amounts = findAmounts(doc, lex);
  let best: Candidate | null = null;
  const consider = (c: Candidate | null) => {
    if (c && (!best || c.score > best.score)) best = c;
  };

  // Amounts with a currency.
  for (let i = 0; i < amounts.length;) {
    const a = amounts[i],
      b = amounts[i + 1];
    if (!a.currency && !(b && b.currency)) {
      i++;
      continue;
    }
    const [c, used] = buildCandidate(ctx, amounts, i, false);
    if (c) consider(judge(ctx, c, false));
    // A bare number that did not pair with the next amount is skipped alone.
    i += c ? used : a.currency ? used : 1;
  }

  // Bare numbers on "Salaire :" lines that have no amount with a currency.
  if (!best) {
    let seenLine = -1;
    for (let i = 0; i < amounts.length; i++) {
      const a = amounts[i];
      const line = lineOf(doc, a.s);
      const col = labelledLine(ctx, line);
      if (col < 0 || a.s < col || line === seenLine) continue;
      // Only the first number after the colon: "Salary(s): PM3 …" has its letters and digits glued.
      seenLine = line;
      if (a.currency) continue;
      const prevChar = doc.f[a.s - 1];
      if (prevChar === '#' || prevChar === '/' || prevChar === '-' || prevChar === '+') continue;
      const next = doc.f[a.ne];
      if ((next === '/' || next === '-' || next === ':' || next === 'h') && isDigitAt(doc.f, a.ne + 1)) continue; // dates, times, phones
      const [c] = buildCandidate(ctx, amounts, i, true);
      if (c) consider(judge(ctx, c, true));
    }
  }

  const found = best as Candidate | null;
  if (found) {
    return {
      disclosed: true,
      min: found.min,
      max: found.max,
      currency: found.currency,
      period: found.period === 'biweekly' ? null : found.period,
      vague: false,
      start: found.s,
      end: found.e,
    };
  }
  const vague = findVague(ctx);
  if (vague) return { ...NONE, vague: true, start: vague.s, end: vague.e };
  return { ...NONE };
}

/** Vague pay wording: a phrase that names pay by itself, or a generic one next to a pay word. */
function findVague(ctx: Ctx): Hit | null {
  const { doc, lex } = ctx;
  const own = findAll(doc, lex.vague);
  const near = findAll(doc, lex.vagueNearPay).filter((h) => {
    const line = lineOf(doc, h.s);
    const col = labelledLine(ctx, line);
    if (col >= 0 && h.s >= col) return true;
    const from = Math.max(doc.lineStarts[line], h.s - 50),
      to = Math.min(doc.lineEnds[line], h.e + 30);
    return [...hitsIn(ctx.keywords, from, to), ...hitsIn(ctx.labels, from, to)].some((k) => k.e <= h.s || k.s >= h.e);
  });
  const all = [...own, ...near].sort((x, y) => x.s - y.s || y.e - x.e);
  return all[0] ?? null;
}

/** The Pay of a Profile, from a match and the LineIndex of the same text. */
export function toPay(match: PayMatch, lines: LineIndex): Pay {
  const pay: Pay = {
    disclosed: match.disclosed,
    min: match.min,
    max: match.max,
    currency: match.currency,
    period: match.period,
  };
  if (match.start !== null && match.end !== null) {
    pay.text = lines.text.slice(match.start, match.end);
    pay.span = lines.span(match.start, match.end);
  }
  if (match.vague) pay.vague = true;
  return pay;
}
