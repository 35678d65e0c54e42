// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines, test-reporter
// actions): one <testsuite> for the run, one <testcase> per posting. A posting with findings at or above
// `failOn` (default: every finding) has one <failure> whose text lists them, a line each; findings below it
// go to <system-out> and the case passes. A posting that could not be read has an <error>.
import { SEVERITY_RANK, type Finding, type Result, type Severity } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import type { FormatterContext } from './context.js';
import { XML_DECLARATION, xmlAttrs, xmlText } from './xml.js';

export interface JunitContext extends FormatterContext {
  /** Lowest severity that makes a posting's test case fail; default 'info' (every finding). Pass --fail-on. */
  failOn?: Severity;
}

/** Name of the suite, and classname of every case. */
export const JUNIT_NAME = 'jobaudit';
/** type= of the <error> of a posting that could not be read. */
export const READ_ERROR_TYPE = 'read-error';

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** One finding on one line (line breaks and tabs in the message become spaces). */
function line(f: Finding): string {
  return `${f.span.start.line}:${f.span.start.column} ${f.severity} ${sanitizeLine(f.message)} [${sanitizeLine(f.ruleId)}]`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 problems (1 error, 1 warning)": the counts that are not zero. */
function problems(findings: Finding[]): string {
  const by: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) by[f.severity] = (by[f.severity] ?? 0) + 1;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => by[s] > 0).map((s) => plural(by[s], s));
  return `${plural(findings.length, 'problem')} (${parts.join(', ')})`;
}

function highest(findings: Finding[]): Severity {
  return findings.reduce<Severity>(
    (top, f) => ((SEVERITY_RANK[f.severity] ?? 0) > SEVERITY_RANK[top] ? f.severity : top),
    'info',
  );
}

export function formatJunit(results: Result[], context: JunitContext = {}): string {
  const threshold = SEVERITY_RANK[context.failOn ?? 'info'];
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const open = `    <testcase${xmlAttrs({ name: result.source, classname: JUNIT_NAME })}`;
    if (result.error) {
      errors++;
      cases.push(
        `${open}>`,
        `      <error${xmlAttrs({ message: result.error.message, type: READ_ERROR_TYPE })}>${xmlText(result.error.message)}</error>`,
        '    </testcase>',
      );
      continue;
    }
    const findings = [...result.findings].sort(byPosition);
    const failing = findings.filter((f) => (SEVERITY_RANK[f.severity] ?? 0) >= threshold);
    const other = findings.filter((f) => (SEVERITY_RANK[f.severity] ?? 0) < threshold);
    if (findings.length === 0) {
      cases.push(`${open}/>`);
      continue;
    }
    cases.push(`${open}>`);
    if (failing.length) {
      failures++;
      cases.push(
        `      <failure${xmlAttrs({ message: problems(failing), type: highest(failing) })}>${xmlText(failing.map(line).join('\n'))}</failure>`,
      );
    }
    if (other.length) cases.push(`      <system-out>${xmlText(other.map(line).join('\n'))}</system-out>`);
    cases.push('    </testcase>');
  }
  const counts = { tests: results.length, failures, errors, skipped: 0 };
  return [
    XML_DECLARATION,
    `<testsuites${xmlAttrs({ name: JUNIT_NAME, tests: counts.tests, failures, errors })}>`,
    `  <testsuite${xmlAttrs({ name: JUNIT_NAME, ...counts })}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
