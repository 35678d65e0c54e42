import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigLoader, isIgnored, loadConfig, type IgnoreList } from '../../src/config/index.js';
import { makeTmpDir } from '../fixtures/tmp.js';

const tmp = makeTmpDir('jobaudit-ignore-');
afterAll(() => tmp.remove());

const list = (patterns: string[], base = '/base'): { ignores: IgnoreList[] } => ({
  ignores: [{ file: `${base}/.jobauditignore`, base, patterns }],
});
const ignored = (patterns: string[], path: string, directory = false) =>
  isIgnored(path, list(patterns), { cwd: '/base', directory });

describe('gitignore-style matching', () => {
  it('matches a name anywhere, and "*" and "?" within one path segment', () => {
    expect(ignored(['draft.txt'], 'draft.txt')).toBe(true);
    expect(ignored(['draft.txt'], 'a/b/draft.txt')).toBe(true);
    expect(ignored(['*.md'], 'jobs/plongeur.md')).toBe(true);
    expect(ignored(['*.md'], 'jobs/plongeur.txt')).toBe(false);
    expect(ignored(['job-?.txt'], 'job-1.txt')).toBe(true);
    expect(ignored(['job-?.txt'], 'job-12.txt')).toBe(false);
    expect(ignored(['jobs/*.txt'], 'jobs/sub/a.txt')).toBe(false);
  });

  it('anchors a pattern with a leading "/" or an inner "/" to the base directory', () => {
    expect(ignored(['/draft.txt'], 'draft.txt')).toBe(true);
    expect(ignored(['/draft.txt'], 'a/draft.txt')).toBe(false);
    expect(ignored(['a/draft.txt'], 'x/a/draft.txt')).toBe(false);
  });

  it('"**" spans any number of folders', () => {
    expect(ignored(['archive/**'], 'archive/2023/q1/a.txt')).toBe(true);
    expect(ignored(['**/old/*.txt'], 'x/y/old/a.txt')).toBe(true);
    expect(ignored(['**/old/*.txt'], 'old/a.txt')).toBe(true);
    expect(ignored(['a/**/b.txt'], 'a/b.txt')).toBe(true);
    expect(ignored(['a/**/b.txt'], 'a/x/y/b.txt')).toBe(true);
    expect(ignored(['a/**/b.txt'], 'c/a/x/b.txt')).toBe(false);
  });

  it('a trailing "/" matches directories and everything in them, not files of that name', () => {
    expect(ignored(['drafts/'], 'drafts/a.txt')).toBe(true);
    expect(ignored(['drafts/'], 'x/drafts/y/a.txt')).toBe(true);
    expect(ignored(['drafts/'], 'drafts', true)).toBe(true);
    expect(ignored(['drafts/'], 'drafts')).toBe(false);
  });

  it('"!" re-includes, the last matching pattern wins, and nothing under an ignored folder can come back', () => {
    expect(ignored(['*.txt', '!keep.txt'], 'keep.txt')).toBe(false);
    expect(ignored(['*.txt', '!keep.txt'], 'other.txt')).toBe(true);
    expect(ignored(['!keep.txt', '*.txt'], 'keep.txt')).toBe(true);
    expect(ignored(['archive/*', '!archive/current'], 'archive/current/a.txt')).toBe(false);
    expect(ignored(['archive/*', '!archive/current'], 'archive/old/a.txt')).toBe(true);
    expect(ignored(['archive/', '!archive/current/a.txt'], 'archive/current/a.txt')).toBe(true); // as git does
  });

  it('skips comments and blank lines; "\\#" is a literal "#"', () => {
    expect(ignored(['# a comment', '', '\\#hash.txt'], '#hash.txt')).toBe(true);
    expect(ignored(['# a comment'], '# a comment')).toBe(false);
  });

  it('does not apply to paths outside the base directory', () => {
    expect(isIgnored('/elsewhere/draft.txt', list(['draft.txt']))).toBe(false);
    expect(isIgnored('/base', list(['*']))).toBe(false);
  });

  it('is quick on long paths with many wildcards (no catastrophic backtracking)', () => {
    const path = `${'a'.repeat(3000)}.txt`;
    const start = Date.now();
    expect(ignored(['*a*a*a*a*a*a*a*a*a*a*b'], path)).toBe(false);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});

describe('.jobauditignore and ignorePatterns', () => {
  const root = tmp.mkdir('project');
  tmp.write('project/.jobauditignore', '# drafts are not published\r\ndrafts/\r\n*.bak.txt\r\n!important.bak.txt\r\n');
  tmp.write('project/sub/.jobauditrc.json', JSON.stringify({ ignorePatterns: ['/old/**', '!old/keep.txt'] }));
  tmp.write('project/other/.jobauditignore', 'secret.txt\n');

  it('reads the nearest .jobauditignore, relative to its folder (CRLF lines fine)', async () => {
    const { config } = await loadConfig({ forFile: join(root, 'a.txt') });
    expect(isIgnored(join(root, 'drafts/a.txt'), config)).toBe(true);
    expect(isIgnored(join(root, 'x.bak.txt'), config)).toBe(true);
    expect(isIgnored(join(root, 'important.bak.txt'), config)).toBe(false);
    expect(isIgnored(join(root, 'a.txt'), config)).toBe(false);
  });

  it('the nearest .jobauditignore wins over one higher up', async () => {
    const { config } = await loadConfig({ forFile: join(root, 'other/x.bak.txt') });
    expect(isIgnored(join(root, 'other/secret.txt'), config)).toBe(true);
    expect(isIgnored(join(root, 'other/x.bak.txt'), config)).toBe(false);
  });

  it('applies ignorePatterns relative to the configuration file, with the nearest .jobauditignore too', async () => {
    const loader = new ConfigLoader();
    const { config } = await loader.load(join(root, 'sub/old/a.txt'));
    expect(isIgnored(join(root, 'sub/old/a.txt'), config)).toBe(true);
    expect(isIgnored(join(root, 'sub/old/deep/a.txt'), config)).toBe(true);
    expect(isIgnored(join(root, 'sub/old/keep.txt'), config)).toBe(false);
    expect(isIgnored(join(root, 'sub/new/old/a.txt'), config)).toBe(false); // anchored by the leading "/"
    expect(isIgnored(join(root, 'sub/drafts/a.txt'), config)).toBe(true); // from project/.jobauditignore
    expect(isIgnored('old/a.txt', config, { cwd: join(root, 'sub') })).toBe(true); // relative to cwd
  });

  it('noIgnore reads neither; noConfig still reads .jobauditignore', async () => {
    expect((await loadConfig({ forFile: join(root, 'sub/old/a.txt'), noIgnore: true })).config.ignores).toEqual([]);
    const { config } = await loadConfig({ forFile: join(root, 'sub/old/a.txt'), noConfig: true });
    expect(isIgnored(join(root, 'sub/old/a.txt'), config)).toBe(false);
    expect(isIgnored(join(root, 'sub/drafts/a.txt'), config)).toBe(true);
  });
});
