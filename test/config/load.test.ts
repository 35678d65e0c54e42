import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  ConfigLoader,
  defaultConfig,
  effectiveConfig,
  loadConfig,
  readConfigFile,
  starterConfig,
} from '../../src/config/index.js';
import { makeTmpDir } from '../fixtures/tmp.js';

const tmp = makeTmpDir('jobaudit-config-');
afterAll(() => tmp.remove());

/** The ConfigError a load gives. */
async function errorOf(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('no error');
}

describe('discovery', () => {
  // root/.jobauditrc.json        failOn: info
  // root/a/.jobauditrc.yaml      failOn: warning   (a/b has none: a's applies)
  // root/a/b/posting.txt
  // root/c/package.json          no "jobaudit" key: skipped, root's applies
  const root = tmp.mkdir('discovery');
  tmp.write('discovery/.jobauditrc.json', '{ "failOn": "info" }');
  tmp.write('discovery/a/.jobauditrc.yaml', 'failOn: warning\n');
  const posting = tmp.write('discovery/a/b/posting.txt', 'Plongeur');
  tmp.write('discovery/c/package.json', '{ "name": "c" }');
  const inC = tmp.write('discovery/c/posting.txt', 'x');

  it("uses the nearest configuration from the posting's folder upwards", async () => {
    const { config, source } = await loadConfig({ forFile: posting });
    expect(source).toBe(join(root, 'a', '.jobauditrc.yaml'));
    expect(config.failOn).toBe('warning');
  });

  it('does not merge a parent configuration into the nearest one', async () => {
    tmp.write('discovery/d/.jobauditrc.json', '{ "maxWarnings": 3 }');
    const { config } = await loadConfig({ forFile: tmp.write('discovery/d/p.txt', 'x') });
    expect(config.maxWarnings).toBe(3);
    expect(config.failOn).toBe('error'); // the default, not root's "info"
  });

  it('skips a package.json without a "jobaudit" key', async () => {
    const { source, config } = await loadConfig({ forFile: inC });
    expect(source).toBe(join(root, '.jobauditrc.json'));
    expect(config.failOn).toBe('info');
  });

  it('starts from the cwd when there is no posting file (stdin)', async () => {
    expect((await loadConfig({ cwd: join(root, 'a', 'b') })).source).toBe(join(root, 'a', '.jobauditrc.yaml'));
    expect((await loadConfig({ cwd: root })).source).toBe(join(root, '.jobauditrc.json'));
  });

  it('takes a directory given as the posting as the start', async () => {
    expect((await loadConfig({ forFile: join(root, 'a') })).source).toBe(join(root, 'a', '.jobauditrc.yaml'));
  });

  it('resolves a relative posting path from cwd', async () => {
    expect((await loadConfig({ cwd: root, forFile: 'a/b/posting.txt' })).source).toBe(
      join(root, 'a', '.jobauditrc.yaml'),
    );
  });

  it('--config FILE replaces the search', async () => {
    const other = tmp.write('elsewhere/custom.yaml', 'failOn: info\nmaxWarnings: 0\n');
    const { config, source } = await loadConfig({ forFile: posting, file: other });
    expect(source).toBe(other);
    expect(config).toMatchObject({ failOn: 'info', maxWarnings: 0 });
    // relative to cwd
    expect((await loadConfig({ cwd: join(tmp.root, 'elsewhere'), file: 'custom.yaml', forFile: posting })).source).toBe(
      other,
    );
  });

  it('--config with a missing file is an error naming it', async () => {
    const e = await errorOf(loadConfig({ file: join(root, 'nope.json') }));
    expect(e.message).toBe(`${join(root, 'nope.json')}: configuration file not found`);
  });

  it('--no-config gives the defaults', async () => {
    expect(await loadConfig({ forFile: posting, noConfig: true })).toEqual({ config: defaultConfig(), source: null });
  });

  it('prefers .jobauditrc.json, .yaml, .yml, jobaudit.config.js, .mjs, then package.json within a folder', async () => {
    const dir = tmp.mkdir('order');
    const names = [
      '.jobauditrc.json',
      '.jobauditrc.yaml',
      '.jobauditrc.yml',
      'jobaudit.config.js',
      'jobaudit.config.mjs',
      'package.json',
    ];
    const bodies: Record<string, string> = {
      '.jobauditrc.json': '{}',
      '.jobauditrc.yaml': '{}',
      '.jobauditrc.yml': '{}',
      'jobaudit.config.js': 'module.exports = {};',
      'jobaudit.config.mjs': 'export default {};',
      'package.json': '{ "jobaudit": {} }',
    };
    for (const n of names) tmp.write(`order/${n}`, bodies[n]);
    const seen: string[] = [];
    for (const n of names) {
      seen.push((await loadConfig({ cwd: dir })).source!.slice(dir.length + 1));
      (await import('node:fs')).rmSync(join(dir, n));
    }
    expect(seen).toEqual(names);
  });

  it('caches per folder in a ConfigLoader and shares one configuration between postings', async () => {
    const loader = new ConfigLoader();
    const one = await loader.load(posting);
    const two = await loader.load(tmp.write('discovery/a/b/other.txt', 'x'));
    expect(two).toBe(one);
  });
});

describe('file types', () => {
  const settings = { rules: { 'licence/driver': 'off' }, jurisdiction: 'qc', locale: 'fr', maxWarnings: 2 };
  const expected = {
    rules: { 'licence/driver': 'off' },
    jurisdiction: 'QC',
    locale: 'fr',
    maxWarnings: 2,
    failOn: 'error',
    tooManyRequirements: 10,
  };

  it('.jobauditrc.json', async () => {
    const file = tmp.write('types/json/.jobauditrc.json', JSON.stringify(settings));
    expect(await loadConfig({ cwd: join(tmp.root, 'types/json') })).toMatchObject({ source: file, config: expected });
  });

  it('.jobauditrc.yaml and .yml', async () => {
    const yaml = 'rules:\n  licence/driver: off\njurisdiction: qc\nlocale: fr\nmaxWarnings: 2\n';
    for (const ext of ['yaml', 'yml']) {
      const file = tmp.write(`types/${ext}/.jobauditrc.${ext}`, yaml);
      expect(await loadConfig({ cwd: join(tmp.root, 'types', ext) })).toMatchObject({ source: file, config: expected });
    }
  });

  it('jobaudit.config.js (CommonJS, or ESM under "type": "module") and jobaudit.config.mjs', async () => {
    const cjs = tmp.write('types/cjs/jobaudit.config.js', `module.exports = ${JSON.stringify(settings)};`);
    expect(await loadConfig({ cwd: join(tmp.root, 'types/cjs') })).toMatchObject({ source: cjs, config: expected });
    tmp.write('types/esm/package.json', '{ "type": "module" }');
    const esm = tmp.write('types/esm/jobaudit.config.js', `export default ${JSON.stringify(settings)};`);
    expect(await loadConfig({ cwd: join(tmp.root, 'types/esm') })).toMatchObject({ source: esm, config: expected });
    const mjs = tmp.write('types/mjs/jobaudit.config.mjs', `export default ${JSON.stringify(settings)};`);
    expect(await loadConfig({ cwd: join(tmp.root, 'types/mjs') })).toMatchObject({ source: mjs, config: expected });
  });

  it('a "jobaudit" key in package.json', async () => {
    const file = tmp.write('types/pkg/package.json', JSON.stringify({ name: 'x', jobaudit: settings }, null, 2));
    expect(await loadConfig({ cwd: join(tmp.root, 'types/pkg') })).toMatchObject({ source: file, config: expected });
  });

  it('a JavaScript module without a default object is an error', async () => {
    const file = tmp.write('types/bad/jobaudit.config.mjs', 'export const rules = {};');
    expect((await errorOf(loadConfig({ cwd: join(tmp.root, 'types/bad') }))).message).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the module must export an object`),
    );
  });

  it('an empty YAML file, and keys left empty, keep the defaults', async () => {
    expect(await readConfigFile(tmp.write('types/empty/.jobauditrc.yaml', '# nothing yet\n'))).toEqual(defaultConfig());
    expect(
      await readConfigFile(tmp.write('types/empty2/.jobauditrc.yaml', 'rules:\n  # off for now\nallow:\n')),
    ).toEqual(defaultConfig());
  });

  it('jurisdiction "none" means no jurisdiction (null)', async () => {
    expect(
      (await readConfigFile(tmp.write('types/none/.jobauditrc.json', '{"jurisdiction": "none"}'))).jurisdiction,
    ).toBeNull();
  });

  it('the starter configurations load as the defaults', async () => {
    for (const locale of ['fr', 'en'] as const) {
      const yaml = await readConfigFile(tmp.write(`starter/${locale}/.jobauditrc.yaml`, starterConfig('yaml', locale)));
      expect(yaml).toEqual(defaultConfig());
    }
    expect(await readConfigFile(tmp.write('starter/.jobauditrc.json', starterConfig('json', 'fr')))).toEqual(
      defaultConfig(),
    );
    expect(starterConfig('yaml', 'fr')).toMatch(/^# Configuration de jobaudit/);
    expect(starterConfig('yaml', 'en')).toMatch(/^# jobaudit configuration/);
  });
});

describe('validation errors name the file, the line and the key', () => {
  const check = async (name: string, body: string) => errorOf(readConfigFile(tmp.write(`invalid/${name}`, body)));
  const file = (name: string) => join(tmp.root, 'invalid', name);

  it('an unknown key, with a suggestion (JSON)', async () => {
    const e = await check('key.json', '{\n  "rules": {},\n  "failon": "warning"\n}\n');
    expect(e.message).toBe(
      `${file('key.json')}:3: failon: unknown key "failon". Did you mean "failOn"? (allowed: rules, jurisdiction, locale, date, failOn, maxWarnings, tooManyRequirements, lexicons, ruleFiles, allow, ignorePatterns, requireReason, reportUnusedDirectives)`,
    );
    expect(e).toMatchObject({ file: file('key.json'), line: 3, key: 'failon' });
  });

  it('a bad severity (YAML), with a suggestion', async () => {
    const e = await check('sev.yaml', 'rules:\n  licence/driver: warn\n');
    expect(e.message).toBe(
      `${file('sev.yaml')}:2: rules["licence/driver"]: must be one of "off", "info", "warning", "error", not string "warn". Did you mean "warning"?`,
    );
  });

  it('an unknown rule id, with "did you mean" and the valid ids', async () => {
    const e = await check('rule.yaml', 'failOn: error\nrules:\n  language/second-langage: error\n');
    expect(e.line).toBe(3);
    expect(e.key).toBe('rules["language/second-langage"]');
    expect(e.message).toContain('unknown rule id "language/second-langage". Did you mean "language/second-language"?');
    expect(e.message).toContain('(rule ids: ');
    expect(e.message).toContain('licence/driver');
    // a rule named without its family
    expect((await check('bare.json', '{"allow": {"second-language": ["bilingue"]}}')).message).toContain(
      'Did you mean "language/second-language"?',
    );
  });

  it('a bad jurisdiction', async () => {
    const e = await check('jur.json', '{\n  "jurisdiction": "Quebec"\n}');
    expect(e.message).toMatch(
      new RegExp(
        `^${file('jur.json').replace(/[.]/g, '\\.')}:2: jurisdiction: must be one of "QC", "ON", .*"FR", "none" \\(any case\\), not string "Quebec"$`,
      ),
    );
  });

  it('a bad date', async () => {
    expect((await check('date.yaml', 'date: 2025-02-30\n')).message).toBe(
      `${file('date.yaml')}:1: date: must be a real date written "YYYY-MM-DD" (as text), not string "2025-02-30"`,
    );
    expect((await check('date2.json', '{"date": "1 June 2025"}')).key).toBe('date');
  });

  it('bad numbers and booleans', async () => {
    expect((await check('max.yaml', 'maxWarnings: -1\n')).message).toContain(
      'maxWarnings: must be a whole number of at least 0, not number -1',
    );
    expect((await check('too.yaml', 'tooManyRequirements: 0\n')).message).toContain(
      'tooManyRequirements: must be a whole number of at least 1',
    );
    expect((await check('bool.yaml', 'requireReason: "yes"\n')).message).toContain(
      'requireReason: must be true or false, not string "yes"',
    );
  });

  it('YAML syntax errors, with their line', async () => {
    const e = await check('syntax.yaml', 'rules:\n  licence/driver: off\n  bad: [unclosed\n');
    expect(e.message).toMatch(new RegExp(`^${file('syntax.yaml').replace(/[.]/g, '\\.')}:\\d+: invalid YAML: `));
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it('JSON syntax errors, with their line', async () => {
    const e = await check('syntax.json', '{\n  "rules": {},\n  "failOn": "error",\n}\n');
    expect(e.message).toMatch(/syntax\.json:4: invalid JSON: /);
  });

  it('nested keys in package.json are named under "jobaudit"', async () => {
    const e = await check(
      'pkg/package.json',
      '{\n  "name": "x",\n  "jobaudit": {\n    "allow": {\n      "licence/driver": ["ok", 3]\n    }\n  }\n}\n',
    );
    expect(e.message).toBe(
      `${file('pkg/package.json')}:5: jobaudit.allow["licence/driver"][1]: must be non-empty text, not number 3`,
    );
  });

  it('lexicons: a missing file, a bad entry, an invalid lexicon', async () => {
    const missing = await check('lex/missing.yaml', 'lexicons:\n  - file: terms.yaml\n    lang: fr\n');
    expect(missing.message).toBe(
      `${file('lex/missing.yaml')}:2: lexicons[0].file: lexicon file not found: ${file('lex/terms.yaml')}`,
    );
    expect((await check('lex/lang.yaml', 'lexicons:\n  - file: terms.yaml\n    lang: de\n')).message).toContain(
      ':3: lexicons[0].lang: must be one of "fr", "en", not string "de"',
    );
    tmp.write('invalid/lex/broken.yaml', 'kinds:\n  diplome: [DEC]\n');
    const broken = await check('lex/broken-ref.json', '{"lexicons": [{"file": "broken.yaml", "lang": "fr"}]}');
    expect(broken.message).toContain(
      `lexicons[0].file: invalid lexicon: ${file('lex/broken.yaml')}:2: unknown kinds entry "diplome"`,
    );
  });

  it('lexicons: a valid extra file resolves relative to the configuration', async () => {
    tmp.write('valid/lexicons/terms.fr.yaml', 'kinds:\n  driver-licence:\n    - carte de conducteur\n');
    const config = await readConfigFile(
      tmp.write('valid/.jobauditrc.yaml', 'lexicons:\n  - file: lexicons/terms.fr.yaml\n    lang: fr\n'),
    );
    expect(config.lexicons).toEqual([{ file: join(tmp.root, 'valid/lexicons/terms.fr.yaml'), lang: 'fr' }]);
  });

  it('a JavaScript configuration names the file and key (no line)', async () => {
    const e = await check('js/jobaudit.config.mjs', 'export default { locale: "de" };');
    expect(e.message).toBe(`${file('js/jobaudit.config.mjs')}: locale: must be one of "fr", "en", not string "de"`);
  });

  it('a top level that is not a mapping', async () => {
    expect((await check('list.yaml', '- a\n- b\n')).message).toContain('must be a mapping (an object), not a list');
  });
});

describe('effectiveConfig (print-config)', () => {
  it('names the file, its configuration and whether it is ignored', async () => {
    const dir = tmp.mkdir('effective');
    tmp.write('effective/.jobauditrc.json', '{"ignorePatterns": ["old/"], "locale": "en"}');
    const kept = await effectiveConfig(join(dir, 'new/a.txt'));
    expect(kept).toMatchObject({
      file: join(dir, 'new/a.txt'),
      source: join(dir, '.jobauditrc.json'),
      ignored: false,
      config: { locale: 'en' },
    });
    expect((await effectiveConfig('old/a.txt', { cwd: dir })).ignored).toBe(true);
    expect(JSON.parse(JSON.stringify(kept))).toEqual(kept);
  });
});
