// Per-rule help for reports that describe the rules themselves (SARIF's tool.driver.rules): the rule's
// metadata plus, from the validated data the rule runs on (lexicons/rules/*.yaml, through ruleDataOf), its
// before/after example, how to rewrite, and the sources it may cite. Read-only; nothing here changes a finding.
import { references, type RuleData } from '../rules/data.js';
import { ruleDataOf } from '../rules/engine.js';
import { rules } from '../rules/index.js';
import type { Lang, Severity } from '../types.js';

/**
 * Placeholder address of the project's repository: the project has no public home yet. Rule help links
 * (SARIF helpUri) point at docs/rules.md under it. Change it here when the repository is published.
 */
export const REPOSITORY_URL = 'https://github.com/jobaudit/jobaudit';
/** The rules page that help links point at, one anchor per rule (see ruleDocUrl). */
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export type Texts = Record<Lang, string>;

export interface RuleHelp {
  id: string;
  /** Default severity (the highest the rule gives before jurisdiction escalations). */
  severity: Severity;
  description: Texts;
  /** The rule's before/after example (`examples` in its data), when it has one: plain text, no placeholders. */
  example: { before: Texts; after: Texts } | null;
  /**
   * The first suggestion of the rule's first case: what to do, and the rewrite template with its
   * placeholders filled from the rule's default wording where it has one ("{item}" → "High school
   * diploma"); other placeholders stay as "{name}" (filled from the posting when a finding is made).
   */
  suggestion: { message: Texts; replacement: Texts } | null;
  /** Every source the rule may cite (rule, cases, jurisdiction escalations), without duplicates. */
  references: { title: Texts; url: Texts }[];
  /** The rule's section of docs/rules.md. */
  url: string;
}

/** The anchor GitHub gives the "## family/name" heading of docs/rules.md (as scripts/gen-rules-doc.mjs links it). */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

export function ruleDocUrl(id: string, base: string = RULES_DOC_URL): string {
  return `${base}#${ruleAnchor(id)}`;
}

// ── what the rule data says, reduced to what help needs ──────────────────────────────────────────────

/** Fills "{name}" with the rule's default wording for `name` when it has one; other placeholders stay. */
function fillDefaults(template: string, defaults: RuleData['defaults'], lang: Lang): string {
  return template.replace(/\{([a-z][a-z0-9_]*)\}/g, (whole, name: string) => defaults[name]?.[lang] ?? whole);
}

function both(f: (lang: Lang) => string): Texts {
  return { fr: f('fr'), en: f('en') };
}

function fromData(data: RuleData): Pick<RuleHelp, 'example' | 'suggestion' | 'references'> {
  const cases = Object.values(data.cases);
  const first = cases.find((c) => c.suggestions.length > 0)?.suggestions[0];
  const examples = data.examples as RuleData['examples'] | undefined;
  // Escalations first, as findings list them: they are the most specific sources.
  const ids = [...new Set([...data.escalate.flatMap((e) => e.references), ...cases.flatMap((c) => c.references), ...data.references])];
  const refs = references();
  return {
    example: examples?.fr && examples.en ? { before: both((l) => examples[l].before), after: both((l) => examples[l].after) } : null,
    suggestion: first ? { message: first.message, replacement: both((l) => fillDefaults(first.replacement[l], data.defaults, l)) } : null,
    references: ids.flatMap((id) => (refs[id] ? [{ title: refs[id].title, url: refs[id].url }] : [])),
  };
}

/** Help for every rule of the engine, in the engine's order. */
export function allRuleHelp(): RuleHelp[] {
  return rules.map((rule) => {
    const { id, severity, description } = rule.meta;
    const data = ruleDataOf(id);
    return {
      id, severity, description,
      ...(data ? fromData(data) : { example: null, suggestion: null, references: [] }),
      url: ruleDocUrl(id),
    };
  });
}

/** Help for one rule id, or null when the engine has no such rule. */
export function ruleHelp(id: string): RuleHelp | null {
  return allRuleHelp().find((r) => r.id === id) ?? null;
}
