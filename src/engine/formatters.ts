// The formatters with the built-in rules' metadata (`rulesMeta`) in their context, as the package exports
// them: src/report knows no rule, so the rules' help (SARIF's rule descriptors) is added here.
import {
  formatters as bare,
  formatSarif as bareSarif,
  toSarif as bareToSarif,
  FORMAT_NAMES,
  type FormatName,
  type FormatterContext,
  type SarifContext,
} from '../report/index.js';
import type { Result } from '../types.js';
import { rulesMeta } from './rules-meta.js';

/**
 * The context with `rulesMeta` when it has none. A getter: the metadata is built only by a formatter that
 * reads it (SARIF), not for every report.
 */
export function withRulesMeta<T extends FormatterContext>(context: T): T {
  if (context.rulesMeta) return context;
  return Object.defineProperty({ ...context }, 'rulesMeta', { get: rulesMeta, enumerable: true, configurable: true });
}

/** Formatters by the name given to --format, each given the built-in rules' metadata. */
export const formatters = Object.fromEntries(
  FORMAT_NAMES.map((name) => [
    name,
    (results: Result[], context: FormatterContext = {}) => bare[name](results, withRulesMeta(context)),
  ]),
) as typeof bare;

export function formatSarif(results: Result[], context: SarifContext = {}): string {
  return bareSarif(results, withRulesMeta(context));
}

/** The SARIF log as an object (for callers that post-process it). */
export function toSarif(results: Result[], context: SarifContext = {}): ReturnType<typeof bareToSarif> {
  return bareToSarif(results, withRulesMeta(context));
}

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as string[]).includes(name);
}
