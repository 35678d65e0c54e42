#!/usr/bin/env node
// Builds lexicons/occupations/noc2021*.json from Statistics Canada's NOC 2021 V1.0 in ../shared/data/noc2021.
//
//   node scripts/build-occupations.mjs [--data DIR] [--out DIR]
//
// The output is committed, so jobaudit works without ../shared. What it holds and how matching uses it:
// docs/occupations.md. Title keys are computed by src/context/occupation-text.ts, the same code that keys a
// posting's title at run time: this script transpiles that file (and src/text/normalize.ts) with the
// project's TypeScript into node_modules/.cache and imports it, so the two can never drift apart; that file's
// word lists come from lexicons/occupations/title-keys.yaml, read here with the same validation.
// It also validates lexicons/occupations/additions.yaml (errors name the file and line).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? resolve(args[i + 1]) : fallback;
};
const dataDir = option('--data', resolve(root, '../shared/data/noc2021'));
const outDir = option('--out', join(root, 'lexicons/occupations'));

const FILES = {
  structure: 'noc2021-structure-en-fr.csv',
  elementsEn: 'noc2021-elements-en.json',
  examples: 'noc2021-examples-en-fr.js',
  requirements: 'noc2021-elements-employment-requirements-en-fr.csv',
  duties: 'noc2021-elements-main-duties-en-fr.csv',
};

/** @returns {never} */
function fail(message) {
  console.error(`build-occupations: ${message}`);
  process.exit(1);
}

if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
  fail(
    `NOC 2021 data not found at ${dataDir}.\n` +
      `Expected the folder ../shared/data/noc2021 next to the project (see its README.md), or pass --data DIR.\n` +
      `The generated files in lexicons/occupations/ are committed: you only need the data to rebuild them.`,
  );
}
for (const f of Object.values(FILES)) {
  if (!existsSync(join(dataDir, f))) fail(`missing ${join(dataDir, f)} (see ${join(dataDir, 'README.md')})`);
}

// ---------------------------------------------------------------------------------- shared code from src/

async function importSrc(files) {
  let ts;
  try {
    ts = (await import('typescript')).default;
  } catch {
    fail('the typescript package is needed to read src/context/occupation-text.ts: run `npm install` first');
  }
  const cache = join(root, 'node_modules/.cache/jobaudit-build-occupations');
  for (const f of files) {
    const src = readFileSync(join(root, f), 'utf8');
    const out = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const dest = join(cache, f.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, out);
  }
  writeFileSync(join(cache, 'package.json'), '{"type":"module"}\n');
  return (f) => import(pathToFileURL(join(cache, f.replace(/\.ts$/, '.js'))).href);
}

const load = await importSrc([
  'src/util/cache.ts',
  'src/text/normalize.ts',
  'src/util/version.ts',
  'src/lexicon/digest.ts',
  'src/lexicon/yaml.ts',
  'src/context/occupation-text.ts',
]);
const { fold } = await load('src/text/normalize.ts');
const { YamlDoc } = await load('src/lexicon/yaml.ts');
const { KEYER_VERSION, configureKeys, keys, neutralize, validateKeyWords, wordKey } = await load(
  'src/context/occupation-text.ts',
);

// The word lists of the keys: the same file, and the same checks, as at run time (src/context/occupation-words.ts).
const keyWordsFile = join(root, 'lexicons/occupations/title-keys.yaml');
try {
  configureKeys(validateKeyWords(YamlDoc.read(keyWordsFile)));
} catch (e) {
  fail(e instanceof Error ? e.message : String(e));
}

// ---------------------------------------------------------------------------------------------- reading

/** RFC 4180 CSV (quotes, doubled quotes, CRLF, BOM) → rows of strings. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

function readCsv(name, columns) {
  const [header, ...rows] = parseCsv(readFileSync(join(dataDir, name), 'utf8'));
  for (const c of columns) if (!header.includes(c)) fail(`${name}: no column "${c}" (found: ${header.join(', ')})`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

const structure = readCsv(FILES.structure, [
  'code',
  'name_english',
  'description_english',
  'name_french',
  'description_french',
]);
const unitGroups = structure.filter((r) => /^\d{5}$/.test(r.code));
if (unitGroups.length !== 516)
  fail(`${FILES.structure}: expected 516 unit groups (5-digit codes), found ${unitGroups.length}`);

const elementsEn = JSON.parse(readFileSync(join(dataDir, FILES.elementsEn), 'utf8')).occupations;
const statcanEn = new Map(
  elementsEn.map((o) => [o.nocCode, new Set(o.exampleTitles.map((t) => t.trim().toLowerCase().replace(/["']/g, '')))]),
);

const examplesText = readFileSync(join(dataDir, FILES.examples), 'utf8');
const prefix = 'window.categories = window.categories || ';
if (!examplesText.startsWith(prefix))
  fail(`${FILES.examples}: unexpected start (see the README: a JSON array after "${prefix}")`);
const examples = new Map(
  JSON.parse(examplesText.slice(prefix.length).trim().replace(/;$/, '')).map((g) => [g.category_code, g]),
);

const byCode = (rows) => {
  const m = new Map();
  for (const r of rows) {
    if (!m.has(r.noc_code)) m.set(r.noc_code, []);
    m.get(r.noc_code).push(r);
  }
  return m;
};
const requirements = byCode(readCsv(FILES.requirements, ['noc_code', 'name_english', 'name_french']));
const duties = byCode(readCsv(FILES.duties, ['noc_code', 'name_english', 'name_french']));

// ------------------------------------------------------------------------------------------ title keys

/**
 * The keys of one NOC example title. Masculine/feminine pairs ("Plongeur/plongeuse - …") collapse to one
 * key; pairs that do not share a key ("Garçon/fille de cuisine", "Homme/femme de ménage", "host/hostess")
 * give one key per form. Parentheses are dropped ("(except …)", "(ICU)"). The part after " - " is NOC's
 * qualifier (an industry or setting): it is kept after a "|" so that matching can also use the head alone.
 */
function titleKeys(title) {
  let s = fold(title)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b([a-z]+)(man|men)\/wom[ae]n\b/g, '$1$2') // foreman/woman → foreman
    .replace(/\s+/g, ' ')
    .trim();
  s = neutralize(s);
  // What is left of "a/b" is a pair of different words: one variant per word.
  let variants = [s];
  for (let guard = 0; guard < 3 && variants.some((v) => /[a-z]\s*\/\s*[a-z]/.test(v)); guard++) {
    variants = variants.flatMap((v) => {
      const m = /([a-z0-9'-]+)\s*\/\s*([a-z0-9'-]+)/.exec(v);
      if (!m) return [v];
      return [v.replace(m[0], m[1]), v.replace(m[0], m[2])];
    });
  }
  const out = new Set();
  for (const v of variants) {
    const dash = v.indexOf(' - ');
    const head = keys(dash < 0 ? v : v.slice(0, dash)).join(' ');
    const qual = dash < 0 ? '' : keys(v.slice(dash + 3)).join(' ');
    if (!head) continue;
    out.add(qual ? `${head}|${qual}` : head);
  }
  return [...out];
}

// ------------------------------------------------------------------------------- duty words (TF-IDF)

const LEAD_IN =
  /^(this group performs some or all of the following duties|ce groupe exerce une partie ou l'ensemble des fonctions suivantes)/i;
// Words of duty sentences that say nothing about the job.
const DUTY_STOP = new Set(
  [
    'may',
    'such',
    'other',
    'using',
    'use',
    'also',
    'some',
    'all',
    'following',
    'duties',
    'perform',
    'are',
    'employed',
    'this',
    'group',
    'includes',
    'work',
    'worker',
    'workers',
    'related',
    'occupations',
    'comprises',
    'who',
    'besoin',
    'autres',
    'autre',
    'tels',
    'telles',
    'comme',
    'ainsi',
    'que',
    'qui',
    'sont',
    'ce',
    'cette',
    'ces',
    'leur',
    'leurs',
    'groupe',
    'comprend',
    'travaillent',
    'fonctions',
    'exercer',
    'effectuer',
    'personnel',
    'assimile',
    'travailleurs',
    'travailleuses',
    'ils',
    'elles',
    'peuvent',
    'etre',
    'notamment',
    'selon',
    'aussi',
    'elle',
    'il',
    'se',
    'sa',
    'son',
    'ses',
    'their',
    'they',
    'them',
    'from',
    'into',
    'under',
    'other',
    'various',
    'divers',
    'diverses',
    'etc',
    'including',
    'y',
    'compris',
  ].map((w) => wordKey(w)),
);

const TOP_WORDS = 48;
const docs = new Map();
for (const g of unitGroups) {
  const tf = new Map();
  const add = (text, weight) => {
    for (const k of keys(fold(text))) {
      if (k.length < 3 || /^\d+$/.test(k) || DUTY_STOP.has(k)) continue;
      tf.set(k, (tf.get(k) ?? 0) + weight);
    }
  };
  for (const d of duties.get(g.code) ?? []) {
    if (LEAD_IN.test(d.name_english)) continue;
    add(d.name_english, 1);
    add(d.name_french, 1);
  }
  add(`${g.description_english} ${g.description_french}`, 1);
  add(`${g.name_english} ${g.name_french}`, 2);
  const ex = examples.get(g.code);
  for (const t of [...(ex?.occupations_EN ?? []), ...(ex?.occupations_FR ?? [])])
    add(t.replace(/\([^)]*\)/g, ' '), 0.25);
  docs.set(g.code, tf);
}
const df = new Map();
for (const tf of docs.values()) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
const N = docs.size;
function dutyWords(code) {
  const scored = [...docs.get(code)]
    .map(([k, n]) => [k, (1 + Math.log(n)) * Math.log(N / df.get(k))])
    .filter(([, w]) => w > 0);
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scored.slice(0, TOP_WORDS);
  const max = top[0]?.[1] ?? 1;
  return top.map(([k, w]) => `${k}:${Math.max(1, Math.round((w / max) * 9))}`).join(' ');
}

// --------------------------------------------------------------------------------------------- building

const stats = {
  titlesEn: 0,
  titlesFr: 0,
  keys: 0,
  droppedNotStatcan: /** @type {string[]} */ ([]),
  reqFrDuplicates: 0,
};
const groups = [];
for (const g of unitGroups) {
  const ex = examples.get(g.code);
  if (!ex) fail(`${FILES.examples}: no example titles for ${g.code}`);
  if (!g.name_english || !g.name_french) fail(`${FILES.structure}: ${g.code} lacks an English or French title`);
  const known = statcanEn.get(g.code);
  const titleSet = new Set();
  const addTitle = (t) => {
    for (const k of titleKeys(t)) titleSet.add(k);
  };
  addTitle(g.name_english);
  addTitle(g.name_french);
  for (const t of ex.occupations_EN) {
    if (known && !known.has(t.trim().toLowerCase().replace(/["']/g, ''))) {
      stats.droppedNotStatcan.push(`${g.code} ${t}`);
      continue;
    }
    stats.titlesEn++;
    addTitle(t);
  }
  for (const t of ex.occupations_FR) {
    stats.titlesFr++;
    addTitle(t.trim());
  }
  stats.keys += titleSet.size;
  const req = requirements.get(g.code) ?? [];
  if (!req.length) fail(`${FILES.requirements}: no employment requirements for ${g.code}`);
  const reqFr = [];
  for (const r of req) {
    if (reqFr.includes(r.name_french)) {
      stats.reqFrDuplicates++;
      continue;
    }
    reqFr.push(r.name_french);
  }
  groups.push({
    noc: g.code,
    teer: Number(g.code[1]),
    en: g.name_english,
    fr: g.name_french,
    titles: [...titleSet].sort().join('\n'),
    duties: dutyWords(g.code),
    req: { en: req.map((r) => r.name_english), fr: reqFr },
  });
}

const about = {
  name: 'National Occupational Classification (NOC) 2021 Version 1.0 / Classification nationale des professions (CNP) 2021 version 1.0',
  publisher: 'Statistics Canada / Statistique Canada',
  licence: 'Open Government Licence – Canada',
  licenceUrl: 'https://open.canada.ca/en/open-government-licence-canada',
  attribution: {
    en:
      'Contains information licensed under the Open Government Licence – Canada (https://open.canada.ca/en/open-government-licence-canada). ' +
      'Source: Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0. Adapted by jobaudit: example titles are ' +
      'reduced to matching keys and main duties to weighted words; unit-group titles and employment requirements are reproduced as ' +
      'published. This does not constitute an endorsement by Statistics Canada of this product.',
    fr:
      'Contient des informations visées par la Licence du gouvernement ouvert – Canada (https://ouvert.canada.ca/fr/licence-du-gouvernement-ouvert-canada). ' +
      'Source : Statistique Canada, Classification nationale des professions (CNP) 2021 version 1.0. Adapté par jobaudit : les titres ' +
      "d'exemple sont réduits à des clés de comparaison et les fonctions principales à des mots pondérés; les titres des groupes de base et " +
      "les conditions d'accès à la profession sont reproduits tels que publiés. Ceci ne constitue pas une approbation de ce produit par Statistique Canada.",
  },
  generatedBy: 'scripts/build-occupations.mjs (see docs/occupations.md)',
};

const sha = (f) =>
  createHash('sha256')
    .update(readFileSync(join(dataDir, f)))
    .digest('hex');
const sources = Object.fromEntries(Object.values(FILES).map((f) => [f, sha(f)]));

// The title index (noc2021-titles.txt): every (key, group) pair on one line "key=GG" (GG: the group's
// index in base 64), sorted by key, so that the run-time code finds a key by binary search and a word by
// indexOf in the file's text as read, without building any map (a Map of 60,000 keys costs ~30 ms to
// build; reading this file costs ~3). noc2021-words.txt: the vocabulary of the keys, "word df" per line
// (df: in how many title lines the word appears), for IDF weights.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const enc = (i) => B64[Math.floor(i / 64)] + B64[i % 64];
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const lines = [];
groups.forEach((g, i) => {
  for (const k of g.titles.split('\n')) lines.push([k, enc(i)]);
});
lines.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
const wordDf = new Map();
for (const [k] of lines) {
  for (const w of new Set(k.split(/[ |]/))) wordDf.set(w, (wordDf.get(w) ?? 0) + 1);
}
const vocabulary = [...wordDf].sort((a, b) => cmp(a[0], b[0])).map(([w, n]) => `${w} ${n}`);

// Duty words, inverted (noc2021-duties.txt): "word=GGwGGw…" per line (w: the word's weight 1-9 in group
// GG), sorted by word. Scoring a posting against all 516 groups is one binary search per distinct word of
// the posting. The groups' total weights are in noc2021.json.
const dutyIndex = new Map();
const totals = [];
groups.forEach((g, i) => {
  let total = 0;
  for (const item of g.duties.split(' ')) {
    const c = item.lastIndexOf(':');
    const w = item.slice(0, c);
    const x = Number(item.slice(c + 1));
    total += x;
    if (!dutyIndex.has(w)) dutyIndex.set(w, []);
    dutyIndex.get(w).push(`${enc(i)}${x}`);
  }
  totals.push(total);
});
const dutyLines = [...dutyIndex].sort((a, b) => cmp(a[0], b[0])).map(([w, list]) => `${w}=${list.join('')}`);

mkdirSync(outDir, { recursive: true });
const sizes = {};
const write = (name, text) => {
  writeFileSync(join(outDir, name), text);
  sizes[name] = Buffer.byteLength(text);
};
// The index files are ASCII (one-byte strings decode and search fastest). Their first lines, starting
// with "#", say what they are and carry the attribution; the sorted lines follow.
const header = (what) =>
  [
    `# ${what}`,
    `# ${about.attribution.en.replace(/[\u2013\u2014]/g, '-')}`,
    '# Generated by scripts/build-occupations.mjs; see docs/occupations.md. Do not edit: rebuild.',
  ].join('\n');
write(
  'noc2021.json',
  `${JSON.stringify(
    {
      about,
      format: 1,
      keyer: KEYER_VERSION,
      sources,
      files: {
        'noc2021-titles.txt':
          'example titles as word keys: "key=GG" (GG: index of the group in `groups`, base 64), sorted',
        'noc2021-words.txt': 'words of the keys with the number of title lines holding each, sorted',
        'noc2021-duties.txt': 'distinctive duty words: "word=GGw…" (w: weight 1-9 of the word in group GG), sorted',
        'noc2021-requirements.json': 'employment requirements per group, English and French, as published',
      },
      groups: groups.map((g) => [g.noc, g.en, g.fr]),
      titleLines: lines.length,
      dutyTotals: totals,
    },
    null,
    0,
  )}\n`,
);
write(
  'noc2021-titles.txt',
  `${header('NOC 2021 example titles as matching keys (key=group)')}\n${lines.map(([k, g]) => `${k}=${g}`).join('\n')}\n`,
);
write(
  'noc2021-words.txt',
  `${header('Words of the title keys, with the number of title lines holding each')}\n${vocabulary.join('\n')}\n`,
);
write(
  'noc2021-duties.txt',
  `${header('Distinctive words of the main duties of each unit group (word=group+weight...)')}\n${dutyLines.join('\n')}\n`,
);
write(
  'noc2021-requirements.json',
  `${JSON.stringify({
    about,
    format: 1,
    groups: groups.map((g) => [g.noc, g.req.en, g.req.fr]),
  })}\n`,
);

// --------------------------------------------------------------------------------- validating additions

const additions = join(outDir, 'additions.yaml');
if (existsSync(additions)) {
  const loadAll = await importSrc(['src/context/occupation-additions.ts']);
  const { validateAdditions } = await loadAll('src/context/occupation-additions.ts');
  const codes = new Set(groups.map((g) => g.noc));
  try {
    const rows = validateAdditions(YamlDoc.read(additions), codes);
    console.log(`${relative(root, additions)}: ${rows.length} titles, valid`);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
}

console.log(
  `${groups.length} unit groups; ${stats.titlesEn} English and ${stats.titlesFr} French example titles → ${stats.keys} title keys, ${wordDf.size} words, ${dutyLines.length} duty words`,
);
if (stats.droppedNotStatcan.length)
  console.log(
    `left out ${stats.droppedNotStatcan.length} titles that are not Statistics Canada's: ${stats.droppedNotStatcan.join('; ')}`,
  );
if (stats.reqFrDuplicates) console.log(`${stats.reqFrDuplicates} duplicated French requirement rows merged`);
for (const [name, size] of Object.entries(sizes))
  console.log(`wrote ${relative(root, join(outDir, name))} (${(size / 1024).toFixed(0)} KiB)`);
