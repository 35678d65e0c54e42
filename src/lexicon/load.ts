// Loads and validates lexicons/{fr,en}/requirements.yaml and compiles them into one trie.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, SIGNALS, type Lang } from '../types.js';
import { Trie } from './trie.js';
import { LEXICON_DIR, loadValidated, type YamlDoc } from './yaml.js';
import { fillerList } from '../text/words.js';
import { lazy } from '../util/cache.js';

/** The groups a requirements lexicon may hold, and the values allowed in each. */
export const GROUPS: Record<string, readonly string[] | 'iso'> = {
  kinds: KINDS,
  cues: [
    'required',
    'addressing',
    'other-sense',
    'canadian',
    'open-ended',
    'asset',
    'equivalence',
    'reason',
    'entry-level',
    'entry-level-title',
    'negation',
    'describes',
    'no-experience',
  ],
  headings: ['requirements', 'assets', 'duties', 'offer', 'about', 'apply', 'other'],
  languages: 'iso',
  signals: SIGNALS,
  roles: [
    'requirements',
    'assets',
    'duties',
    'conditions',
    'benefits',
    'about',
    'apply',
    'boilerplate',
    'other',
    'hiring-condition',
  ],
};

export interface Lexicon {
  trie: Trie;
  files: string[];
}

type Row = [group: string, value: string, phrase: string, keys: string[]];

/** Validates one lexicon document into rows; errors name the file and line. */
function validate(doc: YamlDoc, lang: Lang): Row[] {
  const rows: Row[] = [];
  for (const [group, groupNode, groupKey] of doc.entries(doc.root, 'the lexicon')) {
    const allowed = GROUPS[group];
    if (!allowed) doc.fail(groupKey, `unknown group "${group}" (allowed: ${Object.keys(GROUPS).join(', ')})`);
    for (const [value, listNode, valueKey] of doc.entries(groupNode, group)) {
      if (allowed === 'iso' ? !/^[a-z]{2}$/.test(value) : !allowed.includes(value)) {
        doc.fail(
          valueKey,
          `unknown ${group} entry "${value}" (allowed: ${allowed === 'iso' ? 'two-letter ISO 639-1 codes' : allowed.join(', ')})`,
        );
      }
      for (const item of doc.items(listNode, `${group}.${value}`)) {
        const phrase = doc.string(item, `a phrase in ${group}.${value}`);
        const keys = Trie.keys(phrase, lang);
        if (!keys.length) doc.fail(item, `the phrase "${phrase}" holds no word`);
        rows.push([group, value, phrase, keys]);
      }
    }
  }
  return rows;
}

/** Adds one lexicon file (validated, or from the validated cache) to the trie. */
export function addLexiconFile(trie: Trie, file: string, lang: Lang): void {
  // The keys leave out the fillers of lexicons/words.yaml: another list of fillers, other keys.
  const rows = loadValidated(file, `lexicon:${lang}:${fillerList().join(',')}`, (doc) => validate(doc, lang));
  for (const [type, value, phrase, keys] of rows) trie.addKeys(keys, { type, value, lang, phrase });
}

/** The shipped lexicons, compiled once on first use. */
const shipped = lazy('shipped lexicons', () => compile([]));

/** The shipped lexicons, plus `extra` lexicon files (compiled anew). */
export function loadLexicon(extra: { file: string; lang: Lang }[] = []): Lexicon {
  return extra.length ? compile(extra) : shipped();
}

function compile(extra: { file: string; lang: Lang }[]): Lexicon {
  const trie = new Trie();
  const files: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    for (const name of ['requirements.yaml', 'signals.yaml', 'roles.yaml']) {
      const file = join(LEXICON_DIR, lang, name);
      if (existsSync(file)) {
        addLexiconFile(trie, file, lang);
        files.push(file);
      }
    }
  }
  for (const x of extra) {
    addLexiconFile(trie, x.file, x.lang);
    files.push(x.file);
  }
  return { trie, files };
}
