// The settings a configuration file may hold, their defaults, and the validation of a parsed file.
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { JURISDICTION_CODES } from '../context/jurisdiction.js';
import { addLexiconFile } from '../lexicon/load.js';
import { Trie } from '../lexicon/trie.js';
import { loadRuleFile } from '../rules/custom.js';
import { rules } from '../rules/index.js';
import type { PhraseRuleData } from '../rules/phrase.js';
import type { Lang, Severity } from '../types.js';
import { ConfigError, Invalid, suggestion, type KeyPath } from './errors.js';
import { lazy } from '../util/cache.js';
import { expandGlob, hasMagic } from './glob.js';

export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;
/** What `rules` sets for a rule: `off`, or the severity every finding of the rule takes. */
export type RuleLevel = (typeof RULE_LEVELS)[number];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
export const LOCALES: readonly Lang[] = ['fr', 'en'];

export interface LexiconFile {
  /** Absolute path (written relative to the configuration file). */
  file: string;
  lang: Lang;
}

/** Gitignore-style patterns and the directory they are relative to. */
export interface IgnoreList {
  /** Where the patterns come from: a .jobauditignore file, or the configuration file (its `ignorePatterns`). */
  file: string;
  /** Directory the patterns are relative to. */
  base: string;
  patterns: string[];
}

/** A configuration with its defaults filled in. Paths are absolute. */
export interface ResolvedConfig {
  rules: Record<string, RuleLevel>;
  /** Absent: inferred from each posting; null: "none", audit without a jurisdiction. */
  jurisdiction?: string | null;
  locale?: Lang;
  date?: string;
  failOn: Severity;
  maxWarnings?: number;
  tooManyRequirements: number;
  lexicons: LexiconFile[];
  /** The rule files found from `ruleFiles` (absolute paths), and their rules (docs/custom-rules.md). */
  ruleFiles: string[];
  customRules: PhraseRuleData[];
  allow: Record<string, string[]>;
  ignorePatterns: string[];
  requireReason: boolean;
  reportUnusedDirectives: boolean;
  /** Every ignore list that applies: the configuration's `ignorePatterns`, then the nearest .jobauditignore. */
  ignores: IgnoreList[];
}

export const DEFAULT_TOO_MANY_REQUIREMENTS = 10;

/** The configuration used when no file is found (or with --no-config). */
export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    failOn: 'error',
    tooManyRequirements: DEFAULT_TOO_MANY_REQUIREMENTS,
    lexicons: [],
    ruleFiles: [],
    customRules: [],
    allow: {},
    ignorePatterns: [],
    requireReason: false,
    reportUnusedDirectives: false,
    ignores: [],
  };
}

/** The keys a configuration may hold, in the order the documentation gives them. */
export const CONFIG_KEYS = [
  'rules',
  'jurisdiction',
  'locale',
  'date',
  'failOn',
  'maxWarnings',
  'tooManyRequirements',
  'lexicons',
  'ruleFiles',
  'allow',
  'ignorePatterns',
  'requireReason',
  'reportUnusedDirectives',
] as const;

const builtInIds = lazy('built-in rule ids', () => rules.map((r) => r.meta.id).sort());
/** The rule ids a configuration or a directive may name: the built-in ones, and those of the configuration's rule files. */
export function ruleIds(config?: Pick<ResolvedConfig, 'customRules'>): string[] {
  const ids = builtInIds();
  return config?.customRules.length ? [...ids, ...config.customRules.map((r) => r.id)].sort() : ids;
}

/** ". Did you mean …?" after a sentence, or nothing. */
const dot = (near: string) => (near ? `.${near}` : '');
const quoteList = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');
const kindOf = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a mapping'
        : `${typeof v} ${JSON.stringify(v)}`;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function mapping(value: unknown, path: KeyPath): Record<string, unknown> {
  if (!isPlainObject(value)) throw new Invalid(path, `must be a mapping (an object), not ${kindOf(value)}`);
  return value;
}

function list(value: unknown, path: KeyPath): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(path, `must be a list, not ${kindOf(value)}`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: KeyPath): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const near = typeof value === 'string' ? suggestion(value, allowed) : '';
  throw new Invalid(path, `must be one of ${quoteList(allowed)}, not ${kindOf(value)}${dot(near)}`);
}

function bool(value: unknown, path: KeyPath): boolean {
  if (typeof value !== 'boolean') throw new Invalid(path, `must be true or false, not ${kindOf(value)}`);
  return value;
}

function integer(value: unknown, min: number, path: KeyPath): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new Invalid(path, `must be a whole number of at least ${min}, not ${kindOf(value)}`);
  }
  return value;
}

function text(value: unknown, path: KeyPath): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Invalid(path, `must be non-empty text, not ${kindOf(value)}`);
  return value;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function ruleId(key: string, path: KeyPath, config: ResolvedConfig): string {
  const known = ruleIds(config);
  if (known.includes(key)) return key;
  throw new Invalid(
    path,
    `unknown rule id ${JSON.stringify(key)}${dot(suggestion(key, known))} (rule ids: ${known.join(', ')})`,
    'key',
  );
}

/**
 * Validates a parsed configuration (plain data from JSON, YAML, JavaScript or package.json) into a ResolvedConfig.
 * `dir` is the configuration file's directory: relative paths are resolved from it. `prefix` is where the
 * configuration sits in the file (["jobaudit"] in package.json), for the key paths in messages.
 * Throws Invalid with the key path of the first problem.
 */
export function validateConfig(raw: unknown, dir: string, file: string, prefix: KeyPath = []): ResolvedConfig {
  const config = defaultConfig();
  if (raw === null || raw === undefined) return config;
  const top = mapping(raw, prefix);
  const at = (...path: KeyPath): KeyPath => [...prefix, ...path];
  // Rule files first: `rules`, `allow` and directives may name their ids, wherever the key is written.
  if (top.ruleFiles !== undefined && top.ruleFiles !== null) {
    config.ruleFiles = ruleFiles(top.ruleFiles, dir, at('ruleFiles'));
    config.customRules = customRules(config.ruleFiles, ruleIds());
  }
  for (const [key, value] of Object.entries(top)) {
    // A key left empty (YAML "rules:" followed only by comments) keeps its default.
    if (value === undefined || (value === null && key !== 'jurisdiction')) continue;
    switch (key) {
      case 'rules':
        for (const [id, level] of Object.entries(mapping(value, at('rules')))) {
          config.rules[ruleId(id, at('rules', id), config)] = oneOf(level, RULE_LEVELS, at('rules', id));
        }
        break;
      case 'jurisdiction': {
        const codes = [...JURISDICTION_CODES, 'none'];
        const code = typeof value === 'string' ? value.trim().toUpperCase() : null;
        if (code === 'NONE') config.jurisdiction = null;
        else if (code !== null && (JURISDICTION_CODES as readonly string[]).includes(code)) config.jurisdiction = code;
        else
          throw new Invalid(
            at('jurisdiction'),
            `must be one of ${quoteList(codes)} (any case), not ${kindOf(value)}${value === null ? ' (write "none" to audit without a jurisdiction)' : ''}`,
          );
        break;
      }
      case 'locale':
        config.locale = oneOf(value, LOCALES, at('locale'));
        break;
      case 'date':
        if (typeof value !== 'string' || !isIsoDate(value)) {
          throw new Invalid(
            at('date'),
            `must be a real date written "YYYY-MM-DD" (as text), not ${value instanceof Date ? 'a date object' : kindOf(value)}`,
          );
        }
        config.date = value;
        break;
      case 'failOn':
        config.failOn = oneOf(value, SEVERITIES, at('failOn'));
        break;
      case 'maxWarnings':
        config.maxWarnings = integer(value, 0, at('maxWarnings'));
        break;
      case 'tooManyRequirements':
        config.tooManyRequirements = integer(value, 1, at('tooManyRequirements'));
        break;
      case 'lexicons':
        config.lexicons = list(value, at('lexicons')).map((item, i) => lexicon(item, dir, at('lexicons', i)));
        break;
      case 'ruleFiles':
        break; // read above
      case 'allow':
        for (const [id, phrases] of Object.entries(mapping(value, at('allow')))) {
          const path = at('allow', id);
          config.allow[ruleId(id, path, config)] = list(phrases, path).map((p, i) => text(p, [...path, i]));
        }
        break;
      case 'ignorePatterns':
        config.ignorePatterns = list(value, at('ignorePatterns')).map((p, i) => text(p, at('ignorePatterns', i)));
        if (config.ignorePatterns.length) config.ignores = [{ file, base: dir, patterns: config.ignorePatterns }];
        break;
      case 'requireReason':
        config.requireReason = bool(value, at('requireReason'));
        break;
      case 'reportUnusedDirectives':
        config.reportUnusedDirectives = bool(value, at('reportUnusedDirectives'));
        break;
      default:
        throw new Invalid(
          at(key),
          `unknown key ${JSON.stringify(key)}${dot(suggestion(key, CONFIG_KEYS))} (allowed: ${CONFIG_KEYS.join(', ')})`,
          'key',
        );
    }
  }
  return config;
}

/** One `lexicons` entry: `{ file, lang }`, the file existing and valid like the shipped lexicons. */
function lexicon(item: unknown, dir: string, path: KeyPath): LexiconFile {
  const entry = mapping(item, path);
  for (const key of Object.keys(entry)) {
    if (key !== 'file' && key !== 'lang')
      throw new Invalid([...path, key], `unknown key ${JSON.stringify(key)} (allowed: file, lang)`, 'key');
  }
  if (!('file' in entry))
    throw new Invalid(path, 'needs a "file" (a lexicon YAML file, relative to the configuration file)');
  if (!('lang' in entry)) throw new Invalid(path, 'needs a "lang" ("fr" or "en")');
  const lang = oneOf(entry.lang, LOCALES, [...path, 'lang']);
  const written = text(entry.file, [...path, 'file']);
  const file = isAbsolute(written) ? written : resolve(dir, written);
  if (!existsSync(file) || !statSync(file).isFile())
    throw new Invalid([...path, 'file'], `lexicon file not found: ${file}`);
  try {
    addLexiconFile(new Trie(), file, lang);
  } catch (error) {
    throw new Invalid([...path, 'file'], `invalid lexicon: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { file, lang };
}

/** The files of `ruleFiles` (paths or globs, relative to the configuration file), each once, in the order given. */
function ruleFiles(value: unknown, dir: string, path: KeyPath): string[] {
  const out: string[] = [];
  list(value, path).forEach((item, i) => {
    const written = text(item, [...path, i]);
    let files: string[];
    if (hasMagic(written)) {
      files = expandGlob(written, dir);
      if (!files.length)
        throw new Invalid([...path, i], `no file matches ${JSON.stringify(written)} (relative to ${dir})`);
    } else {
      const file = isAbsolute(written) ? written : resolve(dir, written);
      if (!existsSync(file) || !statSync(file).isFile())
        throw new Invalid([...path, i], `rule file not found: ${file}`);
      files = [file];
    }
    for (const f of files) if (!out.includes(f)) out.push(f);
  });
  return out;
}

/** The rules of the rule files; a file's own error (ConfigError) names that file, its line and its key. */
function customRules(files: readonly string[], builtIn: readonly string[]): PhraseRuleData[] {
  const out: PhraseRuleData[] = [];
  const from = new Map<string, string>();
  for (const file of files) {
    const rule = loadRuleFile(file, builtIn);
    const other = from.get(rule.id);
    if (other) throw new ConfigError(file, rule.idLine, 'id', `"${rule.id}" is already the id of a rule in ${other}`);
    from.set(rule.id, file);
    out.push(rule);
  }
  return out;
}
