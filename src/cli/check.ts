// `jobaudit check [inputs...]`: the options to the engine (src/engine), its results to the report and the exit code.
import { rename, unlink, writeFile } from '../util/fs.js';
import { ConfigError, type ResolvedConfig } from '../config/index.js';
import { JobAudit, type AuditResult } from '../engine/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import { exitCode, type FormatName } from '../report/index.js';
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
  /** Show each posting's blocks and roles (JSON: `blocks`; stylish: a list under the file name). */
  debug?: boolean;
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

/** The engine for the command line's options. */
function engineFor(options: CheckOptions, io: CliIO): JobAudit {
  return new JobAudit({
    ...auditOptionsOf(options),
    configFile: options.config,
    ignore: options.ignore !== false,
    reportUnusedDirectives: options.reportUnusedDirectives,
    fix: Boolean(options.fix || options.fixDryRun),
    debug: Boolean(options.debug),
    get stdin() {
      return io.stdin;
    },
  });
}

export async function runCheck(inputs: string[], options: CheckOptions, io: CliIO): Promise<number> {
  const engine = engineFor(options, io);
  let run: ResolvedConfig;
  try {
    run = await engine.configFor(null);
  } catch (error) {
    return configFailure(error, io);
  }
  const failOn = options.failOn ?? run.failOn;
  const maxWarnings = options.maxWarnings ?? run.maxWarnings;

  let results: Result[] = [];
  const diffs: string[] = [];
  let fixFailed = false;
  const onIgnored = (p: string) =>
    io.stderr(`jobaudit: ${sanitizeLine(p)} is ignored by the configuration or .jobauditignore; not audited\n`);
  try {
    for await (const audited of engine.auditEach(inputs, { onIgnored })) {
      // Problems with inputs go to stderr as they happen; stdout carries the report only.
      if (audited.readError)
        io.stderr(`jobaudit: cannot read ${sanitizeLine(audited.source)}: ${sanitizeLine(audited.error!.message)}\n`);
      else if (audited.error)
        io.stderr(`jobaudit: ${sanitizeLine(audited.source)}: ${sanitizeLine(audited.error.message)}\n`);
      if (!audited.fix) {
        results.push(audited);
        continue;
      }
      const { report, failed } = await outputFix(engine, audited, options, io, diffs);
      results.push(report);
      fixFailed ||= failed;
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
  const formatter = await engine.loadFormatter(options.format);
  const report = formatter.format(results, {
    color,
    chalk,
    locale: options.locale,
    showSuppressed: options.showSuppressed,
    failOn,
  });
  if (options.outputFile) {
    try {
      await writeAtomically(options.outputFile, report);
    } catch (error) {
      io.stderr(
        `jobaudit: cannot write ${sanitizeLine(options.outputFile)}: ${sanitizeLine(error instanceof Error ? error.message : String(error))}\n`,
      );
      return EXIT_USAGE;
    }
  } else io.stdout(report);
  const code = exitCode(results, { failOn, maxWarnings });
  return fixFailed ? Math.max(code, EXIT_USAGE) : code;
}

/**
 * --fix and --fix-dry-run for one result with safe fixes: writes the file (or keeps the diff) and returns the
 * result to report: what is left after a fix that was written, else what was found before.
 */
async function outputFix(
  engine: JobAudit,
  audited: AuditResult,
  options: CheckOptions,
  io: CliIO,
  diffs: string[],
): Promise<{ report: Result; failed: boolean }> {
  const before = { report: audited.fix!.before, failed: false };
  const [fixed] = await engine.outputFixes([audited], { dryRun: options.fixDryRun });
  if (fixed.error) {
    // Never skipped silently: stdin, URLs and records in feeds cannot be fixed in place.
    io.stderr(`jobaudit: ${sanitizeLine(audited.source)}: ${sanitizeLine(fixed.error)}\n`);
    return { ...before, failed: true };
  }
  if (options.fixDryRun) diffs.push(fixed.diff);
  else if (fixed.changed) {
    io.stderr(
      `jobaudit: fixed ${fixed.applied} problem${fixed.applied === 1 ? '' : 's'} in ${sanitizeLine(audited.source)}\n`,
    );
    return { report: audited, failed: false };
  }
  return before;
}
