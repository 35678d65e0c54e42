// What surrounds an amount: the period named after it ("/h", "de l'heure", "per year") or before it ("taux
// horaire de"), a qualifier ("From", "jusqu'à", "entre"), the nearest pay word, a not-pay word ("prime de 500 $"),
// and whether its line is a "Salaire :" line. Each look is bounded to a few tokens or characters of its line.
import { clause, type Doc, isDigitCode, lineOf, tokenAt } from './doc.js';
import type { PayLexicon, PeriodKey } from './lexicon.js';
import { hitsIn, joins, type Hit, type PhraseSet } from './phrases.js';

export interface Ctx {
  doc: Doc;
  lex: PayLexicon;
  labels: Hit[];
  keywords: Hit[];
  notPay: Hit[];
  labelled: Map<number, number>;
}

/** Column after the colon of a "Salaire :" / "Pay:" line, or -1. */
export function labelledLine(ctx: Ctx, line: number): number {
  const known = ctx.labelled.get(line);
  if (known !== undefined) return known;
  const { doc } = ctx;
  const start = doc.lineStarts[line],
    end = Math.min(doc.lineEnds[line], start + 60);
  let colon = -1;
  for (let k = start; k < end; k++)
    if (doc.f[k] === ':') {
      colon = k;
      break;
    }
  let result = -1;
  if (colon >= 0 && hitsIn(ctx.labels, start, colon).length > 0) result = colon + 1;
  ctx.labelled.set(line, result);
  return result;
}

const STOP = /[.,;:!?]/;

/** Period named after an amount: "/h", "de l'heure", "per year", "HOUR hourly", "brut mensuel". */
export function periodAfter(
  ctx: Ctx,
  pos: number,
): { period: PeriodKey; end: number; per: boolean; adjective: boolean } | null {
  const { doc, lex } = ctx;
  const limit = Math.min(doc.lineEnds[lineOf(doc, pos)], pos + 40);
  let ti = tokenAt(doc, pos);
  let cursor = pos;
  let per = false;
  for (let steps = 0; steps < 6 && ti < doc.toks.length && doc.toks[ti].start < limit; steps++) {
    const gap = doc.f.slice(cursor, doc.toks[ti].start);
    if (STOP.test(gap) || isDigitCode(doc.f.charCodeAt(doc.toks[ti].start))) return null;
    if (gap.includes('/')) per = true;
    const perM = lex.per.at(doc, ti);
    if (perM && lex.periods.at(doc, ti + perM[0]) && joins(doc, ti + perM[0] - 1, ti + perM[0])) {
      per = true;
      ti += perM[0];
      cursor = doc.toks[ti - 1].end;
      continue;
    }
    const pm = lex.periods.at(doc, ti);
    if (pm) {
      let end = doc.toks[ti + pm[0] - 1].end;
      const adjective = lex.adjectives.at(doc, ti)?.[0] === pm[0];
      // "$33.50HOUR hourly": the same period said twice.
      const again = lex.periods.at(doc, ti + pm[0]);
      const nextTok = doc.toks[ti + pm[0]];
      if (
        again &&
        again[1].value === pm[1].value &&
        nextTok.start - end <= 2 &&
        /^ ?$/.test(doc.f.slice(end, nextTok.start))
      ) {
        end = doc.toks[ti + pm[0] + again[0] - 1].end;
      }
      // Trailing "brut", "net", "gross": part of the expression.
      for (
        let k = tokenAt(doc, end), n = 0;
        n < 2 && k < doc.toks.length && /^ ?$/.test(doc.f.slice(end, doc.toks[k].start));
        n++
      ) {
        const fm = lex.fillers.at(doc, k);
        if (!fm) break;
        end = doc.toks[k + fm[0] - 1].end;
        k += fm[0];
      }
      return { period: pm[1].value as PeriodKey, end, per, adjective };
    }
    if (perM) {
      per = true;
      ti += perM[0];
      cursor = doc.toks[ti - 1].end;
      continue;
    }
    const fm = lex.fillers.at(doc, ti);
    if (fm) {
      ti += fm[0];
      cursor = doc.toks[ti - 1].end;
      continue;
    }
    if (lex.currency['after-amount'].has(doc.toks[ti].norm) || lex.dollarWords.has(doc.toks[ti].norm)) {
      cursor = doc.toks[ti].end;
      ti++;
      continue;
    }
    return null;
  }
  return null;
}

/** Period named before an amount, on its line and in its sentence: "taux horaire de", "Mensuel de", "hourly pay range is". */
export function periodBefore(ctx: Ctx, pos: number, floor: number): PeriodKey | null {
  const { doc, lex } = ctx;
  const from = Math.max(clause(doc, pos, pos, lineOf(doc, pos), 60, 0)[0], floor);
  let found: PeriodKey | null = null;
  for (let ti = tokenAt(doc, from); ti < doc.toks.length && doc.toks[ti].end <= pos; ti++) {
    const m = lex.adjectives.at(doc, ti);
    if (m && doc.toks[ti + m[0] - 1].end <= pos) found = m[1].value as PeriodKey;
  }
  return found;
}

/** A qualifier ending just before the amount: "From", "à partir de", "Up to", "jusqu'à", "entre". */
export function qualifierBefore(ctx: Ctx, set: PhraseSet, pos: number): number {
  const { doc } = ctx;
  const ti = tokenAt(doc, pos) - 1;
  const floor = Math.max(doc.lineStarts[lineOf(doc, pos)], pos - 30);
  for (let k = ti; k >= 0 && k > ti - 4 && doc.toks[k].start >= floor; k--) {
    const m = set.at(doc, k);
    if (m && k + m[0] - 1 === ti && /^[ :*]{0,4}$/.test(doc.f.slice(doc.toks[ti].end, pos))) return doc.toks[k].start;
  }
  return -1;
}

/** Distance from the candidate to the nearest pay word (same clause, or a short heading line just above); Infinity if none. */
export function keywordDistance(ctx: Ctx, c: { s: number; e: number; line: number }): number {
  const { doc } = ctx;
  const [from, to] = clause(doc, c.s, c.e, c.line, 80, 40);
  let best = Infinity;
  for (const list of [ctx.keywords, ctx.labels]) {
    for (const h of hitsIn(list, from, c.s)) if (h.e <= c.s) best = Math.min(best, c.s - h.e);
    for (const h of hitsIn(list, c.e, to)) if (h.e <= to) best = Math.min(best, h.s - c.e);
  }
  if (best === Infinity) {
    // A heading such as "Salaire" or "Salary range" on one of the two lines above.
    for (let l = c.line - 1; l >= 0 && l >= c.line - 2; l--) {
      const s = doc.lineStarts[l],
        e = doc.lineEnds[l];
      if (doc.f.slice(s, e).trim() === '') continue;
      if (e - s <= 60 && (hitsIn(ctx.labels, s, e).length > 0 || hitsIn(ctx.keywords, s, e).length > 0)) best = HEADING;
      break;
    }
  }
  return best;
}

/** Distance given to a heading line above the amount (scored like a pay word close by). */
export const HEADING = 99.5;

/** The amount is a bonus, a budget, a benefit…: a not-pay word just before it (closer than any pay word) or just after it. */
export function notPay(ctx: Ctx, s: number, e: number, line: number): boolean {
  const { doc } = ctx;
  const [from] = clause(doc, s, e, line, 40, 0);
  const neg = hitsIn(ctx.notPay, from, s).filter((h) => h.e <= s);
  if (neg.length) {
    const last = neg[neg.length - 1];
    const pay = [...hitsIn(ctx.keywords, last.e, s), ...hitsIn(ctx.labels, last.e, s)];
    if (pay.length === 0) return true;
  }
  // Just after: "$2,500 in bonuses", "500 $ de prime", but not "20 $/h + prime".
  let ti = tokenAt(doc, e);
  let cursor = e;
  for (let steps = 0; steps < 4 && ti < doc.toks.length && doc.toks[ti].start < doc.lineEnds[line]; steps++) {
    const t = doc.toks[ti];
    const gap = doc.f.slice(cursor, t.start);
    if (STOP.test(gap) || gap.includes('+') || gap.includes('(') || gap.includes('&')) return false;
    if (ctx.lex.joiners.has(t.norm)) return false;
    if (hitsIn(ctx.notPay, t.start, t.end).length) return true;
    cursor = t.end;
    ti++;
  }
  return false;
}
