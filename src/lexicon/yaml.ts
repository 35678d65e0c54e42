// Reading reviewed YAML data with errors that name the file and the line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

export class LexiconError extends Error {
  constructor(readonly file: string, readonly line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'LexiconError';
  }
}

/** Directory of the shipped lexicons (works from src/ under vitest and from dist/). */
export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** A parsed YAML document whose nodes can report their line, for validation messages. */
export class YamlDoc {
  private readonly lines = new LineCounter();
  readonly root: Node | null;
  constructor(readonly file: string, source: string) {
    const doc = parseDocument(source, { lineCounter: this.lines, prettyErrors: false });
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

  /** Entries of a mapping node as [key, valueNode]; fails when the node is not a mapping. */
  entries(node: Node | null | undefined, what: string): [string, Node | null][] {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping`);
    return node.items.map((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : this.fail(pair.key as Node, `${what}: keys must be plain text`);
      return [key, (pair.value as Node | null) ?? null];
    });
  }

  items(node: Node | null | undefined, what: string): Node[] {
    if (!isSeq(node)) this.fail(node, `${what} must be a list`);
    return node.items as Node[];
  }

  string(node: Node | null | undefined, what: string): string {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') this.fail(node, `${what} must be non-empty text`);
    return node.value;
  }

  /** Plain JS value of a node, for free-form parts. */
  value(node: Node | null | undefined): unknown {
    return node && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : null;
  }
}
