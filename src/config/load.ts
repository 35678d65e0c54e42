// Finding and reading configuration files: .jobauditrc.json, .jobauditrc.yaml/.yml, jobaudit.config.js/.mjs, or a
// "jobaudit" key in package.json, searched from a start directory upwards; the nearest one wins, whole (no merging).
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { YamlDoc } from '../lexicon/yaml.js';
import { ConfigError, formatKeyPath, Invalid, type KeyPath } from './errors.js';
import { IGNORE_FILE, isIgnored, readIgnoreFile } from './ignore.js';
import { defaultConfig, validateConfig, type IgnoreList, type ResolvedConfig } from './schema.js';
import { importModule } from '../util/import.js';
import { isDirectory, isFile } from '../util/fs.js';

/** File names looked for in each directory, in this order; the first one found in the nearest directory wins. */
export const CONFIG_FILES = [
  '.jobauditrc.json',
  '.jobauditrc.yaml',
  '.jobauditrc.yml',
  'jobaudit.config.js',
  'jobaudit.config.mjs',
  'package.json',
] as const;

/** The key read in package.json. */
export const PACKAGE_KEY = 'jobaudit';

export interface LoadConfigOptions {
  /** Where relative paths (`file`, `forFile`) start from, and where the search starts for input with no file (stdin). */
  cwd?: string;
  /** A configuration file to use instead of searching (--config FILE). */
  file?: string;
  /** Use no configuration file (--no-config): defaults only. .jobauditignore files still apply. */
  noConfig?: boolean;
  /** Ignore no posting: skip .jobauditignore files and `ignorePatterns` (--no-ignore). */
  noIgnore?: boolean;
  /** The posting being audited: the search starts in its directory (or in it, if it is a directory). */
  forFile?: string;
}

export interface LoadedConfig {
  config: ResolvedConfig;
  /** The configuration file used, or null (none found, or noConfig). */
  source: string | null;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      file,
      null,
      null,
      code === 'ENOENT'
        ? 'configuration file not found'
        : `cannot read the configuration file (${code ?? String(error)})`,
    );
  }
}

/** The 1-based line of a JSON syntax error, from V8's "(line 3 column 5)" or "at position 42". */
function jsonErrorLine(message: string, text: string): number | null {
  const lineCol = /\(line (\d+) column \d+\)/.exec(message);
  if (lineCol) return Number(lineCol[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/end of (JSON|data)/i.test(message)) return lineAt(text, text.length);
  return null;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(file, jsonErrorLine(message, text), null, `invalid JSON: ${message.split('\n')[0]}`);
  }
}

/** The line of the key path in a YAML (or JSON) document: the key itself for `at: 'key'`, else its value. */
export function lineOfPath(doc: YamlDoc, path: KeyPath, at: 'key' | 'value'): number | null {
  let node = doc.root;
  let line: number | null = null;
  try {
    for (let i = 0; i < path.length; i++) {
      const part = path[i];
      const last = i === path.length - 1;
      if (typeof part === 'number') {
        node = doc.items(node, 'list')[part] ?? null;
        if (!node) break;
        line = doc.lineOf(node);
      } else {
        const entry = doc.entries(node, 'mapping').find(([key]) => key === part);
        if (!entry) break;
        const [, value, key] = entry;
        line = (last && at === 'key') || !value ? doc.lineOf(key) : doc.lineOf(value);
        node = value;
        if (!node) break;
      }
    }
  } catch {
    /* the document and the path disagree: keep the deepest line found */
  }
  return line;
}

function yamlDoc(file: string, text: string): YamlDoc {
  try {
    return new YamlDoc(file, text);
  } catch (error) {
    const e = error as { line?: number; message?: string };
    const detail = (e.message ?? String(error)).replace(`${file}:${e.line}: `, '');
    throw new ConfigError(file, e.line ?? null, null, detail);
  }
}

/** Turns a validation failure into a ConfigError naming the file, the line (when `doc` can give it) and the key. */
function located(error: unknown, file: string, doc: () => YamlDoc | null): never {
  if (!(error instanceof Invalid)) throw error;
  let line: number | null = null;
  try {
    const d = doc();
    if (d) line = lineOfPath(d, error.path, error.at);
  } catch {
    /* no line */
  }
  throw new ConfigError(file, line, formatKeyPath(error.path) || null, error.detail);
}

function validateText(file: string, raw: unknown, text: string, prefix: KeyPath): ResolvedConfig {
  try {
    return validateConfig(raw, dirname(file), file, prefix);
  } catch (error) {
    // JSON is YAML: the yaml module is loaded only now, to find the line of the problem.
    return located(error, file, () => new YamlDoc(file, text));
  }
}

async function readJs(file: string): Promise<ResolvedConfig> {
  if (!isFile(file)) throw new ConfigError(file, null, null, 'configuration file not found');
  let module: { default?: unknown };
  try {
    module = await importModule<{ default?: unknown }>(pathToFileURL(file).href);
  } catch (error) {
    throw new ConfigError(
      file,
      null,
      null,
      `cannot load the configuration module: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const raw = module.default;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(
      file,
      null,
      null,
      'the module must export an object as its default export (export default { rules: { … } })',
    );
  }
  try {
    return validateConfig(raw, dirname(file), file);
  } catch (error) {
    return located(error, file, () => null);
  }
}

/**
 * Reads and validates one configuration file, chosen by its name: package.json (its "jobaudit" key), .json,
 * .js/.mjs/.cjs (the default export), and anything else as YAML (which also reads JSON).
 */
export async function readConfigFile(file: string): Promise<ResolvedConfig> {
  const ext = extname(file).toLowerCase();
  if (ext === '.js' || ext === '.mjs' || ext === '.cjs') return readJs(file);
  const text = readText(file);
  if (basename(file) === 'package.json') {
    const pkg = parseJson(file, text);
    if (typeof pkg !== 'object' || pkg === null || !(PACKAGE_KEY in pkg)) {
      throw new ConfigError(file, null, null, `no "${PACKAGE_KEY}" key in this package.json`);
    }
    return validateText(file, (pkg as Record<string, unknown>)[PACKAGE_KEY], text, [PACKAGE_KEY]);
  }
  if (ext === '.json') return validateText(file, parseJson(file, text), text, []);
  const doc = yamlDoc(file, text);
  try {
    return validateConfig(doc.value(doc.root), dirname(file), file);
  } catch (error) {
    return located(error, file, () => doc);
  }
}

/** Whether this package.json holds a "jobaudit" key (a broken package.json that mentions it is an error). */
function packageHasKey(file: string): boolean {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return false;
  }
  if (!text.includes(`"${PACKAGE_KEY}"`)) return false;
  const pkg = parseJson(file, text);
  return typeof pkg === 'object' && pkg !== null && !Array.isArray(pkg) && PACKAGE_KEY in pkg;
}

/**
 * Finds configurations for postings, caching what it finds per directory and per file, so a run over many
 * postings reads each configuration once. One loader per run: files are not watched for changes.
 */
export class ConfigLoader {
  private readonly cwd: string;
  private readonly configIn = new Map<string, string | null>();
  private readonly ignoreIn = new Map<string, string | null>();
  private readonly parsed = new Map<string, Promise<ResolvedConfig>>();
  private readonly ignoreLists = new Map<string, IgnoreList>();
  private readonly combined = new Map<string, Promise<LoadedConfig>>();

  constructor(private readonly options: Omit<LoadConfigOptions, 'forFile'> = {}) {
    this.cwd = resolve(options.cwd ?? process.cwd());
  }

  /** The nearest configuration file from `dir` upwards, or null. */
  findConfigFile(dir: string): string | null {
    const cached = this.configIn.get(dir);
    if (cached !== undefined) return cached;
    let found: string | null = null;
    for (const name of CONFIG_FILES) {
      const file = resolve(dir, name);
      if (name === 'package.json' ? isFile(file) && packageHasKey(file) : isFile(file)) {
        found = file;
        break;
      }
    }
    const parent = dirname(dir);
    if (!found && parent !== dir) found = this.findConfigFile(parent);
    this.configIn.set(dir, found);
    return found;
  }

  /** The nearest .jobauditignore from `dir` upwards, or null. */
  findIgnoreFile(dir: string): string | null {
    const cached = this.ignoreIn.get(dir);
    if (cached !== undefined) return cached;
    const file = resolve(dir, IGNORE_FILE);
    const parent = dirname(dir);
    const found = isFile(file) ? file : parent !== dir ? this.findIgnoreFile(parent) : null;
    this.ignoreIn.set(dir, found);
    return found;
  }

  /** The directory the search starts from for a posting (its directory), or for no posting (the cwd). */
  startDir(forFile?: string | null): string {
    if (!forFile) return this.cwd;
    const path = resolve(this.cwd, forFile);
    return isDirectory(path) ? path : dirname(path);
  }

  /** The configuration for a posting (or, with no posting, for the cwd). Rejects with a ConfigError. */
  load(forFile?: string | null): Promise<LoadedConfig> {
    const dir = this.startDir(forFile);
    const source = this.options.noConfig
      ? null
      : this.options.file
        ? resolve(this.cwd, this.options.file)
        : this.findConfigFile(dir);
    const ignoreFile = this.options.noIgnore ? null : this.findIgnoreFile(dir);
    const key = `${source ?? ''}\0${ignoreFile ?? ''}`;
    let loaded = this.combined.get(key);
    if (!loaded) {
      loaded = this.combine(source, ignoreFile);
      this.combined.set(key, loaded);
    }
    return loaded;
  }

  private async combine(source: string | null, ignoreFile: string | null): Promise<LoadedConfig> {
    let base = defaultConfig();
    if (source) {
      let parsed = this.parsed.get(source);
      if (!parsed) {
        parsed = readConfigFile(source);
        this.parsed.set(source, parsed);
      }
      base = await parsed;
    }
    const ignores = this.options.noIgnore ? [] : [...base.ignores];
    if (ignoreFile) {
      let list = this.ignoreLists.get(ignoreFile);
      if (!list) {
        list = readIgnoreFile(ignoreFile);
        this.ignoreLists.set(ignoreFile, list);
      }
      ignores.push(list);
    }
    return { config: { ...base, ignores }, source };
  }
}

/** The configuration for one posting (or the cwd): a one-off ConfigLoader. */
export function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  return new ConfigLoader(options).load(options.forFile);
}

/** What `jobaudit print-config FILE` shows: the configuration that applies to FILE, where it comes from, and whether FILE is ignored. */
export interface EffectiveConfig {
  file: string;
  source: string | null;
  ignored: boolean;
  config: ResolvedConfig;
}

export async function effectiveConfig(
  forFile: string,
  options: Omit<LoadConfigOptions, 'forFile'> = {},
): Promise<EffectiveConfig> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const file = resolve(cwd, forFile);
  const { config, source } = await loadConfig({ ...options, cwd, forFile: file });
  return { file, source, ignored: isIgnored(file, config, { cwd, directory: isDirectory(file) }), config };
}
