import type { ChalkInstance } from 'chalk';
import type { Lang, Result } from '../types.js';
import { importModule } from '../util/import.js';
import type { RulesMeta } from './rule-help.js';

export interface FormatterContext {
  /** Tool version written in the JSON header; default: the package version. */
  version?: string;
  /** Colour level (0 none, 1 basic, 2 256, 3 truecolor) or a boolean; default none. The caller decides (TTY, NO_COLOR…). */
  color?: 0 | 1 | 2 | 3 | boolean;
  /**
   * The chalk instance used when `color` asks for colour. chalk costs ~10 ms to load, so it is loaded only
   * by callers that colour (see loadChalk); without it the report is plain.
   */
  chalk?: ChalkInstance;
  /** Also list findings suppressed by a directive or the configuration, with the reason (stylish). */
  showSuppressed?: boolean;
  /** Language of the report's own words (headings, summary line); default English. */
  locale?: Lang;
  /**
   * The rules' metadata and help, by rule id (ESLint's `rulesMeta`), for formats that describe the rules
   * (SARIF). The engine (JobAudit#loadFormatter) and the package's `formatters` pass the built-in rules'; a
   * rule missing from it is described by its id only.
   */
  rulesMeta?: RulesMeta;
}

/** A formatter turns results into the whole text written to stdout. */
export type Formatter = (results: Result[], context?: FormatterContext) => string;

/** A chalk instance at the given level, loaded on demand. */
export async function loadChalk(level: 0 | 1 | 2 | 3): Promise<ChalkInstance | undefined> {
  if (level === 0) return undefined;
  const { Chalk } = await importModule<typeof import('chalk')>('chalk');
  return new Chalk({ level });
}
