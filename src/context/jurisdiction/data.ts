// The place list: lexicons/jurisdictions.yaml, validated at load (a bad entry names the file and the line).
// Read by the jurisdiction inference and by the title-noise filter of occupation detection alike.
import { join } from 'node:path';
import type { Node } from 'yaml';
import { LEXICON_DIR, loadValidated, type YamlDoc } from '../../lexicon/yaml.js';
import { normalize } from '../../text/normalize.js';
import { tokenize } from '../../text/tokens.js';

export const JURISDICTION_CODES = [
  'QC',
  'ON',
  'BC',
  'AB',
  'MB',
  'SK',
  'NS',
  'NB',
  'NL',
  'PE',
  'YT',
  'NT',
  'NU',
  'CA',
  'FR',
] as const;
export type JurisdictionCode = (typeof JURISDICTION_CODES)[number];

/** Other countries, in the data and the scores; never returned. */
export const ELSEWHERE = 'XX';
export type Code = JurisdictionCode | typeof ELSEWHERE;
export type PlaceKind = 'name' | 'city' | 'ambiguous' | 'not-place' | 'canada-wide';

/** The validated form of lexicons/jurisdictions.yaml (plain JSON, cached by loadValidated). */
export interface JurisdictionData {
  labels: string[];
  /** Each place with its folded words joined by spaces, as the analysis cuts a posting (see placeWords). */
  places: [phrase: string, code: Code, kind: PlaceKind, words: string][];
  abbreviations: [text: string, code: Code][];
  markers: [text: string, code: Code][];
  areaCodes: [areaCode: string, code: Code][];
  /** Folded words read as another ("st" → "saint"), in postings and in the data. */
  sameWords: [word: string, as: string][];
  /** Folded words too common in postings to be the one word looked for to find a place. */
  commonWords: string[];
}

const LISTS = [
  'names',
  'abbreviations',
  'area-codes',
  'cities',
  'ambiguous',
  'not-places',
  'canada-wide',
  'markers',
] as const;
const GROUPS = ['same-words', 'common-words', 'location-labels', 'jurisdictions', 'elsewhere'] as const;

/** Folded words of a phrase of the data, cut as src/text/tokens.ts cuts a posting, with `same` applied. */
export function placeWords(phrase: string, same: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const t of tokenize(phrase, normalize(phrase), () => 0))
    if (t.norm !== '+') out.push(same.get(t.norm) ?? t.norm);
  return out;
}

function validate(doc: YamlDoc): JurisdictionData {
  const data: JurisdictionData = {
    labels: [],
    places: [],
    abbreviations: [],
    markers: [],
    areaCodes: [],
    sameWords: [],
    commonWords: [],
  };
  const same = new Map<string, string>();
  const seenArea = new Map<string, string>();
  const seenPlace = new Map<string, string>();
  const seenAbbr = new Map<string, string>();
  const words = (phrase: string) => placeWords(phrase, same);
  const oneWord = (node: Node | null, what: string): string => {
    const w = words(doc.string(node, what));
    if (w.length !== 1) doc.fail(node, `${what} must be one word`);
    return w[0];
  };
  const place = (node: Node | null, code: Code, kind: PlaceKind, where: string): void => {
    const phrase = doc.string(node, `a place in ${where}`);
    const key = words(phrase).join(' ');
    if (!key) doc.fail(node, `the place "${phrase}" holds no word`);
    const before = seenPlace.get(key);
    if (before) doc.fail(node, `"${phrase}" is already listed (${before}): a place name may appear once`);
    seenPlace.set(key, where);
    data.places.push([phrase, code, kind, key]);
  };
  const exact = (node: Node | null, code: Code, list: 'abbreviations' | 'markers', where: string): void => {
    const text = doc.string(node, `an entry of ${where}`).trim();
    const before = seenAbbr.get(text);
    if (before) doc.fail(node, `"${text}" is already listed (${before})`);
    seenAbbr.set(text, where);
    data[list].push([text, code]);
  };
  const lists = (node: Node | null, code: Code, where: string): void => {
    for (const [list, listNode, listKey] of doc.entries(node, where)) {
      if (!(LISTS as readonly string[]).includes(list))
        doc.fail(listKey, `unknown list "${list}" in ${where} (allowed: ${LISTS.join(', ')})`);
      const w = `${where}.${list}`;
      for (const item of doc.items(listNode, w)) {
        if (list === 'names') place(item, code, 'name', w);
        else if (list === 'cities') place(item, code, 'city', w);
        else if (list === 'ambiguous') place(item, code, 'ambiguous', w);
        else if (list === 'not-places') place(item, code, 'not-place', w);
        else if (list === 'canada-wide') {
          if (code !== 'CA') doc.fail(item, `${w}: canada-wide phrases belong to CA`);
          place(item, code, 'canada-wide', w);
        } else if (list === 'area-codes') {
          const value = String(doc.value(item));
          if (!/^[2-9]\d\d$/.test(value)) doc.fail(item, `${w}: an area code is 3 digits, such as 514`);
          const before = seenArea.get(value);
          if (before) doc.fail(item, `area code ${value} is already listed (${before})`);
          seenArea.set(value, w);
          data.areaCodes.push([value, code]);
        } else exact(item, code, list as 'abbreviations' | 'markers', w);
      }
    }
  };
  const groups = doc.entries(doc.root, 'the jurisdictions lexicon');
  for (const [group, , key] of groups) {
    if (!(GROUPS as readonly string[]).includes(group))
      doc.fail(key, `unknown group "${group}" (allowed: ${GROUPS.join(', ')})`);
  }
  // Same words first: every other phrase is cut with them.
  for (const [group, node] of groups) {
    if (group !== 'same-words') continue;
    for (const [, value, key] of doc.entries(node, group)) {
      const from = oneWord(key, 'a word of same-words');
      if (same.has(from)) doc.fail(key, `"${from}" is already listed`);
      same.set(from, oneWord(value, `what "${from}" reads as`));
      data.sameWords.push([from, same.get(from)!]);
    }
  }
  for (const [group, node] of groups) {
    if (group === 'common-words') {
      for (const item of doc.items(node, group)) data.commonWords.push(oneWord(item, 'a common word'));
    } else if (group === 'location-labels') {
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
    }
  }
  return data;
}

/** The shipped data (validated once, then read from the cache of loadValidated). */
export function loadJurisdictionData(file: string = join(LEXICON_DIR, 'jurisdictions.yaml')): JurisdictionData {
  return loadValidated(file, 'jurisdictions', validate);
}
