import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { codeStamp, loadValidated, treeStamp, type YamlDoc } from '../../src/lexicon/yaml.js';

// The package version, as the cache sees it: a test changes it to stand for a release.
const pkg = vi.hoisted(() => ({ version: '9.9.9-test' }));
vi.mock('../../src/util/version.js', () => ({ toolVersion: () => pkg.version }));

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A validation that counts its calls and returns the file's one value. */
function counter() {
  let calls = 0;
  const validate = (doc: YamlDoc) => {
    calls++;
    return doc.value(doc.root) as { v: string };
  };
  return { validate, calls: () => calls };
}
// A kind of data of this test run only, so that no entry of another run answers.
const kind = `test:${process.pid}:${Date.now()}`;
const hourAgo = () => new Date(Date.now() - 3_600_000);

describe('loadValidated: the validated-data cache', () => {
  it('validates a file once, then reads it from the cache', () => {
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'v: one\n');
    const c = counter();
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'one' });
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'one' });
    expect(c.calls()).toBe(1);
  });

  it('sees a change of a just-written file even when its size and time stay the same', () => {
    const file = join(dir, 'b.yaml');
    const now = new Date();
    writeFileSync(file, 'v: one\n');
    utimesSync(file, now, now);
    const c = counter();
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'one' });
    // Same size, same time (as within one tick of a coarse clock), same inode: only the content tells.
    writeFileSync(file, 'v: two\n');
    utimesSync(file, now, now);
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'two' });
  });

  it('reads an older file that did not change by its size and time alone, and sees it change', () => {
    const file = join(dir, 'c.yaml');
    writeFileSync(file, 'v: old\n');
    utimesSync(file, hourAgo(), hourAgo());
    const c = counter();
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'old' });
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'old' });
    expect(c.calls()).toBe(1);
    writeFileSync(file, 'v: new\n');
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'new' });
    expect(c.calls()).toBe(2);
  });

  it('keeps the kinds of data apart', () => {
    const file = join(dir, 'd.yaml');
    writeFileSync(file, 'v: same\n');
    utimesSync(file, hourAgo(), hourAgo());
    const c = counter();
    loadValidated(file, `${kind}:a`, c.validate);
    loadValidated(file, `${kind}:b`, c.validate);
    expect(c.calls()).toBe(2);
  });

  it('keys entries by content and version, not by the validating code', () => {
    const file = join(dir, 'e.yaml');
    writeFileSync(file, 'v: same\n');
    utimesSync(file, hourAgo(), hourAgo());
    const c = counter();
    expect(loadValidated(file, kind, c.validate)).toEqual({ v: 'same' });
    // Another function for the same kind of data (as after an edit of a validator): the entry still answers.
    const other = counter();
    expect(loadValidated(file, kind, (doc) => ({ ...other.validate(doc), changed: true }))).toEqual({ v: 'same' });
    expect(other.calls()).toBe(0);
  });
});

describe('codeStamp: what the cached data depends on besides the files', () => {
  it('names the package version, so that a new release validates afresh', () => {
    expect(codeStamp().startsWith('9.9.9-test')).toBe(true);
  });

  it('names the state of src/ when run from the TypeScript sources, as here', () => {
    expect(codeStamp()).toMatch(/^9\.9\.9-test:src:[0-9a-f]{16}$/);
  });

  it('treeStamp changes when a file under the directory changes, and only then', () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(tree, 'sub', 'b.ts'), 'export const b = 2;\n');
    utimesSync(join(tree, 'sub', 'b.ts'), hourAgo(), hourAgo());
    const before = treeStamp(tree);
    expect(treeStamp(tree)).toBe(before);
    writeFileSync(join(tree, 'sub', 'b.ts'), 'export const b = 3;\n');
    expect(treeStamp(tree)).not.toBe(before);
  });
});

describe('a new version of the package', () => {
  it('validates again a file the previous version had cached', async () => {
    const file = join(dir, 'f.yaml');
    writeFileSync(file, 'v: kept\n');
    utimesSync(file, hourAgo(), hourAgo());
    const c = counter();
    loadValidated(file, kind, c.validate);
    loadValidated(file, kind, c.validate);
    expect(c.calls()).toBe(1);
    pkg.version = '10.0.0-test';
    vi.resetModules();
    const fresh = await import('../../src/lexicon/yaml.js');
    expect(fresh.codeStamp().startsWith('10.0.0-test:')).toBe(true);
    expect(fresh.loadValidated(file, kind, c.validate)).toEqual({ v: 'kept' });
    expect(c.calls()).toBe(2);
  });
});
