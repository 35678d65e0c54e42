import { rename, unlink, writeFile } from '../util/fs.js';
// `jobaudit check [inputs...]`: read, audit, report, and compute the exit code.
import { auditInput } from '../index.js';
import { ConfigError, ConfigLoader, isIgnored, type ResolvedConfig } from '../config/index.js';
import { fixFile, safeFindings } from '../fix/index.js';
import { readFileInput, readInputs, STDIN_SOURCE } from '../ingest/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import { exitCode, formatters, type FormatName } from '../report/index.js';
import { SEVERITY_RANK, type Result, type Severity } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import { loadChalk } from '../report/context.js';
import { auditOptionsOf, type CommonAuditOptions } from './audit-options.js';
import { colorLevel } from './color.js';
import type { CliIO } from './io.js';

export interface CheckOptions extends CommonAuditOptions {
  format: FormatName;
  failOn?: Severity;
  maxWarnings?: number;
  color?: boolean;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  outputFile?: string;
  ignore?: boolean;
  reportUnusedDirectives?: boolean;
  showSuppressed?: boolean;
}

/**
 * --quiet keeps only findings at or above --fail-on, like ESLint's --quiet: what is hidden does not
 * count either (so --max-warnings only matters with --fail-on warning or info).
 */
function onlyFailing(results: Result[], failOn: Severity): Result[] {
  const threshold = SEVERITY_RANK[failOn];
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold) }));
}

/** A configuration error stops the run with one line naming the file and the key (exit 2). */
function configFailure(error: unknown, io: CliIO): number {
  if (error instanceof ConfigError) {
    io.stderr(`jobaudit: ${sanitizeLine(error.message)}\n`);
    return EXIT_USAGE;
  }
  throw error;
}

/** Writes through a temporary file renamed over the target, so a reader never sees half a report. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

export async function runCheck(inputs: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const auditOptions = auditOptionsOf(options);

  const loader = new ConfigLoader({ file: options.config || undefined, noConfig: options.config === false, noIgnore: options.ignore === false });
  let run: ResolvedConfig;
  try {
    run = (await loader.load(null)).config;
  } catch (error) {
    return configFailure(error, io);
  }
  const failOn = options.failOn ?? run.failOn;
  const maxWarnings = options.maxWarnings ?? run.maxWarnings;
  const configFor = async (source: string): Promise<ResolvedConfig> => {
    const { config } = await loader.load(source === STDIN_SOURCE ? null : source);
    return options.reportUnusedDirectives ? { ...config, reportUnusedDirectives: true } : config;
  };
  const skip = async (path: string) => isIgnored(path, await configFor(path));

  let results: Result[] = [];
  const diffs: string[] = [];
  let fixFailed = false;
  try {
  for await (const input of readInputs(inputs, { get stdin() { return io.stdin; }, skip, onSkipped: (p) => io.stderr(`jobaudit: ${sanitizeLine(p)} is ignored by the configuration or .jobauditignore; not audited\n`) })) {
    const config = await configFor(input.source);
    let result = auditInput(input, { ...auditOptions, config });
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
        result = auditInput(reread, { ...auditOptions, config });
      }
    }
    results.push(result);
  }
  } catch (error) {
    return configFailure(error, io);
  }
  if (options.fixDryRun) {
    io.stdout(diffs.join(''));
    return fixFailed || results.some((r) => r.error) ? EXIT_USAGE : 0;
  }
  if (options.quiet) results = onlyFailing(results, failOn);

  const color = options.format === 'stylish' && !options.outputFile ? colorLevel(options.color, io.env, io.isTTY) : 0;
  const chalk = await loadChalk(color);
  const report = formatters[options.format](results, { color, chalk, locale: options.locale, showSuppressed: options.showSuppressed, failOn });
  if (options.outputFile) {
    try {
      await writeAtomically(options.outputFile, report);
    } catch (error) {
      io.stderr(`jobaudit: cannot write ${sanitizeLine(options.outputFile)}: ${sanitizeLine(error instanceof Error ? error.message : String(error))}\n`);
      return EXIT_USAGE;
    }
  } else io.stdout(report);
  const code = exitCode(results, { failOn, maxWarnings });
  return fixFailed ? Math.max(code, EXIT_USAGE) : code;
}
