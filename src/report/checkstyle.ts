// Checkstyle XML, read by Jenkins (warnings-ng), reviewdog, cs2pr, SonarQube and many CI tools: one <file>
// per posting (clean postings too, as ESLint writes them), one <error> per finding with its line, column,
// severity (error, warning, info), message and source "jobaudit.<rule-id>". A posting that could not be read
// gets one <error> at line 0, column 0, with source "jobaudit.read-error".
import type { Finding, Result } from '../types.js';
import type { FormatterContext } from './context.js';
import { XML_DECLARATION, xmlAttrs } from './xml.js';

export const CHECKSTYLE_VERSION = '4.3';
/** Prefix of every source= attribute. */
export const CHECKSTYLE_SOURCE_PREFIX = 'jobaudit.';

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function formatCheckstyle(results: Result[], _context: FormatterContext = {}): string {
  const out = [XML_DECLARATION, `<checkstyle${xmlAttrs({ version: CHECKSTYLE_VERSION })}>`];
  for (const result of results) {
    const file = `  <file${xmlAttrs({ name: result.source })}`;
    const errors = result.error
      ? [
          {
            line: 0,
            column: 0,
            severity: 'error',
            message: result.error.message,
            source: `${CHECKSTYLE_SOURCE_PREFIX}read-error`,
          },
        ]
      : [...result.findings].sort(byPosition).map((f) => ({
          line: f.span.start.line,
          column: f.span.start.column,
          severity: f.severity,
          message: f.message,
          source: CHECKSTYLE_SOURCE_PREFIX + f.ruleId,
        }));
    if (errors.length === 0) {
      out.push(`${file}/>`);
      continue;
    }
    out.push(`${file}>`, ...errors.map((e) => `    <error${xmlAttrs(e)}/>`), '  </file>');
  }
  out.push('</checkstyle>', '');
  return out.join('\n');
}
