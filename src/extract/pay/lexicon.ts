// The pay lexicon: lexicons/{fr,en}/pay.yaml, validated at load (errors name the file and the line), merged and
// compiled into phrase sets, currency tables and the plausible amounts for each period.
import { join } from 'node:path';
import { LEXICON_DIR, LexiconError, loadValidated, type YamlDoc } from '../../lexicon/yaml.js';
import { fold } from '../../text/normalize.js';
import type { Token } from '../../text/tokens.js';
import type { Pay } from '../../types.js';
import { lazy, wordMemo } from '../../util/cache.js';
import { PhraseSet } from './phrases.js';

export type PayPeriod = NonNullable<Pay['period']>;
export type PeriodKey = PayPeriod | 'biweekly';
export type Currency = 'CAD' | 'EUR' | 'USD';

const PERIOD_KEYS: readonly PeriodKey[] = ['hour', 'day', 'week', 'month', 'year', 'biweekly'];
const CURRENCIES: readonly Currency[] = ['CAD', 'EUR', 'USD'];
const PHRASE_KEYS = [
  'labels',
  'keywords',
  'not-pay',
  'vague',
  'vague-near-pay',
  'from',
  'up-to',
  'between',
  'per',
  'fillers',
] as const;
const MAP_KEYS = ['periods', 'period-adjectives'] as const;
/** Lists of single words, read next to an amount rather than matched as phrases. */
const WORD_KEYS = ['range', 'range-after-between', 'joiners', 'millions'] as const;
/** Where a currency word is written (see lexicons/fr/pay.yaml `currencies`). */
const PLACES = ['before-symbol', 'after-symbol', 'before-amount', 'after-amount'] as const;
const OTHER_KEYS = ['currencies', 'dollars', 'plausible', 'inferred-period'] as const;
type PhraseKey = (typeof PHRASE_KEYS)[number];
type MapKey = (typeof MAP_KEYS)[number];
type WordKey = (typeof WORD_KEYS)[number];
type Place = (typeof PLACES)[number];

/** A single word as pay compares it: folded; `caps` when it must be written in capitals ("20 $ CA"). */
export interface CueWord {
  w: string;
  caps: boolean;
}

/** One validated file, as plain data (cached as JSON by loadValidated). */
interface PayData {
  /** [key, phrase, value] of every phrase list and period map. */
  phrases: [string, string, string][];
  words: Partial<Record<WordKey, CueWord[]>>;
  /** [currency, place, word]; a word in parentheses is "(cad)". */
  currencies: [Currency, Place, CueWord][];
  dollarWords: CueWord[];
  /** [currency, 'before' | 'after', word]: "US dollars", "dollars américains". */
  dollarQualifiers: [Currency, 'before' | 'after', CueWord][];
  plausible: [string, number, number, number][];
  inferred: { period: PeriodKey; below: number | null; from: number | null; currency: Currency | null; line: number }[];
}

/** The pay cue words and amounts, compiled. */
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
  /** Between two amounts of a range, after the optional period: "-", "à", "to", "et" ("entre 18 et 22 $"). */
  rangeGap: RegExp;
  /** Range words that need "entre"/"between" before the first amount ("et", "and"). */
  afterBetween: Set<string>;
  /** Words after an amount that end the look for a not-pay word ("20 $/h et prime…"). */
  joiners: Set<string>;
  /** Words after an amount that make it millions or more: never pay. */
  millions: Set<string>;
  /** Currency words by place, folded word → [currency, capitals only]. */
  currency: Record<Place, Map<string, [Currency, boolean]>>;
  /** "(cad)" after an amount: the codes written in parentheses. */
  parenthesised: Map<string, Currency>;
  dollarWords: Set<string>;
  dollarBefore: Map<string, [Currency, boolean]>;
  dollarAfter: Map<string, Currency>;
  /** The currencies of the dollar qualifiers (USD): dollars other than the default one. */
  otherDollars: Set<Currency>;
  /** Longest word looked up before / after an amount. */
  longestBefore: number;
  longestAfter: number;
  /** [min, max) of a plausible amount for each period, and for an amount of unknown period. */
  plausible: Record<PeriodKey | 'unknown', [number, number]>;
  /** An amount from this one up is plausible for no period (the largest maximum): never pay. */
  ceiling: number;
  inferred: PayData['inferred'];
}

function word(doc: YamlDoc, node: Parameters<YamlDoc['string']>[0], what: string): CueWord {
  const raw = doc.string(node, what).trim();
  const caps = /\p{L}.*\p{L}/u.test(raw) && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  const w = fold(raw);
  if (!/^\(?[a-z']+\)?$/.test(w)) doc.fail(node, `${what}: "${raw}" must be one word`);
  return { w, caps };
}

function number(doc: YamlDoc, node: Parameters<YamlDoc['string']>[0], what: string): number {
  const v = doc.value(node);
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) doc.fail(node, `${what} must be a number`);
  return v;
}

/** `key` when it is one of `allowed`; else fails: "<where>: unknown <kind> "<key>" (expected …)". */
function oneOf<T extends string>(
  doc: YamlDoc,
  node: Parameters<YamlDoc['string']>[0],
  key: string,
  allowed: readonly T[],
  where: string,
  kind: string,
): T {
  if (!(allowed as readonly string[]).includes(key))
    doc.fail(node, `${where}: unknown ${kind} "${key}" (expected ${allowed.join(', ')})`);
  return key as T;
}

/** Validates one pay lexicon into plain data. */
function validatePay(doc: YamlDoc): PayData {
  const data: PayData = {
    phrases: [],
    words: {},
    currencies: [],
    dollarWords: [],
    dollarQualifiers: [],
    plausible: [],
    inferred: [],
  };
  const probe = new PhraseSet();
  for (const [key, node, keyNode] of doc.entries(doc.root, 'the pay lexicon')) {
    if ((PHRASE_KEYS as readonly string[]).includes(key)) {
      for (const item of doc.items(node, key)) {
        const phrase = doc.string(item, `an entry of ${key}`);
        if (!probe.add(phrase)) doc.fail(item, `${key}: "${phrase}" has no word to match`);
        data.phrases.push([key, phrase, phrase]);
      }
    } else if ((MAP_KEYS as readonly string[]).includes(key)) {
      for (const [period, list, periodNode] of doc.entries(node, key)) {
        if (!(PERIOD_KEYS as readonly string[]).includes(period)) {
          doc.fail(periodNode, `${key}: unknown period "${period}" (expected ${PERIOD_KEYS.join(', ')})`);
        }
        for (const item of doc.items(list, `${key}.${period}`)) {
          const phrase = doc.string(item, `an entry of ${key}.${period}`);
          if (!probe.add(phrase, period)) doc.fail(item, `${key}: "${phrase}" has no word to match`);
          data.phrases.push([key, phrase, period]);
        }
      }
    } else if ((WORD_KEYS as readonly string[]).includes(key)) {
      data.words[key as WordKey] = doc.items(node, key).map((item) => word(doc, item, `an entry of ${key}`));
    } else if (key === 'currencies') {
      for (const [code, places, codeNode] of doc.entries(node, key)) {
        const currency = oneOf(doc, codeNode, code, CURRENCIES, key, 'currency');
        for (const [place, list, placeNode] of doc.entries(places, `${key}.${code}`)) {
          oneOf(doc, placeNode, place, PLACES, `${key}.${code}`, 'place');
          for (const item of doc.items(list, `${key}.${code}.${place}`)) {
            const w = word(doc, item, `an entry of ${key}.${code}.${place}`);
            if (w.w.startsWith('(') && place !== 'after-amount')
              doc.fail(item, `${key}.${code}.${place}: parentheses only after the amount`);
            data.currencies.push([currency, place as Place, w]);
          }
        }
      }
    } else if (key === 'dollars') {
      for (const [sub, list, subNode] of doc.entries(node, key)) {
        const which = oneOf(doc, subNode, sub, ['words', ...CURRENCIES], key, 'key');
        if (which === 'words') {
          data.dollarWords.push(
            ...doc.items(list, `${key}.words`).map((item) => word(doc, item, `an entry of ${key}.words`)),
          );
          continue;
        }
        const currency = which;
        for (const [side, items, sideNode] of doc.entries(list, `${key}.${sub}`)) {
          const where = oneOf(doc, sideNode, side, ['before', 'after'] as const, `${key}.${sub}`, 'side');
          for (const item of doc.items(items, `${key}.${sub}.${side}`))
            data.dollarQualifiers.push([currency, where, word(doc, item, `an entry of ${key}.${sub}.${side}`)]);
        }
      }
    } else if (key === 'plausible') {
      for (const [period, pair, periodNode] of doc.entries(node, key)) {
        oneOf(doc, periodNode, period, [...PERIOD_KEYS, 'unknown'], key, 'period');
        const bounds = doc.items(pair, `${key}.${period}`);
        const shape = `${key}.${period} must be [minimum, maximum] with minimum < maximum`;
        if (bounds.length !== 2) doc.fail(pair, shape);
        const min = number(doc, bounds[0], `${key}.${period} minimum`),
          max = number(doc, bounds[1], `${key}.${period} maximum`);
        if (min >= max) doc.fail(pair, shape);
        data.plausible.push([period, min, max, doc.lineOf(periodNode)]);
      }
    } else if (key === 'inferred-period') {
      for (const item of doc.items(node, key)) {
        const rule: PayData['inferred'][number] = {
          period: 'hour',
          below: null,
          from: null,
          currency: null,
          line: doc.lineOf(item),
        };
        let period = false;
        for (const [k, v, kNode] of doc.entries(item, `an entry of ${key}`)) {
          if (k === 'period') {
            rule.period = oneOf(doc, v, doc.string(v, `${key}: period`), PERIOD_KEYS, key, 'period');
            period = true;
          } else if (k === 'below' || k === 'from') rule[k] = number(doc, v, `${key}: ${k}`);
          else if (k === 'currency')
            rule.currency = oneOf(doc, v, doc.string(v, `${key}: currency`), CURRENCIES, key, 'currency');
          else doc.fail(kNode, `${key}: unknown key "${k}" (expected period, below, from, currency)`);
        }
        if (!period || (rule.below === null) === (rule.from === null))
          doc.fail(item, `${key}: an entry needs a period and one of below, from`);
        data.inferred.push(rule);
      }
    } else {
      doc.fail(
        keyNode,
        `unknown key "${key}" (expected ${[...PHRASE_KEYS, ...MAP_KEYS, ...WORD_KEYS, ...OTHER_KEYS].join(', ')})`,
      );
    }
  }
  return data;
}

const PHRASE_SETS: Record<PhraseKey | MapKey, keyof PayLexicon> = {
  labels: 'labels',
  keywords: 'keywords',
  'not-pay': 'notPay',
  vague: 'vague',
  'vague-near-pay': 'vagueNearPay',
  from: 'from',
  'up-to': 'upTo',
  between: 'between',
  per: 'per',
  fillers: 'fillers',
  periods: 'periods',
  'period-adjectives': 'adjectives',
};

/** Reads lexicons/{fr,en}/pay.yaml (or those under dir), validating them; errors name file:line. */
export function loadPayLexicon(dir: string = LEXICON_DIR): PayLexicon {
  const plausible: Partial<PayLexicon['plausible']> = {};
  const lex: PayLexicon = {
    labels: new PhraseSet(),
    keywords: new PhraseSet(),
    notPay: new PhraseSet(),
    vague: new PhraseSet(),
    vagueNearPay: new PhraseSet(),
    from: new PhraseSet(),
    upTo: new PhraseSet(),
    between: new PhraseSet(),
    per: new PhraseSet(),
    fillers: new PhraseSet(),
    periods: new PhraseSet(),
    adjectives: new PhraseSet(),
    rangeGap: /^$/,
    afterBetween: new Set(),
    joiners: new Set(),
    millions: new Set(),
    currency: {
      'before-symbol': new Map(),
      'after-symbol': new Map(),
      'before-amount': new Map(),
      'after-amount': new Map(),
    },
    parenthesised: new Map(),
    dollarWords: new Set(),
    dollarBefore: new Map(),
    dollarAfter: new Map(),
    otherDollars: new Set(),
    longestBefore: 0,
    longestAfter: 0,
    plausible: plausible as PayLexicon['plausible'],
    ceiling: 0,
    inferred: [],
  };
  const range: string[] = [];
  for (const lang of ['fr', 'en']) {
    const file = join(dir, lang, 'pay.yaml');
    const data = loadValidated(file, 'pay', validatePay);
    for (const [key, phrase, value] of data.phrases)
      (lex[PHRASE_SETS[key as PhraseKey]] as PhraseSet).add(phrase, value);
    const words = (key: WordKey) => (data.words[key] ?? []).map((x) => x.w);
    range.push(...words('range'), ...words('range-after-between'));
    for (const w of words('range-after-between')) lex.afterBetween.add(w);
    for (const w of words('joiners')) lex.joiners.add(w);
    for (const w of words('millions')) {
      lex.millions.add(w);
      lex.longestAfter = Math.max(lex.longestAfter, w.length);
    }
    for (const [currency, place, w] of data.currencies) {
      if (w.w.startsWith('(')) {
        lex.parenthesised.set(w.w.slice(1, -1), currency);
        lex.longestAfter = Math.max(lex.longestAfter, w.w.length - 2);
        continue;
      }
      lex.currency[place].set(w.w, [currency, w.caps]);
      if (place.startsWith('before')) lex.longestBefore = Math.max(lex.longestBefore, w.w.length);
      else lex.longestAfter = Math.max(lex.longestAfter, w.w.length);
    }
    for (const w of data.dollarWords) {
      lex.dollarWords.add(w.w);
      lex.longestAfter = Math.max(lex.longestAfter, w.w.length);
    }
    for (const [currency, side, w] of data.dollarQualifiers) {
      lex.otherDollars.add(currency);
      if (side === 'before') lex.dollarBefore.set(w.w, [currency, w.caps]);
      else lex.dollarAfter.set(w.w, currency);
      lex.longestAfter = Math.max(lex.longestAfter, w.w.length);
    }
    for (const [period, min, max, line] of data.plausible) {
      if (plausible[period as PeriodKey])
        throw new LexiconError(file, line, `plausible.${period} is already given in the other language's file`);
      plausible[period as PeriodKey] = [min, max];
    }
    lex.inferred.push(...data.inferred);
  }
  for (const period of [...PERIOD_KEYS, 'unknown'] as const) {
    if (!plausible[period])
      throw new LexiconError(
        join(dir, 'fr', 'pay.yaml'),
        1,
        `plausible.${period} is missing (give it in fr/pay.yaml or en/pay.yaml)`,
      );
  }
  lex.ceiling = Math.max(...Object.values(lex.plausible).map((r) => r[1]));
  // Anchored, with bounded repeats, over a gap of at most 20 characters: no backtracking to speak of.
  lex.rangeGap = new RegExp(
    `^ {0,3}(?:\\/ {0,2}([a-z]{1,7}) {0,3})?(?:-{1,2}|~${[...new Set(range)].map((w) => `|${w}`).join('')}) {0,3}$`,
  );
  return lex;
}

/** The shipped lexicon, loaded on first use. */
export const payLexicon = lazy('pay.lexicon', () => loadPayLexicon());

/** Whether a word starts a phrase of the sets searched over the whole text (labels, keywords, not-pay, vague). */
const firstWord = wordMemo<boolean>('pay.first-word');
const scannedFirsts = lazy('pay.first-words', () => {
  const lex = payLexicon();
  return new Set(
    [lex.labels, lex.keywords, lex.notPay, lex.vague, lex.vagueNearPay].flatMap((x) => [...x.firstWords()]),
  );
});
export function startsPhrase(t: Token): boolean {
  return firstWord.getOr(t.word, isFirst);
}
const isFirst = (w: { norm: string }) => scannedFirsts().has(w.norm);
