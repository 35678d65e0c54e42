// lexicons/title-noise.yaml: the words of a job title that are not the job (see occupation-noise.ts), validated at
// load with errors that name the file and the line. The data is kept as written (folded where it is compiled), so
// the cache holds nothing computed by code.
import { join } from 'node:path';
import type { Node } from 'yaml';
import { LEXICON_DIR, loadValidated, type YamlDoc } from '../lexicon/yaml.js';
import { fold } from '../text/normalize.js';
import { words } from './occupation-text.js';

export interface TitleNoiseData {
  /** Each phrase as written, with its line (a phrase that is a place is reported where it is). */
  phrases: [phrase: string, line: number][];
  /** A word of postings and the words it stands for. */
  abbreviations: [word: string, words: string][];
  exclusions: string[];
  leadingLevels: string[];
  /** Places of jurisdictions.yaml kept in titles (they are words of job titles too), with their lines. */
  placesKept: [place: string, line: number][];
}

const GROUPS = ['phrases', 'abbreviations', 'exclusions', 'leading-levels', 'places-kept'] as const;
/** Bump when the validated form changes. */
const FORMAT = 1;

function validate(doc: YamlDoc): TitleNoiseData {
  const data: TitleNoiseData = { phrases: [], abbreviations: [], exclusions: [], leadingLevels: [], placesKept: [] };
  const seen = new Map<string, number>();
  const key = (node: Node | null, what: string): string => {
    const text = doc.string(node, what);
    const k = words(fold(text)).join(' ');
    if (!k) doc.fail(node, `${what} must hold a word`);
    return k;
  };
  const once = (node: Node | null, k: string, text: string): void => {
    const before = seen.get(k);
    if (before !== undefined) doc.fail(node, `"${text}" is already listed (line ${before})`);
    seen.set(k, doc.lineOf(node));
  };
  const oneWord = (node: Node | null, what: string): string => {
    const k = key(node, what);
    if (k.includes(' ')) doc.fail(node, `${what} must be one word`);
    return k;
  };
  for (const [group, node, groupKey] of doc.entries(doc.root, 'the title-noise lexicon')) {
    if (group === 'phrases') {
      for (const [name, list] of doc.entries(node, group)) {
        for (const item of doc.items(list, `phrases.${name}`)) {
          const text = doc.string(item, `a phrase of phrases.${name}`);
          once(item, key(item, `a phrase of phrases.${name}`), text);
          data.phrases.push([text, doc.lineOf(item)]);
        }
      }
    } else if (group === 'abbreviations') {
      for (const [, value, wordNode] of doc.entries(node, group)) {
        const word = oneWord(wordNode, 'an abbreviation');
        if (data.abbreviations.some(([w]) => w === word)) doc.fail(wordNode, `"${word}" is already listed`);
        key(value, `what "${word}" stands for`);
        data.abbreviations.push([word, doc.string(value, `what "${word}" stands for`)]);
      }
    } else if (group === 'exclusions') {
      for (const item of doc.items(node, group)) {
        key(item, 'an exclusion');
        data.exclusions.push(doc.string(item, 'an exclusion'));
      }
    } else if (group === 'leading-levels') {
      for (const item of doc.items(node, group)) {
        oneWord(item, 'a level');
        data.leadingLevels.push(doc.string(item, 'a level'));
      }
    } else if (group === 'places-kept') {
      for (const item of doc.items(node, group)) {
        key(item, 'a place');
        data.placesKept.push([doc.string(item, 'a place'), doc.lineOf(item)]);
      }
    } else {
      doc.fail(groupKey, `unknown group "${group}" (allowed: ${GROUPS.join(', ')})`);
    }
  }
  return data;
}

/** The title noise of `file` (validated once, then read from the cache of loadValidated), with the file's path. */
export function loadTitleNoise(
  file: string = join(LEXICON_DIR, 'title-noise.yaml'),
): TitleNoiseData & { file: string } {
  return { ...loadValidated(file, `title-noise:${FORMAT}`, validate), file };
}
