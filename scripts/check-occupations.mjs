#!/usr/bin/env node
// Dev script: runs detectOccupation on every posting of the corpus (line 1 is the title) and measures the
// TEER found against the human `teer` guesses of labels-dev.jsonl.
//
//   npm run build && node scripts/check-occupations.mjs          # every posting, then the figures
//   node scripts/check-occupations.mjs --quiet                   # only the figures
//   node scripts/check-occupations.mjs --misses                  # also list TEER disagreements and labelled postings left null
//   node scripts/check-occupations.mjs --threshold 0.6 --corpus ../shared/corpus --module dist/context/occupation.js
//
// The corpus texts are for measuring only: nothing printed here goes into tests or lexicons/occupations/additions.yaml.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDir, flag, importBuilt, opt, readText } from './lib/corpus.mjs';

const corpus = corpusDir();
const threshold = flag('--threshold') ? Number(opt('--threshold')) : undefined;
const quiet = flag('--quiet');
const misses = flag('--misses');

const t0 = performance.now();
const { detectOccupation } = await importBuilt('context/occupation.js');
const tImport = performance.now() - t0;

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : name.endsWith('.txt') ? [p] : [];
    });
}

const labels = new Map();
try {
  for (const line of readFileSync(join(corpus, 'labels-dev.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const l = JSON.parse(line);
    labels.set(l.file, l);
  }
} catch (e) {
  console.error(`no labels: ${e instanceof Error ? e.message : e}`);
}

const files = walk(join(corpus, 'postings'));
if (!files.length) {
  console.error(`no postings under ${join(corpus, 'postings')}`);
  process.exit(2);
}

let assigned = 0;
let firstCall = /** @type {number | null} */ (null);
let total = 0;
const labelled = { all: 0, assigned: 0, agree: 0, within1: 0, nullTeer: 0, nullTeerAgree: 0 };
const byResolution = {};
const disagreements = [];
const unassignedLabelled = [];
for (const file of files) {
  const text = readText(file);
  const title = text.split(/\r?\n/, 1)[0].trim();
  const t = performance.now();
  const r = detectOccupation(title, text, threshold === undefined ? {} : { threshold });
  const ms = performance.now() - t;
  total += ms;
  firstCall ??= ms;
  const rel = relative(corpus, file).split('\\').join('/');
  const label = labels.get(rel);
  const o = r.occupation;
  if (o) {
    assigned++;
    byResolution[r.resolvedBy] = (byResolution[r.resolvedBy] ?? 0) + 1;
  }
  if (label) {
    labelled.all++;
    if (o) {
      labelled.assigned++;
      if (o.teer === label.teer) labelled.agree++;
      else disagreements.push(`${title} → ${o.noc} ${o.title} (TEER ${o.teer}, label ${label.teer}, ${r.confidence})`);
      if (Math.abs(o.teer - label.teer) <= 1) labelled.within1++;
    } else {
      unassignedLabelled.push(
        `${title} (label TEER ${label.teer}; best ${r.candidates?.[0] ? `${r.candidates[0].noc} ${r.candidates[0].score}` : 'none'})`,
      );
      if (r.teer !== undefined) {
        labelled.nullTeer++;
        if (r.teer === label.teer) labelled.nullTeerAgree++;
      }
    }
  }
  if (!quiet) {
    const best = r.candidates?.[0];
    const shown = o
      ? `${o.noc} TEER ${o.teer} ${r.confidence.toFixed(2)} ${r.resolvedBy} | ${o.title}`
      : `null ${r.confidence.toFixed(2)}${r.teer !== undefined ? ` (tied candidates share TEER ${r.teer})` : ''}${best ? ` | best ${best.noc} ${best.score} ${best.title}` : ''}`;
    console.log(`${title.slice(0, 70).padEnd(70)} → ${shown}${label ? `  [label TEER ${label.teer}]` : ''}`);
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
console.log('');
console.log(
  `postings: ${files.length}; occupation found: ${assigned} (${pct(assigned, files.length)}); by ${Object.entries(
    byResolution,
  )
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(
  `labelled: ${labelled.all}; occupation found: ${labelled.assigned} (${pct(labelled.assigned, labelled.all)})`,
);
console.log(
  `TEER equal to the label's among those found: ${labelled.agree}/${labelled.assigned} (${pct(labelled.agree, labelled.assigned)}); within one: ${pct(labelled.within1, labelled.assigned)}`,
);
if (labelled.nullTeer)
  console.log(
    `no group but a TEER shared by the tied candidates: ${labelled.nullTeer}, equal to the label's: ${labelled.nullTeerAgree}`,
  );
console.log(
  `time: import ${tImport.toFixed(1)} ms, first call (data load included) ${(firstCall ?? 0).toFixed(1)} ms, mean ${(total / files.length).toFixed(2)} ms per posting`,
);
if (misses) {
  console.log(`\nTEER disagreements (${disagreements.length}):`);
  for (const d of disagreements) console.log(`  ${d}`);
  console.log(`\nlabelled postings with no occupation (${unassignedLabelled.length}):`);
  for (const d of unassignedLabelled) console.log(`  ${d}`);
}
