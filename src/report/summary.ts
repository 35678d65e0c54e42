import type { Result, Summary } from '../types.js';

/** Counts over all results. `postings` counts every input result, including the `failed` ones that could not be read. */
export function summarize(results: Result[]): Summary {
  const summary: Summary = { postings: results.length, errors: 0, warnings: 0, infos: 0, failed: 0 };
  for (const result of results) {
    if (result.error) summary.failed++;
    for (const finding of result.findings) {
      if (finding.severity === 'error') summary.errors++;
      else if (finding.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return summary;
}
