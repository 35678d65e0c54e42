// The engine: the JobAudit class, the formatters with the rules' metadata, and the rules' metadata itself.
export {
  JobAudit,
  type JobAuditOptions,
  type AuditResult,
  type FixState,
  type LoadedFormatter,
  type AnyFormatterContext,
} from './jobaudit.js';
export { formatters, formatSarif, toSarif, withRulesMeta } from './formatters.js';
export { rulesMeta, allRuleHelp, ruleHelp } from './rules-meta.js';
export { auditInput, auditSafely } from './input.js';
