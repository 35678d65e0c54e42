// `jobaudit rules`: every rule id with its severity and one-line description in French and English.
import type { Lang, Rule, RuleMeta, Severity } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { toolVersion } from '../util/version.js';
import type { CliIO } from './io.js';
import { rules as allRules } from '../rules/index.js';

export interface RulesOptions {
  format: 'stylish' | 'json';
  /** Show the description in one language only. */
  locale?: Lang;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function isRule(value: unknown): value is Rule {
  const meta = (value as { meta?: Partial<RuleMeta> } | null)?.meta;
  return (
    typeof meta?.id === 'string' &&
    SEVERITIES.includes(meta.severity as Severity) &&
    typeof meta.description?.fr === 'string' &&
    typeof meta.description?.en === 'string'
  );
}

/** The rule list, sorted by id. */
export async function loadRules(): Promise<{ rules: Rule[]; missing: boolean }> {
  const list = allRules.filter(isRule);
  return {
    rules: [...list].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)),
    missing: false,
  };
}

export function formatRulesJson(rules: Rule[], locale?: Lang): string {
  const langs: Lang[] = locale ? [locale] : ['fr', 'en'];
  const list = rules.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    fixable: r.meta.fixable === true,
    description: Object.fromEntries(langs.map((l) => [l, r.meta.description[l]])),
  }));
  return (
    JSON.stringify({ version: 1, tool: { name: 'jobaudit', version: toolVersion() }, rules: list }, null, 2) + '\n'
  );
}

export function formatRulesText(rules: Rule[], locale?: Lang): string {
  const langs: Lang[] = locale ? [locale] : ['fr', 'en'];
  const idWidth = Math.max(0, ...rules.map((r) => r.meta.id.length));
  const sevWidth = Math.max(0, ...rules.map((r) => r.meta.severity.length));
  const lines: string[] = [];
  for (const rule of rules) {
    const head = `${rule.meta.id.padEnd(idWidth)}  ${rule.meta.severity.padEnd(sevWidth)}  `;
    langs.forEach((lang, i) => {
      const prefix = i === 0 ? head : ' '.repeat(head.length);
      const label = langs.length > 1 ? `${lang}  ` : '';
      lines.push(`${prefix}${label}${sanitizeLine(rule.meta.description[lang])}`);
    });
  }
  lines.push(`${rules.length} ${rules.length === 1 ? 'rule' : 'rules'}`);
  return lines.join('\n') + '\n';
}

export async function runRules(options: RulesOptions, io: CliIO): Promise<number> {
  const { rules, missing } = await loadRules();
  if (missing) io.stderr('jobaudit: no rule list in this build (src/rules/index.ts does not export `rules`)\n');
  io.stdout(
    options.format === 'json' ? formatRulesJson(rules, options.locale) : formatRulesText(rules, options.locale),
  );
  return 0;
}
