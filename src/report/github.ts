// GitHub Actions workflow commands: one `::error|warning|notice …::message` line per finding, which the
// runner turns into annotations on the run and on the pull request's files. Escaping follows the runner's
// (and @actions/core's) rules: in the message, % CR LF become %25 %0D %0A; in property values, also : and ,
// become %3A and %2C. Terminal control sequences are removed first: the log is shown in a terminal view.
import type { Finding, Result, Severity } from '../types.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import type { FormatterContext } from './context.js';
import { sourcePath, type PathOptions } from './paths.js';

export interface GithubContext extends FormatterContext, PathOptions {}

/** Title of the annotation for a posting that could not be read. */
export const READ_ERROR_TITLE = 'read-error';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a workflow command's data (the message after "::"). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (file=…, title=…). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: [string, string | number | undefined][], message: string): string {
  const list = props
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${list ? ' ' + list : ''}::${escapeData(message)}`;
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function formatGithub(results: Result[], context: GithubContext = {}): string {
  const lines: string[] = [];
  for (const result of results) {
    // A file gets file= and positions; stdin or a URL has no file in the repository: the message names it.
    const path = sourcePath(result.source, context);
    const file = path === null ? undefined : sanitizeLine(path);
    const prefix = path === null ? `${sanitizeLine(result.source)}: ` : '';
    if (result.error) {
      lines.push(
        command(
          'error',
          [
            ['file', file],
            ['title', READ_ERROR_TITLE],
          ],
          prefix + sanitize(result.error.message),
        ),
      );
      continue;
    }
    for (const f of [...result.findings].sort(byPosition)) {
      const { start, end } = f.span;
      const oneLine = start.line === end.line;
      // GitHub takes columns only for an annotation on one line.
      const position: [string, number | undefined][] =
        path === null
          ? []
          : [
              ['line', start.line],
              ['col', oneLine ? start.column : undefined],
              ['endLine', end.line],
              ['endColumn', oneLine ? end.column : undefined],
            ];
      const where = path === null ? `${start.line}:${start.column}: ` : '';
      lines.push(
        command(
          COMMAND[f.severity] ?? 'warning',
          [['file', file], ...position, ['title', sanitizeLine(f.ruleId)]],
          prefix + where + sanitize(f.message),
        ),
      );
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
