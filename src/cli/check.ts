// `jobaudit check [inputs...]`: read, audit, report, and compute the exit code.
import { auditInput } from '../index.js';
import { fixFile, safeFindings } from '../fix/index.js';
import { readFileInput, readInputs } from '../ingest/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
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
  fix?: boolean;
  fixDryRun?: boolean;
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
  const diffs: string[] = [];
  let fixFailed = false;
  for await (const input of readInputs(inputs, { stdin: io.stdin })) {
    let result = auditInput(input, auditOptions);
    // Problems with inputs go to stderr as they happen; stdout carries the report only.
    if (input.error !== undefined) io.stderr(`jobaudit: cannot read ${sanitizeLine(input.source)}: ${sanitizeLine(input.error)}\n`);
    else if (result.error) io.stderr(`jobaudit: ${sanitizeLine(input.source)}: ${sanitizeLine(result.error.message)}\n`);
    else if ((options.fix || options.fixDryRun) && safeFindings(result.findings).length) {
      const fixed = await fixFile(input.source, result, input.posting.text, { dryRun: Boolean(options.fixDryRun) });
      if (fixed.error) {
        // Never skipped silently: stdin, URLs and records in feeds cannot be fixed in place.
        io.stderr(`jobaudit: ${sanitizeLine(input.source)}: ${sanitizeLine(fixed.error)}\n`);
        fixFailed = true;
      } else if (options.fixDryRun) {
        diffs.push(fixed.diff);
      } else if (fixed.changed) {
        io.stderr(`jobaudit: fixed ${fixed.applied} problem${fixed.applied === 1 ? '' : 's'} in ${sanitizeLine(input.source)}\n`);
        // The report shows what is left after the fix.
        const reread = await readFileInput(input.source, input.source);
        result = auditInput(reread, auditOptions);
      }
    }
    results.push(result);
  }
  if (options.fixDryRun) {
    io.stdout(diffs.join(''));
    return fixFailed || results.some((r) => r.error) ? EXIT_USAGE : 0;
  }
  if (options.quiet) results = onlyFailing(results, options.failOn);

  const color = options.format === 'stylish' ? colorLevel(options.color, io.env, io.isTTY) : 0;
  const chalk = await loadChalk(color);
  io.stdout(formatters[options.format](results, { color, chalk, locale: options.locale }));
  const code = exitCode(results, { failOn: options.failOn, maxWarnings: options.maxWarnings });
  return fixFailed ? Math.max(code, EXIT_USAGE) : code;
}
