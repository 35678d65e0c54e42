#!/usr/bin/env node
// Where the cold start of `jobaudit check` goes (dev tool; needs a built dist/).
//
//   node scripts/cold-start.mjs                 # import cost per module + CPU profile of one CLI run
//   node scripts/cold-start.mjs --runs 9 --top 20 --root /tmp/other-checkout
//
// 1. Import cost: each dist module and each bare package it imports is loaded alone with `await import()`
//    in a fresh process; the median over --runs is INCLUSIVE (the module and everything it pulls in).
// 2. CPU profile: one `node --cpu-prof` run of the CLI on one posting, self time grouped by file
//    (dist/…, a package under node_modules, Node's own module loader, GC) and the top functions.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(option('--root', join(here, '..')));
const runs = Number(option('--runs', 7));
const top = Number(option('--top', 15));
const posting = option('--posting', 'samples/fr/plongeur-plongeuse.txt');
const dist = join(root, 'dist');

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name.startsWith('.')
        ? []
        : jsFiles(join(dir, e.name))
      : e.name.endsWith('.js')
        ? [join(dir, e.name)]
        : [],
  );
}
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

// ------------------------------------------------------------------------------------- 1. import cost

const modules = jsFiles(dist);
const packages = new Set();
for (const file of modules) {
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"]([^'".][^'"]*)['"]/g)) {
    if (!m[1].startsWith('node:')) packages.add(m[1]);
  }
}
// Resolve bare specifiers as dist/ sees them, so the child imports exactly that file.
const { createRequire } = await import('node:module');
const requireFromDist = createRequire(join(dist, 'index.js'));
const targets = [
  ...modules.map((f) => ({ name: relative(root, f), url: pathToFileURL(f).href })),
  ...[...packages]
    .map((p) => {
      let url = null;
      try {
        url = typeof import.meta.resolve === 'function' ? pathToFileURL(requireFromDist.resolve(p)).href : null;
      } catch {
        /* ESM-only */
      }
      try {
        url ??= import.meta.resolve(p, pathToFileURL(join(dist, 'index.js')).href);
      } catch {
        /* unresolvable */
      }
      return { name: `package ${p}`, url };
    })
    .filter((t) => t.url),
];

const timeImport = (url) => {
  const code = `const t=performance.now();await import(${JSON.stringify(url)});process.stdout.write(String(performance.now()-t))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim().split('\n').pop()) : NaN;
};
const rows = [];
for (const t of targets) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(timeImport(t.url));
  rows.push({ name: t.name, ms: median(times) });
}
rows.sort((a, b) => (b.ms || 0) - (a.ms || 0));
const line = (r) => console.log(`  ${Number.isNaN(r.ms) ? '  fails' : r.ms.toFixed(1).padStart(7)}  ${r.name}`);
const baseline = rows.find((r) => r.name === join('dist', 'types.js'));
console.log(
  `Import cost, inclusive, median of ${runs} fresh processes (ms)${baseline ? `; an almost empty module (dist/types.js) costs ${baseline.ms.toFixed(1)}` : ''}:`,
);
console.log(' packages:');
rows.filter((r) => r.name.startsWith('package ')).forEach(line);
console.log(` dist modules (top ${top}):`);
rows
  .filter((r) => !r.name.startsWith('package '))
  .slice(0, top)
  .forEach(line);

// ------------------------------------------------------------------------------------- 2. CPU profile

const profDir = mkdtempSync(join(tmpdir(), 'jobaudit-prof-'));
try {
  const argv = [
    '--cpu-prof',
    '--cpu-prof-dir',
    profDir,
    '--cpu-prof-interval',
    '100',
    'bin/jobaudit.js',
    'check',
    '--format',
    'json',
    posting,
  ];
  const t0 = performance.now();
  const run = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = performance.now() - t0;
  if (run.status !== 0 && run.status !== 1) throw new Error(`CLI exited ${run.status}: ${run.stderr}`);
  const profile = JSON.parse(readFileSync(join(profDir, readdirSync(profDir)[0]), 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(); // node id -> µs
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));

  const bucketOf = (frame) => {
    const url = frame.url;
    if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native / V8)';
    if (url.startsWith('node:'))
      return url.startsWith('node:internal/modules') ? 'node: module loader' : 'node: other internals';
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    const nm = path.lastIndexOf('node_modules/');
    if (nm >= 0)
      return `package ${path
        .slice(nm + 13)
        .split('/')
        .slice(0, path.slice(nm + 13).startsWith('@') ? 2 : 1)
        .join('/')}`;
    return relative(root, path);
  };
  const buckets = new Map();
  const fns = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id).callFrame;
    total += us;
    const b = bucketOf(frame);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    const f = `${frame.functionName || '(anonymous)'}  ${b}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    fns.set(f, (fns.get(f) ?? 0) + us);
  }
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${(us / 1000).toFixed(1).padStart(7)} ms  ${k}`);
  };
  console.log(
    `\nCPU profile of one run (wall ${wall.toFixed(0)} ms incl. profiler overhead; ${(total / 1000).toFixed(0)} ms sampled from V8 start):`,
  );
  print('Self time by file / package:', buckets);
  print('Self time by function:', fns);
} finally {
  rmSync(profDir, { recursive: true, force: true });
}
