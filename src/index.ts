// The public library API. The CLI (src/cli) is argument parsing, the JobAudit engine and printing.
import { auditPosting } from './audit.js';
import { auditInput } from './engine/index.js';
import { readFileInput, readInputs, type ReadOptions } from './ingest/index.js';
import type { AuditOptions, Result } from './types.js';

export * from './types.js';
export { auditPosting } from './audit.js';
// The document model every stage reads (docs/document-model.md): for tools built on jobaudit, and for judge().
export { analyze, type Analysis, type Line } from './text/analyze.js';
export { ROLES, type Block, type Role, type RoleEvidence } from './text/blocks.js';
// The engine: what `jobaudit check` does (configuration per folder, ignore files, fixes, formatters).
export {
  JobAudit,
  auditInput,
  type JobAuditOptions,
  type AuditResult,
  type FixState,
  type LoadedFormatter,
  type AnyFormatterContext,
} from './engine/index.js';
// The formatters, given the built-in rules' metadata (SARIF's rule descriptors).
export { formatters, formatSarif, toSarif, rulesMeta, ruleHelp } from './engine/index.js';
export {
  formatJson,
  formatStylish,
  summarize,
  exitCode,
  FORMAT_NAMES,
  JSON_FORMAT_VERSION,
  type Formatter,
  type FormatterContext,
  type FormatName,
  type ExitCodeOptions,
  type RuleHelp,
  type RulesMeta,
} from './report/index.js';
export {
  readInputs,
  readFileInput,
  decode,
  decodeCp1252,
  STDIN_SOURCE,
  DEFAULT_MAX_BYTES,
  POSTING_EXTENSIONS,
  type Input,
  type ReadOptions,
  type Decoded,
  type Encoding,
} from './ingest/index.js';
export { sanitize } from './util/sanitize.js';
export { errorResult } from './util/results.js';
export { toolVersion } from './util/version.js';
export { LexiconError } from './lexicon/yaml.js';

// Configuration, ignore files and inline directives (what `jobaudit check` does around audit()).
export {
  loadConfig,
  ConfigLoader,
  readConfigFile,
  effectiveConfig,
  defaultConfig,
  ConfigError,
  CONFIG_FILES,
  PACKAGE_KEY,
  ruleIds,
  isIgnored,
  readIgnoreFile,
  IGNORE_FILE,
  parseDirectives,
  maskDirectives,
  applyDirectives,
  applyConfig,
  applySuppressions,
  allowedPhrase,
  isRuleOff,
  DIRECTIVE_KINDS,
  UNUSED_DIRECTIVE,
  MISSING_REASON,
  UNKNOWN_RULE,
  starterConfig,
  starterFileName,
  type ResolvedConfig,
  type RuleLevel,
  type LexiconFile,
  type IgnoreList,
  type LoadConfigOptions,
  type LoadedConfig,
  type EffectiveConfig,
  type IgnoreOptions,
  type Directive,
  type DirectiveKind,
  type DirectiveOptions,
  type DirectiveOutcome,
  type StarterFormat,
} from './config/index.js';
// Fixes: the safe rewrites --fix applies, and a unified diff of a change.
export { rewriteText, unifiedDiff, safeFindings, isSafe, fixFile, fixableSource, type FileFix } from './fix/index.js';
// The judge and the context it uses.
export { rules, judge } from './rules/index.js';
export {
  detectOccupation,
  occupationByCode,
  type OccupationResult,
  type OccupationCandidate,
  type DetectOptions,
} from './context/occupation.js';
export {
  inferJurisdiction,
  JURISDICTION_CODES,
  type AnalysedText,
  type JurisdictionCode,
  type JurisdictionGuess,
} from './context/jurisdiction.js';
export {
  formatGithub,
  formatJunit,
  formatCheckstyle,
  formatCompact,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  type SarifContext,
  type GithubContext,
  type JunitContext,
} from './report/index.js';

/** Audits a posting given as a string; its source is "<text>". */
export function audit(text: string, options: AuditOptions = {}): Result {
  return auditPosting({ source: '<text>', text }, options);
}

/** Reads and audits one file. Never rejects: an unreadable file gives a Result with `error`. */
export async function auditFile(path: string, options: AuditOptions & { maxBytes?: number } = {}): Promise<Result> {
  return auditInput(await readFileInput(path, path, options.maxBytes), options);
}

/** Reads and audits files, directories and "-" (stdin), all with the same options (JobAudit finds a configuration per folder). */
export async function auditInputs(inputs: string[], options: AuditOptions & ReadOptions = {}): Promise<Result[]> {
  const results: Result[] = [];
  for await (const input of readInputs(inputs, options)) results.push(auditInput(input, options));
  return results;
}
