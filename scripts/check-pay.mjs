#!/usr/bin/env node
// Dev script: measures extractPay against the human labels of the corpus (field req["pay-disclosed"]).
//
//   npx tsc -p . && node scripts/check-pay.mjs              # agreement + every disagreement
//   node scripts/check-pay.mjs --module path/to/extract/pay.js   # another build (it needs node_modules/yaml
//                                                                 # and ../../lexicons next to it)
//   node scripts/check-pay.mjs --unlabelled                  # also print what is found in unlabelled postings
//   node scripts/check-pay.mjs --corpus ../shared/corpus
//   node scripts/check-pay.mjs --time                        # also: CPU time of pay per posting, after its analysis
//
// The corpus texts are for measuring only: nothing printed here goes into tests or lexicons.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDir, flag, importBuilt, oneLine, readText } from './lib/corpus.mjs';

const corpus = corpusDir();
const showUnlabelled = flag('--unlabelled');

const { extractPay } = await importBuilt('extract/pay/index.js');

function describe(text, m) {
  if (m.start === null) return m.vague ? 'vague' : 'nothing';
  const what = m.disclosed ? `${m.min ?? '…'}–${m.max ?? '…'} ${m.currency ?? '?'}/${m.period ?? '?'}` : 'vague';
  return `${what} «${oneLine(text.slice(m.start, m.end), 70)}»`;
}

const labels = readFileSync(join(corpus, 'labels-dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

let agree = 0,
  total = 0,
  spanChecked = 0,
  spanHit = 0;
const confusion = { tp: 0, tn: 0, fp: 0, fn: 0 };
const misses = [];
const spanMisses = [];
const started = performance.now();
for (const label of labels) {
  const expected = label.req?.['pay-disclosed'];
  if (typeof expected !== 'boolean') continue;
  const text = readText(join(corpus, label.file));
  const m = extractPay(text);
  total++;
  if (m.disclosed === expected) agree++;
  confusion[m.disclosed ? (expected ? 'tp' : 'fp') : expected ? 'fn' : 'tn']++;
  if (m.disclosed !== expected) {
    misses.push(
      `${m.disclosed ? 'FP' : 'FN'} ${label.file}\n     label: ${expected}${label.evidence?.['pay-disclosed'] ? ` «${oneLine(label.evidence['pay-disclosed'])}»` : ''}${label.notes ? `  (note: ${oneLine(label.notes, 120)})` : ''}\n     found: ${describe(text, m)}`,
    );
  } else if (expected && m.start !== null) {
    // The span should cover part of the labelled evidence when the evidence is an exact quote.
    const ev = label.evidence?.['pay-disclosed'];
    const at = ev ? text.indexOf(ev) : -1;
    if (at >= 0) {
      spanChecked++;
      let overlap = false;
      for (let k = at; k >= 0 && !overlap; k = text.indexOf(ev, k + 1)) overlap = m.start < k + ev.length && k < m.end;
      if (overlap) spanHit++;
      else spanMisses.push(`${label.file}\n     label: «${oneLine(ev)}»\n     found: ${describe(text, m)}`);
    }
  }
}

const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '–');
console.log(`pay-disclosed agreement: ${agree}/${total} = ${pct(agree, total)}%`);
console.log(
  `  true positives ${confusion.tp}, true negatives ${confusion.tn}, false positives ${confusion.fp}, false negatives ${confusion.fn}`,
);
console.log(`  span overlaps the labelled evidence: ${spanHit}/${spanChecked}`);
if (misses.length) console.log(`\nDisagreements (${misses.length}):\n  ${misses.join('\n  ')}`);
if (spanMisses.length)
  console.log(
    `\nAgreeing, but the span is elsewhere than the evidence (${spanMisses.length}):\n  ${spanMisses.join('\n  ')}`,
  );

if (showUnlabelled) {
  const labelled = new Set(labels.map((l) => l.file));
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
    });
  console.log('\nUnlabelled postings:');
  for (const file of walk(join(corpus, 'postings')).sort()) {
    const rel = relative(corpus, file);
    if (labelled.has(rel)) continue;
    const text = readText(file);
    const m = extractPay(text);
    console.log(`  ${m.disclosed ? 'PAY ' : m.vague ? 'VAG ' : '--- '} ${rel}: ${describe(text, m)}`);
  }
}
console.log(`\n(${(performance.now() - started).toFixed(0)} ms)`);

if (flag('--time')) {
  // Pay runs right after the posting's analysis, as in the CLI; the analysis is not counted (CPU time, so that
  // other processes on the machine count less).
  const { analyze } = await importBuilt('text/analyze.js');
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
    });
  const texts = walk(join(corpus, 'postings')).map((file) => readText(file));
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const rounds = { analysis: [], 'analysis and pay': [] };
  for (let r = 0; r < 12; r++) {
    for (const k of r % 2 ? ['analysis', 'analysis and pay'] : ['analysis and pay', 'analysis']) {
      const c0 = cpu();
      for (const t of texts) {
        const a = analyze(t);
        if (k !== 'analysis') extractPay(a);
      }
      if (r >= 2) rounds[k].push((cpu() - c0) / texts.length);
    }
  }
  const median = (x) => x.sort((p, q) => p - q)[x.length >> 1];
  const base = median(rounds.analysis);
  console.log(
    `pay: ${(median(rounds['analysis and pay']) - base).toFixed(1)} µs CPU per posting (analysis alone ${base.toFixed(0)} µs; ${texts.length} postings, medians of 10 rounds)`,
  );
}
