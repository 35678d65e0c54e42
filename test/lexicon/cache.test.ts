import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadValidated, type YamlDoc } from '../../src/lexicon/yaml.js';

const dir = mkdtempSync(join(tmpdir(), 'jobaudit-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A validation that counts its calls and returns the file's one value. */
function counter() {
  let calls = 0;
  const validate = (doc: YamlDoc) => { calls++; return doc.value(doc.root) as { v: string }; };
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
});
