import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARY_BYTES, CP1252_BYTES, makeTmpDir, utf16be, utf16le, type TmpDir } from '../fixtures/tmp.js';
import { assertBuilt, jobaudit, ROOT } from './run.js';

const ESCAPES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const EVIL = '\u001b[31mred\u001b]0;title\u0007';

let tmp: TmpDir;

beforeAll(() => {
  assertBuilt();
  tmp = makeTmpDir();
  tmp.write('good.txt', 'Plongeur/plongeuse\r\nDES requis.\r\n');
  tmp.write(
    'clean.txt',
    'Commis d’épicerie\nSalaire : 18 $ de l’heure\nAucune expérience requise, formation offerte.\n',
  );
  tmp.write('bilingue.txt', 'Préposé à l’entretien\nSalaire : 19 $ de l’heure\nBilinguisme requis.\n');
  tmp.write('latin1.txt', CP1252_BYTES);
  tmp.write('utf16le.txt', utf16le('Serveur\r\nDES requis'));
  tmp.write('utf16be.md', utf16be('Serveuse\nDEP'));
  tmp.write('image.txt', BINARY_BYTES);
  tmp.write('empty.txt', '');
  tmp.write('escapes.txt', `Commis ${EVIL} — temps plein, 18 $/h, aucune expérience requise.`);
  tmp.mkdir('no-postings/deeper');
  tmp.write('no-postings/page.html', '<p>x</p>');
  tmp.write('dir/b.txt', 'B');
  tmp.write('dir/a/z.md', 'Z');
  tmp.write('dir/.git/HEAD.txt', 'hidden');
});

afterAll(() => tmp?.remove());

function json(stdout: string) {
  return JSON.parse(stdout) as {
    version: number;
    tool: { name: string; version: string };
    results: Array<Record<string, unknown> & { source: string; error: { message: string } | null }>;
    summary: Record<string, number>;
  };
}

describe('jobaudit --version / --help', () => {
  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = jobaudit(['--version']);
    expect(r).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints help on stdout with exit 0', () => {
    const r = jobaudit(['check', '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--fail-on');
    expect(r.stdout).toContain('--max-warnings');
  });
});

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no inputs', ['check'], /no input given.*--help/],
    ['unknown format', ['check', '--format', 'xml', 'x.txt'], /xml/],
    ['unknown fail-on', ['check', '--fail-on', 'fatal', 'x.txt'], /fatal/],
    ['bad max-warnings', ['check', '--max-warnings', 'many', 'x.txt'], /whole number/],
    ['negative max-warnings', ['check', '--max-warnings=-1', 'x.txt'], /whole number/],
    ['bad locale', ['check', '--locale', 'de', 'x.txt'], /de/],
    ['bad date', ['check', '--date', '2024-02-30', 'x.txt'], /YYYY-MM-DD/],
    ['bad jurisdiction', ['check', '--jurisdiction', 'Québec!', 'x.txt'], /Expected one of QC, ON, BC.* or none/],
    ['unknown option', ['check', '--frobnicate', 'x.txt'], /frobnicate/],
    ['unknown command', ['chekc', 'x.txt'], /chekc/],
  ];
  for (const [name, args, pattern] of cases) {
    it(name, () => {
      const r = jobaudit(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^jobaudit: [^\n]*\n$/);
      expect(r.stderr).toMatch(pattern);
    });
  }

  it('no command at all is a usage error too', () => {
    const r = jobaudit([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('jobaudit check: inputs', () => {
  it('audits files in every supported encoding, exit 0', () => {
    const names = ['good.txt', 'latin1.txt', 'utf16le.txt', 'utf16be.md', 'empty.txt', 'escapes.txt'];
    const r = jobaudit(['check', '--format', 'json', ...names], { cwd: tmp.root });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = json(r.stdout);
    expect(out.results.map((x) => x.source)).toEqual(names);
    expect(out.results.every((x) => x.error === null)).toBe(true);
    expect(out.summary).toMatchObject({ postings: 6, failed: 0 });
  });

  it('reports unreadable inputs on stderr, still audits the others, and exits 2', () => {
    const r = jobaudit(
      ['check', '--format', 'json', 'missing.txt', 'good.txt', 'no-postings', 'image.txt', 'empty.txt'],
      { cwd: tmp.root },
    );
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      'jobaudit: cannot read missing.txt: no such file or directory',
      'jobaudit: cannot read no-postings: no postings found (looked for .txt, .md, .markdown files)',
      'jobaudit: cannot read image.txt: binary file (contains NUL bytes)',
      '',
    ]);
    const out = json(r.stdout);
    expect(out.results.map((x) => [x.source, x.error === null])).toEqual([
      ['missing.txt', false],
      ['good.txt', true],
      ['no-postings', false],
      ['image.txt', false],
      ['empty.txt', true],
    ]);
    expect(out.results[0]).toEqual({
      source: 'missing.txt',
      language: null,
      title: null,
      occupation: null,
      jurisdiction: null,
      requirements: [],
      pay: null,
      findings: [],
      error: { message: 'no such file or directory' },
    });
    expect(out.summary).toMatchObject({ postings: 5, failed: 3 });
  });

  it('stylish output shows read errors too', () => {
    const r = jobaudit(['check', 'missing.txt', 'good.txt'], { cwd: tmp.root });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('missing.txt\n  error  could not be read: no such file or directory\n');
    expect(r.stdout).toContain('1 posting could not be read');
  });

  it('walks directories in sorted order, sources joined to the path as given', () => {
    const r = jobaudit(['check', '--format', 'json', './dir'], { cwd: tmp.root });
    expect(r.status).toBe(0);
    expect(json(r.stdout).results.map((x) => x.source)).toEqual(['./dir/a/z.md', './dir/b.txt']);
  });

  it('reads stdin with -', () => {
    const r = jobaudit(['check', '--format', 'json', '-'], {
      input: Buffer.from([0x44, 0x45, 0x53, 0x20, 0xe9, 0x92]),
    });
    expect(r.status).toBe(0);
    const out = json(r.stdout);
    expect(out.results.map((x) => x.source)).toEqual(['<stdin>']);
    expect(out.results[0].error).toBeNull();
  });

  it('passes --jurisdiction, --date and --locale through', () => {
    const r = jobaudit(
      ['check', '--format', 'json', '--jurisdiction', 'qc', '--date', '2025-01-31', '--locale', 'en', 'good.txt'],
      { cwd: tmp.root },
    );
    expect(r.status).toBe(0);
    expect(json(r.stdout).results[0].jurisdiction).toBe('QC');
  });

  it('exits 0 on a posting with no findings, even with --fail-on info', () => {
    const r = jobaudit(['check', '--fail-on', 'info', 'clean.txt'], { cwd: tmp.root });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 0 on warnings by default and 1 with --fail-on warning or --max-warnings 0', () => {
    // "DES requis" in a posting with no pay: a warning and an info.
    expect(jobaudit(['check', 'good.txt'], { cwd: tmp.root }).status).toBe(0);
    expect(jobaudit(['check', '--fail-on', 'warning', 'good.txt'], { cwd: tmp.root }).status).toBe(1);
    expect(jobaudit(['check', '--max-warnings', '0', 'good.txt'], { cwd: tmp.root }).status).toBe(1);
    expect(jobaudit(['check', '--max-warnings', '1', 'good.txt'], { cwd: tmp.root }).status).toBe(0);
  });

  it('exits 1 on an error: a second language required without reason in a Québec job', () => {
    expect(jobaudit(['check', 'bilingue.txt'], { cwd: tmp.root }).status).toBe(0);
    const r = jobaudit(['check', '--jurisdiction', 'QC', '--format', 'json', 'bilingue.txt'], { cwd: tmp.root });
    expect(r.status).toBe(1);
    const finding = json(r.stdout).results[0].findings as Array<{ ruleId: string; severity: string }>;
    expect(finding.find((f) => f.ruleId === 'language/second-language')?.severity).toBe('error');
  });

  it('exits 2 when an input cannot be read, even with findings elsewhere', () => {
    expect(jobaudit(['check', '--jurisdiction', 'QC', 'bilingue.txt', 'missing.txt'], { cwd: tmp.root }).status).toBe(
      2,
    );
  });

  it('--quiet hides what is below the failing level', () => {
    const r = jobaudit(['check', '--quiet', '--format', 'json', 'good.txt'], { cwd: tmp.root });
    expect(json(r.stdout).results[0].findings).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('jobaudit check: output', () => {
  it('writes the version 1 JSON contract', () => {
    const r = jobaudit(['check', '--format', 'json', 'good.txt'], { cwd: tmp.root });
    const out = json(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'tool', 'results', 'summary']);
    expect(out.version).toBe(1);
    expect(out.tool.name).toBe('jobaudit');
    expect(Object.keys(out.results[0])).toEqual([
      'source',
      'language',
      'title',
      'occupation',
      'jurisdiction',
      'requirements',
      'pay',
      'findings',
      'error',
    ]);
    expect(Object.keys(out.summary)).toEqual(['postings', 'errors', 'warnings', 'infos', 'failed']);
    const s = out.summary;
    const findings = out.results.flatMap((x) => x.findings as Array<{ severity: string }>);
    expect(s.errors + s.warnings + s.infos).toBe(findings.length);
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    // More output than a pipe holds, so the writes after `head` exits fail with EPIPE.
    const r = spawnSync(
      'bash',
      [
        '-c',
        `node bin/jobaudit.js check --format json samples samples samples | head -c 200 >/dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stdout.trim()).toMatch(/^status=[01]$/);
    expect(r.stderr).toBe('');
  });

  it('prints no terminal escapes taken from a file name or a posting', () => {
    const name = `${EVIL}.txt`;
    for (const format of ['stylish', 'json']) {
      const r = jobaudit(['check', '--format', format, name, 'escapes.txt'], { cwd: tmp.root });
      expect(r.status).toBe(2);
      expect(r.stdout).not.toMatch(ESCAPES);
      expect(r.stderr).not.toMatch(ESCAPES);
      expect(r.stderr).toBe('jobaudit: cannot read red.txt: no such file or directory\n');
      if (format === 'json') expect(json(r.stdout).results[0].source).toBe(name);
      else expect(r.stdout).toContain('red.txt\n');
    }
  });

  it('colours only when asked: FORCE_COLOR or --color, never with NO_COLOR or --no-color', () => {
    const args = ['check', 'good.txt'];
    const opts = (env: Record<string, string>) => ({ cwd: tmp.root, env });
    expect(jobaudit(args, opts({})).stdout).not.toContain('\u001b[');
    expect(jobaudit(args, opts({ FORCE_COLOR: '1' })).stdout).toContain('\u001b[');
    expect(jobaudit(args, opts({ FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect(jobaudit([...args, '--no-color'], opts({ FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect(jobaudit([...args, '--color'], opts({})).stdout).toContain('\u001b[');
    expect(jobaudit(['check', '--format', 'json', 'good.txt'], opts({ FORCE_COLOR: '1' })).stdout).not.toContain(
      '\u001b[',
    );
  });
});

describe('jobaudit rules', () => {
  it('lists rules as text', () => {
    const r = jobaudit(['rules']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\d+ rules?\n$/);
  });

  it('lists rules as JSON with id, severity and both descriptions', () => {
    const r = jobaudit(['rules', '--format', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rules: Array<{ id: string; severity: string; description: { fr: string; en: string } }>;
    };
    expect(Array.isArray(out.rules)).toBe(true);
    const ids = out.rules.map((x) => x.id);
    expect([...ids].sort()).toEqual(ids);
    for (const rule of out.rules) {
      expect(rule.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(typeof rule.description.fr).toBe('string');
      expect(typeof rule.description.en).toBe('string');
    }
  });
});
