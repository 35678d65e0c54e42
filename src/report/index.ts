import { formatCheckstyle } from './checkstyle.js';
import { formatCompact } from './compact.js';
import type { Formatter } from './context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type { Formatter, FormatterContext } from './context.js';
export { formatJson, JSON_FORMAT_VERSION } from './json.js';
export { formatStylish } from './stylish.js';
export { summarize } from './summary.js';
export { formatCompact } from './compact.js';
export { formatSarif, toSarif, SARIF_SCHEMA_URI, FINGERPRINT_KEY, type SarifContext } from './sarif.js';
export { formatGithub, escapeData, escapeProperty, type GithubContext } from './github.js';
export { formatJunit, type JunitContext } from './junit.js';
export { formatCheckstyle } from './checkstyle.js';
export { sourcePath, sourceUri, type PathOptions } from './paths.js';
export { ruleDocUrl, ruleAnchor, REPOSITORY_URL, RULES_DOC_URL, type RuleHelp, type RulesMeta } from './rule-help.js';

/** Formatters by the name given to --format. */
export const formatters = {
  stylish: formatStylish,
  json: formatJson,
  compact: formatCompact,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  checkstyle: formatCheckstyle,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];
export { exitCode, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type ExitCodeOptions } from './exit-code.js';
