import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  FINGERPRINT_KEY,
  REPOSITORY_URL,
  RULES_DOC_URL,
  SARIF_SCHEMA_URI,
  sourceUri,
  toSarif as bareToSarif,
} from '../../src/report/index.js';
// The formatters as the package exports them: given the built-in rules' metadata (src/report knows no rule).
import { allRuleHelp, formatSarif, formatters, ruleHelp, rulesMeta, toSarif } from '../../src/engine/index.js';
import { rules } from '../../src/rules/index.js';
import { toolVersion } from '../../src/util/version.js';
import { failed, finding, result } from './make.js';

// The SARIF 2.1.0 JSON schema as shipped by Microsoft's SARIF SDK (npm: @microsoft/sarif-multitool-linux,
// file sarif-2.1.0.json). Its "$schema" names the JSON Schema dialect; the validator follows it.
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const ajv = String(schema.$schema).includes('2020-12')
  ? new Ajv2020({ allErrors: true, strict: false })
  : new Ajv({ allErrors: true, strict: false });
// A CommonJS module whose types declare only `export default`: under NodeNext the default import is the whole
// module, and its `default` is the plugin (module.exports.default === module.exports at run time).
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

const CSI = '\u001b[31m';
const OSC = '\u001b]0;pwned\u0007';
const SOURCE = `offres/été 2024/plongeur: "nuit", 50%${CSI}.txt`;
const FR = `« DES obligatoire » : 100 % des plongeurs, "vraiment"? <b>&</b>, voir l'art. 46\nDeuxième ligne${OSC}\u009b2J\u202e`;
const EN = '“High school diploma”: may screen out 50% of applicants, e.g. <a&b>: "quoted"\r\nsecond line';
const ctx = { cwd: '/repo', platform: 'linux' as const, version: '1.2.3' };

const results = [
  result(SOURCE, [
    finding('warning', 12, 3, {
      ruleId: 'education/secondary-diploma',
      message: FR,
      excerpt: 'DES obligatoire',
      span: { start: { line: 12, column: 3, offset: 113 }, end: { line: 12, column: 18, offset: 128 } },
      suggestions: [{ message: "Acceptez l'expérience équivalente.", replacement: 'DES ou expérience équivalente' }],
    }),
    finding('error', 9, 14, { ruleId: 'pay/undisclosed', message: EN, suggestions: [] }),
    finding('info', 20, 1, {
      ruleId: 'bias/age',
      message: 'Âge',
      suggestions: [{ message: 'Retirez la mention.', replacement: '' }],
    }),
  ]),
  result('clean.txt'),
  result('<stdin>', [finding('warning', 2, 5, { ruleId: 'licence/driver' })]),
  result('https://example.com/emplois/plongeur?id=42&x=é', [finding('warning', 1, 1, { ruleId: 'licence/driver' })]),
  failed(`manquant${CSI}.txt`, 'ENOENT: no such file, open "manquant"'),
];

/** The parts of SARIF rules, results and invocations these tests read (toSarif types them as plain objects). */
interface SarifRule {
  id: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  shortDescription: { text: string };
  helpUri?: string;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: object[];
  fixes?: { artifactChanges: { replacements: object[] }[] }[];
}
interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications?: object[];
}
type Log = ReturnType<typeof toSarif>;
type RawRun = Log['runs'][number];
type Run = Omit<RawRun, 'results' | 'tool' | 'invocations'> & {
  results: SarifResult[];
  tool: { driver: Omit<RawRun['tool']['driver'], 'rules'> & { rules: SarifRule[] } };
  invocations: SarifInvocation[];
};
const run = (log: Log) => log.runs[0] as Run;
const ruleIds = (descriptors: unknown[]) => (descriptors as { id: string }[]).map((r) => r.id);

describe('sarif formatter', () => {
  it('is valid against the SARIF 2.1.0 schema, with read errors, URLs, stdin and hostile text', () => {
    const text = formatSarif(results, ctx);
    const log = JSON.parse(text);
    expectValid(log);
    expectValid(JSON.parse(formatSarif([], ctx)));
    expectValid(JSON.parse(formatSarif([result('a.txt', [finding('info', 1, 1, { ruleId: 'not/a-rule' })])], ctx)));
    // DEL, C1 controls and bidi overrides are escaped in the text; the parsed value is unchanged.
    expect(text).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('\\u009b2J\\u202e');
    expect(log.runs[0].results[1].message.text).toBe(FR);
  });

  it("shows each rule's before/after example in its help when the data has one", () => {
    const driver = run(toSarif([], ctx)).tool.driver;
    for (const h of allRuleHelp()) {
      if (!h.example) continue;
      const help = driver.rules.find((r) => r.id === h.id)!.help;
      expect(help.text).toContain(`Before: ${h.example.before.en}`);
      expect(help.text).toContain(`Après : ${h.example.after.fr}`);
    }
  });

  it('describes one run of jobaudit with every rule and its help', () => {
    const log = toSarif(results, ctx);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run(log).tool.driver;
    expect(driver).toMatchObject({
      name: 'jobaudit',
      version: '1.2.3',
      semanticVersion: '1.2.3',
      informationUri: REPOSITORY_URL,
    });
    expect(toSarif([]).runs[0].tool.driver.version).toBe(toolVersion());
    expect(driver.rules.slice(0, rules.length).map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    const diploma = driver.rules.find((r) => r.id === 'education/secondary-diploma')!;
    const meta = rules.find((r) => r.meta.id === 'education/secondary-diploma')!.meta;
    expect(diploma).toMatchObject({
      name: 'EducationSecondaryDiploma',
      shortDescription: { text: meta.description.en },
      fullDescription: { text: `${meta.description.en}\n\n${meta.description.fr}` },
      helpUri: `${RULES_DOC_URL}#educationsecondary-diploma`,
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['education'] },
    });
    const h = ruleHelp('education/secondary-diploma')!;
    expect(diploma.help.text).toContain(meta.description.fr);
    expect(diploma.help.text).toContain(
      `How to rewrite: ${h.suggestion!.message.en}\n  ${h.suggestion!.replacement.en}`,
    );
    expect(diploma.help.text).toContain(
      `Comment réécrire : ${h.suggestion!.message.fr}\n  ${h.suggestion!.replacement.fr}`,
    );
    expect(h.suggestion!.replacement.en).not.toContain('{item}'); // filled with the rule's default wording
    expect(diploma.help.text).toContain(`- ${h.references[0].title.en}: ${h.references[0].url.en}`);
    expect(diploma.help.text).toContain(`Documentation: ${RULES_DOC_URL}#educationsecondary-diploma`);
    expect(diploma.help.markdown).toContain('**Comment réécrire :**');
    expect(diploma.help.markdown).toContain(`](${h.references[0].url.en})`);
    const pay = driver.rules.find((r) => r.id === 'pay/undisclosed')!;
    expect(pay.defaultConfiguration.level).toBe('note'); // info → note
  });

  it('writes one result per finding with level, region, fix and fingerprint', () => {
    const r = run(toSarif(results, ctx)).results;
    const driver = run(toSarif(results, ctx)).tool.driver;
    expect(r.map((x) => [x.ruleId, x.level])).toEqual([
      ['pay/undisclosed', 'error'],
      ['education/secondary-diploma', 'warning'],
      ['bias/age', 'note'],
      ['licence/driver', 'warning'],
      ['licence/driver', 'warning'],
    ]);
    for (const x of r) expect(driver.rules[x.ruleIndex].id).toBe(x.ruleId);
    const uri = 'offres/%C3%A9t%C3%A9%202024/plongeur%3A%20%22nuit%22,%2050%25%1B%5B31m.txt';
    const region = { startLine: 12, startColumn: 3, endLine: 12, endColumn: 18, charOffset: 113, charLength: 15 };
    expect(r[1]).toEqual({
      ruleId: 'education/secondary-diploma',
      ruleIndex: 0,
      level: 'warning',
      message: { text: FR },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri }, region: { ...region, snippet: { text: 'DES obligatoire' } } },
        },
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: expect.stringMatching(/^[0-9a-f]{32}:1$/) },
      fixes: [
        {
          description: { text: "Acceptez l'expérience équivalente." },
          artifactChanges: [
            {
              artifactLocation: { uri },
              replacements: [{ deletedRegion: region, insertedContent: { text: 'DES ou expérience équivalente' } }],
            },
          ],
        },
      ],
    });
    expect(r[0].fixes).toBeUndefined(); // no suggestion, no fix
    expect(r[2].fixes![0].artifactChanges[0].replacements[0]).not.toHaveProperty('insertedContent'); // "" = delete
    expect(r[3].locations[0].physicalLocation.artifactLocation.uri).toBe('stdin');
    expect(r[4].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'https://example.com/emplois/plongeur?id=42&x=%C3%A9',
    );
  });

  it('turns read errors into tool execution notifications', () => {
    const log = run(toSarif(results, ctx));
    expect(log.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {
              text: `Could not read ${failed(`manquant${CSI}.txt`).source}: ENOENT: no such file, open "manquant"`,
            },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'manquant%1B%5B31m.txt' } } }],
            descriptor: { id: 'read-error', index: 0 },
          },
        ],
      },
    ]);
    expect(log.tool.driver).toHaveProperty('notifications', [expect.objectContaining({ id: 'read-error' })]);
    expect(run(toSarif([result('a.txt')], ctx))).toMatchObject({
      invocations: [{ executionSuccessful: true }],
      results: [],
    });
    expect(run(toSarif([result('a.txt')], ctx)).invocations[0]).not.toHaveProperty('toolExecutionNotifications');
  });

  it('keeps fingerprints across edits that move a finding, and tells apart repeats in one file', () => {
    const fp = (line: number, extra = {}) =>
      run(toSarif([result('a.txt', [finding('warning', line, 1, extra)])], ctx)).results[0].partialFingerprints[
        FINGERPRINT_KEY
      ];
    expect(fp(3)).toBe(fp(40)); // moved down: same alert
    expect(fp(3)).not.toBe(fp(3, { excerpt: 'DEC' })); // other words: another alert
    expect(fp(3)).not.toBe(fp(3, { ruleId: 'licence/driver' }));
    const twice = run(
      toSarif([result('a.txt', [finding('warning', 1, 1), finding('warning', 9, 1)])], ctx),
    ).results.map((x) => x.partialFingerprints[FINGERPRINT_KEY]);
    expect(twice[0].replace(/:1$/, ':2')).toBe(twice[1]);
  });

  it('leaves out suppressed findings unless asked, then marks them suppressed, without renumbering the others', () => {
    const shown = finding('warning', 9, 1);
    const hidden = {
      ...finding('warning', 1, 1),
      suppression: { kind: 'directive' as const, reason: 'Exigé par la loi: permis "classe 3"' },
    };
    const byConfig = {
      ...finding('info', 5, 1, { ruleId: 'bias/age' }),
      suppression: { kind: 'config' as const, reason: null },
    };
    const results = [result('a.txt', [shown], { suppressed: [hidden, byConfig] })];
    const plain = run(toSarif(results, ctx)).results;
    expect(plain).toHaveLength(1);
    expect(plain[0].partialFingerprints[FINGERPRINT_KEY]).toMatch(/:2$/); // the suppressed one at line 1 is :1
    expect(plain[0]).not.toHaveProperty('suppressions');
    const log = toSarif(results, { ...ctx, showSuppressed: true });
    expectValid(log);
    expect(
      run(log).results.map((x) => [x.ruleId, x.locations[0].physicalLocation.region.startLine, x.suppressions]),
    ).toEqual([
      [
        'education/secondary-diploma',
        1,
        [{ kind: 'inSource', status: 'accepted', justification: 'Exigé par la loi: permis "classe 3"' }],
      ],
      ['bias/age', 5, [{ kind: 'external', status: 'accepted' }]],
      ['education/secondary-diploma', 9, undefined],
    ]);
  });

  it('describes a rule it does not know from the finding', () => {
    const r = run(toSarif([result('a.txt', [finding('error', 1, 1, { ruleId: 'custom/thing' })])], ctx));
    const index = r.results[0].ruleIndex;
    expect(index).toBe(rules.length);
    expect(r.tool.driver.rules[index]).toMatchObject({ id: 'custom/thing', defaultConfiguration: { level: 'error' } });
  });

  it('declares UTF-16 columns and the line breaks it counts', () => {
    expect(run(toSarif([], ctx))).toMatchObject({
      columnKind: 'utf16CodeUnits',
      newlineSequences: ['\r\n', '\n', '\r'],
    });
  });

  it("is registered for --format sarif, with the rules' metadata", () => {
    expect(formatters.sarif(results, ctx)).toBe(formatSarif(results, ctx));
    expect(ruleIds(run(toSarif([], ctx)).tool.driver.rules)).toEqual(Object.keys(rulesMeta()));
  });

  it('describes the rules it is given in rulesMeta (src/report knows no rule)', () => {
    const found = [result('a.txt', [finding('warning', 1, 1, { ruleId: 'education/secondary-diploma' })])];
    // Without rulesMeta: only the rules of the findings, by their ids.
    const bare = run(bareToSarif(found, ctx)).tool.driver.rules;
    expect(ruleIds(bare)).toEqual(['education/secondary-diploma']);
    expect(bare[0].shortDescription.text).toBe('Findings of rule education/secondary-diploma.');
    // With one rule's metadata: that rule, with its help, and the finding points at it.
    const meta = { 'education/secondary-diploma': ruleHelp('education/secondary-diploma')! };
    const log = run(bareToSarif(found, { ...ctx, rulesMeta: meta }));
    expect(log.tool.driver.rules).toHaveLength(1);
    expect(log.tool.driver.rules[0].helpUri).toBe(`${RULES_DOC_URL}#educationsecondary-diploma`);
    expect(log.tool.driver.rules[0].help.text).toContain('How to rewrite:');
    expect(log.results[0].ruleIndex).toBe(0);
  });
});

describe('artifact URIs', () => {
  const unix = { cwd: '/repo', platform: 'linux' as const };
  const win = { cwd: 'C:\\repo', platform: 'win32' as const };
  it('are relative to the working directory, with forward slashes and percent-encoding', () => {
    expect(sourceUri('samples/fr/plongeur.txt', unix)).toBe('samples/fr/plongeur.txt');
    expect(sourceUri('./samples//fr/../fr/a b#1?.txt', unix)).toBe('samples/fr/a%20b%231%3F.txt');
    expect(sourceUri('/repo/samples/x.txt', unix)).toBe('samples/x.txt');
    expect(sourceUri('/elsewhere/x y.txt', unix)).toBe('file:///elsewhere/x%20y.txt');
    expect(sourceUri('samples\\fr\\a.txt', win)).toBe('samples/fr/a.txt');
    expect(sourceUri('C:\\repo\\samples\\a.txt', win)).toBe('samples/a.txt');
    expect(sourceUri('D:\\jobs\\é.txt', win)).toBe('file:///D:/jobs/%C3%A9.txt');
    expect(sourceUri('<stdin>', unix)).toBe('stdin');
    expect(sourceUri('http://example.com/a b', unix)).toBe('http://example.com/a%20b');
  });
});

describe('rule help', () => {
  it('links every rule to its section of docs/rules.md', () => {
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const anchors = new Set(
      [...doc.matchAll(/^## (.+)$/gm)].map((m) =>
        m[1]
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      ),
    );
    for (const h of allRuleHelp()) {
      expect(h.url.startsWith(`${RULES_DOC_URL}#`)).toBe(true);
      expect(anchors.has(h.url.slice(h.url.indexOf('#') + 1)), h.id).toBe(true);
      expect(h.suggestion, h.id).not.toBeNull();
      expect(h.references.length, h.id).toBeGreaterThan(0);
      for (const r of h.references) expect(r.url.en).toMatch(/^https?:\/\//);
    }
  });
});

describe('src/report', () => {
  it('imports nothing from src/rules: the rules reach formatters through rulesMeta', () => {
    const dir = new URL('../../src/report/', import.meta.url);
    for (const name of readdirSync(dir)) {
      const text = readFileSync(new URL(name, dir), 'utf8');
      expect(text, name).not.toMatch(/from ['"]\.\.\/rules\/|import\(['"]\.\.\/rules\//);
    }
  });
});
