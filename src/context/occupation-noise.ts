// What a posting's title carries besides the job: schedule, contract, place, level, ids, gender marks.
// `titleQueries` cuts a title into the parts worth matching against NOC titles, as word-key lists.
import { LexiconError } from '../lexicon/yaml.js';
import { fold } from '../text/normalize.js';
import { lazy } from '../util/cache.js';
import { ELSEWHERE, loadJurisdictionData } from './jurisdiction/data.js';
import { keys, neutralize, STOPWORDS, words } from './occupation-text.js';
import './occupation-words.js'; // configures the title keys (title-keys.yaml)
import { loadTitleNoise } from './title-noise-data.js';

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

/** The noise of titles compiled: a trie of noise phrases, the abbreviations spelled out, the exclusion pattern. */
export interface Noise {
  trie: Node;
  /** Words read as another in place names ("st" → "saint": jurisdictions.yaml's same-words). */
  same: Map<string, string>;
  abbreviations: Map<string, string[]>;
  exclusion: RegExp;
  leadingLevels: Set<string>;
}

const noise = lazy('occupation.title-noise', () => compileNoise());

/** The title noise of the data files given (the shipped ones by default); fails on a place listed as noise. */
export function compileNoise(noiseFile?: string, placesFile?: string): Noise {
  const data = loadTitleNoise(noiseFile);
  const places = loadJurisdictionData(placesFile);
  const trie: Node = { end: false, next: new Map() };
  const add = (ws: string[]): void => {
    let n = trie;
    for (const w of ws) {
      let m = n.next.get(w);
      if (!m) n.next.set(w, (m = { end: false, next: new Map() }));
      n = m;
    }
    n.end = true;
  };
  // Every place (not the not-places: "Nunavut Inuit"), and the provinces' two-letter abbreviations ("QC", "BC")
  // but for stopwords.
  const placeKeys = new Set<string>();
  for (const [, , kind, ws] of places.places) if (kind !== 'not-place') placeKeys.add(ws);
  for (const [text, code] of places.abbreviations) {
    // "ON" is the word "on" more often than Ontario.
    if (code !== 'CA' && code !== ELSEWHERE && /^[A-Z]{2}$/.test(text) && !STOPWORDS.has(text.toLowerCase()))
      placeKeys.add(text.toLowerCase());
  }
  const same = new Map(places.sameWords);
  const keyOf = (phrase: string) => words(fold(phrase)).map((w) => same.get(w) ?? w);
  for (const [place, line] of data.placesKept) {
    if (!placeKeys.delete(keyOf(place).join(' ')))
      throw new LexiconError(data.file, line, `"${place}" is no place of jurisdictions.yaml`);
  }
  for (const key of placeKeys) add(key.split(' '));
  for (const [phrase, line] of data.phrases) {
    const ws = keyOf(phrase);
    if (placeKeys.has(ws.join(' ')))
      throw new LexiconError(
        data.file,
        line,
        `"${phrase}" is a place of jurisdictions.yaml: places are listed there only`,
      );
    add(ws);
  }
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    trie,
    same,
    abbreviations: new Map(data.abbreviations.map(([from, to]) => [fold(from), words(fold(to))])),
    exclusion: data.exclusions.length
      ? new RegExp(`\\((?:${data.exclusions.map((x) => escape(fold(x))).join('|')})\\b[^)]*\\)`, 'g')
      : /(?!)/g,
    leadingLevels: new Set(data.leadingLevels.map(fold)),
  };
}

/** Words of a title with its abbreviations spelled out ("HR Business Partner" → "human resources business partner"). */
export function expand(ws: string[]): string[] {
  const { abbreviations } = noise();
  return ws.flatMap((w) => abbreviations.get(w) ?? [w]);
}

/** Drops noise phrases (longest match first) and words holding digits ("2", "12r", "2024", "as3"). */
export function dropNoise(ws: string[]): string[] {
  const { trie, same, leadingLevels } = noise();
  const out: string[] = [];
  for (let i = 0; i < ws.length;) {
    let n: Node | undefined = trie;
    let len = 0;
    for (let j = i; j < ws.length && n; j++) {
      n = n.next.get(same.get(ws[j]) ?? ws[j]);
      if (n?.end) len = j - i + 1;
    }
    if (len) {
      i += len;
      continue;
    }
    if (!/\d/.test(ws[i])) out.push(ws[i]);
    i++;
  }
  while (out.length && STOPWORDS.has(out[0])) out.shift();
  while (out.length && STOPWORDS.has(out[out.length - 1])) out.pop();
  // "Associate" before a title is a level ("Associate Software Developer", "Associate Dentist");
  // after one it is the job ("Warehouse Associate", "Sales Associate").
  if (out.length > 1 && leadingLevels.has(out[0])) out.shift();
  return out;
}

/**
 * One part of a title worth matching: its text (for reports), its word keys with noise dropped, and its
 * raw keys (only words with digits dropped), tried for exact matches too: the noise words are also words
 * of real titles ("Night auditor", "agent d'assurance-emploi", "Student monitor", "Senior managers").
 */
export interface TitleQuery {
  text: string;
  keys: string[];
  raw: string[];
  part: number;
}

/** Words of a folded title part that hold no digit. */
const plainWords = (s: string) => words(s).filter((w) => !/\d/.test(w));

/**
 * The parts of a title to match: each part between separators (" - ", ",", "/", "|", ":", brackets…) with
 * its noise dropped, then all parts together. "Plongeur(se) - temps partiel - Laval" → ["plongeur"];
 * "Cariste/ manutentionnaire (H/F)" → ["cariste"], ["manutentionnaire"], ["cariste", "manutentionnaire"].
 * An exclusion in brackets, "(sauf …)" or "(except …)", is dropped whole.
 */
export function titleQueries(title: string): TitleQuery[] {
  const folded = neutralize(
    fold(title)
      .replace(noise().exclusion, ' ')
      .replace(/(^|[^a-z])[hfmx]\s?\/\s?[hfmx](?:\s?\/\s?[hfmxn])?(?![a-z])/g, '$1 ') // H/F, F/H, M/F/X
      .replace(/[#*_`>]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const parts = folded.split(/\s[-+]\s|\s-$|^-\s|[,;:|()[\]{}!?"«»•]|\s*\/\s*|\s\.\s|\s{2,}/);
  const out: TitleQuery[] = [];
  const all: string[] = [];
  const allRaw: string[] = [];
  for (const part of parts) {
    const ws = dropNoise(expand(words(part)));
    const k = keys(ws.join(' '));
    const raw = keys(expand(plainWords(part)).join(' '));
    if (!k.length) continue;
    out.push({ text: ws.join(' '), keys: k, raw, part: out.length });
    all.push(...k);
    allRaw.push(...raw);
  }
  if (out.length > 1)
    out.push({ text: out.map((q) => q.text).join(' '), keys: [...new Set(all)], raw: allRaw, part: -1 });
  return out;
}
