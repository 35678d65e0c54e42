// Exit codes of DESIGN.md: 2 (an input could not be read) wins over 1 (findings at or above the
// failing level, or more warnings than allowed), which wins over 0.
import { SEVERITY_RANK, type Result, type Severity } from '../types.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface ExitCodeOptions {
  /** Lowest severity that fails the run; default 'error'. */
  failOn?: Severity;
  /** Fail when there are more warnings than this; default: no limit. */
  maxWarnings?: number;
}

export function exitCode(results: Result[], options: ExitCodeOptions = {}): 0 | 1 | 2 {
  const threshold = SEVERITY_RANK[options.failOn ?? 'error'];
  let failing = false;
  let warnings = 0;
  for (const result of results) {
    if (result.error) return EXIT_USAGE;
    for (const finding of result.findings) {
      if (SEVERITY_RANK[finding.severity] >= threshold) failing = true;
      if (finding.severity === 'warning') warnings++;
    }
  }
  if (failing) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
