// Reading reviewed YAML data with errors that name the file and the line.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Node } from 'yaml';
import { toolVersion } from '../util/version.js';
import { digest } from './digest.js';

// The yaml module costs ~35 ms to load and ~90 ms to parse our data cold: it is loaded only when a data file
// changed since its validated form was cached (see loadValidated), so a normal run never pays for it.
type YamlModule = typeof import('yaml');
let loaded: YamlModule | null = null;
const yaml = (): YamlModule => (loaded ??= createRequire(import.meta.url)('yaml') as YamlModule);
/** The yaml module, loaded on first use (for code that inspects YamlDoc nodes). */
export const yamlModule = yaml;

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'LexiconError';
  }
}

/** Directory of the shipped lexicons (works from src/ under vitest and from dist/). */
export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** A parsed YAML document whose nodes can report their line, for validation messages. */
export class YamlDoc {
  private readonly lines = new (yaml().LineCounter)();
  readonly root: Node | null;
  constructor(
    readonly file: string,
    source: string,
  ) {
    const doc = yaml().parseDocument(source, { lineCounter: this.lines, prettyErrors: false });
    if (doc.errors.length) {
      const e = doc.errors[0];
      const line = e.pos ? this.lines.linePos(e.pos[0]).line : 1;
      throw new LexiconError(file, line, `invalid YAML: ${e.message.split('\n')[0]}`);
    }
    this.root = (doc.contents as Node | null) ?? null;
  }

  static read(file: string): YamlDoc {
    return new YamlDoc(file, readFileSync(file, 'utf8'));
  }

  lineOf(node: Node | null | undefined): number {
    const start = node?.range?.[0];
    return start === undefined ? 1 : this.lines.linePos(start).line;
  }

  fail(node: Node | null | undefined, detail: string): never {
    throw new LexiconError(this.file, this.lineOf(node), detail);
  }

  /** Entries of a mapping node as [key, valueNode, keyNode]; fails when the node is not a mapping. */
  entries(node: Node | null | undefined, what: string): [string, Node | null, Node][] {
    if (!yaml().isMap(node)) this.fail(node, `${what} must be a mapping`);
    return node.items.map((pair) => {
      const key = yaml().isScalar(pair.key)
        ? String(pair.key.value)
        : this.fail(pair.key as Node, `${what}: keys must be plain text`);
      return [key, (pair.value as Node | null) ?? null, pair.key as Node];
    });
  }

  items(node: Node | null | undefined, what: string): Node[] {
    if (!yaml().isSeq(node)) this.fail(node, `${what} must be a list`);
    return node.items as Node[];
  }

  string(node: Node | null | undefined, what: string): string {
    if (!yaml().isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '')
      this.fail(node, `${what} must be non-empty text`);
    return node.value;
  }

  /** Plain JS value of a node, for free-form parts. */
  value(node: Node | null | undefined): unknown {
    return node && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : null;
  }
}

/** Where validated data is cached, next to the built code. */
const CACHE_DIR = fileURLToPath(new URL('../../dist/.data-cache/', import.meta.url));

/** A file modified this recently may change again within the file system's clock tick, its size unchanged. */
const RACY_MS = 3000;

/**
 * What the validated form of a data file depends on besides its content and its kind: the code that validates
 * it. That code is named by the package version, never by its source text: an installed package's code changes
 * only with its version, and the build empties dist/.data-cache before warm-cache refills it, so that a developer's
 * edit to a validator is never answered from an entry of the previous build. Run from the TypeScript sources
 * (tests), the code can change between two runs with no build in between: the stamp then also names the state of
 * every file under src/ (path, size, modification time), which costs one walk of src/ per process.
 */
let stamp: string | undefined;
export function codeStamp(): string {
  if (stamp === undefined) {
    stamp = toolVersion();
    if (import.meta.url.endsWith('.ts')) stamp += `:src:${treeStamp(fileURLToPath(new URL('../', import.meta.url)))}`;
  }
  return stamp;
}

/** A digest of the path, size and modification time of every file under `dir`: it changes when one of them does. */
export function treeStamp(dir: string): string {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  const parts: string[] = [];
  for (const rel of files) {
    const info = statSync(join(dir, rel));
    if (info.isFile()) parts.push(rel, String(info.size), String(info.mtimeMs));
  }
  return digest(...parts);
}

/**
 * Reads a YAML data file through `validate`, which turns it into plain JSON data or fails with file and line.
 * The result is cached under the hash of the file's content, its kind and the code stamp (see codeStamp), so a
 * file is parsed and validated again exactly when it or the package changes, and a cache filled at build time
 * serves every copy of the package. `kind` must name whatever else the result depends on (the specs a rule file
 * is checked against, say). A second entry is keyed by what the file system says of the file (path, size,
 * modification time, inode), so that a file that did not change is neither read nor hashed; it is not written for
 * a file modified in the last few seconds, which could change again without its size or time changing (git's
 * "racy clean" rule). The cache is best effort: a read-only install just parses every time.
 */
export function loadValidated<T>(file: string, kind: string, validate: (doc: YamlDoc) => T): T {
  const info = statSync(file);
  const code = codeStamp();
  const byStat = join(
    CACHE_DIR,
    `s${digest(kind, code, file, String(info.size), String(info.mtimeMs), String(info.ino))}.json`,
  );
  const hit = readCached<T>(byStat);
  if (hit !== undefined) return hit;
  const source = readFileSync(file, 'utf8');
  const byContent = join(CACHE_DIR, `${digest(kind, code, source)}.json`);
  let data = readCached<T>(byContent);
  if (data === undefined) {
    data = validate(new YamlDoc(file, source));
    writeCached(byContent, data);
  }
  if (Date.now() - info.mtimeMs >= RACY_MS) writeCached(byStat, data);
  return data;
}

function readCached<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined; // not cached yet
  }
}

function writeCached(path: string, data: unknown): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, path);
  } catch {
    /* read-only install */
  }
}
