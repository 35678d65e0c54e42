#!/usr/bin/env node
// Print, for the 30 hand-reviewed postings of docs/review.md, what jobaudit said about each:
// title, jurisdiction, occupation (NOC/TEER) and every finding (rule, severity, line, excerpt,
// message, references), compactly, so a reviewer can judge them against the posting text.
//
// Usage:
//   node scripts/review-list.mjs OUT.json [--review docs/review.md] [--md] [--only 3,7] [--full]
//     OUT.json   output of `node bin/jobaudit.js check --format json <postings...>`
//     --review   the review file holding the list (default: docs/review.md)
//     --md       print one Markdown table per posting, verdict columns empty (for the "After" pass)
//     --only     posting numbers (the "n" of the list), comma-separated
//     --full     do not shorten messages
// The list is the JSON array between <!-- review-list:begin --> and <!-- review-list:end -->.
// Findings are keyed "ruleId@line" (Fn numbers follow the output order) so a second pass can
// match them to the first pass's verdicts.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return false;
  args.splice(i, 1);
  return true;
};
const reviewPath = opt('--review') ?? 'docs/review.md';
const only = (opt('--only') ?? '').split(',').filter(Boolean).map(Number);
const md = flag('--md');
const full = flag('--full');
const outPath = args[0];
if (!outPath || !reviewPath) {
  console.error('usage: review-list.mjs OUT.json [--review docs/review.md] [--md] [--only 1,2] [--full]');
  process.exit(2);
}

const review = readFileSync(reviewPath, 'utf8');
const block = review.match(/<!-- review-list:begin -->\s*```json\s*([\s\S]*?)```\s*<!-- review-list:end -->/);
if (!block) {
  console.error(`${reviewPath}: no review-list block found`);
  process.exit(2);
}
const list = JSON.parse(block[1]);
const out = JSON.parse(readFileSync(outPath, 'utf8'));
const results = out.results ?? out;

// The CLI prints absolute sources; the list keeps paths relative to the corpus root.
const bySuffix = new Map();
for (const r of results) {
  const m = String(r.source).match(/postings\/.*$/);
  if (m) bySuffix.set(m[0], r);
}

const short = (s, n) => {
  const t = String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return full || t.length <= n ? t : t.slice(0, n - 1) + '…';
};
const cell = (s) => String(s).replace(/\|/g, '\\|');
const occ = (o) => (o ? `${o.noc} ${o.title} (TEER ${o.teer})` : 'none');
const refs = (f) => (f.references ?? []).map((r) => short(r.title, full ? 400 : 70)).join(' ; ') || '-';

let total = 0;
for (const p of list) {
  if (only.length && !only.includes(p.n)) continue;
  const r = bySuffix.get(p.file);
  const head = `#${p.n} ${p.file} [${p.lang}, ${p.country}/${p.region}, ${p.family}${p.labelled ? ', labelled' : ''}]`;
  if (!r) {
    console.log(`${md ? '### ' : ''}${head}\n  (not in ${outPath})\n`);
    continue;
  }
  const findings = r.findings ?? [];
  total += findings.length;
  if (md) {
    console.log(`### ${p.n}. ${r.title}\n`);
    console.log(
      `\`${p.file}\` · ${r.language} · jurisdiction ${r.jurisdiction ?? 'none'} · occupation ${occ(r.occupation)}\n`,
    );
    console.log('| F | rule | sev | line | excerpt | after: verdict | why |');
    console.log('|---|---|---|---|---|---|---|');
    findings.forEach((f, i) => {
      console.log(
        `| ${i + 1} | ${f.ruleId} | ${f.severity} | ${f.span?.start?.line ?? '-'} | ${cell(short(f.excerpt, 60))} |  |  |`,
      );
    });
    console.log('');
    continue;
  }
  console.log(head);
  console.log(`  title: ${r.title} | jurisdiction: ${r.jurisdiction ?? 'none'} | occupation: ${occ(r.occupation)}`);
  if (r.occupation?.candidates) console.log(`  candidates: ${JSON.stringify(r.occupation.candidates)}`);
  if (!findings.length) console.log('  (no findings)');
  findings.forEach((f, i) => {
    console.log(`  F${i + 1} ${f.ruleId} [${f.severity}] L${f.span?.start?.line ?? '-'} «${short(f.excerpt, 90)}»`);
    console.log(`     msg: ${short(f.message, 260)}`);
    console.log(`     ref: ${refs(f)}`);
  });
  console.log('');
}
console.error(`${list.length} postings listed, ${total} findings shown`);
