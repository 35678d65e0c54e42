#!/usr/bin/env node
// Dev script: measures inferJurisdiction against the country/region columns of the corpus manifest.
//
//   npx tsc -p . && node scripts/check-jurisdiction.mjs        # accuracy, coverage, confusion, disagreements
//   node scripts/check-jurisdiction.mjs --module path/to/context/jurisdiction.js
//   node scripts/check-jurisdiction.mjs --corpus ../shared/corpus --all   # also list every agreement
//   node scripts/check-jurisdiction.mjs --evidence > ev.txt   # every posting's evidence, to compare two versions
//
// Expected answer: country FR → 'FR'; CA with a region → that province code; CA without a region → 'CA'
// (the source does not say which province: a province answer there is "more specific", not wrong).
// A null answer is "unsure". Precision = right answers / answers; coverage = answers / postings.
// The corpus texts are for measuring only: nothing printed here goes into tests or lexicons.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, flag, importBuilt, oneLine, readText } from './lib/corpus.mjs';

const corpus = corpusDir();
const showAll = flag('--all');
const showEvidence = flag('--evidence');

const { explainJurisdiction, inferJurisdiction } = await importBuilt('context/jurisdiction.js');
// The analysis is made before the clock starts: the CLI makes it once for every stage.
// (Always this checkout's text layer, also with --module.)
const { analyze } = await import(new URL('../dist/text/analyze.js', import.meta.url).href);

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

const [header, ...rows] = readFileSync(join(corpus, 'manifest.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const cols = header.split('\t');
const col = (row, name) => row[cols.indexOf(name)] ?? '';

const PROVINCES = new Set(['QC', 'ON', 'BC', 'AB', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'YT', 'NT', 'NU']);
let postings = 0,
  answered = 0,
  right = 0,
  unsure = 0;
let checkable = 0,
  checkableAnswered = 0,
  checkableRight = 0;
let countryRight = 0;
const confusion = new Map(); // expected → Map(answer → n)
const wrong = [],
  specific = [],
  unsureList = [],
  agreements = [];
const started = performance.now();
let ms = 0;
for (const raw of rows) {
  const row = raw.split('\t');
  const file = col(row, 'file');
  if (!file.startsWith('postings/') || !file.endsWith('.txt')) continue;
  const country = col(row, 'country');
  const region = col(row, 'region');
  const expected = country === 'FR' ? 'FR' : country === 'CA' ? (PROVINCES.has(region) ? region : 'CA') : null;
  if (!expected) continue;
  const text = readText(join(corpus, file));
  const analysis = analyze(text);
  const t0 = performance.now();
  const g = inferJurisdiction(text, analysis);
  ms += performance.now() - t0;
  if (showEvidence) {
    const { scores, evidence } = explainJurisdiction(text, analysis);
    console.log(`${file}\t${g.code ?? 'unsure'}\t${JSON.stringify(scores)}\t${JSON.stringify(evidence)}`);
    continue;
  }
  postings++;
  const got = g.code ?? 'unsure';
  const m = confusion.get(expected) ?? new Map();
  m.set(got, (m.get(got) ?? 0) + 1);
  confusion.set(expected, m);
  const ev = g.evidence ? ` «${oneLine(g.evidence.text, 50)}» @${g.evidence.start} (conf ${g.confidence})` : '';
  if (g.evidence && text.slice(g.evidence.start, g.evidence.end) !== g.evidence.text)
    throw new Error(`${file}: evidence offsets do not match its text`);
  const regionKnown = expected !== 'CA' || country !== 'CA';
  if (regionKnown) checkable++;
  if (g.code === null) {
    unsure++;
    unsureList.push(`${file}  expected ${expected}`);
    continue;
  }
  answered++;
  if (regionKnown) checkableAnswered++;
  const countryOf = (c) => (c === 'FR' ? 'FR' : 'CA');
  if (countryOf(g.code) === countryOf(expected)) countryRight++;
  if (g.code === expected) {
    right++;
    if (regionKnown) checkableRight++;
    agreements.push(`${file}  ${got}${ev}`);
  } else if (expected === 'CA' && PROVINCES.has(g.code)) {
    specific.push(`${file}  source says Canada (no region), answer ${got}${ev}`);
  } else {
    wrong.push(`${file}  expected ${expected}, answer ${got}${ev}`);
  }
}

if (showEvidence) process.exit(0);
console.log(`postings: ${postings}; answered ${answered} (coverage ${pct(answered, postings)}), unsure ${unsure}`);
console.log(`exact agreement when answering: ${right}/${answered} = ${pct(right, answered)}`);
console.log(
  `  where the source names the province (or FR): precision ${checkableRight}/${checkableAnswered} = ${pct(checkableRight, checkableAnswered)}, coverage ${checkableAnswered}/${checkable} = ${pct(checkableAnswered, checkable)}`,
);
console.log(`  right country (CA vs FR) when answering: ${countryRight}/${answered} = ${pct(countryRight, answered)}`);
console.log(`  province given where the source only says Canada: ${specific.length}`);

const answers = [...new Set([...confusion.values()].flatMap((m) => [...m.keys()]))].sort();
console.log(`\nConfusion (rows: expected, columns: answer)`);
console.log(['expected', ...answers].map((s) => s.padStart(7)).join(''));
for (const [exp, m] of [...confusion].sort()) {
  console.log([exp, ...answers.map((a) => String(m.get(a) ?? '.'))].map((s) => s.padStart(7)).join(''));
}
if (wrong.length) console.log(`\nDisagreements (${wrong.length}):\n  ${wrong.join('\n  ')}`);
if (specific.length) console.log(`\nMore specific than the source (${specific.length}):\n  ${specific.join('\n  ')}`);
if (unsureList.length) console.log(`\nUnsure (${unsureList.length}):\n  ${unsureList.join('\n  ')}`);
if (showAll) console.log(`\nAgreements (${agreements.length}):\n  ${agreements.join('\n  ')}`);
console.log(`\n(${ms.toFixed(0)} ms in inferJurisdiction, ${(performance.now() - started).toFixed(0)} ms in all)`);
