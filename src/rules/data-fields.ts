// The small validators of the rule data (lexicons/rules/*.yaml): fields of a mapping, texts in both languages,
// phrase lists, named entries, references, severities. Each failure names the file and the line (YamlDoc.fail).
import type { Node } from 'yaml';
import { yamlModule, type YamlDoc } from '../lexicon/yaml.js';
import { placeholders } from '../rewrite/template.js';
import type { Lang, Severity } from '../types.js';
import type { References, Texts } from './data.js';

export const LANGS: readonly Lang[] = ['fr', 'en'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const yaml = yamlModule;

export interface Field {
  value: Node | null;
  key: Node;
}

/** The fields of a mapping; an unknown field fails at its key. Aliases (`*name`) are resolved. */
export function fields(
  doc: YamlDoc,
  node: Node | null | undefined,
  what: string,
  known: readonly string[],
): Map<string, Field> {
  const map = new Map<string, Field>();
  for (const [name, value, key] of doc.entries(node, what)) {
    if (!known.includes(name)) doc.fail(key, `${what}: unknown field "${name}" (expected: ${known.join(', ')})`);
    map.set(name, { value: deref(doc, value), key });
  }
  return map;
}

/** A value may be a YAML alias (`*name`) of a value anchored elsewhere in the file (`&name`). */
export function deref(doc: YamlDoc, node: Node | null): Node | null {
  const y = yaml();
  if (!y.isAlias(node)) return node;
  let found: Node | null = null;
  if (doc.root) {
    y.visit(doc.root, (_key, n) => {
      if (!y.isAlias(n) && (n as { anchor?: string }).anchor === node.source) {
        found = n as Node;
        return y.visit.BREAK;
      }
      return undefined;
    });
  }
  return found ?? doc.fail(node, `unknown alias *${node.source}`);
}

export function need(
  doc: YamlDoc,
  f: Map<string, Field>,
  key: string,
  parent: Node | null | undefined,
  what: string,
): Node {
  const field = f.get(key);
  if (!field) doc.fail(parent, `${what}: missing "${key}"`);
  if (!field.value) doc.fail(field.key, `${what}: "${key}" is empty`);
  return field.value;
}

/** A `{ fr, en }` mapping of non-empty texts; `allowed` placeholders (null: none allowed). */
export function texts(
  doc: YamlDoc,
  node: Node | null | undefined,
  what: string,
  allowed: readonly string[] | null,
): Texts {
  const out: Partial<Texts> = {};
  for (const [lang, value, key] of doc.entries(node, what)) {
    if (!(LANGS as readonly string[]).includes(lang))
      doc.fail(key, `${what}: unknown language "${lang}" (expected fr and en)`);
    const text = doc.string(value ?? key, `${what} (${lang})`);
    const { names, problem } = placeholders(text);
    if (problem) doc.fail(value, `${what} (${lang}): ${problem}`);
    for (const name of names) {
      if (!allowed?.includes(name)) {
        doc.fail(
          value,
          `${what} (${lang}): unknown placeholder {${name}}` +
            (allowed?.length ? ` (allowed here: ${allowed.map((a) => `{${a}}`).join(', ')})` : ' (none allowed here)'),
        );
      }
    }
    out[lang as Lang] = text;
  }
  for (const lang of LANGS) if (out[lang] === undefined) doc.fail(node, `${what}: missing language "${lang}"`);
  return out as Texts;
}

export function phraseLists(doc: YamlDoc, node: Node | null | undefined, what: string): Record<Lang, string[]> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const [lang, value, key] of doc.entries(node, what)) {
    if (!(LANGS as readonly string[]).includes(lang))
      doc.fail(key, `${what}: unknown language "${lang}" (expected fr and en)`);
    out[lang as Lang] = doc
      .items(value ?? key, `${what} (${lang})`)
      .map((n) => doc.string(n, `${what} (${lang}) entry`));
  }
  for (const lang of LANGS) if (out[lang] === undefined) doc.fail(node, `${what}: missing language "${lang}"`);
  return out as Record<Lang, string[]>;
}

export function named(
  doc: YamlDoc,
  field: Field | undefined,
  parent: Node,
  what: string,
  expected: readonly string[],
  each: (name: string, node: Node) => void,
): void {
  if (!field) {
    if (expected.length) doc.fail(parent, `${what}: missing (expected: ${expected.join(', ')})`);
    return;
  }
  const node = field.value ?? field.key;
  const seen = new Set<string>();
  for (const [name, value, key] of doc.entries(node, what)) {
    if (!expected.includes(name))
      doc.fail(key, `${what}: unknown name "${name}" (expected: ${expected.join(', ') || 'none'})`);
    each(name, value ?? key);
    seen.add(name);
  }
  for (const name of expected) if (!seen.has(name)) doc.fail(node, `${what}: missing "${name}"`);
}

export function refList(doc: YamlDoc, node: Node | null | undefined, what: string, refs: References): string[] {
  if (node === undefined || node === null) return [];
  return doc.items(node, what).map((n) => {
    const id = doc.string(n, `${what} entry`);
    if (!(id in refs)) doc.fail(n, `${what}: unknown reference "${id}" (define it in references.yaml)`);
    return id;
  });
}

export function severityOf(doc: YamlDoc, node: Node, what: string): Severity {
  const value = doc.string(node, what);
  if (!(SEVERITIES as readonly string[]).includes(value))
    doc.fail(node, `${what} must be one of ${SEVERITIES.join(', ')}`);
  return value as Severity;
}

export function checkUrl(doc: YamlDoc, node: Node, url: string, id: string): void {
  if (!/^https?:\/\/\S+$/.test(url)) doc.fail(node, `reference "${id}": url must be an http(s) address without spaces`);
}
