#!/usr/bin/env node
// Benchmark: audit throughput against a read+split floor, and the cold start of a one-posting CLI run.
//
//   npm run bench                       # build, then this script (readable table)
//   node scripts/bench.mjs --json       # the same figures as JSON on stdout
//   node scripts/bench.mjs --count 5000 --runs 30 --no-cold
//   node scripts/bench.mjs --root /tmp/other-checkout   # measure another built tree
//
// Corpus: samples/** (.txt/.md) plus, when it exists, ../shared/corpus/postings/**/*.txt, replicated to at
// least --count postings (default 2000); every copy gets "\n <index>" appended so no two texts are equal.
// Targets are printed next to the figures; nothing here fails on them.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import os from 'node:os';

const TARGET_RATE = 1000; // postings per second, one process
const TARGET_COLD_MS = 150; // median wall time of one `check --format json` on one posting
const COLD_POSTING = 'samples/fr/plongeur-plongeuse.txt';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(option('--root', join(here, '..')));
const count = Math.max(1, Number(option('--count', 2000)));
const warmupCount = Number(option('--warmup', 100));
const runs = Math.max(1, Number(option('--runs', 15)));
const asJson = flag('--json');
const cold = !flag('--no-cold');
const corpusDir = resolve(option('--corpus', join(root, '..', 'shared', 'corpus', 'postings')));

// ---------------------------------------------------------------------------------------------- corpus

function walk(dir, extensions) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, extensions));
    else if (entry.isFile() && extensions.some((e) => entry.name.endsWith(e))) out.push(path);
  }
  return out.sort();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** UTF-8 when valid (a BOM is dropped), else latin1. */
function decode(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const files = walk(join(root, 'samples'), ['.txt', '.md']);
const sharedAvailable = existsSync(corpusDir);
if (sharedAvailable) files.push(...walk(corpusDir, ['.txt']));
if (files.length === 0) fail(`no postings found under ${join(root, 'samples')}`);
const originals = files.map((f) => decode(readFileSync(f)));
const n = Math.max(count, files.length);
const texts = [];
const sources = [];
let bytes = 0;
for (let i = 0; i < n; i++) {
  const text = `${originals[i % files.length]}\n ${i}`;
  texts.push(text);
  sources.push(files[i % files.length]);
  bytes += Buffer.byteLength(text, 'utf8');
}

// ------------------------------------------------------------------------------------------ throughput

const distIndex = join(root, 'dist', 'index.js');
let auditPosting;
try {
  ({ auditPosting } = await import(pathToFileURL(distIndex).href));
} catch (error) {
  fail(
    `cannot load ${distIndex} (run \`npm run build\` or \`npx tsc -p .\` first):\n  ${error instanceof Error ? error.message : error}`,
  );
}
if (typeof auditPosting !== 'function') fail(`${distIndex} does not export auditPosting`);

const options = { date: '2025-01-01' };
let thrown = 0;
let firstError = null;
let findings = 0;
let requirements = 0;
function auditOne(source, text) {
  try {
    const result = auditPosting({ source, text }, options);
    findings += result.findings?.length ?? 0;
    requirements += result.requirements?.length ?? 0;
  } catch (error) {
    thrown++;
    firstError ??= `${shown(source)}: ${error instanceof Error ? error.message : error}`;
  }
}

// Warm-up on texts that differ from the timed ones.
for (let i = 0; i < Math.min(warmupCount, n); i++) auditOne(sources[i], `${originals[i % files.length]}\n w${i}`);
thrown = 0;
firstError = null;
findings = 0;
requirements = 0;

const perPosting = new Float64Array(n);
const busy0 = busyCpuMs();
const own0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < n; i++) {
  const s = performance.now();
  auditOne(sources[i], texts[i]);
  perPosting[i] = performance.now() - s;
}
const auditMs = performance.now() - t0;
const own = process.cpuUsage(own0);
const busy1 = busyCpuMs();
// CPU time that other processes used meanwhile, in cores (Linux only; null elsewhere).
const otherCores =
  busy0 === null || busy1 === null ? null : Math.max(0, (busy1 - busy0 - (own.user + own.system) / 1000) / auditMs);
const rssAfter = process.memoryUsage().rss;

let slowest = 0;
for (let i = 1; i < n; i++) if (perPosting[i] > perPosting[slowest]) slowest = i;
const sortedPer = Array.from(perPosting).sort((a, b) => a - b);

// ------------------------------------------------------------------------------------ floor: read + split

function floorPass(m) {
  let words = 0;
  for (let i = 0; i < m; i++) {
    const text = decode(readFileSync(files[i % files.length]));
    words += text.split(/\s+/).length;
  }
  return words;
}
floorPass(Math.min(warmupCount, n));
const f0 = performance.now();
const words = floorPass(n);
const floorMs = performance.now() - f0;

// ------------------------------------------------------------------------------------------ cold start

function timeSpawn(argv, okCodes) {
  const times = [];
  let failure = null;
  spawnSync(process.execPath, argv, { cwd: root, stdio: 'ignore' }); // not counted: warms the file cache
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const r = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    times.push(performance.now() - s);
    if (r.error || !okCodes.includes(r.status))
      failure ??= r.error?.message ?? `exit ${r.status}: ${(r.stderr ?? '').trim().split('\n')[0]}`;
  }
  times.sort((a, b) => a - b);
  return {
    runs,
    medianMs: round(quantile(times, 0.5)),
    p90Ms: round(quantile(times, 0.9)),
    minMs: round(times[0]),
    failure,
  };
}

let coldStart = null;
let hyperfine = null;
if (cold) {
  const cli = timeSpawn(['bin/jobaudit.js', 'check', '--format', 'json', COLD_POSTING], [0, 1]);
  const node = timeSpawn(['-e', '0'], [0]);
  // The occupation data (NOC 2021 title index) is loaded lazily on the first detection: its own cost, in a fresh process.
  const occupationScript = `const t0 = performance.now(); const m = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/context/occupation.js')).href)});
const t1 = performance.now(); m.detectOccupation('Plongeur(se) - temps partiel', 'laver la vaisselle'); const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstDetectionMs: t2 - t1 }));`;
  const occRuns = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', occupationScript], {
      cwd: root,
      encoding: 'utf8',
    });
    try {
      occRuns.push(JSON.parse(r.stdout));
    } catch {
      /* reported as null below */
    }
  }
  const median = (xs) =>
    xs.length
      ? round(
          quantile(
            [...xs].sort((a, b) => a - b),
            0.5,
          ),
        )
      : null;
  const occupation = {
    importMs: median(occRuns.map((o) => o.importMs)),
    firstDetectionMs: median(occRuns.map((o) => o.firstDetectionMs)),
  };
  coldStart = {
    command: `node bin/jobaudit.js check --format json ${COLD_POSTING}`,
    cli,
    nodeBaseline: node,
    ownMedianMs: round(cli.medianMs - node.medianMs),
    occupation,
  };
  hyperfine = spawnSync('hyperfine', ['--version'], { encoding: 'utf8' }).status === 0;
}

// -------------------------------------------------------------------------------------------- report

const auditRate = n / (auditMs / 1000);
const floorRate = n / (floorMs / 1000);
const report = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? null,
  },
  corpus: {
    files: files.length,
    shared: sharedAvailable ? corpusDir : null,
    postings: n,
    megabytes: round(bytes / 1e6, 2),
    words,
  },
  audit: {
    ms: round(auditMs),
    postingsPerSecond: round(auditRate, 0),
    megabytesPerSecond: round(bytes / 1e6 / (auditMs / 1000), 2),
    perPostingMs: {
      median: round(quantile(sortedPer, 0.5), 3),
      p99: round(quantile(sortedPer, 0.99), 3),
      max: round(sortedPer[n - 1], 3),
      slowest: shown(sources[slowest]),
    },
    findings,
    requirements,
    thrown,
    firstError,
    target: TARGET_RATE,
    meetsTarget: auditRate >= TARGET_RATE,
    otherCores: otherCores === null ? null : round(otherCores, 2),
  },
  floor: {
    ms: round(floorMs),
    postingsPerSecond: round(floorRate, 0),
    megabytesPerSecond: round(bytes / 1e6 / (floorMs / 1000), 2),
  },
  auditOverFloor: round(auditMs / floorMs, 1),
  coldStart: coldStart && {
    ...coldStart,
    target: TARGET_COLD_MS,
    meetsTarget: coldStart.cli.medianMs <= TARGET_COLD_MS,
  },
  memory: { rssAfterRunMB: round(rssAfter / 2 ** 20, 1), maxRssMB: round(process.resourceUsage().maxRSS / 1024, 1) },
};

if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const mark = (ok) => (ok ? 'ok' : 'MISSED');
  const rows = [
    [
      'audit (auditPosting, 1 process)',
      `${fmt(report.audit.postingsPerSecond)} postings/s`,
      `${report.audit.megabytesPerSecond} MB/s`,
      `target ≥ ${fmt(TARGET_RATE)}/s: ${mark(report.audit.meetsTarget)}`,
    ],
    [
      'floor (readFileSync + split words)',
      `${fmt(report.floor.postingsPerSecond)} postings/s`,
      `${report.floor.megabytesPerSecond} MB/s`,
      '',
    ],
    ['audit time / floor time', `${report.auditOverFloor}×`, '', ''],
    [
      'per posting (median / p99 / max)',
      `${report.audit.perPostingMs.median} / ${report.audit.perPostingMs.p99} / ${report.audit.perPostingMs.max} ms`,
      '',
      `slowest: ${report.audit.perPostingMs.slowest}`,
    ],
  ];
  if (coldStart) {
    const c = coldStart.cli;
    rows.push([
      'cold start, CLI on 1 posting',
      `median ${c.medianMs} ms`,
      `p90 ${c.p90Ms} ms`,
      `target ≤ ${TARGET_COLD_MS} ms: ${mark(report.coldStart?.meetsTarget)}`,
    ]);
    rows.push([
      'cold start, `node -e 0`',
      `median ${coldStart.nodeBaseline.medianMs} ms`,
      `p90 ${coldStart.nodeBaseline.p90Ms} ms`,
      `jobaudit's own share ≈ ${coldStart.ownMedianMs} ms`,
    ]);
    rows.push([
      '  of which occupation data (NOC)',
      `import ${coldStart.occupation.importMs} ms`,
      `first detection ${coldStart.occupation.firstDetectionMs} ms`,
      'loaded lazily, in a fresh process',
    ]);
  }
  rows.push(['memory', `RSS after run ${report.memory.rssAfterRunMB} MB`, `peak ${report.memory.maxRssMB} MB`, '']);
  const widths = [0, 1, 2].map((k) => Math.max(...rows.map((r) => r[k].length)));
  const out = [
    `jobaudit bench — ${report.date.slice(0, 10)}, Node ${process.version}, ${report.machine.cpus} CPU(s) ${report.machine.cpu ?? ''}`.trimEnd(),
    `corpus: ${n} postings (${report.corpus.megabytes} MB) from ${files.length} files${sharedAvailable ? ` (samples + ${shown(corpusDir)})` : ' (samples only: shared corpus not found)'}`,
    ...((report.audit.otherCores ?? 0) > 0.25
      ? [
          `note: other processes kept ~${report.audit.otherCores} of ${report.machine.cpus} cores busy during the audit timing; figures may be low`,
        ]
      : []),
    '',
    ...rows.map((r) =>
      `  ${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd(),
    ),
    '',
  ];
  if (thrown) out.push(`WARNING: auditPosting threw on ${thrown} of ${n} postings; first: ${firstError}`, '');
  if (coldStart?.cli.failure) out.push(`WARNING: the CLI run failed: ${coldStart.cli.failure}`, '');
  if (cold) {
    out.push(
      hyperfine
        ? `hyperfine is installed; for a finer cold-start figure: hyperfine -N --warmup 3 'node bin/jobaudit.js check --format json ${COLD_POSTING}'`
        : `(hyperfine, if installed, gives a finer cold-start figure: hyperfine -N --warmup 3 'node bin/jobaudit.js check --format json ${COLD_POSTING}')`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

// ------------------------------------------------------------------------------------------- helpers

/** Busy CPU time of the whole machine in ms, from /proc/stat; null when not available. */
function busyCpuMs() {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return ((total - idle) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
/** A path for display: relative to the project when inside it or beside it, else absolute. */
function shown(path) {
  const r = relative(root, path);
  return r.startsWith('../..') ? path : r;
}
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]; // nearest rank
}
function round(x, digits = 1) {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
function fmt(x) {
  return Math.round(x).toLocaleString('en-US');
}
/** @returns {never} */
function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}
