// Pay: finds the pay a posting states ("17,53 $ à 21,67 $ par heure", "$45,000–$55,000 a year",
// "Salaire : Mensuel de 1801.80 Euros") or the vague wording it uses instead ("salaire compétitif").
//
// How it works, in one pass over the text (linear: no regex runs over more than a short, bounded slice):
//  1. The text is folded character by character (lower case, no accents, plain spaces/dashes/apostrophes),
//     so every offset in the folded copy is the same offset in the original.
//  2. It is cut into word tokens (runs of letters or of digits); cue phrases from lexicons/{fr,en}/pay.yaml
//     are found on the tokens once.
//  3. Every number is parsed (French "45 000,00", English "45,000.00"), with the currency around it
//     ("$", "CA$", "€", "euros", "CAD", "USD", "dollars") and a "k" / "M" multiplier.
//  4. Neighbouring amounts joined by "-", "à", "to", "entre … et" become ranges; the period is read after
//     the amount ("de l'heure", "/h", "per year", "HOUR hourly") or before it ("taux horaire de", "Mensuel de").
//  5. Each candidate is kept only when something says it is pay (a "Salaire :" line, a pay word nearby, a
//     period, or a range) and nothing says it is not ("prime de 500 $", "$5 million in funding", an amount
//     too small or too large for its period). The best-supported candidate wins.
//  6. With no amount, vague wording ("competitive salary", "Salaire : selon l'expérience") is reported.

import { join } from 'node:path';
import { LEXICON_DIR, loadValidated, type YamlDoc } from '../lexicon/yaml.js';
import type { LineIndex } from '../text/lines.js';
import { HASH_SEED, hashOf, hashStep } from '../text/intern.js';
import type { Pay } from '../types.js';

export type PayPeriod = NonNullable<Pay['period']>;

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

// ---------------------------------------------------------------------------------------------------
// Lexicon

type PeriodKey = PayPeriod | 'biweekly';
const PERIOD_KEYS: readonly PeriodKey[] = ['hour', 'day', 'week', 'month', 'year', 'biweekly'];
const LIST_KEYS = ['labels', 'keywords', 'not-pay', 'vague', 'vague-near-pay', 'from', 'up-to', 'between', 'per', 'fillers'] as const;
const MAP_KEYS = ['periods', 'period-adjectives'] as const;
type ListKey = (typeof LIST_KEYS)[number];
type MapKey = (typeof MAP_KEYS)[number];

interface Phrase {
  /** Folded words; "*" is one optional word. */
  words: string[];
  /** Original spelling of each word when it must match in capitals, else null. */
  caps: (string | null)[];
  value: string;
}

/** Phrases indexed by their first word; matched on tokens, longest first. */
class PhraseSet {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
  add(source: string, value = source): boolean {
    const words: string[] = [];
    const caps: (string | null)[] = [];
    for (const raw of source.split(/[\s'’\-]+/)) {
      if (raw === '') continue;
      if (raw === '*') { words.push('*'); caps.push(null); continue; }
      const toks = tokenize(fold(raw));
      const upper = /\p{L}.*\p{L}/u.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      for (const t of toks) { words.push(t.w); caps.push(upper && toks.length === 1 ? raw : null); }
    }
    if (words.length === 0 || words[0] === '*' || words[words.length - 1] === '*') return false;
    const list = this.byFirst.get(words[0]);
    if (list) list.push({ words, caps, value });
    else this.byFirst.set(words[0], [{ words, caps, value }]);
    this.sorted = false;
    return true;
  }

  /** Whether each list is longest first (sorted once, when first matched: not after every phrase added). */
  private sorted = true;
  private sortLists(): void {
    // A stable sort: phrases of one length keep the order they were added in.
    this.byFirst.forEach((list) => list.sort((a, b) => b.words.length - a.words.length));
    this.sorted = true;
  }

  /** Longest phrase starting at token i: [number of tokens, phrase]. */
  at(doc: Doc, i: number): [number, Phrase] | null {
    if (!this.sorted) this.sortLists();
    const t = doc.toks[i];
    if (!t) return null;
    const list = this.byFirst.get(t.w);
    if (!list) return null;
    let best: [number, Phrase] | null = null;
    for (const p of list) {
      const n = matchWords(doc, i, p, 0);
      if (n > 0 && (!best || n > best[0])) best = [n, p];
    }
    return best;
  }
}

/** Tokens consumed when phrase p (from word k) matches at token i, or 0. Depth is the phrase length. */
function matchWords(doc: Doc, i: number, p: Phrase, k: number): number {
  if (k === p.words.length) return 0;
  const w = p.words[k];
  if (w === '*') {
    // Skip the optional word, or take one token as it.
    const skip = matchWords(doc, i, p, k + 1);
    if (skip > 0) return skip;
    if (i >= doc.toks.length || !joins(doc, i - 1, i)) return 0;
    const rest = matchWords(doc, i + 1, p, k + 1);
    return rest > 0 ? rest + 1 : 0;
  }
  const t = doc.toks[i];
  if (!t || t.w !== w) return 0;
  if (k > 0 && !joins(doc, i - 1, i)) return 0;
  const cap = p.caps[k];
  if (cap !== null && doc.text.slice(t.s, t.e) !== cap) return 0;
  if (k === p.words.length - 1) return 1;
  const rest = matchWords(doc, i + 1, p, k + 1);
  return rest > 0 ? rest + 1 : 0;
}

/** Two tokens belong to one phrase: a short gap of spaces, apostrophes or hyphens on one line. */
function joins(doc: Doc, a: number, b: number): boolean {
  const ta = doc.toks[a], tb = doc.toks[b];
  if (!ta || !tb || tb.s - ta.e > 3) return false;
  for (let k = ta.e; k < tb.s; k++) {
    const c = doc.f[k];
    if (c !== ' ' && c !== "'" && c !== '-') return false;
  }
  return true;
}

/** The pay cue words, compiled. */
export interface PayLexicon {
  labels: PhraseSet;
  keywords: PhraseSet;
  notPay: PhraseSet;
  vague: PhraseSet;
  vagueNearPay: PhraseSet;
  from: PhraseSet;
  upTo: PhraseSet;
  between: PhraseSet;
  per: PhraseSet;
  fillers: PhraseSet;
  periods: PhraseSet;
  adjectives: PhraseSet;
}

let cached: PayLexicon | null = null;

type PayRow = [key: string, phrase: string, value: string];

/** Validates one pay lexicon into rows (cached by content, so a normal run does not parse YAML). */
function validatePay(doc: YamlDoc): PayRow[] {
  const rows: PayRow[] = [];
  const probe = new PhraseSet();
  for (const [key, node, keyNode] of doc.entries(doc.root, 'the pay lexicon')) {
    if ((LIST_KEYS as readonly string[]).includes(key)) {
      for (const item of doc.items(node, key)) {
        const phrase = doc.string(item, `an entry of ${key}`);
        if (!probe.add(phrase)) doc.fail(item, `${key}: "${phrase}" has no word to match`);
        rows.push([key, phrase, phrase]);
      }
    } else if ((MAP_KEYS as readonly string[]).includes(key)) {
      for (const [period, list, periodNode] of doc.entries(node, key)) {
        if (!(PERIOD_KEYS as readonly string[]).includes(period)) {
          doc.fail(periodNode, `${key}: unknown period "${period}" (expected ${PERIOD_KEYS.join(', ')})`);
        }
        for (const item of doc.items(list, `${key}.${period}`)) {
          const phrase = doc.string(item, `an entry of ${key}.${period}`);
          if (!probe.add(phrase, period)) doc.fail(item, `${key}: "${phrase}" has no word to match`);
          rows.push([key, phrase, period]);
        }
      }
    } else {
      doc.fail(keyNode, `unknown key "${key}" (expected ${[...LIST_KEYS, ...MAP_KEYS].join(', ')})`);
    }
  }
  return rows;
}

/** Reads lexicons/{fr,en}/pay.yaml (or those under dir), validating them; errors name file:line. */
export function loadPayLexicon(dir: string = LEXICON_DIR): PayLexicon {
  const lex: PayLexicon = {
    labels: new PhraseSet(), keywords: new PhraseSet(), notPay: new PhraseSet(), vague: new PhraseSet(),
    vagueNearPay: new PhraseSet(), from: new PhraseSet(), upTo: new PhraseSet(), between: new PhraseSet(),
    per: new PhraseSet(), fillers: new PhraseSet(), periods: new PhraseSet(), adjectives: new PhraseSet(),
  };
  const lists: Record<ListKey, PhraseSet> = {
    labels: lex.labels, keywords: lex.keywords, 'not-pay': lex.notPay, vague: lex.vague,
    'vague-near-pay': lex.vagueNearPay, from: lex.from, 'up-to': lex.upTo, between: lex.between,
    per: lex.per, fillers: lex.fillers,
  };
  const maps: Record<MapKey, PhraseSet> = { periods: lex.periods, 'period-adjectives': lex.adjectives };
  for (const lang of ['fr', 'en']) {
    const file = join(dir, lang, 'pay.yaml');
    const rows = loadValidated(file, 'pay', validatePay);
    for (let i = 0; i < rows.length; i++) {
      const key = rows[i][0], phrase = rows[i][1], value = rows[i][2];
      if (key in lists) lists[key as ListKey].add(phrase, value);
      else maps[key as MapKey].add(phrase, value);
    }
  }
  return lex;
}

function lexicon(): PayLexicon {
  return (cached ??= loadPayLexicon());
}

// ---------------------------------------------------------------------------------------------------
// Folding and tokens

const SPECIAL: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '\u00b4': "'", '`': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2008': ' ', '\u3000': ' ', '\t': ' ',
  '\u00b7': '*', '\u2022': '*', '\u25cf': '*', '\u25aa': '*', '\u25e6': '*', '\ufe69': '$', '\uff04': '$',
  '\u200b': ' ', '\ufeff': ' ',
  // Windows-1252 bytes read as Latin-1 leave C1 controls where typographic characters were.
  '\u0080': '€', '\u0091': "'", '\u0092': "'", '\u0096': '-', '\u0097': '-',
};
const foldCache = new Map<string, string>();

/** One character for one character (UTF-16 unit), so folded offsets are original offsets. */
function foldUnit(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? ' ' : c;
  let out = foldCache.get(c);
  if (out === undefined) {
    out = SPECIAL[c];
    if (out === undefined) {
      const base = c.normalize('NFD').charAt(0).toLowerCase();
      out = base.length === 1 ? base : c;
    }
    foldCache.set(c, out);
  }
  return out;
}

const utf16 = new TextDecoder('utf-16le');

const NOT_PLAIN = /[^\x00-\x08\x0a-\x7f]/g;

function fold(text: string): string {
  // Usually the engine's lower-casing, with every other character folded from the original one (foldUnit).
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(NOT_PLAIN, (c, at: number) => (c === '\t' ? ' ' : foldUnit(text[at])));
  // A character whose lower case is longer ("İ"): a code-unit buffer decoded once.
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code === 9 ? 32 : code) : foldUnit(text[i]).charCodeAt(0);
  }
  return utf16.decode(out);
}

const letterCache = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let r = letterCache.get(code);
  if (r === undefined) { r = /\p{L}/u.test(String.fromCharCode(code)); letterCache.set(code, r); }
  return r;
}
function isDigitCode(code: number): boolean { return code >= 48 && code <= 57; }
function isDigitAt(f: string, i: number): boolean { return i >= 0 && i < f.length && isDigitCode(f.charCodeAt(i)); }
function isLetterAt(f: string, i: number): boolean { return i >= 0 && i < f.length && isLetter(f.charCodeAt(i)); }

/** A token of the folded text: its bounds, the hash of its characters, and its text when first asked for. */
class Tok {
  private text: string | undefined = undefined;
  constructor(private readonly f: string, readonly s: number, readonly e: number, readonly h: number) {}
  /** Sliced on demand: most tokens are only passed over (startTokens looks at their hash first). */
  get w(): string {
    return (this.text ??= this.f.slice(this.s, this.e));
  }
}

/** Runs of letters and runs of digits ("33.50hour" gives 33, 50, hour). */
function tokenize(f: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < f.length) {
    const code = f.charCodeAt(i);
    if (isLetter(code)) {
      let j = i + 1;
      let h = hashStep(HASH_SEED, code);
      for (; j < f.length; j++) { const c = f.charCodeAt(j); if (!isLetter(c)) break; h = hashStep(h, c); }
      toks.push(new Tok(f, i, j, h));
      i = j;
    } else if (isDigitCode(code)) {
      let j = i + 1;
      let h = hashStep(HASH_SEED, code);
      for (; j < f.length; j++) { const c = f.charCodeAt(j); if (!isDigitCode(c)) break; h = hashStep(h, c); }
      toks.push(new Tok(f, i, j, h));
      i = j;
    } else i++;
  }
  return toks;
}

interface Hit { s: number; e: number; value: string }

/** The posting prepared for matching. */
interface Doc {
  text: string;
  f: string;
  toks: Tok[];
  lineStarts: number[];
  lineEnds: number[];
  /** See startTokens. */
  starts?: number[];
}

/** Lines of the text as an analysis of it already found them (src/text/analyze.ts), so they are not found again. */
export interface TextLines { lineIndex: { starts: readonly number[] }; lines: readonly { end: number }[] }

function makeDoc(text: string, known?: TextLines): Doc {
  const f = fold(text);
  if (known) return { text, f, toks: tokenize(f), lineStarts: known.lineIndex.starts as number[], lineEnds: known.lines.map((l) => l.end) };
  const lineStarts = [0];
  const lineEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineEnds.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  lineEnds.push(text.length);
  return { text, f, toks: tokenize(f), lineStarts, lineEnds };
}

function lineOf(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** Index of the first token starting at or after offset. */
function tokenAt(doc: Doc, offset: number): number {
  let lo = 0, hi = doc.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toks[mid].s < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The phrase sets searched over the whole text, and the words their phrases start with. */
let scanned: { sets: PhraseSet[]; firsts: Set<string>; hashes: Set<number> } | null = null;

/**
 * Indices of the tokens that start a phrase of a set searched over the whole text: computed once per text,
 * so that each findAll looks at these few tokens instead of all of them.
 */
function startTokens(doc: Doc, lex: PayLexicon): number[] {
  if (doc.starts) return doc.starts;
  const sets = [lex.labels, lex.keywords, lex.notPay, lex.vague, lex.vagueNearPay];
  if (!scanned || scanned.sets.some((x, i) => x !== sets[i])) {
    const firsts = new Set(sets.flatMap((x) => [...x.firstWords()]));
    scanned = { sets, firsts, hashes: new Set([...firsts].map((w) => hashOf(w))) };
  }
  const out: number[] = [];
  // The hash first: a token whose hash no first word has is not sliced.
  for (let i = 0; i < doc.toks.length; i++) {
    const t = doc.toks[i];
    if (scanned.hashes.has(t.h) && scanned.firsts.has(t.w)) out.push(i);
  }
  return (doc.starts = out);
}

/** All matches of a phrase set (one of startTokens' sets), left to right, not overlapping. */
function findAll(doc: Doc, set: PhraseSet, standalone = false): Hit[] {
  const hits: Hit[] = [];
  let next = 0;
  for (const i of startTokens(doc, lexicon())) {
    if (i < next) continue;
    const m = set.at(doc, i);
    if (!m) continue;
    const first = doc.toks[i];
    // "co-pay", "bi-weekly": a word glued by a hyphen to the word before is not the word alone.
    if (standalone && doc.f[first.s - 1] === '-' && isLetterAt(doc.f, first.s - 2)) continue;
    const last = doc.toks[i + m[0] - 1];
    hits.push({ s: first.s, e: last.e, value: m[1].value });
    next = i + m[0];
  }
  return hits;
}

/** Hits that start in [from, to). */
function hitsIn(hits: Hit[], from: number, to: number): Hit[] {
  let lo = 0, hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid].s < from) lo = mid + 1; else hi = mid;
  }
  const out: Hit[] = [];
  for (let k = lo; k < hits.length && hits[k].s < to; k++) out.push(hits[k]);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Amounts

type Currency = 'CAD' | 'EUR' | 'USD';

interface Amount {
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
      int += digits; sep = c; j = k; continue; // thousands group
    }
    if (c !== ' ' && c !== sep) { frac = digits; j = k; } // decimal part
    break;
  }
  const value = Number(frac ? `${int}.${frac}` : int);
  return { end: j, value, plain: sep === '' && frac === '' };
}

function wordAfter(f: string, i: number): string {
  let j = i;
  while (j < f.length && j - i < 12 && isLetterAt(f, j)) j++;
  return isLetterAt(f, j) ? '' : f.slice(i, j);
}

function wordBefore(f: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 4 && isLetterAt(f, j - 1)) j--;
  return isLetterAt(f, j - 1) ? '' : f.slice(j, i);
}

const CODES: Record<string, Currency> = { cad: 'CAD', can: 'CAD', ca: 'CAD', c: 'CAD', us: 'USD', usd: 'USD', eur: 'EUR' };
const WORD_CURRENCY: Record<string, Currency> = {
  cad: 'CAD', usd: 'USD', eur: 'EUR', euro: 'EUR', euros: 'EUR', dollar: 'CAD', dollars: 'CAD',
};
const HUGE_WORDS = new Set(['million', 'millions', 'milliard', 'milliards', 'billion', 'billions', 'mm', 'mio', 'md', 'mds']);

/** Every number in the text, with the currency written around it. */
function findAmounts(doc: Doc): Amount[] {
  const f = doc.f;
  // "20 $ US", "20 $ CA": the codes only in capitals ("20 $ can be…" is English).
  const capsAt = (k: number, w: string) => doc.text.slice(k, k + w.length) === w.toUpperCase();
  const out: Amount[] = [];
  // Digits are rare in a posting: jump from one run of digits (a token) to the next.
  const toks = doc.toks;
  let t = 0;
  let i = 0;
  while (i < f.length) {
    if (!isDigitAt(f, i)) {
      while (t < toks.length && (toks[t].s <= i || !isDigitCode(f.charCodeAt(toks[t].s)))) t++;
      if (t >= toks.length) break;
      i = toks[t].s;
    }
    const prev = f.charCodeAt(i - 1);
    if (i > 0 && (isLetter(prev) || isDigitCode(prev))) { // "PM3", "B2": part of a word
      while (isDigitAt(f, i)) i++;
      continue;
    }
    const num = parseNumber(f, i);
    const a: Amount = {
      s: i, e: num.end, ns: i, ne: num.end, value: num.value, currency: null,
      kilo: false, huge: false, percent: false, plain: num.plain,
    };
    // Currency before: "$20", "$ 20", "CA$20", "US$20", "€20", "CAD 20", "USD 20".
    let p = i;
    if (f[p - 1] === ' ' && (f[p - 2] === '$' || f[p - 2] === '€')) p--;
    if (f[p - 1] === '$') {
      p--;
      const code = wordBefore(f, p);
      a.currency = CODES[code] ?? 'CAD';
      if (CODES[code]) p -= code.length;
      a.s = p;
    } else if (f[p - 1] === '€') {
      a.currency = 'EUR'; a.s = p - 1;
    } else {
      const q = f[i - 1] === ' ' ? i - 1 : i;
      const code = wordBefore(f, q);
      if (code === 'cad' || code === 'usd' || code === 'eur') { a.currency = WORD_CURRENCY[code]; a.s = q - code.length; }
    }
    // After: multiplier, then currency. "60k$", "60 k$", "$60K", "2 M$", "5 million", "20 $", "20 €", "20 euros", "20 USD", "40(CAD)".
    let q = num.end;
    const skip = (k: number) => (f[k] === ' ' ? k + 1 : k);
    let r = skip(q);
    if ((f[r] === 'k') && !isLetterAt(f, r + 1)) { a.kilo = true; q = r + 1; r = skip(q); }
    else if (f[r] === 'm' && (f[r + 1] === '$' || f[r + 1] === '€' || (f[r + 1] === ' ' && (f[r + 2] === '$' || f[r + 2] === '€')))) {
      a.huge = true; q = r + 1; r = skip(q);
    } else {
      const w = wordAfter(f, r);
      if (HUGE_WORDS.has(w)) { a.huge = true; q = r + w.length; r = skip(q); }
    }
    if (f[r] === '%') a.percent = true;
    else if (f[r] === '$') {
      q = r + 1;
      const after = skip(q);
      const code = wordAfter(f, after);
      if ((code === 'us' || code === 'usd') && capsAt(after, code)) { a.currency = 'USD'; q = after + code.length; }
      else if ((code === 'ca' || code === 'can' || code === 'cad') && capsAt(after, code)) { a.currency = 'CAD'; q = after + code.length; }
      else if (!a.currency) a.currency = 'CAD';
    } else if (f[r] === '€') {
      a.currency = 'EUR'; q = r + 1;
    } else if (f[r] === '(' && wordAfter(f, r + 1) === 'cad' && f[r + 4] === ')') {
      a.currency = 'CAD'; q = r + 5;
    } else {
      let w = wordAfter(f, r);
      let at = r;
      if (w === 'us' && capsAt(r, w) && f[r + 2] === ' ' && wordAfter(f, r + 3).startsWith('dollar')) { at = r + 3; w = wordAfter(f, at); a.currency = 'USD'; }
      const cur = WORD_CURRENCY[w];
      if (cur) {
        q = at + w.length;
        if (a.currency !== 'USD') a.currency = cur;
        if (cur === 'CAD' && w.startsWith('dollar')) {
          const next = wordAfter(f, skip(q));
          if (next === 'us' || next === 'americains' || next === 'american') { a.currency = 'USD'; q = skip(q) + next.length; }
        }
      }
    }
    // "$60k" after the digits and before nothing else.
    if (!a.kilo && a.currency && f[q] === 'k' && !isLetterAt(f, q + 1)) { a.kilo = true; q++; }
    if (a.currency || a.kilo || a.huge) a.e = q;
    if (a.kilo) a.value *= 1000;
    out.push(a);
    i = Math.max(num.end, i + 1);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Candidates

interface Candidate {
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

const RANGE_GAP = /^ {0,3}(?:\/ {0,2}([a-z]{1,7}) {0,3})?(?:-{1,2}|~|a|au|to|et|and|jusqu'a|through) {0,3}$/;

/**
 * Plausible amounts for each period. Outside them an amount is a premium, a benefit or a typo, not pay
 * ("$3.25 per hour for weekends", "$500 per year for wellness").
 */
const PLAUSIBLE: Record<PeriodKey, [number, number]> = {
  hour: [5, 500], day: [30, 5000], week: [100, 20000], biweekly: [200, 40000], month: [300, 100000], year: [5000, 1e6],
};

/**
 * Period inferred from the size of an amount when the wording gives none:
 * under 200 it is an hourly rate; from 5 000 an annual salary; in between it is left unknown (a weekly,
 * bi-weekly or monthly figure), except that an amount in euros from 1 000 to 4 999 is a monthly salary,
 * the usual way French postings state pay.
 */
function inferPeriod(value: number, currency: Currency | null): PeriodKey | null {
  if (value < 200) return 'hour';
  if (value >= 5000) return 'year';
  if (value >= 1000 && currency === 'EUR') return 'month';
  return null;
}

interface Ctx {
  doc: Doc;
  lex: PayLexicon;
  labels: Hit[];
  keywords: Hit[];
  notPay: Hit[];
  labelled: Map<number, number>;
}

/** Column after the colon of a "Salaire :" / "Pay:" line, or -1. */
function labelledLine(ctx: Ctx, line: number): number {
  const known = ctx.labelled.get(line);
  if (known !== undefined) return known;
  const { doc } = ctx;
  const start = doc.lineStarts[line], end = Math.min(doc.lineEnds[line], start + 60);
  let colon = -1;
  for (let k = start; k < end; k++) if (doc.f[k] === ':') { colon = k; break; }
  let result = -1;
  if (colon >= 0 && hitsIn(ctx.labels, start, colon).length > 0) result = colon + 1;
  ctx.labelled.set(line, result);
  return result;
}

const STOP = /[.,;:!?]/;

/** Period named after an amount: "/h", "de l'heure", "per year", "HOUR hourly", "brut mensuel". */
function periodAfter(ctx: Ctx, pos: number): { period: PeriodKey; end: number; per: boolean; adjective: boolean } | null {
  const { doc, lex } = ctx;
  const limit = Math.min(doc.lineEnds[lineOf(doc, pos)], pos + 40);
  let ti = tokenAt(doc, pos);
  let cursor = pos;
  let per = false;
  for (let steps = 0; steps < 6 && ti < doc.toks.length && doc.toks[ti].s < limit; steps++) {
    const gap = doc.f.slice(cursor, doc.toks[ti].s);
    if (STOP.test(gap) || isDigitCode(doc.f.charCodeAt(doc.toks[ti].s))) return null;
    if (gap.includes('/')) per = true;
    const perM = lex.per.at(doc, ti);
    if (perM && lex.periods.at(doc, ti + perM[0]) && joins(doc, ti + perM[0] - 1, ti + perM[0])) {
      per = true; ti += perM[0]; cursor = doc.toks[ti - 1].e; continue;
    }
    const pm = lex.periods.at(doc, ti);
    if (pm) {
      let end = doc.toks[ti + pm[0] - 1].e;
      const adjective = lex.adjectives.at(doc, ti)?.[0] === pm[0];
      // "$33.50HOUR hourly": the same period said twice.
      const again = lex.periods.at(doc, ti + pm[0]);
      const nextTok = doc.toks[ti + pm[0]];
      if (again && again[1].value === pm[1].value && nextTok.s - end <= 2 && /^ ?$/.test(doc.f.slice(end, nextTok.s))) {
        end = doc.toks[ti + pm[0] + again[0] - 1].e;
      }
      // Trailing "brut", "net", "gross": part of the expression.
      for (let k = tokenAt(doc, end), n = 0; n < 2 && k < doc.toks.length && /^ ?$/.test(doc.f.slice(end, doc.toks[k].s)); n++) {
        const fm = lex.fillers.at(doc, k);
        if (!fm) break;
        end = doc.toks[k + fm[0] - 1].e; k += fm[0];
      }
      return { period: pm[1].value as PeriodKey, end, per, adjective };
    }
    if (perM) { per = true; ti += perM[0]; cursor = doc.toks[ti - 1].e; continue; }
    const fm = lex.fillers.at(doc, ti);
    if (fm) { ti += fm[0]; cursor = doc.toks[ti - 1].e; continue; }
    if (WORD_CURRENCY[doc.toks[ti].w]) { cursor = doc.toks[ti].e; ti++; continue; }
    return null;
  }
  return null;
}

/** Period named before an amount, on its line and in its sentence: "taux horaire de", "Mensuel de", "hourly pay range is". */
function periodBefore(ctx: Ctx, pos: number, floor: number): PeriodKey | null {
  const { doc, lex } = ctx;
  const from = Math.max(clause(doc, pos, pos, lineOf(doc, pos), 60, 0)[0], floor);
  let found: PeriodKey | null = null;
  for (let ti = tokenAt(doc, from); ti < doc.toks.length && doc.toks[ti].e <= pos; ti++) {
    const m = lex.adjectives.at(doc, ti);
    if (m && doc.toks[ti + m[0] - 1].e <= pos) found = m[1].value as PeriodKey;
  }
  return found;
}

/** A qualifier ending just before the amount: "From", "à partir de", "Up to", "jusqu'à", "entre". */
function qualifierBefore(ctx: Ctx, set: PhraseSet, pos: number): number {
  const { doc } = ctx;
  const ti = tokenAt(doc, pos) - 1;
  const floor = Math.max(doc.lineStarts[lineOf(doc, pos)], pos - 30);
  for (let k = ti; k >= 0 && k > ti - 4 && doc.toks[k].s >= floor; k--) {
    const m = set.at(doc, k);
    if (m && k + m[0] - 1 === ti && /^[ :*]{0,4}$/.test(doc.f.slice(doc.toks[ti].e, pos))) return doc.toks[k].s;
  }
  return -1;
}

/** Start and end of the clause around [s, e): its line, cut at sentence ends (". ", ";", "!", "?"). */
function clause(doc: Doc, s: number, e: number, line: number, back: number, ahead: number): [number, number] {
  const f = doc.f;
  let from = Math.max(doc.lineStarts[line], s - back);
  for (let k = s - 1; k >= from; k--) {
    if (sentenceEnd(f, k)) { from = k + 1; break; }
  }
  let to = Math.min(doc.lineEnds[line], e + ahead);
  for (let k = e; k < to; k++) {
    if (sentenceEnd(f, k)) { to = k; break; }
  }
  return [from, to];
}

function sentenceEnd(f: string, k: number): boolean {
  const c = f[k];
  if (c === ';' || c === '!' || c === '?' || c === '|') return true;
  return c === '.' && !isDigitAt(f, k + 1) && (k + 1 >= f.length || f[k + 1] === ' ' || f[k + 1] === '"' || f[k + 1] === ')');
}

/** Distance from the candidate to the nearest pay word (same clause, or a short heading line just above); Infinity if none. */
function keywordDistance(ctx: Ctx, c: { s: number; e: number; line: number }): number {
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
      const s = doc.lineStarts[l], e = doc.lineEnds[l];
      if (doc.f.slice(s, e).trim() === '') continue;
      if (e - s <= 60 && (hitsIn(ctx.labels, s, e).length > 0 || hitsIn(ctx.keywords, s, e).length > 0)) best = HEADING;
      break;
    }
  }
  return best;
}

/** Distance given to a heading line above the amount (scored like a pay word close by). */
const HEADING = 99.5;

/** The amount is a bonus, a budget, a benefit…: a not-pay word just before it (closer than any pay word) or just after it. */
function notPay(ctx: Ctx, s: number, e: number, line: number): boolean {
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
  for (let steps = 0; steps < 4 && ti < doc.toks.length && doc.toks[ti].s < doc.lineEnds[line]; steps++) {
    const t = doc.toks[ti];
    const gap = doc.f.slice(cursor, t.s);
    if (STOP.test(gap) || gap.includes('+') || gap.includes('(') || gap.includes('&')) return false;
    if (t.w === 'plus' || t.w === 'and' || t.w === 'et' || t.w === 'with' || t.w === 'avec' || t.w === 'or' || t.w === 'ou') return false;
    if (hitsIn(ctx.notPay, t.s, t.e).length) return true;
    cursor = t.e; ti++;
  }
  return false;
}

function isYearLike(a: Amount): boolean {
  return a.plain && a.value >= 1900 && a.value <= 2099;
}

/** Builds the candidate for amounts[i] (with amounts[i+1] when they form a range); returns it and the amounts used. */
function buildCandidate(ctx: Ctx, amounts: Amount[], i: number, bareOk: boolean): [Candidate | null, number] {
  const { doc, lex } = ctx;
  const a = amounts[i];
  const b = amounts[i + 1];
  const line = lineOf(doc, a.s);
  let lo = a, hi = a;
  let used = 1;
  let gapPeriod: PeriodKey | null = null;
  let currency = a.currency;
  let loValue = a.value, hiValue = a.value;
  if (b && b.s - a.e <= 20 && lineOf(doc, b.s) === line) {
    const m = RANGE_GAP.exec(doc.f.slice(a.e, b.s));
    const sep = m ? doc.f.slice(a.e, b.s).trim().split(' ').pop() : '';
    const needsBetween = sep === 'et' || sep === 'and';
    const between = needsBetween ? qualifierBefore(ctx, lex.between, a.s) >= 0 : true;
    if (m && between && !a.percent && !b.percent) {
      let av = a.value, bv = b.value;
      if (b.kilo && !a.kilo && av < 1000) av *= 1000; // "60-70k$"
      const ok =
        a.currency && b.currency ? bv >= av
        : a.currency ? bv >= av && bv <= av * 10
        : b.currency ? av <= bv && av * 10 >= bv
        : bareOk && bv >= av && bv <= av * 10;
      if (ok) {
        lo = a; hi = b; used = 2; currency = b.currency ?? a.currency; loValue = av; hiValue = bv;
        if (m[1]) gapPeriod = (lex.periods.at(makeDoc(m[1]), 0)?.[1].value as PeriodKey | undefined) ?? null;
        if (b.huge) lo = { ...lo, huge: true };
      }
    }
  }
  if (lo.huge || hi.huge || hiValue >= 1e6) return [null, used];
  if (lo.percent || hi.percent) return [null, used];
  if (!currency && !bareOk) return [null, used];
  if (!currency && used === 1 && isYearLike(a)) return [null, used];
  const c: Candidate = {
    s: lo.s, e: hi.e, min: loValue, max: hiValue, currency, period: null, explicit: false,
    range: used === 2, prevEnd: i > 0 ? amounts[i - 1].e : 0, gapPeriod, line, score: 0,
  };
  return [c, used];
}

/** Completes a candidate (qualifier, period, plausibility) and scores it; null when it is not pay. */
function judge(ctx: Ctx, c: Candidate, bare: boolean): Candidate | null {
  const { lex } = ctx;
  // Qualifiers: "From $20", "Up to $25/h", "entre 18 et 22 $".
  if (!c.range) {
    const from = qualifierBefore(ctx, lex.from, c.s);
    const upTo = from < 0 ? qualifierBefore(ctx, lex.upTo, c.s) : -1;
    if (from >= 0) { c.s = from; c.max = null; }
    else if (upTo >= 0) { c.s = upTo; c.min = null; }
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
    c.max = null; c.e = at + 1;
    return true;
  };
  plus(c.e);
  const after = periodAfter(ctx, c.e);
  if (after) {
    if (bare && !after.per && !after.adjective) return null; // "35 heures", "2 ans": a count, not pay
    c.period = after.period; c.explicit = true; c.e = after.end;
    plus(c.e);
  } else {
    const before = periodBefore(ctx, c.s, c.prevEnd);
    if (before) { c.period = before; c.explicit = true; }
    else if (c.gapPeriod) { c.period = c.gapPeriod; c.explicit = true; }
  }
  if (bare && !after && !bareEndsClean(ctx, c.e)) return null;
  if (notPay(ctx, c.s, c.e, c.line)) return null;
  const value = c.max ?? c.min ?? 0;
  if (!c.explicit) c.period = inferPeriod(value, c.currency);
  const [min, max] = c.period ? PLAUSIBLE[c.period] : [200, 1e6];
  if (value < min || value >= max) return null;
  if (c.min !== null && c.min < PLAUSIBLE.hour[0]) return null;
  const labelCol = labelledLine(ctx, c.line);
  const labelled = labelCol >= 0 && c.s >= labelCol;
  const dist = keywordDistance(ctx, c);
  const supported = labelled || c.explicit || dist <= 100 || c.range;
  // Ties go to the earlier amount; a range or a "From"/"Up to" amount says a little more than a single figure.
  if (!supported) return null;
  c.score = (labelled ? 4 : 0) + (c.explicit ? 2 : 0) + (dist <= 40 || dist === HEADING ? 3 : dist <= 100 ? 2 : 0) +
    (c.currency ? 1 : 0) + (c.range || c.min === null || c.max === null ? 0.5 : 0) - (c.period === 'biweekly' ? 3 : 0);
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
  return ti < doc.toks.length && doc.toks[ti].s === k && ctx.lex.fillers.at(doc, ti) !== null;
}

// ---------------------------------------------------------------------------------------------------
// Entry points

const NONE: PayMatch = { disclosed: false, min: null, max: null, currency: null, period: null, vague: false, start: null, end: null };

/** Finds the pay stated in a posting's original text (offsets refer to that text); `lines`: its analysis, when there is one. */
export function extractPay(text: string, lines?: TextLines): PayMatch {
  const lex = lexicon();
  const doc = makeDoc(text, lines);
  const ctx: Ctx = {
    doc, lex,
    labels: findAll(doc, lex.labels, true),
    keywords: findAll(doc, lex.keywords, true),
    notPay: findAll(doc, lex.notPay),
    labelled: new Map(),
  };
  const amounts = findAmounts(doc);
  let best: Candidate | null = null;
  const consider = (c: Candidate | null) => {
    if (c && (!best || c.score > best.score)) best = c;
  };

  // Amounts with a currency.
  for (let i = 0; i < amounts.length;) {
    const a = amounts[i], b = amounts[i + 1];
    if (!a.currency && !(b && b.currency)) { i++; continue; }
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
      disclosed: true, min: found.min, max: found.max, currency: found.currency,
      period: found.period === 'biweekly' ? null : found.period,
      vague: false, start: found.s, end: found.e,
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
    const from = Math.max(doc.lineStarts[line], h.s - 50), to = Math.min(doc.lineEnds[line], h.e + 30);
    return [...hitsIn(ctx.keywords, from, to), ...hitsIn(ctx.labels, from, to)].some((k) => k.e <= h.s || k.s >= h.e);
  });
  const all = [...own, ...near].sort((x, y) => x.s - y.s || y.e - x.e);
  return all[0] ?? null;
}

/** The Pay of a Profile, from a match and the LineIndex of the same text. */
export function toPay(match: PayMatch, lines: LineIndex): Pay {
  const pay: Pay = {
    disclosed: match.disclosed, min: match.min, max: match.max, currency: match.currency, period: match.period,
  };
  if (match.start !== null && match.end !== null) {
    pay.text = lines.text.slice(match.start, match.end);
    pay.span = lines.span(match.start, match.end);
  }
  if (match.vague) pay.vague = true;
  return pay;
}
