// Configuration and inline directives: what the CLI and audit() need, in one import.
import type { Finding, Lang } from '../types.js';
import { applyConfig, type SuppressedFinding } from './apply.js';
import { applyDirectives } from './directives-apply.js';
import type { Directive } from './directives.js';
import type { ResolvedConfig } from './schema.js';

export { ConfigError, formatKeyPath, didYouMean } from './errors.js';
export {
  CONFIG_KEYS,
  RULE_LEVELS,
  DEFAULT_TOO_MANY_REQUIREMENTS,
  defaultConfig,
  ruleIds,
  validateConfig,
  type ResolvedConfig,
  type RuleLevel,
  type LexiconFile,
  type IgnoreList,
} from './schema.js';
export {
  CONFIG_FILES,
  PACKAGE_KEY,
  ConfigLoader,
  loadConfig,
  readConfigFile,
  effectiveConfig,
  type LoadConfigOptions,
  type LoadedConfig,
  type EffectiveConfig,
} from './load.js';
export { IGNORE_FILE, isIgnored, readIgnoreFile, type IgnoreOptions } from './ignore.js';
export { applyConfig, allowedPhrase, isRuleOff, type Suppression, type SuppressedFinding } from './apply.js';
export {
  parseDirectives,
  maskDirectives,
  DIRECTIVE_KINDS,
  UNUSED_DIRECTIVE,
  MISSING_REASON,
  UNKNOWN_RULE,
  type Directive,
  type DirectiveKind,
} from './directives.js';
export { applyDirectives, type DirectiveOptions, type DirectiveOutcome } from './directives-apply.js';
export { starterConfig, starterFileName, type StarterFormat } from './starter.js';

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * The configuration, then the posting's directives, applied to a posting's findings (the order ESLint uses:
 * a rule turned off reports nothing, so a directive for it is unused):
 * 1. `rules` (off, severities) and `allow` (suppressed with kind "config");
 * 2. directives (suppressed with kind "directive" and the directive's reason);
 * 3. the directives' own problems (jobaudit/unknown-rule, jobaudit/missing-reason, jobaudit/unused-directive)
 *    join the findings, sorted by position.
 * `requireReason` and `reportUnused` default to the configuration's `requireReason` and `reportUnusedDirectives`.
 */
export function applySuppressions(
  findings: Finding[],
  directives: readonly Directive[],
  config: Pick<ResolvedConfig, 'rules' | 'allow' | 'requireReason' | 'reportUnusedDirectives'>,
  options: { locale?: Lang; requireReason?: boolean; reportUnused?: boolean; knownRules?: readonly string[] } = {},
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const configured = applyConfig(findings, config);
  if (!directives.length) return configured;
  const outcome = applyDirectives(configured.findings, directives, {
    locale: options.locale,
    requireReason: options.requireReason ?? config.requireReason,
    reportUnused: options.reportUnused ?? config.reportUnusedDirectives,
    knownRules: options.knownRules,
  });
  return {
    findings: outcome.problems.length ? [...outcome.findings, ...outcome.problems].sort(byPosition) : outcome.findings,
    suppressed: [...configured.suppressed, ...outcome.suppressed].sort(byPosition),
  };
}
