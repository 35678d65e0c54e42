// Amounts: every number of the posting ("45 000,00", "45,000.00", "17,53"), with the currency written around it
// ("$", "CA$", "€", "euros", "CAD", "USD", "dollars") and a "k" / "M" multiplier. The words come from the pay
// lexicon; the signs ("$", "€", "%", "k", "M") are read here.
import { type Doc, isDigitAt, isDigitCode, isLetter, isLetterAt } from './doc.js';
import type { Currency, PayLexicon } from './lexicon.js';

/** The currency of "$" when no code or word says which dollar. */
const DOLLAR: Currency = 'CAD';

export interface Amount {
  /** Whole amount with its currency marks. */
  s: number;
  e: number;
  /** The digits. */
  ns: number;
  ne: number;
  value: number;
  currency: Currency | null;
  kilo: boolean;
  /** Millions, billions: never pay. */
  huge: boolean;
  percent: boolean;
  /** An integer written without separators (2024, 35). */
  plain: boolean;
}

/** Parses the number whose first digit is at i: "45 000,00", "45,000.00", "1801.80", "17,53". */
function parseNumber(f: string, i: number): { end: number; value: number; plain: boolean } {
  let j = i;
  while (isDigitAt(f, j)) j++;
  const firstLen = j - i;
  let int = f.slice(i, j);
  let frac = '';
  let sep = '';
  for (;;) {
    const c = f[j];
    if ((c !== ' ' && c !== ',' && c !== '.') || !isDigitAt(f, j + 1)) break;
    let k = j + 1;
    while (isDigitAt(f, k)) k++;
    const n = k - (j + 1);
    const digits = f.slice(j + 1, k);
    if (n === 3 && firstLen <= 3 && (sep === '' || sep === c)) {
      int += digits;
      sep = c;
      j = k;
      continue; // thousands group
    }
    if (c !== ' ' && c !== sep) {
      frac = digits;
      j = k;
    } // decimal part
    break;
  }
  const value = Number(frac ? `${int}.${frac}` : int);
  return { end: j, value, plain: sep === '' && frac === '' };
}

/** The word starting at i, when it has at most `max` letters; else ''. */
function wordAfter(f: string, i: number, max: number): string {
  let j = i;
  while (j < f.length && j - i < max && isLetterAt(f, j)) j++;
  return isLetterAt(f, j) ? '' : f.slice(i, j);
}

/** The word ending at i, when it has at most `max` letters; else ''. */
function wordBefore(f: string, i: number, max: number): string {
  let j = i;
  while (j > 0 && i - j < max && isLetterAt(f, j - 1)) j--;
  return isLetterAt(f, j - 1) ? '' : f.slice(j, i);
}

/** Every number in the text, with the currency written around it. */
export function findAmounts(doc: Doc, lex: PayLexicon): Amount[] {
  const f = doc.f;
  const before = lex.longestBefore,
    after = lex.longestAfter;
  // Whether the word w at k is written as the lexicon asks: "20 $ US", "20 $ CA" in capitals ("20 $ can be…" is English).
  const asWritten = (k: number, w: string, caps: boolean) =>
    !caps || doc.text.slice(k, k + w.length) === w.toUpperCase();
  const out: Amount[] = [];
  // Digits are rare in a posting: jump from one run of digits (a token) to the next.
  const { toks, digits } = doc;
  let d = 0;
  let i = 0;
  while (i < f.length) {
    if (!isDigitAt(f, i)) {
      while (d < digits.length && toks[digits[d]].start <= i) d++;
      if (d >= digits.length) break;
      i = toks[digits[d]].start;
    }
    const prev = f.charCodeAt(i - 1);
    if (i > 0 && (isLetter(prev) || isDigitCode(prev))) {
      // "PM3", "B2": part of a word
      while (isDigitAt(f, i)) i++;
      continue;
    }
    const num = parseNumber(f, i);
    const a: Amount = {
      s: i,
      e: num.end,
      ns: i,
      ne: num.end,
      value: num.value,
      currency: null,
      kilo: false,
      huge: false,
      percent: false,
      plain: num.plain,
    };
    // Currency before: "$20", "$ 20", "CA$20", "US$20", "€20", "CAD 20", "USD 20".
    let p = i;
    if (f[p - 1] === ' ' && (f[p - 2] === '$' || f[p - 2] === '€')) p--;
    if (f[p - 1] === '$') {
      p--;
      const code = wordBefore(f, p, before);
      const known = lex.currency['before-symbol'].get(code);
      const ok = known !== undefined && asWritten(p - code.length, code, known[1]);
      a.currency = ok ? known[0] : DOLLAR;
      if (ok) p -= code.length;
      a.s = p;
    } else if (f[p - 1] === '€') {
      a.currency = 'EUR';
      a.s = p - 1;
    } else {
      const q = f[i - 1] === ' ' ? i - 1 : i;
      const code = wordBefore(f, q, before);
      const known = lex.currency['before-amount'].get(code);
      if (known && asWritten(q - code.length, code, known[1])) {
        a.currency = known[0];
        a.s = q - code.length;
      }
    }
    // After: multiplier, then currency. "60k$", "60 k$", "$60K", "2 M$", "5 million", "20 $", "20 €", "20 euros", "20 USD", "40(CAD)".
    let q = num.end;
    const skip = (k: number) => (f[k] === ' ' ? k + 1 : k);
    let r = skip(q);
    if (f[r] === 'k' && !isLetterAt(f, r + 1)) {
      a.kilo = true;
      q = r + 1;
      r = skip(q);
    } else if (
      f[r] === 'm' &&
      (f[r + 1] === '$' || f[r + 1] === '€' || (f[r + 1] === ' ' && (f[r + 2] === '$' || f[r + 2] === '€')))
    ) {
      a.huge = true;
      q = r + 1;
      r = skip(q);
    } else {
      const w = wordAfter(f, r, after);
      if (lex.millions.has(w)) {
        a.huge = true;
        q = r + w.length;
        r = skip(q);
      }
    }
    if (f[r] === '%') a.percent = true;
    else if (f[r] === '$') {
      q = r + 1;
      const at = skip(q);
      const code = wordAfter(f, at, after);
      const known = lex.currency['after-symbol'].get(code);
      if (known && asWritten(at, code, known[1])) {
        a.currency = known[0];
        q = at + code.length;
      } else if (!a.currency) a.currency = DOLLAR;
    } else if (f[r] === '€') {
      a.currency = 'EUR';
      q = r + 1;
    } else if (f[r] === '(' && parenthesised(f, r, lex)) {
      const code = wordAfter(f, r + 1, after);
      a.currency = lex.parenthesised.get(code)!;
      q = r + code.length + 2;
    } else {
      wordsAfter(doc, lex, a, r, (k) => {
        q = k;
      });
    }
    // "$60k" after the digits and before nothing else.
    if (!a.kilo && a.currency && f[q] === 'k' && !isLetterAt(f, q + 1)) {
      a.kilo = true;
      q++;
    }
    if (a.currency || a.kilo || a.huge) a.e = q;
    if (a.kilo) a.value *= 1000;
    out.push(a);
    i = Math.max(num.end, i + 1);
  }
  return out;
}

/** "(CAD)" at r. */
function parenthesised(f: string, r: number, lex: PayLexicon): boolean {
  const code = wordAfter(f, r + 1, lex.longestAfter);
  return lex.parenthesised.has(code) && f[r + 1 + code.length] === ')';
}

/**
 * A currency word after the amount at r: "20 euros", "20 USD", "20 dollars", "20 US dollars", "20 dollars
 * américains". `end` gets the offset after the words read.
 */
function wordsAfter(doc: Doc, lex: PayLexicon, a: Amount, r: number, end: (k: number) => void): void {
  const f = doc.f;
  const max = lex.longestAfter;
  const skip = (k: number) => (f[k] === ' ' ? k + 1 : k);
  const capsOk = (k: number, w: string, caps: boolean) => !caps || doc.text.slice(k, k + w.length) === w.toUpperCase();
  let w = wordAfter(f, r, max);
  let at = r;
  // "20 US dollars": a qualifier, a space, a dollar word.
  const qualifier = lex.dollarBefore.get(w);
  if (
    qualifier &&
    capsOk(r, w, qualifier[1]) &&
    f[r + w.length] === ' ' &&
    lex.dollarWords.has(wordAfter(f, r + w.length + 1, max))
  ) {
    at = r + w.length + 1;
    w = wordAfter(f, at, max);
    a.currency = qualifier[0];
  }
  const dollar = lex.dollarWords.has(w);
  const known = lex.currency['after-amount'].get(w);
  const currency = known && capsOk(at, w, known[1]) ? known[0] : dollar ? DOLLAR : null;
  if (!currency) return;
  let q = at + w.length;
  // A currency named as another country's dollar ("US$", "USD") is not undone by a word after the amount.
  if (!a.currency || !lex.otherDollars.has(a.currency)) a.currency = currency;
  if (dollar) {
    const next = wordAfter(f, skip(q), max);
    const which = lex.dollarAfter.get(next);
    if (which) {
      a.currency = which;
      q = skip(q) + next.length;
    }
  }
  end(q);
}
