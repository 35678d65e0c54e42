// `jobaudit explain RULE`: why a rule exists, what triggers it, how its severity is decided, the law or research
// behind it with addresses, and a before/after example in French and English — all from the same reviewed data
// the rule loads (lexicons/rules/*.yaml) and docs/rules.md is generated from.
import type { LawData, RuleData } from '../rules/data.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import type { Lang, Rule } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { toolVersion } from '../util/version.js';
import type { CliIO } from './io.js';

export interface ExplainOptions {
  /** The language shown first (both are shown; default: French first). */
  locale?: Lang;
  format?: 'text' | 'json';
}

/** Where the rule's section of docs/rules.md is, relative to the package. */
const DOC = 'docs/rules.md';

export interface Explanation {
  id: string;
  severity: string;
  fixable: boolean;
  /** Languages in the order shown. */
  languages: Lang[];
  description: Record<Lang, string>;
  triggers: Record<Lang, string>;
  /** Null: everywhere; else only where this law applies. */
  law: LawData | null;
  cases: { name: string; when: string; severity: string; law: LawData | null }[];
  escalations: {
    jurisdiction: string;
    since: string | null;
    cases: string[] | null;
    severity: string | null;
    message: Record<Lang, string> | null;
  }[];
  occupation: {
    teerSkipAtMost: number | null;
    skipNoc: string[];
    nocLists: Record<string, string[]>;
    quotesNocRequirements: boolean;
  };
  references: { id: string; title: Record<Lang, string>; url: Record<Lang, string> }[];
  examples: Record<Lang, { before: string; after: string }>;
  doc: string;
}

interface RulesModule {
  rules: Rule[];
  ruleDataOf(id: string): RuleData | null;
}

async function rulesModule(): Promise<RulesModule> {
  return (await import('../rules/index.js')) as unknown as RulesModule;
}

/** The rule for an id, or for a name without its family ("french-version") when only one rule has it. */
export function findRule(rules: readonly Rule[], query: string): Rule | null {
  const q = query.trim().toLowerCase();
  const exact = rules.find((r) => r.meta.id === q);
  if (exact) return exact;
  const byName = rules.filter((r) => r.meta.id.split('/')[1] === q);
  return byName.length === 1 ? byName[0] : null;
}

function ordered<T>(langs: Lang[], value: Record<Lang, T>): Record<Lang, T> {
  return Object.fromEntries(langs.map((l) => [l, value[l]])) as Record<Lang, T>;
}

export function explanation(
  rule: Rule,
  data: RuleData,
  refs: Record<string, { title: Record<Lang, string>; url: Record<Lang, string> }>,
  locale?: Lang,
): Explanation {
  const langs: Lang[] = locale === 'en' ? ['en', 'fr'] : ['fr', 'en'];
  const refIds = [
    ...new Set([
      ...data.escalate.flatMap((e) => e.references),
      ...Object.values(data.cases).flatMap((c) => c.references),
      ...data.references,
    ]),
  ];
  return {
    id: data.id,
    severity: rule.meta.severity,
    fixable: rule.meta.fixable === true,
    languages: langs,
    description: ordered(langs, data.description),
    triggers: ordered(langs, data.triggers),
    law: data.law,
    cases: Object.entries(data.cases).map(([name, c]) => ({ name, when: c.when, severity: c.severity, law: c.law })),
    escalations: data.escalate.map((e) => ({
      jurisdiction: e.jurisdiction,
      since: e.since,
      cases: e.cases,
      severity: e.severity,
      message: e.message ? ordered(langs, e.message) : null,
    })),
    occupation: {
      teerSkipAtMost: data.teerSkipAtMost,
      skipNoc: data.skipNoc,
      nocLists: data.nocLists,
      quotesNocRequirements: data.nocNote !== null,
    },
    references: refIds
      .filter((id) => refs[id])
      .map((id) => ({ id, title: ordered(langs, refs[id].title), url: ordered(langs, refs[id].url) })),
    examples: ordered(langs, data.examples),
    doc: `${DOC}#${data.id
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-')}`,
  };
}

const WORDS = {
  fr: {
    why: 'Pourquoi',
    triggers: 'Ce qui la déclenche',
    severity: 'Gravité',
    law: 'Lois et recherches',
    example: 'Exemple (français)',
    before: 'Avant',
    after: 'Après',
    only: (l: string) => `s'applique seulement ${l}`,
    where: (law: LawData) =>
      `si la juridiction connue est ${law.jurisdictions.join(' ou ')}${law.since ? `, à partir du ${law.since}` : ''}`,
    escalation: (j: string, since: string | null, cases: string[] | null) =>
      `${j}${since ? ` à partir du ${since}` : ''}${cases ? ` (cas ${cases.join(', ')})` : ''}`,
    teer: (n: number) => `Aucun constat quand la catégorie FEER de la profession est connue et vaut ${n} ou moins.`,
    noc: (codes: string) => `Aucun constat pour les codes CNP 2021 ${codes}.`,
    list: (name: string, codes: string) => `Liste CNP « ${name} » (codes ou préfixes) : ${codes}.`,
    quote: "Quand la profession est connue, le message cite les conditions d'accès de la CNP.",
    doc: 'Documentation',
    colon: ' :',
  },
  en: {
    why: 'Why',
    triggers: 'What triggers it',
    severity: 'Severity',
    law: 'Law and research',
    example: 'Example (English)',
    before: 'Before',
    after: 'After',
    only: (l: string) => `applies only ${l}`,
    where: (law: LawData) =>
      `where the jurisdiction is known to be ${law.jurisdictions.join(' or ')}${law.since ? `, from ${law.since}` : ''}`,
    escalation: (j: string, since: string | null, cases: string[] | null) =>
      `${j}${since ? ` from ${since}` : ''}${cases ? ` (case ${cases.join(', ')})` : ''}`,
    teer: (n: number) => `No finding when the occupation's TEER is known and is ${n} or lower.`,
    noc: (codes: string) => `No finding for NOC 2021 codes ${codes}.`,
    list: (name: string, codes: string) => `NOC list "${name}" (codes or prefixes): ${codes}.`,
    quote: "When the occupation is known, the message quotes the NOC's employment requirements.",
    doc: 'Documentation',
    colon: ':',
  },
} as const;

export function formatExplainText(e: Explanation): string {
  const [first] = e.languages;
  const w = WORDS[first];
  const s = sanitizeLine;
  const out: string[] = [];
  out.push(`${e.id}  ${e.severity}${e.law ? `  (${w.only(w.where(e.law))})` : ''}`, '');

  out.push(`${w.why}${w.colon}`);
  for (const l of e.languages) out.push(`  ${l}  ${s(e.description[l])}`);
  out.push('', `${w.triggers}${w.colon}`);
  for (const l of e.languages) out.push(`  ${l}  ${s(e.triggers[l])}`);

  out.push('', `${w.severity}${w.colon}`);
  const width = Math.max(...e.cases.map((c) => c.name.length));
  const sevWidth = Math.max(...e.cases.map((c) => c.severity.length));
  for (const c of e.cases) {
    out.push(
      `  ${c.name.padEnd(width)}  ${c.severity.padEnd(sevWidth)}  ${s(c.when)}${c.law ? ` (${w.only(w.where(c.law))})` : ''}`,
    );
  }
  for (const x of e.escalations) {
    const parts = [w.escalation(x.jurisdiction, x.since, x.cases)];
    if (x.severity) parts.push(`→ ${x.severity}`);
    if (x.message) parts.push(first === 'fr' ? `« ${s(x.message[first])} »` : `“${s(x.message[first])}”`);
    out.push(`  ${parts.join(' ')}`);
  }
  const o = e.occupation;
  if (o.teerSkipAtMost !== null) out.push(`  ${w.teer(o.teerSkipAtMost)}`);
  if (o.skipNoc.length) out.push(`  ${w.noc(o.skipNoc.join(', '))}`);
  for (const [name, codes] of Object.entries(o.nocLists)) out.push(`  ${w.list(name, codes.join(', '))}`);
  if (o.quotesNocRequirements) out.push(`  ${w.quote}`);

  out.push('', `${w.law}${w.colon}`);
  for (const r of e.references) {
    out.push(`  - ${s(r.title[first])}`, `    ${s(r.url[first])}`);
    for (const l of e.languages.slice(1)) if (r.url[l] !== r.url[first]) out.push(`    ${l}: ${s(r.url[l])}`);
  }

  for (const l of e.languages) {
    const lw = WORDS[l];
    out.push('', `${lw.example}${lw.colon}`);
    out.push(`  ${lw.before}${lw.colon} ${s(e.examples[l].before)}`);
    out.push(`  ${lw.after}${lw.colon} ${s(e.examples[l].after)}`);
  }
  out.push('', `${w.doc}${w.colon} ${e.doc}`);
  return out.join('\n') + '\n';
}

export function formatExplainJson(e: Explanation): string {
  return JSON.stringify({ version: 1, tool: { name: 'jobaudit', version: toolVersion() }, rule: e }, null, 2) + '\n';
}

/** Prints the explanation of one rule; an unknown rule id is a usage error (exit code 2). */
export async function runExplain(ruleId: string, options: ExplainOptions, io: CliIO): Promise<number> {
  const { rules, ruleDataOf } = await rulesModule();
  const rule = findRule(rules, ruleId);
  const data = rule ? ruleDataOf(rule.meta.id) : null;
  if (!rule || !data) {
    const ids = rules.map((r) => r.meta.id);
    const near = ids.filter(
      (id) => id.includes(ruleId.trim().toLowerCase().split('/').pop() ?? '') && ruleId.trim() !== '',
    );
    io.stderr(
      `jobaudit: unknown rule "${sanitizeLine(ruleId)}"${near.length ? ` (did you mean ${near.join(', ')}?)` : ''} (see jobaudit rules)\n`,
    );
    return EXIT_USAGE;
  }
  const { references } = await import('../rules/data.js');
  const e = explanation(rule, data, references(), options.locale);
  io.stdout(options.format === 'json' ? formatExplainJson(e) : formatExplainText(e));
  return 0;
}
