// `jobaudit check [inputs...]`: read, audit, report, and compute the exit code.
import { auditInput } from '../index.js';
import { readInputs } from '../ingest/index.js';
import { exitCode, formatters, type FormatName } from '../report/index.js';
import { SEVERITY_RANK, type AuditOptions, type Lang, type Result, type Severity } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { loadChalk } from '../report/context.js';
import { colorLevel } from './color.js';
import type { CliIO } from './io.js';

export interface CheckOptions {
  format: FormatName;
  locale?: Lang;
  failOn: Severity;
  maxWarnings?: number;
  color?: boolean;
  jurisdiction?: string;
  date?: string;
  occupation?: string;
  quiet?: boolean;
}

/**
 * --quiet keeps only findings at or above --fail-on, like ESLint's --quiet: what is hidden does not
 * count either (so --max-warnings only matters with --fail-on warning or info).
 */
function onlyFailing(results: Result[], failOn: Severity): Result[] {
  const threshold = SEVERITY_RANK[failOn];
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold) }));
}

export async function runCheck(inputs: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const auditOptions: AuditOptions = {};
  if (options.locale) auditOptions.locale = options.locale;
  if (options.date) auditOptions.date = options.date;
  if (options.occupation) auditOptions.occupation = options.occupation;
  if (options.jurisdiction) auditOptions.jurisdiction = options.jurisdiction === 'none' ? null : options.jurisdiction;

  let results: Result[] = [];
  for await (const input of readInputs(inputs, { stdin: io.stdin })) {
    const result = auditInput(input, auditOptions);
    // Problems with inputs go to stderr as they happen; stdout carries the report only.
    if (input.error !== undefined) io.stderr(`jobaudit: cannot read ${sanitizeLine(input.source)}: ${sanitizeLine(input.error)}\n`);
    else if (result.error) io.stderr(`jobaudit: ${sanitizeLine(input.source)}: ${sanitizeLine(result.error.message)}\n`);
    results.push(result);
  }
  if (options.quiet) results = onlyFailing(results, options.failOn);

  const color = options.format === 'stylish' ? colorLevel(options.color, io.env, io.isTTY) : 0;
  const chalk = await loadChalk(color);
  io.stdout(formatters[options.format](results, { color, chalk, locale: options.locale }));
  return exitCode(results, { failOn: options.failOn, maxWarnings: options.maxWarnings });
}
