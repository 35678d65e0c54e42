import type { Formatter } from './context.js';
import { formatJson } from './json.js';
import { formatStylish } from './stylish.js';

export type { Formatter, FormatterContext } from './context.js';
export { formatJson, JSON_FORMAT_VERSION } from './json.js';
export { formatStylish } from './stylish.js';
export { summarize } from './summary.js';

/** Formatters by the name given to --format. */
export const formatters = {
  stylish: formatStylish,
  json: formatJson,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];
export { exitCode, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type ExitCodeOptions } from './exit-code.js';
