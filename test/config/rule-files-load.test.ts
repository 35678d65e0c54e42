// `ruleFiles` in the configuration loader: paths and globs relative to the configuration file, each file once,
// the rules' ids known to `rules` and `allow`, and the glob matcher itself.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/config/load.js';
import { ruleIds } from '../../src/config/schema.js';
import { expandGlob } from '../../src/config/glob.js';
import { makeTmpDir, type TmpDir } from '../fixtures/tmp.js';

const rule = (id: string) => `id: ${id}
severity: info
phrases:
  fr: [langue maternelle]
message:
  en: "This may screen out people."
  fr: "Cela peut écarter des personnes."
`;

let tmp: TmpDir;
beforeAll(() => {
  tmp = makeTmpDir('jobaudit-rulefiles-load-');
  tmp.write('repo/rules/a.yaml', rule('acme/a'));
  tmp.write('repo/rules/b.yml', rule('acme/b'));
  tmp.write('repo/rules/team/c.yaml', rule('acme/c'));
  tmp.write('repo/rules/team/deep/d.yaml', rule('acme/d'));
  tmp.write('repo/rules/.draft.yaml', rule('acme/draft'));
  tmp.write('repo/rules/notes.txt', 'not a rule');
});
afterAll(() => tmp?.remove());

describe('ruleFiles', () => {
  it('resolves paths and globs from the configuration file, each file once, in the order given', async () => {
    const file = tmp.write(
      'repo/.jobauditrc.yaml',
      'ruleFiles:\n  - rules/team/c.yaml\n  - "rules/**/*.yaml"\n  - rules/b.yml\n',
    );
    const config = await readConfigFile(file);
    const root = join(tmp.root, 'repo', 'rules');
    expect(config.ruleFiles).toEqual([
      join(root, 'team/c.yaml'),
      join(root, 'a.yaml'),
      join(root, 'team/deep/d.yaml'),
      join(root, 'b.yml'),
    ]);
    expect(config.customRules.map((r) => r.id)).toEqual(['acme/c', 'acme/a', 'acme/d', 'acme/b']);
    expect(ruleIds(config)).toContain('acme/d');
    expect(ruleIds()).not.toContain('acme/d');
  });

  it('lets `rules` and `allow` name the custom ids, written before or after ruleFiles', async () => {
    const file = tmp.write(
      'repo/sub/.jobauditrc.json',
      JSON.stringify({
        rules: { 'acme/a': 'off' },
        allow: { 'acme/a': ['langue maternelle crie'] },
        ruleFiles: ['../rules/a.yaml'],
      }),
    );
    const config = await readConfigFile(file);
    expect(config.rules).toEqual({ 'acme/a': 'off' });
    expect(config.allow).toEqual({ 'acme/a': ['langue maternelle crie'] });
  });

  it('must be a list of text', async () => {
    const file = tmp.write('repo/bad/.jobauditrc.yaml', 'ruleFiles: rules/a.yaml\n');
    await expect(readConfigFile(file)).rejects.toThrow(/\.jobauditrc\.yaml:1: ruleFiles: must be a list/);
  });
});

describe('expandGlob', () => {
  const root = () => join(tmp.root, 'repo');
  it('* and ? stay within a name; ** crosses folders; dot files only for a dotted pattern', () => {
    const names = (pattern: string) => expandGlob(pattern, root()).map((f) => f.slice(root().length + 1));
    expect(names('rules/*.yaml')).toEqual(['rules/a.yaml']);
    expect(names('rules/?.y*ml')).toEqual(['rules/a.yaml', 'rules/b.yml']);
    expect(names('rules/**/*.yaml')).toEqual(['rules/a.yaml', 'rules/team/c.yaml', 'rules/team/deep/d.yaml']);
    expect(names('rules/.*.yaml')).toEqual(['rules/.draft.yaml']);
    expect(names('**/deep/*')).toEqual(['rules/team/deep/d.yaml']);
    expect(names('nowhere/*.yaml')).toEqual([]);
  });
});
