// One line per finding, for grep, editors' quickfix lists and CI problem matchers (like ESLint's unix
// formatter): `file:line:col: severity message [rule-id]`, then a blank line and a count line. Severity words stay English
// (error, warning, info) whatever the locale, so patterns keep matching; the count line follows the locale.
import type { Finding, Lang, Result } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import type { FormatterContext } from './context.js';
import { summarize } from './summary.js';

/** Rule id printed for a posting that could not be read. */
export const READ_ERROR_RULE = 'read-error';

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

const COUNT: Record<Lang, (n: number, one: string, many: string) => string> = {
  en: (n, one, many) => `${n} ${n === 1 ? one : many}`,
  fr: (n, one, many) => `${n} ${n >= 2 ? many : one}`,
};

function countLine(results: Result[], locale: Lang): string {
  const s = summarize(results);
  const c = COUNT[locale];
  const read = s.postings - s.failed;
  const problems = s.errors + s.warnings + s.infos;
  if (locale === 'fr') {
    const line =
      `${c(problems, 'problème', 'problèmes')} (${c(s.errors, 'erreur', 'erreurs')}, ` +
      `${c(s.warnings, 'avertissement', 'avertissements')}, ${c(s.infos, 'info', 'infos')}) dans ${c(read, 'offre', 'offres')}`;
    return s.failed ? `${line}; ${c(s.failed, 'offre illisible', 'offres illisibles')}` : line;
  }
  const line =
    `${c(problems, 'problem', 'problems')} (${c(s.errors, 'error', 'errors')}, ` +
    `${c(s.warnings, 'warning', 'warnings')}, ${c(s.infos, 'info', 'infos')}) in ${c(read, 'posting', 'postings')}`;
  return s.failed ? `${line}; ${s.failed} could not be read` : line;
}

export function formatCompact(results: Result[], context: FormatterContext = {}): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = sanitizeLine(result.source);
    if (result.error) {
      lines.push(`${file}:0:0: error ${sanitizeLine(result.error.message)} [${READ_ERROR_RULE}]`);
      continue;
    }
    for (const f of [...result.findings].sort(byPosition)) {
      lines.push(
        `${file}:${f.span.start.line}:${f.span.start.column}: ${f.severity} ${sanitizeLine(f.message)} [${sanitizeLine(f.ruleId)}]`,
      );
    }
  }
  // As ESLint's unix format: a blank line between the findings and the count.
  if (lines.length) lines.push('');
  lines.push(countLine(results, context.locale ?? 'en'));
  return lines.join('\n') + '\n';
}
