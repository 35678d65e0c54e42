// What reports know of the rules: the shape of a rule's metadata and help (SARIF's tool.driver.rules), and
// where the rules are documented. The metadata itself is built from the rules by the engine
// (src/engine/rules-meta.ts) and reaches formatters through their context (`rulesMeta`), as ESLint passes
// it: nothing here imports the rules.
import type { Lang, Severity } from '../types.js';

/**
 * Placeholder address of the project's repository: the project has no public home yet. Rule help links
 * (SARIF helpUri) point at docs/rules.md under it. Change it here when the repository is published.
 */
export const REPOSITORY_URL = 'https://github.com/jobaudit/jobaudit';
/** The rules page that help links point at, one anchor per rule (see ruleDocUrl). */
export const RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

export type Texts = Record<Lang, string>;

/** One rule's metadata and help, as formatters receive it. */
export interface RuleHelp {
  id: string;
  /** Default severity (the highest the rule gives before jurisdiction escalations). */
  severity: Severity;
  description: Texts;
  /** Whether the rule's findings carry suggestions that --fix may apply. */
  fixable: boolean;
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

/** Rule id → metadata, in the engine's order of rules (ESLint's `rulesMeta`). */
export type RulesMeta = Record<string, RuleHelp>;

/** The anchor GitHub gives the "## family/name" heading of docs/rules.md (as scripts/gen-rules-doc.mjs links it). */
export function ruleAnchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-');
}

export function ruleDocUrl(id: string, base: string = RULES_DOC_URL): string {
  return `${base}#${ruleAnchor(id)}`;
}
