// Phrase rules as data: the rule files of the `ruleFiles` configuration key (docs/custom-rules.md), one rule per
// file, and the built-in ones of lexicons/rules/phrase-rules.yaml, validated with errors that name the file, the
// line and the key (exit 2 in the CLI).
import { join } from 'node:path';
import type { Node } from 'yaml';
import { ConfigError, formatKeyPath, type KeyPath } from '../config/errors.js';
import { digest } from '../lexicon/digest.js';
import { Trie } from '../lexicon/trie.js';
import { LEXICON_DIR, LexiconError, loadValidated, yamlModule, YamlDoc } from '../lexicon/yaml.js';
import { placeholders } from '../rewrite/template.js';
import type { Lang, Severity } from '../types.js';
import { lazy } from '../util/cache.js';
import { ROLES } from '../text/blocks.js';
import { definedRuleIds } from './engine.js';
import { LANGS } from './data-fields.js';
import type { PhraseRuleData } from './phrase.js';

/** The keys a rule file may hold, in the order docs/custom-rules.md gives them. */
export const PHRASE_RULE_KEYS = [
  'id',
  'severity',
  'phrases',
  'message',
  'suggestion',
  'roles',
  'jurisdictions',
  'since',
  'until',
  'teer',
  'references',
] as const;

/** The parts of a posting a rule can be limited to (`roles`): the roles of its blocks (src/text/blocks.ts). */
export { ROLES };

/** The built-in phrase rules and the wording phrase rules share. */
export const PHRASE_RULES_FILE = join(LEXICON_DIR, 'rules', 'phrase-rules.yaml');
export interface PhraseRulesFile {
  /** The message of a suggestion ({replacement}). */
  suggestion: Record<Lang, string>;
  rules: PhraseRuleData[];
}

const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
/** What a message or a suggestion may quote: the words found, as written in the posting. */
const PLACEHOLDERS: readonly string[] = ['excerpt'];

/** A custom rule id: a namespace and a name, both lower-case words ("acme/native-speaker"). */
const ID = /^[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9][a-z0-9_.-]*)+$/;

/** Reads and validates one rule file; `builtIn` are the ids it may not reuse. Throws ConfigError. */
export function loadRuleFile(file: string, builtIn: readonly string[]): PhraseRuleData {
  return located(file, () =>
    loadValidated(file, `custom-rule:${digest(builtIn.join(','))}`, (doc) =>
      validateRule(new Checker(doc), doc.root, [], builtIn),
    ),
  );
}

/** Reads and validates a file of built-in phrase rules (`suggestion`, `rules`); `builtIn`: the other rules' ids. */
export function loadPhraseRulesFile(file: string, builtIn: readonly string[]): PhraseRulesFile {
  return located(file, () =>
    loadValidated(file, `phrase-rules:${digest(builtIn.join(','))}`, (doc) => validateShipped(doc, builtIn)),
  );
}

/** The shipped lexicons/rules/phrase-rules.yaml, loaded on first use (the family rules are defined by then). */
export const shippedPhraseRules = lazy('rules.phrase.shipped', () =>
  loadPhraseRulesFile(PHRASE_RULES_FILE, definedRuleIds()),
);

/** Runs `load`, turning YAML syntax and read errors into ConfigError (file, line, key). */
function located<T>(file: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    // YAML syntax errors come from YamlDoc, with the file and the line but no key.
    if (error instanceof LexiconError)
      throw new ConfigError(error.file, error.line, null, error.message.replace(`${error.file}:${error.line}: `, ''));
    if (error instanceof ConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new ConfigError(file, null, null, `cannot read the rule file (${code})`);
    throw error;
  }
}

/** Fails with the file, the node's line and the key path. */
class Checker {
  constructor(readonly doc: YamlDoc) {}
  fail(node: Node | null | undefined, path: KeyPath, detail: string): never {
    throw new ConfigError(this.doc.file, this.doc.lineOf(node), formatKeyPath(path) || null, detail);
  }
  /** [key, value node, key node] of a mapping. */
  entries(node: Node | null | undefined, path: KeyPath, what: string): [string, Node | null, Node][] {
    const y = yamlModule();
    if (!y.isMap(node)) this.fail(node, path, `${what} must be a mapping`);
    return node.items.map((pair) => {
      const key = y.isScalar(pair.key)
        ? String(pair.key.value)
        : this.fail(pair.key as Node, path, 'keys must be plain text');
      return [key, (pair.value as Node | null) ?? null, pair.key as Node];
    });
  }
  text(node: Node | null | undefined, path: KeyPath, what: string): string {
    const y = yamlModule();
    if (!y.isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '')
      this.fail(node, path, `${what} must be non-empty text`);
    return node.value;
  }
  list(node: Node | null | undefined, path: KeyPath, what: string): Node[] {
    if (!yamlModule().isSeq(node)) this.fail(node, path, `${what} must be a list`);
    return node.items as Node[];
  }
  /**
   * `{ fr, en }`, both required, with only the `allowed` placeholders; `at`: where a missing language is reported
   * (the key of the mapping, rather than its first entry).
   */
  texts(
    node: Node | null | undefined,
    path: KeyPath,
    what: string,
    at: Node | null | undefined = node,
    allowed: readonly string[] = PLACEHOLDERS,
  ): Record<Lang, string> {
    const out: Partial<Record<Lang, string>> = {};
    for (const [lang, value, key] of this.entries(node, path, what)) {
      if (!(LANGS as readonly string[]).includes(lang))
        this.fail(key, [...path, lang], `unknown language "${lang}" (expected fr and en)`);
      const text = this.text(value ?? key, [...path, lang], `the ${lang} ${what}`);
      const { names, problem } = placeholders(text);
      if (problem) this.fail(value, [...path, lang], `${problem} (write placeholders as {${allowed[0]}})`);
      for (const name of names) {
        if (!allowed.includes(name))
          this.fail(
            value,
            [...path, lang],
            `unknown placeholder {${name}} (allowed: ${allowed.map((p) => `{${p}}`).join(', ')})`,
          );
      }
      out[lang as Lang] = text;
    }
    for (const lang of LANGS)
      if (out[lang] === undefined) this.fail(at, [...path, lang], `missing the ${lang} ${what} (give both fr and en)`);
    return out as Record<Lang, string>;
  }
}

function validateShipped(doc: YamlDoc, builtIn: readonly string[]): PhraseRulesFile {
  const c: Checker = new Checker(doc);
  const f = new Map<string, { value: Node | null; key: Node }>();
  for (const [name, value, key] of c.entries(doc.root, [], 'the phrase rules file')) {
    if (name !== 'suggestion' && name !== 'rules')
      c.fail(key, [name], `unknown key "${name}" (allowed: suggestion, rules)`);
    f.set(name, { value, key });
  }
  for (const name of ['suggestion', 'rules'])
    if (!f.get(name)?.value) c.fail(f.get(name)?.key ?? doc.root, [name], `missing "${name}"`);
  const suggestion = c.texts(f.get('suggestion')!.value, ['suggestion'], 'suggestion', f.get('suggestion')!.key, [
    'replacement',
  ]);
  const rules: PhraseRuleData[] = [];
  const y = yamlModule();
  const list = f.get('rules')!.value;
  // `rules: []` is a list with no rule; the yaml module reads it as a flow sequence.
  const items = y.isSeq(list) ? (list.items as Node[]) : c.list(list, ['rules'], 'rules');
  items.forEach((node, i) => {
    const rule = validateRule(c, node, ['rules', i], builtIn);
    if (rules.some((r) => r.id === rule.id))
      c.fail(node, ['rules', i, 'id'], `"${rule.id}" is the id of an earlier rule of this file`);
    rules.push(rule);
  });
  return { suggestion, rules };
}

/** One rule: the mapping at `node`, at `at` in its file (the root of a rule file, or an entry of `rules`). */
function validateRule(c: Checker, node: Node | null, at: KeyPath, builtIn: readonly string[]): PhraseRuleData {
  const doc = c.doc;
  const y = yamlModule();
  const fields = new Map<string, { value: Node | null; key: Node }>();
  for (const [name, value, key] of c.entries(node, at, at.length ? 'a rule' : 'a rule file')) {
    if (!(PHRASE_RULE_KEYS as readonly string[]).includes(name))
      c.fail(key, [...at, name], `unknown key "${name}" (allowed: ${PHRASE_RULE_KEYS.join(', ')})`);
    fields.set(name, { value, key });
  }
  const need = (name: string): Node => {
    const f = fields.get(name);
    if (!f) c.fail(node, [...at, name], `missing "${name}"`);
    if (!f.value) c.fail(f.key, [...at, name], `"${name}" is empty`);
    return f.value;
  };

  const idNode = need('id');
  const id = c.text(idNode, [...at, 'id'], 'the id');
  if (!id.includes('/'))
    c.fail(
      idNode,
      [...at, 'id'],
      `"${id}" has no slash: a custom rule id is "namespace/name" (e.g. "acme/native-speaker")`,
    );
  if (!ID.test(id))
    c.fail(
      idNode,
      [...at, 'id'],
      `"${id}" is not a rule id: lower-case letters, digits, "-", "_" or ".", in parts joined by "/"`,
    );
  if (builtIn.includes(id))
    c.fail(
      idNode,
      [...at, 'id'],
      `"${id}" is a built-in rule id: choose another namespace (e.g. "acme/${id.split('/').pop()}")`,
    );

  const sevNode = need('severity');
  const severity = c.text(sevNode, [...at, 'severity'], 'the severity');
  if (!(SEVERITIES as readonly string[]).includes(severity))
    c.fail(sevNode, [...at, 'severity'], `"${severity}" is not a severity (allowed: ${SEVERITIES.join(', ')})`);

  const phrasesNode = need('phrases');
  const phrases: PhraseRuleData['phrases'] = [];
  for (const [lang, listNode, key] of c.entries(phrasesNode, [...at, 'phrases'], 'phrases')) {
    if (!(LANGS as readonly string[]).includes(lang))
      c.fail(key, [...at, 'phrases', lang], `unknown language "${lang}" (expected fr, en or both)`);
    c.list(listNode ?? key, [...at, 'phrases', lang], `phrases.${lang}`).forEach((item, i) => {
      const path = [...at, 'phrases', lang, i];
      const value = y.isScalar(item) ? item.value : null;
      if (typeof value !== 'string' || value.trim() === '') c.fail(item, path, 'a phrase must be non-empty text');
      const phrase = value;
      const keys = Trie.keys(phrase, lang as Lang);
      if (!keys.length) c.fail(item, path, `the phrase "${phrase}" holds no word`);
      phrases.push({ lang: lang as Lang, phrase, keys });
    });
  }
  if (!phrases.length) c.fail(phrasesNode, [...at, 'phrases'], 'give at least one phrase (under fr, en or both)');

  const message = c.texts(need('message'), [...at, 'message'], 'message', fields.get('message')!.key);
  const suggestion = fields.has('suggestion')
    ? c.texts(need('suggestion'), [...at, 'suggestion'], 'suggestion', fields.get('suggestion')!.key)
    : null;

  const data: PhraseRuleData = {
    id,
    idLine: doc.lineOf(idNode),
    severity: severity as Severity,
    phrases,
    message,
    suggestion,
    roles: null,
    jurisdictions: null,
    since: null,
    until: null,
    teer: null,
    references: [],
  };

  if (fields.has('roles')) {
    data.roles = c.list(need('roles'), [...at, 'roles'], 'roles').map((n, i) => {
      const role = c.text(n, [...at, 'roles', i], 'a role');
      if (!(ROLES as readonly string[]).includes(role))
        c.fail(n, [...at, 'roles', i], `unknown role "${role}" (allowed: ${ROLES.join(', ')})`);
      return role;
    });
  }
  if (fields.has('jurisdictions')) {
    data.jurisdictions = c.list(need('jurisdictions'), [...at, 'jurisdictions'], 'jurisdictions').map((n, i) => {
      const code = c.text(n, [...at, 'jurisdictions', i], 'a jurisdiction').toUpperCase();
      if (!/^[A-Z]{2}$/.test(code))
        c.fail(n, [...at, 'jurisdictions', i], 'a jurisdiction is a 2-letter code such as QC, ON, BC or CA');
      return code;
    });
  }
  for (const name of ['since', 'until'] as const) {
    if (!fields.has(name)) continue;
    const dateNode = need(name);
    const value = y.isScalar(dateNode) ? String(dateNode.value) : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
      c.fail(dateNode, [...at, name], `${name} must be a date written YYYY-MM-DD`);
    data[name] = value;
  }
  if (fields.has('teer')) {
    data.teer = c.list(need('teer'), [...at, 'teer'], 'teer').map((n, i) => {
      const v = y.isScalar(n) ? n.value : null;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 5)
        c.fail(n, [...at, 'teer', i], 'a TEER level is a whole number from 0 to 5');
      return v as number;
    });
  }
  if (fields.has('references')) {
    data.references = c.list(need('references'), [...at, 'references'], 'references').map((n, i) => {
      const path = [...at, 'references', i];
      const ref = new Map(
        c.entries(n, path, 'a reference').map(([k, v, key]) => {
          if (k !== 'title' && k !== 'url') c.fail(key, [...path, k], `unknown key "${k}" (allowed: title, url)`);
          return [k, v ?? key] as const;
        }),
      );
      if (!ref.has('title') || !ref.has('url')) c.fail(n, path, 'a reference needs a title and a url');
      const titleNode = ref.get('title')!;
      const title = y.isScalar(titleNode) ? c.text(titleNode, [...path, 'title'], 'the title') : null;
      const url = c.text(ref.get('url'), [...path, 'url'], 'the url');
      if (!/^https?:\/\/\S+$/.test(url))
        c.fail(ref.get('url'), [...path, 'url'], 'the url must be an http(s) address without spaces');
      return {
        title: title !== null ? { fr: title, en: title } : c.texts(titleNode, [...path, 'title'], 'title'),
        url,
      };
    });
  }
  return data;
}
