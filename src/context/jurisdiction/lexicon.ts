// The place list compiled for reading postings: what each folded word starts (places, location labels,
// markers), and what announces a line worth reading at all (see prefilter.ts).
import { lazy, wordMemo } from '../../util/cache.js';
import { hasEvidenceChar, isUpperCode, isWordChar } from './chars.js';
import { loadJurisdictionData, placeWords, type Code, type JurisdictionData, type PlaceKind } from './data.js';

export interface Place {
  words: string[];
  code: Code;
  kind: PlaceKind;
}

/** What a folded word starts: places (longest first), location labels, a marker; whether it lets a line be read. */
export interface WordInfo {
  places?: Place[];
  labels?: string[][];
  marker?: true;
  /** The word announces a place or a marker (see `trigger` in compile). */
  trigger?: true;
  /** The first word of a location label: evidence only at the head of a line or after markup ("**Location:**"). */
  labelStart?: true;
}

export interface Compiled {
  /** What each folded word (after same-words) starts. */
  words: Map<string, WordInfo>;
  /** Folded words read as another ("st" → "saint"). */
  same: Map<string, string>;
  /** The markers that start with a sign ("€"): no word announces them. */
  markerSigns: string[];
  abbr: Map<string, Code>;
  /** Sticky and global forms of the abbreviation alternation (literal strings only). */
  abbrAt: RegExp;
  abbrAll: RegExp;
  markers: [string, Code][];
  areaCodes: Map<string, Code>;
  /**
   * Abbreviations that the characters of a line do not announce ("Qc", "Alta."), and markers that neither they nor
   * a word announce ("H/F"), by the code of their first character (a capital: see hasEvidenceChar).
   */
  written: Map<number, string[]>;
  /** See hasEvidenceChar. */
  runs: Set<string>;
  /** Canada by name or abbreviation after an address (" Canada", " CAN"), and by name after a place (", Canada"). */
  canadaAhead: RegExp;
  canadaNamed: RegExp;
  /** What `words` says of a posting's word (given once to the per-word memo). */
  lookup: (word: { readonly norm: string }) => WordInfo | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (texts: Iterable<string>) =>
  [...new Set(texts)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

function compile(data: JurisdictionData): Compiled {
  const same = new Map(data.sameWords);
  const places = new Map<string, Place[]>();
  // The words of each place, split once (indexed loops: this runs at every start, before the optimiser sees it).
  const placeWordLists: string[][] = new Array(data.places.length);
  for (let i = 0; i < data.places.length; i++) {
    const place = data.places[i];
    const code = place[1],
      kind = place[2];
    const w = (placeWordLists[i] = place[3].split(' '));
    const list = places.get(w[0]);
    if (list) list.push({ words: w, code, kind });
    else places.set(w[0], [{ words: w, code, kind }]);
  }
  for (const list of places.values()) list.sort((a, b) => b.words.length - a.words.length);
  const abbr = new Map<string, Code>(data.abbreviations);
  const abbrSource = alternation(abbr.keys());
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
  const firstWord = (text: string) => placeWords(text, same)[0];
  const words = new Map<string, WordInfo>();
  const info = (w: string): WordInfo => {
    let i = words.get(w);
    if (!i) words.set(w, (i = {}));
    return i;
  };
  // Every word of a place must be on the line: one is enough to look for, the longest but for a few words too
  // common to be worth it ("a" of "U.S.A.", "i" of "P.E.I."; ties: the last, "pas" of "the pas").
  const common = new Set(data.commonWords);
  for (let i = 0; i < placeWordLists.length; i++) info(rarest(placeWordLists[i], common)).trigger = true;
  for (const text of quiet) {
    const w = firstWord(text);
    if (w.length >= 3) info(w).trigger = true;
  }
  places.forEach((list, w) => {
    info(w).places = list;
  });
  for (const label of data.labels.map((l) => l.split(' '))) {
    const i = info(label[0]);
    (i.labels ??= []).push(label);
    i.labelStart = true;
  }
  for (const [text] of data.markers) if (isWordChar(text[0])) info(firstWord(text)).marker = true;
  // Canada's names and abbreviations (data.places: "Canada"; abbreviations: "CA", "CAN").
  const canadaNames = data.places.filter(([, code, kind]) => code === 'CA' && kind === 'name').map(([p]) => p);
  const canadaAbbr = data.abbreviations.filter(([, code]) => code === 'CA').map(([a]) => a);
  return {
    words,
    same,
    runs,
    abbr,
    lookup: (word) => words.get(same.get(word.norm) ?? word.norm) ?? null,
    written: byFirstCode([
      ...[...abbr.keys()].filter((a) => !passes(a)),
      ...quiet.filter((text) => firstWord(text).length < 3),
    ]),
    markerSigns: data.markers.filter(([text]) => !isWordChar(text[0])).map(([text]) => text),
    abbrAt: new RegExp(`(?:${abbrSource})(?![\\p{L}\\p{N}])`, 'uy'),
    abbrAll: new RegExp(`(?:${abbrSource})(?![\\p{L}\\p{N}])`, 'gu'),
    markers: data.markers,
    areaCodes: new Map(data.areaCodes),
    canadaAhead: new RegExp(`^[ \\u00a0]{1,2}(?:${alternation([...canadaNames, ...canadaAbbr])})(?![\\p{L}])`, 'u'),
    canadaNamed: new RegExp(`^(?:${alternation(canadaNames.flatMap((n) => [n, n.toUpperCase()]))})(?![\\p{L}])`, 'u'),
  };
}

/** The shipped place list, compiled on first use. */
export const lexicon = lazy('jurisdiction.lexicon', () => compile(loadJurisdictionData()));

const wordInfos = wordMemo<WordInfo | null>('jurisdiction.word');

/** What the place list says of a posting's word (the shared word of src/text/tokens.ts), looked up once per word. */
export function wordInfo(word: { readonly id: number; readonly norm: string }, lex: Compiled): WordInfo | null {
  return wordInfos.getOr(word, lex.lookup);
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

/** The word of a place to look for: the longest, the last of equals, but for a common one when there is another. */
function rarest(words: string[], common: Set<string>): string {
  let a = words[0];
  for (let i = 1; i < words.length; i++) {
    const b = words[i];
    if (common.has(a) !== common.has(b)) a = common.has(a) ? b : a;
    else if (b.length >= a.length) a = b;
  }
  return a;
}
