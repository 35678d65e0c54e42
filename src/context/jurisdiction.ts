// Jurisdiction: where a posting's job is (a Canadian province or territory, Canada as a whole, or France),
// guessed from the place names in the text, with the evidence that decided it.
//
// How it works, in one pass over the lines (linear: every regex is small and runs on one line, never with
// nested quantifiers):
//  1. A line whose head is a location label ("Location:", "Lieu de travail :", "**Adresse :**") is a
//     location line: what follows the colon weighs much more than the same words elsewhere.
//  2. Each line is folded (lower case, no accents) and cut into words; the places of
//     lexicons/jurisdictions.yaml (provinces, cities, regions, countries, "partout au Canada") are looked up on
//     the words, longest first ("Richmond Hill" before "Richmond"). Outside a location line a place must be
//     capitalised, and several plain mentions of one jurisdiction on a line count once (a list of offices).
//  3. Exact-case patterns are read on the original line: Canadian postal codes (A1A 1A1, first letter →
//     province), abbreviations where an address puts them ("Toronto, ON", "Lieu : QC"), France Travail's
//     "Lieu: 69 - Villeurbanne", telephone area codes, and markers ("CDI", "H/F", "€", "£").
//  4. A place followed by another jurisdiction ("London, UK", "Richmond, VA", "Laval (53)") is not counted
//     for its usual one; a phrase that only mentions a place ("Nunavut Inuit") mutes it on its line.
//  5. Each jurisdiction scores the sum of its distinct pieces of evidence (a word repeated counts once).
//     The best one wins only when it scores at least 2 and twice the next; another country winning gives
//     "unsure". Canada as a whole (CA) wins when no province is named, or Canada is named more than twice
//     as strongly (a remote job whose head office is mentioned).

import { join } from 'node:path';
import { digest } from '../lexicon/digest.js';
import { LEXICON_DIR, loadValidated, type YamlDoc } from '../lexicon/yaml.js';
import { foldChar, normalize, type Normalized } from '../text/normalize.js';

export const JURISDICTION_CODES = [
  'QC', 'ON', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU', 'CA', 'FR',
] as const;
export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];

export interface JurisdictionGuess {
  /** null: unsure (nothing found, or evidence that conflicts without a clear winner). */
  code: JurisdictionCode | null;
  /** The strongest piece of evidence for the code: exact text and offsets in the text given (end exclusive). */
  evidence?: { text: string; start: number; end: number };
  /** 0 when unsure; grows with the strength of the evidence and the margin over the runner-up. */
  confidence: number;
}

/** Other countries, in the data and the scores; never returned. */
const ELSEWHERE = 'XX';
type Code = JurisdictionCode | typeof ELSEWHERE;
type PlaceKind = 'name' | 'city' | 'ambiguous' | 'not-place' | 'canada-wide';

// ---------------------------------------------------------------------------------------------------
// Data

/** The validated form of lexicons/jurisdictions.yaml (plain JSON, cached by loadValidated). */
export interface JurisdictionData {
  labels: string[];
  /** Each place with its folded words joined by spaces (computed by `tokens`, hence the code stamp of the cache). */
  places: [phrase: string, code: Code, kind: PlaceKind, words: string][];
  abbreviations: [text: string, code: Code][];
  markers: [text: string, code: Code][];
  areaCodes: [areaCode: string, code: Code][];
}

const LISTS = ['names', 'abbreviations', 'area-codes', 'cities', 'ambiguous', 'not-places', 'canada-wide', 'markers'] as const;

function validate(doc: YamlDoc): JurisdictionData {
  const data: JurisdictionData = { labels: [], places: [], abbreviations: [], markers: [], areaCodes: [] };
  const seenArea = new Map<string, string>();
  const seenPlace = new Map<string, string>();
  const seenAbbr = new Map<string, string>();
  const place = (node: Parameters<YamlDoc['string']>[0], code: Code, kind: PlaceKind, where: string): void => {
    const phrase = doc.string(node, `a place in ${where}`);
    const key = words(phrase).join(' ');
    if (!key) doc.fail(node, `the place "${phrase}" holds no word`);
    const before = seenPlace.get(key);
    if (before) doc.fail(node, `"${phrase}" is already listed (${before}): a place name may appear once`);
    seenPlace.set(key, where);
    data.places.push([phrase, code, kind, key]);
  };
  const exact = (node: Parameters<YamlDoc['string']>[0], code: Code, list: 'abbreviations' | 'markers', where: string): void => {
    const text = doc.string(node, `an entry of ${where}`).trim();
    const before = seenAbbr.get(text);
    if (before) doc.fail(node, `"${text}" is already listed (${before})`);
    seenAbbr.set(text, where);
    data[list].push([text, code]);
  };
  const lists = (node: Parameters<YamlDoc['string']>[0], code: Code, where: string): void => {
    for (const [list, listNode, listKey] of doc.entries(node, where)) {
      if (!(LISTS as readonly string[]).includes(list)) doc.fail(listKey, `unknown list "${list}" in ${where} (allowed: ${LISTS.join(', ')})`);
      const w = `${where}.${list}`;
      for (const item of doc.items(listNode, w)) {
        if (list === 'names') place(item, code, 'name', w);
        else if (list === 'cities') place(item, code, 'city', w);
        else if (list === 'ambiguous') place(item, code, 'ambiguous', w);
        else if (list === 'not-places') place(item, code, 'not-place', w);
        else if (list === 'canada-wide') {
          if (code !== 'CA') doc.fail(item, `${w}: canada-wide phrases belong to CA`);
          place(item, code, 'canada-wide', w);
        }
        else if (list === 'area-codes') {
          const value = String(doc.value(item));
          if (!/^[2-9]\d\d$/.test(value)) doc.fail(item, `${w}: an area code is 3 digits, such as 514`);
          const before = seenArea.get(value);
          if (before) doc.fail(item, `area code ${value} is already listed (${before})`);
          seenArea.set(value, w);
          data.areaCodes.push([value, code]);
        }
        else exact(item, code, list as 'abbreviations' | 'markers', w);
      }
    }
  };
  for (const [group, node, key] of doc.entries(doc.root, 'the jurisdictions lexicon')) {
    if (group === 'location-labels') {
      for (const item of doc.items(node, group)) {
        const label = words(doc.string(item, 'a location label')).join(' ');
        if (!label) doc.fail(item, 'a location label must hold a word');
        data.labels.push(label);
      }
    } else if (group === 'jurisdictions') {
      for (const [code, listsNode, codeKey] of doc.entries(node, group)) {
        if (!(JURISDICTION_CODES as readonly string[]).includes(code)) {
          doc.fail(codeKey, `unknown jurisdiction "${code}" (allowed: ${JURISDICTION_CODES.join(', ')})`);
        }
        lists(listsNode, code as Code, `jurisdictions.${code}`);
      }
    } else if (group === 'elsewhere') {
      lists(node, ELSEWHERE, 'elsewhere');
    } else {
      doc.fail(key, `unknown group "${group}" (allowed: location-labels, jurisdictions, elsewhere)`);
    }
  }
  return data;
}

interface Place { words: string[]; code: Code; kind: PlaceKind }
/** What a folded word starts: places (longest first), location labels, a marker. */
interface WordInfo { places?: Place[]; labels?: string[][]; marker?: true }
interface Compiled {
  /** What each folded word starts: places (longest first), location labels (in the order of the data), a marker. */
  words: Map<string, WordInfo>;
  /** The markers that start with a sign ("€"): no word announces them. */
  markerSigns: string[];
  abbr: Map<string, Code>;
  /** Sticky and global forms of the abbreviation alternation (literal strings only). */
  abbrAt: RegExp;
  abbrAll: RegExp;
  markers: [string, Code][];
  areaCodes: Map<string, Code>;
  /**
   * Folded words whose presence lets a line hold evidence (see mayHoldEvidence): a word of each place (see
   * rarest), and the first word of markers that the characters of a line do not announce ("euros", "Smic",
   * "Bac+2"). Also "st" and "ste", which tokens() reads as "saint" and "sainte" and the analysis does not.
   */
  triggers: Set<string>;
  /** First words of the location labels: evidence only at the head of a line or after markup ("**Location:**"). */
  labelWords: Set<string>;
  /**
   * Abbreviations that the characters of a line do not announce ("Qc", "Alta."), and markers that neither they nor
   * a word announce ("H/F"), by the code of their first character (a capital: see hasEvidenceChar).
   */
  written: Map<number, string[]>;
  /** See hasEvidenceChar. */
  runs: Set<string>;
}

let compiled: Compiled | null = null;
let codeStamp: string | null = null;

/** The cached data holds words cut by this module's code: the cache key follows that code. */
function stamp(): string {
  return (codeStamp ??= digest([validate, tokens, isWordChar, normalize, foldChar].map(String).join('\n'), JSON.stringify([CANONICAL, LISTS])));
}

/** The shipped data (validated once, then read from the cache of loadValidated). */
export function loadJurisdictionData(file: string = join(LEXICON_DIR, 'jurisdictions.yaml')): JurisdictionData {
  return loadValidated(file, `jurisdictions:${stamp()}`, validate);
}

function compile(data: JurisdictionData): Compiled {
  const places = new Map<string, Place[]>();
  // The words of each place, split once (indexed loops: this runs at every start, before the optimiser sees it).
  const placeWords: string[][] = new Array(data.places.length);
  for (let i = 0; i < data.places.length; i++) {
    const place = data.places[i];
    const code = place[1], kind = place[2];
    const w = (placeWords[i] = place[3].split(' '));
    const list = places.get(w[0]);
    if (list) list.push({ words: w, code, kind });
    else places.set(w[0], [{ words: w, code, kind }]);
  }
  for (const list of places.values()) list.sort((a, b) => b.words.length - a.words.length);
  const abbr = new Map<string, Code>(data.abbreviations);
  const abbrSource = [...abbr.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  // The runs of capitals abbreviations and markers start with ("QC", "ONT", "CDI", "SMIC"): a line is worth reading
  // for them only if one of its words starts with such a run (not "DEP", "RBQ" or "CNESST").
  const runs = new Set<string>();
  for (const text of [...abbr.keys(), ...data.markers.map(([t]) => t)]) {
    let k = 0;
    while (k < text.length && isUpperCode(text.charCodeAt(k))) k++;
    if (k >= 2) runs.add(text.slice(0, k));
  }
  const passes = (text: string) => hasEvidenceChar(text, 0, text.length, runs);
  // Markers the characters of a line do not announce: by their first word when it is a real one ("euros",
  // "Smic", "Bac+2"), else as they are written ("H/F").
  const quiet = data.markers.filter(([text]) => !passes(text) && isWordChar(text[0])).map(([text]) => text);
  const firstWord = (text: string) => tokens(normalize(text).text)[0].text;
  // Every word of a place must be on the line: one is enough to look for, the longest but for a few words too
  // common to be worth it ("a" of "U.S.A.", "i" of "P.E.I."; ties: the last, "pas" of "the pas").
  const triggers = new Set<string>();
  for (let i = 0; i < placeWords.length; i++) triggers.add(rarest(placeWords[i]));
  for (const text of quiet) { const w = firstWord(text); if (w.length >= 3) triggers.add(w); }
  for (const [raw, canonical] of Object.entries(CANONICAL)) if (triggers.has(canonical)) triggers.add(raw);
  const words = new Map<string, WordInfo>();
  const info = (w: string): WordInfo => { let i = words.get(w); if (!i) words.set(w, (i = {})); return i; };
  places.forEach((list, w) => { info(w).places = list; });
  for (const label of data.labels.map((l) => l.split(' '))) (info(label[0]).labels ??= []).push(label);
  for (const [text] of data.markers) if (isWordChar(text[0])) info(tokens(normalize(text).text)[0].text).marker = true;
  return {
    words,
    triggers, labelWords: new Set(data.labels.map((l) => l.split(' ')[0])),
    written: byFirstCode([...[...abbr.keys()].filter((a) => !passes(a)), ...quiet.filter((text) => firstWord(text).length < 3)]),
    runs,
    abbr,
    markerSigns: data.markers.filter(([text]) => !isWordChar(text[0])).map(([text]) => text),
    abbrAt: new RegExp(`(?:${abbrSource})(?![\\p{L}\\p{N}])`, 'uy'),
    abbrAll: new RegExp(`(?:${abbrSource})(?![\\p{L}\\p{N}])`, 'gu'),
    markers: data.markers, areaCodes: new Map(data.areaCodes),
  };
}

function lexicon(): Compiled {
  return (compiled ??= compile(loadJurisdictionData()));
}

// ---------------------------------------------------------------------------------------------------
// Words

const CANONICAL: Record<string, string> = { st: 'saint', ste: 'sainte' };

interface Token { text: string; start: number; end: number }

/** A letter (of a script with case) or a digit; a plain loop, cheaper than a Unicode regex to start. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return c.toLowerCase() !== c.toUpperCase();
}

/** isWordChar on a code unit, without making a one-character string for ASCII (the common case). */
function isWordCode(code: number, s: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return isWordChar(s[i]);
}

/** Words of an already folded string (or of its range from…to), with "st"/"ste" read as "saint"/"sainte". */
function tokens(folded: string, from = 0, to = folded.length): Token[] {
  const out: Token[] = [];
  for (let i = from; i < to;) {
    if (!isWordCode(folded.charCodeAt(i), folded, i)) { i++; continue; }
    let j = i + 1;
    while (j < to && isWordCode(folded.charCodeAt(j), folded, j)) j++;
    const w = folded.slice(i, j);
    // Not CANONICAL[w]: a property lookup by a fresh string costs a string-table search.
    out.push({ text: w.length === 2 && w === 'st' ? 'saint' : w.length === 3 && w === 'ste' ? 'sainte' : w, start: i, end: j });
    i = j;
  }
  return out;
}

/** Folded words of a phrase of the data. */
function words(phrase: string): string[] {
  return tokens(normalize(phrase).text).map((t) => t.text);
}

// ---------------------------------------------------------------------------------------------------
// Evidence

/** Weights by where the evidence is: a location line, or anywhere else. */
const WEIGHT = {
  loc: { postal: 12, dept: 12, abbr: 10, name: 10, country: 10, city: 8, ambiguous: 5, marker: 4, frPostal: 6, canadaAfterPlace: 4 },
  body: { postal: 6, qualified: 6, abbrAfterWord: 4, name: 3, city: 2, phone: 2, country: 1, ambiguous: 0.5, marker: 2, foreignMarker: 3, zip: 6 },
} as const;
/** Least score for an answer, and how many times the runner-up the winner must score. */
const MIN_SCORE = 2;
const RATIO = 2;

interface Hit { code: Code; weight: number; key: string; start: number; end: number }

const POSTAL = /[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00a0-]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/gu;
const POSTAL_AHEAD = /^[ \u00a0]{1,2}[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]/;
const FIRST_LETTER: Record<string, Code> = {
  A: 'NL', B: 'NS', C: 'PE', E: 'NB', G: 'QC', H: 'QC', J: 'QC', K: 'ON', L: 'ON', M: 'ON', N: 'ON', P: 'ON',
  R: 'MB', S: 'SK', T: 'AB', V: 'BC', Y: 'YT',
};
/** X: Nunavut for X0A–X0C, Northwest Territories for X0E, X0G, X1A. */
function postalCode(fsa: string): Code | null {
  if (fsa[0] !== 'X') return FIRST_LETTER[fsa[0]] ?? null;
  if (/^X0[ABC]$/.test(fsa)) return 'NU';
  if (/^X(0[EG]|1A)$/.test(fsa)) return 'NT';
  return null;
}
/** France Travail's "Lieu: 69 - Villeurbanne": a département number, a dash, a name. */
const DEPT = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])[ \u00a0]{0,2}[-\u2013\u2014][ \u00a0]{0,2}\p{L}/u;
const DEPT_PAREN = /^[ \u00a0]{0,2}\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)/;
const FR_POSTAL_BEFORE = /(?:^|[^\d])(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3}[ \u00a0]{1,2}$/;
/** A North American telephone number; group 1 or 2 is the area code. */
const PHONE = /(?<![\d+])(?:\+?1[ .\-\u00a0]?)?(?:\((\d{3})\)|(\d{3}))[ .\-\u00a0]{0,2}\d{3}[ .\-\u00a0]\d{4}(?!\d)/g;
const US_ZIP_AHEAD = /^[ \u00a0]{1,2}\d{5}(?!\d)/;
const POSTCODE_AHEAD = /^[ \u00a0]{1,2}\d{4,5}(?!\d)/;
const LEAD = /^[\s*#>|_\-\u2022\u25cf\u25aa\u2013\u2014]{0,10}/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isAlnum = (c: string | undefined): boolean => c !== undefined && c !== '' && isWordChar(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * Start of the location value in `line`, or -1; a label alone on its line gives -2 (the next line is the value).
 * The label heads the line ("Lieu de travail : …", "- **Location:** …") or follows markup in a line of
 * run-together fields ("**Department:** Sales **Location:** Laval").
 */
function locationValue(line: string, orig: (i: number) => number, toks: Token[], infos: (WordInfo | undefined)[]): number {
  const lead = LEAD.exec(line)?.[0].length ?? 0;
  for (let i = 0; i < toks.length; i++) {
    const labels = infos[i]?.labels;
    if (!labels) continue;
    const start = orig(toks[i].start);
    if (start !== lead) {
      let k = start - 1;
      if (line[k] === ' ') k--;
      const c = line.charCodeAt(k);
      if (!(c === 42 || c === 124 || c === 0x2022 || c === 0xb7 || c === 9)) continue; // * | • · tab
    }
    for (const label of labels) {
      if (i + label.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < label.length && ok; k++) ok = toks[i + k].text === label[k];
      if (!ok) continue;
      // Right after the label: optional spaces / emphasis, then a colon (or nothing at all: a bare heading).
      let at = orig(toks[i + label.length - 1].end);
      const limit = Math.min(line.length, at + 6);
      while (at < limit && /[\s*_]/.test(line[at])) at++;
      if (line[at] === ':' || line[at] === '\uff1a') {
        at++;
        while (at < line.length && at < limit + 6 && /[\s*_]/.test(line[at])) at++;
        return at >= line.length && start === lead ? -2 : at;
      }
      if (at >= line.length && start === lead && line.length < 60) return -2;
    }
  }
  return -1;
}

/** The word just before `pos` (skipping spaces, then one "," or "("): where it ends, and whether it is capitalised. */
function wordBefore(line: string, pos: number): { end: number; comma: boolean; capital: boolean } | null {
  let k = pos - 1;
  while (k >= 0 && pos - k < 4 && /[ \u00a0]/.test(line[k])) k--;
  let comma = false;
  if (line[k] === ',' || line[k] === '(') {
    comma = true;
    k--;
    while (k >= 0 && pos - k < 8 && /[ \u00a0]/.test(line[k])) k--;
  }
  if (!comma && k === pos - 1) return null; // glued to a word
  const end = k + 1;
  if (line[k] === '.') k--;
  let s = k;
  while (s >= 0 && end - s < 40 && isAlnum(line[s])) s--;
  if (s === k) return null;
  return { end, comma, capital: isUpper(line[s + 1]) };
}

/** The abbreviation ends an address: end of line, punctuation, a postal code, "Canada". */
function endsAddress(line: string, end: number): boolean {
  const rest = line.slice(end, end + 12);
  return /^[ \u00a0]*$/.test(rest)
    || /^[ \u00a0]*[,;)\]|/.\u2013\u2014-]/.test(rest)
    || POSTAL_AHEAD.test(rest)
    || /^[ \u00a0]{1,2}(?:Canada|CA|CAN)(?![\p{L}])/u.test(rest);
}

/** Between pieces of equal weight, the evidence shown is the most telling kind: postal code, abbreviation, name, city… */
const RANK: Record<string, number> = {
  postal: 7, dept: 7, 'dept-paren': 6, 'fr-postal': 6, abbr: 5, 'canada-wide': 5, name: 4, city: 3, ambiguous: 2, phone: 2, marker: 1,
};
function rank(h: Hit): number {
  const colon = h.key.indexOf(':');
  return RANK[colon < 0 ? h.key : h.key.slice(0, colon)] ?? 0;
}

class Scores {
  private readonly byCode = new Map<Code, Map<string, Hit>>();
  add(hit: Hit): void {
    let hits = this.byCode.get(hit.code);
    if (!hits) this.byCode.set(hit.code, (hits = new Map()));
    const before = hits.get(hit.key);
    if (!before || hit.weight > before.weight) hits.set(hit.key, hit);
  }
  score(code: Code): number {
    let sum = 0;
    for (const h of this.byCode.get(code)?.values() ?? []) sum += h.weight;
    return sum;
  }
  hits(): Hit[] {
    return [...this.byCode.values()].flatMap((m) => [...m.values()]);
  }
  codes(): Code[] {
    return [...this.byCode.keys()];
  }
  best(code: Code): Hit | undefined {
    let best: Hit | undefined;
    for (const h of this.byCode.get(code)?.values() ?? []) {
      if (!best || h.weight > best.weight || (h.weight === best.weight && (rank(h) > rank(best) || (rank(h) === rank(best) && h.start < best.start)))) best = h;
    }
    return best;
  }
}

/** The whole text folded once, and the words of one of its lines (offsets in the folded text). */
interface LineView { folded: Normalized; toks: Token[] }

type Found = [Code, number, string, number, number];

/** Adds the places found on a line: outside a location line, only the strongest plain mention of each jurisdiction. */
function keepStrongest(found: Found[], muted: Set<Code> | null, inLoc: (offset: number) => boolean,
  add: (code: Code, weight: number, key: string, start: number, end: number) => void): void {
  const plainBest = new Map<Code, number>();
  for (const [code, w, , start] of found) {
    if (!inLoc(start) && w <= WEIGHT.body.name) plainBest.set(code, Math.max(plainBest.get(code) ?? 0, w));
  }
  const kept = new Set<Code>();
  for (const [code, w, key, start, end] of found) {
    if (muted?.has(code)) continue;
    if (!inLoc(start) && w <= WEIGHT.body.name) {
      if (kept.has(code) || w < plainBest.get(code)!) continue;
      kept.add(code);
    }
    add(code, w, key, start, end);
  }
}

/** Reads one line (without its line break) at `base` in the text; returns the location-value state for the next line. */
function scanLine(line: string, base: number, pendingLabel: boolean, lex: Compiled, scores: Scores, view: LineView): boolean {
  const { abbrAt, abbrAll } = lex;
  const { folded, toks } = view;
  // Offsets in the line from offsets in the folded text.
  const orig = (i: number): number => folded.map[i] - base;
  // What the data says of each word, looked up once for the steps below.
  const infos = toks.map((t) => lex.words.get(t.text));
  let valueAt = locationValue(line, orig, toks, infos);
  const labelAlone = valueAt === -2;
  if (labelAlone) valueAt = -1;
  else if (valueAt === -1 && pendingLabel && line.length <= 100) valueAt = 0; // "Location" on the line before
  const inLoc = (offset: number): boolean => valueAt >= 0 && offset >= valueAt;
  const add = (code: Code, weight: number, key: string, start: number, end: number): void => {
    if (weight > 0) scores.add({ code, weight, key, start: base + start, end: base + end });
  };

  // Abbreviation, "Canada" or département in brackets qualifying a place that ends at `end`:
  // "Laval, QC", "Montréal, Canada", "Laval (53)".
  const qualifierAfter = (end: number): Code | null => {
    const rest = line.slice(end, end + 16);
    if (DEPT_PAREN.test(rest)) return 'FR';
    const m = /^[ \u00a0]{0,2}[,(][ \u00a0]{0,2}/.exec(rest);
    if (!m) return null;
    if (/^(?:Canada|CANADA)(?![\p{L}])/u.test(rest.slice(m[0].length))) return 'CA';
    abbrAt.lastIndex = end + m[0].length;
    const a = abbrAt.exec(line);
    return a ? lex.abbr.get(a[0]) ?? null : null;
  };

  // 1. Place names on the folded words. A not-place ("Nunavut Inuit") mutes its jurisdiction on the line.
  // Most lines read hold no place: the sets and lists are made with the first one.
  let placeEnds: Set<number> | null = null;
  const found: Found[] = [];
  let muted: Set<Code> | null = null;
  for (let i = 0; i < toks.length; i++) {
    const cands = infos[i]?.places;
    if (!cands) continue;
    for (const p of cands) {
      const n = p.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = toks[i + k].text === p.words[k] && /^[ .,'()\-]{1,3}$/.test(folded.text.slice(toks[i + k - 1].end, toks[i + k].start));
      }
      if (!ok) continue;
      const start = orig(toks[i].start);
      let end = orig(toks[i + n - 1].end);
      let capital = false;
      for (let k = 0; k < n && !capital; k++) capital = isUpper(line[orig(toks[i + k].start)]);
      const loc = inLoc(start);
      if (!capital && !loc && p.kind !== 'not-place') break;
      // "Remote (Canada)": keep the closing bracket with the phrase it belongs to.
      if (line[end] === ')' && line.lastIndexOf('(', end) >= start) end++;
      i += n - 1;
      if (p.kind === 'not-place') {
        (muted ??= new Set()).add(p.code);
        break;
      }
      (placeEnds ??= new Set()).add(end);
      const q = qualifierAfter(end);
      const frPostal = FR_POSTAL_BEFORE.test(line.slice(Math.max(0, start - 9), start));
      const key = `${p.kind}:${p.words.join(' ')}`;
      const before = wordBefore(line, start);
      const qualifying = p.kind === 'name' && before?.comma === true && placeEnds!.has(before.end);
      if (frPostal && p.code !== 'FR') {
        // "53000 Laval": a French address, not this place.
        const from = Math.max(0, start - 9);
        const at = from + line.slice(from, start).search(/\d{5}[ \u00a0]{1,2}$/);
        found.push(['FR', loc ? WEIGHT.loc.frPostal : WEIGHT.body.qualified, 'fr-postal', at, start]);
      } else if (q && q !== p.code && q !== 'CA') {
        // "London, UK", "Richmond, VA", "Laval (53)": the qualifier counts, not this place.
        if (q === 'FR') found.push(['FR', loc ? WEIGHT.loc.dept : WEIGHT.body.qualified, 'dept-paren', line.indexOf('(', end), line.indexOf(')', end) + 1]);
      } else if (p.kind === 'canada-wide') {
        found.push(['CA', WEIGHT.loc.country, key, start, end]);
      } else if (p.code === 'CA' && qualifying) {
        // "Montréal, Canada": Canada confirms the place; it does not make the job Canada-wide.
        if (loc) found.push(['CA', WEIGHT.loc.canadaAfterPlace, key, start, end]);
      } else {
        const country = p.code === ELSEWHERE || p.code === 'CA';
        const w = loc
          ? (p.kind === 'name' ? (country ? WEIGHT.loc.country : WEIGHT.loc.name) : WEIGHT.loc[p.kind as 'city' | 'ambiguous'])
          : qualifying || q === p.code || q === 'CA' || frPostal ? WEIGHT.body.qualified
            : p.kind === 'name' ? (p.code === ELSEWHERE ? WEIGHT.body.country : WEIGHT.body.name)
              : WEIGHT.body[p.kind as 'city' | 'ambiguous'];
        found.push([p.code, w, key, start, end]);
      }
      break;
    }
  }
  // Several plain mentions of one jurisdiction in a sentence ("offices in Toronto, Ottawa and Kitchener") are one
  // piece of evidence: outside a location line, only the strongest plain mention of each counts.
  if (found.length) keepStrongest(found, muted, inLoc, add);

  // 2. Abbreviations where an address puts them.
  abbrAll.lastIndex = 0;
  for (let m = abbrAll.exec(line); m; m = abbrAll.exec(line)) {
    // Not glued to a word, a number or a dot before it (checked here: a lookbehind would slow the regex down).
    const prev = line[m.index - 1];
    if (prev !== undefined && (prev === '.' || isAlnum(prev) || LETTER_OR_DIGIT.test(prev))) { abbrAll.lastIndex = m.index + 1; continue; }
    const code = lex.abbr.get(m[0]);
    if (!code) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = wordBefore(line, start);
    const afterPlace = before !== null && placeEnds !== null && placeEnds.has(before.end);
    const atValueStart = valueAt >= 0 && start === valueAt;
    const ends = endsAddress(line, end);
    const key = `abbr:${m[0]}`;
    if (code === ELSEWHERE) {
      // "Seattle, WA 98101", "Sydney NSW 2000", "London, UK" (never "Paris, LA DÉFENSE").
      const endsForeign = ends || POSTCODE_AHEAD.test(line.slice(end, end + 10));
      if (!endsForeign || !(afterPlace || (before?.comma && before.capital))) continue;
      if (inLoc(start)) add(code, WEIGHT.loc.country, key, start, end);
      else if (US_ZIP_AHEAD.test(line.slice(end, end + 10)) || (afterPlace && before?.comma)) add(code, WEIGHT.body.zip, key, start, end);
      continue;
    }
    if (inLoc(start)) {
      // "Sharon, CA": a place somewhere in Canada, which says less than "Location: Canada".
      const w = code === 'CA' && before?.comma ? WEIGHT.loc.canadaAfterPlace : WEIGHT.loc.abbr;
      if (afterPlace || (ends && (atValueStart || before))) add(code, w, key, start, end);
      continue;
    }
    if (afterPlace) add(code, code === 'CA' ? 0 : WEIGHT.body.qualified, key, start, end);
    else if (before?.comma && before.capital && ends) add(code, WEIGHT.body.abbrAfterWord, key, start, end);
  }

  // 3. Canadian postal codes (they and telephone numbers need a digit: most lines have none).
  const digits = hasDigit(line);
  POSTAL.lastIndex = digits ? 0 : line.length;
  for (let m = POSTAL.exec(line); m; m = POSTAL.exec(line)) {
    const start = m.index;
    if (isAlnum(line[start - 1])) {
      // Glued to its province by a scraper ("Calgary, ABT2Z 4A2"): accept only after a 2-letter abbreviation.
      const abbr = line.slice(start - 2, start);
      if (!(lex.abbr.has(abbr) && !isAlnum(line[start - 3]))) continue;
    }
    const code = postalCode(m[0].slice(0, 3));
    if (!code) continue;
    add(code, inLoc(start) ? WEIGHT.loc.postal : WEIGHT.body.postal, `postal:${m[0].replace(/[^A-Z0-9]/g, '')}`, start, start + m[0].length);
  }

  // 4. France Travail's "Lieu: 69 - Villeurbanne"; a French postal code before a place on a location line.
  if (valueAt >= 0) {
    const value = line.slice(valueAt, valueAt + 40);
    if (DEPT.test(value)) add('FR', WEIGHT.loc.dept, 'dept', valueAt, valueAt + value.trimEnd().length);
  }

  // 5. Telephone numbers: the area code ("(514) 555-0199", "+1 604.555.0199").
  PHONE.lastIndex = digits ? 0 : line.length;
  for (let m = PHONE.exec(line); m; m = PHONE.exec(line)) {
    const area = m[1] ?? m[2];
    const code = lex.areaCodes.get(area);
    if (code) add(code, WEIGHT.body.phone, `phone:${area}`, m.index, m.index + m[0].length);
  }

  // 6. Markers ("CDI", "H/F", "€"), on a line that holds the first word of one (or a marker sign).
  const markers = infos.some((w) => w?.marker) || lex.markerSigns.some((m) => line.includes(m));
  for (const [text, code] of markers ? lex.markers : []) {
    for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + text.length)) {
      const end = at + text.length;
      if (isAlnum(text[0]) && isAlnum(line[at - 1])) continue;
      if (isAlnum(text[text.length - 1]) && isAlnum(line[end])) continue;
      const w = inLoc(at) ? WEIGHT.loc.marker : code === ELSEWHERE ? WEIGHT.body.foreignMarker : WEIGHT.body.marker;
      add(code, w, `marker:${text.toLowerCase()}`, at, end);
      break;
    }
  }
  return labelAlone;
}

/**
 * Guesses the jurisdiction of a posting from its text. Linear in the length of the text.
 * Returns code null ("unsure") when nothing points anywhere, when the evidence conflicts without a clear
 * winner, or when the posting is elsewhere (another country).
 */
export function inferJurisdiction(text: string, analysis?: AnalysedText): JurisdictionGuess {
  if (analysis && analysis.text !== text) throw new Error('inferJurisdiction: the analysis is of another text');
  return decide(text, collect(text, analysis));
}

/** One piece of evidence: what it points to, its weight, and where it is in the text. */
export interface JurisdictionEvidence { code: JurisdictionCode | 'elsewhere'; weight: number; text: string; start: number; end: number }

/** Every piece of evidence counted, strongest first, and the score of each jurisdiction (for --explain and tuning). */
export function explainJurisdiction(text: string): { scores: Record<string, number>; evidence: JurisdictionEvidence[] } {
  const scores = collect(text);
  const out: Record<string, number> = {};
  for (const c of scores.codes()) out[c === ELSEWHERE ? 'elsewhere' : c] = scores.score(c);
  const evidence = scores.hits()
    .sort((a, b) => b.weight - a.weight || rank(b) - rank(a) || a.start - b.start)
    .map((h) => ({ code: h.code === ELSEWHERE ? 'elsewhere' as const : h.code, weight: h.weight, text: text.slice(h.start, h.end), start: h.start, end: h.end }));
  return { scores: out, evidence };
}

/**
 * Whether a line can hold any evidence at all: a place's word or a marker's word, a location label at the head of
 * the line or after markup, or what hasEvidenceChar looks for (a telephone number, a postal code, an abbreviation,
 * "Qc", "H/F", a currency sign). Most lines of a posting (its duties, its requirements) hold none and are not
 * scanned: scanLine would find nothing there.
 * The line's words are tokens()' (offsets in the folded text)…
 */
function mayHoldEvidence(text: string, start: number, end: number, toks: Token[], folded: Normalized, lex: Compiled): boolean {
  for (let i = 0; i < toks.length; i++) {
    const word = toks[i].text;
    if (lex.triggers.has(word)) return true;
    if (lex.labelWords.has(word) && (i === 0 || afterMarkup(text, folded.map[toks[i].start]))) return true;
  }
  return mayHoldEvidenceChars(text, start, end, lex);
}

/** …or the analysis' (offsets in the text; they split at digits, but a digit passes anyway). */
function mayHoldEvidenceAnalysed(text: string, line: AnalysedText['lines'][number], analysis: AnalysedText, lex: Compiled): boolean {
  for (let i = line.tokenFrom; i < line.tokenTo; i++) {
    const t = analysis.tokens[i];
    const flags = wordFlags(t, lex);
    if (flags & TRIGGER) return true;
    if (flags & LABEL && (i === line.tokenFrom || afterMarkup(text, t.start))) return true;
  }
  return mayHoldEvidenceChars(text, line.start, line.end, lex);
}

const TRIGGER = 1;
const LABEL = 2;
/** Whether a word is a trigger and whether it starts a label: memoised on the shared word when there is one. */
function wordFlags(t: AnalysedText['tokens'][number], lex: Compiled): number {
  if (t.word && t.word.place >= 0) return t.word.place;
  const flags = (lex.triggers.has(t.norm) ? TRIGGER : 0) | (lex.labelWords.has(t.norm) ? LABEL : 0);
  if (t.word) t.word.place = flags;
  return flags;
}

function mayHoldEvidenceChars(text: string, start: number, end: number, lex: Compiled): boolean {
  if (hasEvidenceChar(text, start, end, lex.runs, lex.written)) return true;
  const anywhere = lex.written.get(-1);
  if (!anywhere) return false;
  const line = text.slice(start, end);
  return anywhere.some((w) => line.includes(w));
}

/** A label is read after "*", "|", "•", "·" or a tab, with one space between at most (see locationValue). */
function afterMarkup(text: string, at: number): boolean {
  let k = at - 1;
  if (text[k] === ' ') k--;
  const c = text.charCodeAt(k);
  return c === 42 || c === 124 || c === 0x2022 || c === 0xb7 || c === 9;
}

/**
 * In text[start, end): ten digits (a telephone number), a capital followed by a digit (A1A 1A1) or by a dot (B.C.,
 * N.-B.), a currency sign, or a run of capitals that an abbreviation or a marker is (`runs`: "QC", "ONT", "CDI";
 * an abbreviation is a whole word, so the run is one of its own). Other digits count only next to something that
 * passes on its own: a place ("53000 Laval", "Laval (53)"), a location label ("Lieu : 69 - Lyon"), an abbreviation
 * ("WA 98101", "Sydney NSW 2000"), a marker ("Bac+2": "bac" is a trigger word).
 */
function hasEvidenceChar(text: string, start: number, end: number, runs: Set<string>, written?: Map<number, string[]>): boolean {
  let capital = false;
  let digits = 0;
  let run = start; // where the run of capitals that ends at i started
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (capital || ++digits === 10) return true;
      capital = false;
      continue;
    }
    if (c === 0x20ac || c === 0xa3) return true;
    if (capital && c === 46) return true; // "B.C.", "N.-B."
    const upper = isUpperCode(c);
    if (upper && written) {
      const candidates = written.get(c);
      if (candidates) for (const w of candidates) if (w.length <= end - i && text.startsWith(w, i)) return true;
    }
    if (upper && !capital) run = i;
    else if (!upper && capital && i - run >= 2 && runs.has(text.slice(run, i))) return true;
    capital = upper;
  }
  return capital && end - run >= 2 && runs.has(text.slice(run, end));
}

/**
 * Strings by the code of their first character when it is a capital (abbreviations and markers start with one),
 * under -1 the others, which are looked for on every line.
 */
function byFirstCode(texts: string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const t of texts) {
    const code = isUpperCode(t.charCodeAt(0)) ? t.charCodeAt(0) : -1;
    const list = out.get(code) ?? [];
    list.push(t);
    out.set(code, list);
  }
  return out;
}

/** A-Z, À-Þ ("Î.-P.-É."). */
function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** Words too common in postings to be worth looking for when a place has another as long. */
const COMMON_SHORT = new Set(['a', 'e', 'i', 'l', 'd', 's', 'y', 'o', 'the', 'de', 'la', 'le', 'du', 'of', 'en', 'et']);

/** The word of a place to look for: the longest, the last of equals, but for a common one when there is another. */
function rarest(words: string[]): string {
  let a = words[0];
  for (let i = 1; i < words.length; i++) {
    const b = words[i];
    if (COMMON_SHORT.has(a) !== COMMON_SHORT.has(b)) a = COMMON_SHORT.has(a) ? b : a;
    else if (b.length >= a.length) a = b;
  }
  return a;
}

/** What an analysis of the same text (src/text/analyze.ts) already holds, so that it is not folded and cut again. */
export interface AnalysedText {
  text: string;
  norm: Normalized;
  lines: readonly { start: number; end: number; tokenFrom: number; tokenTo: number }[];
  /** `word`: the shared word of src/text/tokens.ts, which memoises what the data says of it. */
  tokens: readonly { norm: string; start: number; word?: { place: number } }[];
}

/** Lines of a text (ends at "\n", "\r\n" or a lone "\r"; `end` before the break). */
function linesOf(text: string): { start: number; end: number; tokenFrom: number; tokenTo: number }[] {
  const out = [];
  for (let start = 0; start <= text.length;) {
    let end = start;
    for (let c = text.charCodeAt(end); end < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++end));
    out.push({ start, end, tokenFrom: 0, tokenTo: 0 });
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return out;
}

function collect(text: string, analysis?: AnalysedText): Scores {
  const lex = lexicon();
  const scores = new Scores();
  let pendingLabel = false;
  // Folded once (or taken from the analysis); a line is cut into words only when it may hold evidence.
  const folded = analysis?.norm ?? normalize(text);
  const ft = folded.text;
  const lines = analysis?.lines ?? linesOf(text);
  for (const line of lines) {
    // The analysis' words are a cheap first test: nothing that can be evidence, nothing to scan.
    if (analysis && !pendingLabel && !mayHoldEvidenceAnalysed(text, line, analysis, lex)) continue;
    // The line's range in the folded text (the map is sorted: two binary searches).
    const f = firstAtOrAfter(folded.map, ft.length, line.start);
    const toks = tokens(ft, f, firstAtOrAfter(folded.map, ft.length, line.end, f));
    if (toks.length && (pendingLabel || mayHoldEvidence(text, line.start, line.end, toks, folded, lex))) {
      pendingLabel = scanLine(text.slice(line.start, line.end), line.start, pendingLabel, lex, scores, { folded, toks });
    } else pendingLabel = false;
  }
  return scores;
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) { const c = s.charCodeAt(i); if (c >= 48 && c <= 57) return true; }
  return false;
}

/** The first index i in [from, length) with map[i] >= offset (length when none). */
function firstAtOrAfter(map: Uint32Array, length: number, offset: number, from = 0): number {
  let lo = from, hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function decide(text: string, scores: Scores): JurisdictionGuess {
  const ranked = scores.codes()
    .filter((c) => c !== 'CA')
    .map((c) => ({ code: c, score: scores.score(c) }))
    .sort((a, b) => b.score - a.score);
  const top = ranked[0] ?? { code: null, score: 0 };
  const second = ranked[1]?.score ?? 0;
  const canada = scores.score('CA');
  const answer = (code: Code, score: number, runnerUp: number): JurisdictionGuess => {
    if (code === ELSEWHERE) return { code: null, confidence: 0 };
    const hit = scores.best(code)!;
    const confidence = Math.round(100 * (1 - Math.exp(-score / 6)) * (score / (score + runnerUp))) / 100;
    return { code: code as JurisdictionCode, evidence: { text: text.slice(hit.start, hit.end), start: hit.start, end: hit.end }, confidence };
  };
  const province = top.code !== null && top.code !== 'FR' && top.code !== ELSEWHERE;
  if (province && top.score >= MIN_SCORE) {
    // Canada named much more strongly than any province: Canada-wide, the province only mentioned.
    if (canada > RATIO * top.score) return answer('CA', canada, top.score);
    if (top.score < RATIO * second) return { code: null, confidence: 0 };
    return answer(top.code!, top.score, second);
  }
  // No province leads: France, another country, or Canada as a whole.
  const best = canada > top.score ? { code: 'CA' as Code, score: canada } : top;
  const rival = best.code === 'CA' ? top.score : Math.max(second, canada);
  if (best.code !== null && best.score >= MIN_SCORE && best.score >= RATIO * rival) return answer(best.code, best.score, rival);
  return { code: null, confidence: 0 };
}
