// Rule files of the `ruleFiles` configuration key (docs/custom-rules.md): one phrase rule per file, validated
// with errors that name the file, the line and the key (exit 2 in the CLI).
import type { Node } from 'yaml';
import { ConfigError, formatKeyPath, type KeyPath } from '../config/errors.js';
import { digest } from '../lexicon/digest.js';
import { keyCode, Trie } from '../lexicon/trie.js';
import { LexiconError, loadValidated, yamlModule, YamlDoc } from '../lexicon/yaml.js';
import { placeholders } from '../rewrite/template.js';
import type { Lang, Severity } from '../types.js';
import { PHRASE_RULE_KEYS, ROLES, type PhraseRuleData } from './phrase.js';

const LANGS: readonly Lang[] = ['fr', 'en'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
/** What a message or a suggestion may quote: the words found, as written in the posting. */
const PLACEHOLDERS: readonly string[] = ['excerpt'];

/** A custom rule id: a namespace and a name, both lower-case words ("acme/native-speaker"). */
const ID = /^[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9][a-z0-9_.-]*)+$/;

/** Reads and validates one rule file; `builtIn` are the ids it may not reuse. Throws ConfigError. */
export function loadRuleFile(file: string, builtIn: readonly string[]): PhraseRuleData {
  const kind = `custom-rule:${digest(keyCode(), String(validate), String(Checker), PLACEHOLDERS.join(), builtIn.join(','))}`;
  try {
    return loadValidated(file, kind, (doc) => validate(doc, builtIn));
  } catch (error) {
    // YAML syntax errors come from YamlDoc, with the file and the line but no key.
    if (error instanceof LexiconError) throw new ConfigError(error.file, error.line, null, error.message.replace(`${error.file}:${error.line}: `, ''));
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
      const key = y.isScalar(pair.key) ? String(pair.key.value) : this.fail(pair.key as Node, path, 'keys must be plain text');
      return [key, (pair.value as Node | null) ?? null, pair.key as Node];
    });
  }
  text(node: Node | null | undefined, path: KeyPath, what: string): string {
    const y = yamlModule();
    if (!y.isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') this.fail(node, path, `${what} must be non-empty text`);
    return node.value;
  }
  list(node: Node | null | undefined, path: KeyPath, what: string): Node[] {
    if (!yamlModule().isSeq(node)) this.fail(node, path, `${what} must be a list`);
    return node.items as Node[];
  }
  /** `{ fr, en }`, both required. */
  /** `at`: where a missing language is reported (the key of the mapping, rather than its first entry). */
  texts(node: Node | null | undefined, path: KeyPath, what: string, at: Node | null | undefined = node): Record<Lang, string> {
    const out: Partial<Record<Lang, string>> = {};
    for (const [lang, value, key] of this.entries(node, path, what)) {
      if (!(LANGS as readonly string[]).includes(lang)) this.fail(key, [...path, lang], `unknown language "${lang}" (expected fr and en)`);
      const text = this.text(value ?? key, [...path, lang], `the ${lang} ${what}`);
      const { names, problem } = placeholders(text);
      if (problem) this.fail(value, [...path, lang], `${problem} (write placeholders as {excerpt})`);
      for (const name of names) {
        if (!PLACEHOLDERS.includes(name)) this.fail(value, [...path, lang], `unknown placeholder {${name}} (allowed: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
      }
      out[lang as Lang] = text;
    }
    for (const lang of LANGS) if (out[lang] === undefined) this.fail(at, [...path, lang], `missing the ${lang} ${what} (give both fr and en)`);
    return out as Record<Lang, string>;
  }
}

function validate(doc: YamlDoc, builtIn: readonly string[]): PhraseRuleData {
  const c: Checker = new Checker(doc);
  const y = yamlModule();
  const fields = new Map<string, { value: Node | null; key: Node }>();
  for (const [name, value, key] of c.entries(doc.root, [], 'a rule file')) {
    if (!(PHRASE_RULE_KEYS as readonly string[]).includes(name)) c.fail(key, [name], `unknown key "${name}" (allowed: ${PHRASE_RULE_KEYS.join(', ')})`);
    fields.set(name, { value, key });
  }
  const need = (name: string): Node => {
    const f = fields.get(name);
    if (!f) c.fail(doc.root, [name], `missing "${name}"`);
    if (!f.value) c.fail(f.key, [name], `"${name}" is empty`);
    return f.value;
  };

  const idNode = need('id');
  const id = c.text(idNode, ['id'], 'the id');
  if (!id.includes('/')) c.fail(idNode, ['id'], `"${id}" has no slash: a custom rule id is "namespace/name" (e.g. "acme/native-speaker")`);
  if (!ID.test(id)) c.fail(idNode, ['id'], `"${id}" is not a rule id: lower-case letters, digits, "-", "_" or ".", in parts joined by "/"`);
  if (builtIn.includes(id)) c.fail(idNode, ['id'], `"${id}" is a built-in rule id: choose another namespace (e.g. "acme/${id.split('/').pop()}")`);

  const sevNode = need('severity');
  const severity = c.text(sevNode, ['severity'], 'the severity');
  if (!(SEVERITIES as readonly string[]).includes(severity)) c.fail(sevNode, ['severity'], `"${severity}" is not a severity (allowed: ${SEVERITIES.join(', ')})`);

  const phrasesNode = need('phrases');
  const phrases: PhraseRuleData['phrases'] = [];
  for (const [lang, listNode, key] of c.entries(phrasesNode, ['phrases'], 'phrases')) {
    if (!(LANGS as readonly string[]).includes(lang)) c.fail(key, ['phrases', lang], `unknown language "${lang}" (expected fr, en or both)`);
    c.list(listNode ?? key, ['phrases', lang], `phrases.${lang}`).forEach((item, i) => {
      const path = ['phrases', lang, i];
      const value = y.isScalar(item) ? item.value : null;
      if (typeof value !== 'string' || value.trim() === '') c.fail(item, path, 'a phrase must be non-empty text');
      const phrase = value;
      const keys = Trie.keys(phrase, lang as Lang);
      if (!keys.length) c.fail(item, path, `the phrase "${phrase}" holds no word`);
      phrases.push({ lang: lang as Lang, phrase, keys });
    });
  }
  if (!phrases.length) c.fail(phrasesNode, ['phrases'], 'give at least one phrase (under fr, en or both)');

  const message = c.texts(need('message'), ['message'], 'message', fields.get('message')!.key);
  const suggestion = fields.has('suggestion') ? c.texts(need('suggestion'), ['suggestion'], 'suggestion', fields.get('suggestion')!.key) : null;

  const data: PhraseRuleData = { id, idLine: doc.lineOf(idNode), severity: severity as Severity, phrases, message, suggestion, roles: null, jurisdictions: null,
    since: null, until: null, teer: null, references: [] };

  if (fields.has('roles')) {
    data.roles = c.list(need('roles'), ['roles'], 'roles').map((n, i) => {
      const role = c.text(n, ['roles', i], 'a role');
      if (!(ROLES as readonly string[]).includes(role)) c.fail(n, ['roles', i], `unknown role "${role}" (allowed: ${ROLES.join(', ')})`);
      return role;
    });
  }
  if (fields.has('jurisdictions')) {
    data.jurisdictions = c.list(need('jurisdictions'), ['jurisdictions'], 'jurisdictions').map((n, i) => {
      const code = c.text(n, ['jurisdictions', i], 'a jurisdiction').toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) c.fail(n, ['jurisdictions', i], 'a jurisdiction is a 2-letter code such as QC, ON, BC or CA');
      return code;
    });
  }
  for (const name of ['since', 'until'] as const) {
    if (!fields.has(name)) continue;
    const node = need(name);
    const value = y.isScalar(node) ? String(node.value) : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) c.fail(node, [name], `${name} must be a date written YYYY-MM-DD`);
    data[name] = value;
  }
  if (fields.has('teer')) {
    data.teer = c.list(need('teer'), ['teer'], 'teer').map((n, i) => {
      const v = y.isScalar(n) ? n.value : null;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 5) c.fail(n, ['teer', i], 'a TEER level is a whole number from 0 to 5');
      return v as number;
    });
  }
  if (fields.has('references')) {
    data.references = c.list(need('references'), ['references'], 'references').map((n, i) => {
      const path = ['references', i];
      const ref = new Map(c.entries(n, path, 'a reference').map(([k, v, key]) => {
        if (k !== 'title' && k !== 'url') c.fail(key, [...path, k], `unknown key "${k}" (allowed: title, url)`);
        return [k, v ?? key] as const;
      }));
      if (!ref.has('title') || !ref.has('url')) c.fail(n, path, 'a reference needs a title and a url');
      const titleNode = ref.get('title')!;
      const title = y.isScalar(titleNode) ? c.text(titleNode, [...path, 'title'], 'the title') : null;
      const url = c.text(ref.get('url'), [...path, 'url'], 'the url');
      if (!/^https?:\/\/\S+$/.test(url)) c.fail(ref.get('url'), [...path, 'url'], 'the url must be an http(s) address without spaces');
      return { title: title !== null ? { fr: title, en: title } : c.texts(titleNode, [...path, 'title'], 'title'), url };
    });
  }
  return data;
}
