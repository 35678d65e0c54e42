// Human report, ESLint "stylish" style: a block per posting, aligned columns, a summary line.
import type { ChalkInstance } from 'chalk';
import type { Finding, Lang, Result, Severity } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import type { FormatterContext } from './context.js';
import { summarize } from './summary.js';

interface Words {
  problem: [string, string];
  error: [string, string];
  warning: [string, string];
  info: [string, string];
  posting: [string, string];
  suggestion: string;
  suppressed: string;
  unreadable: string;
  clean: string;
  in: string;
  notRead: [string, string];
  /** French puts a space before a colon. */
  colon: string;
  severity: Record<Severity, string>;
  plural(n: number): boolean;
}

const WORDS: Record<Lang, Words> = {
  en: {
    problem: ['problem', 'problems'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['info', 'infos'],
    posting: ['posting', 'postings'],
    suggestion: 'suggestion',
    suppressed: 'suppressed',
    unreadable: 'could not be read',
    clean: 'No problems',
    in: 'in',
    notRead: ['could not be read', 'could not be read'],
    colon: ':',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    plural: (n) => n !== 1,
  },
  fr: {
    problem: ['problème', 'problèmes'],
    error: ['erreur', 'erreurs'],
    warning: ['avertissement', 'avertissements'],
    info: ['info', 'infos'],
    posting: ['offre', 'offres'],
    suggestion: 'suggestion',
    suppressed: 'ignoré',
    unreadable: 'lecture impossible',
    clean: 'Aucun problème',
    in: 'dans',
    notRead: ['illisible', 'illisibles'],
    colon: '\u00a0:',
    severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
    plural: (n) => n >= 2, // French: 0 and 1 are singular
  },
};

/** Display width in code points (accents count once); good enough for alignment of Latin text. */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text;
}

function level(color: FormatterContext['color']): 0 | 1 | 2 | 3 {
  if (color === true) return 1;
  if (color === false || color === undefined) return 0;
  return color;
}

function paint(c: ChalkInstance, severity: Severity, text: string): string {
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.blue(text);
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset;
}

function suggestionText(finding: Finding): string | null {
  const first = finding.suggestions[0];
  if (!first) return null;
  // An empty replacement means "remove"; its message says so better than an empty string.
  return sanitizeLine(first.replacement !== '' ? first.replacement : first.message);
}

/** --debug: each block's first line, role and evidence ("12  requirements  heading “Profil recherché”"). */
function blockLines(result: Result, c: ChalkInstance): string[] {
  const blocks = result.blocks ?? [];
  const lineWidth = Math.max(0, ...blocks.map((b) => String(b.span.start.line).length));
  const roleWidth = Math.max(0, ...blocks.map((b) => b.role.length));
  return blocks.map((b) => {
    const phrase = b.evidence.phrase === null ? '' : ` “${sanitizeLine(b.evidence.phrase)}”`;
    const where = b.evidence.line === b.span.start.line ? '' : ` (line ${b.evidence.line})`;
    return `  ${c.dim(padStart(String(b.span.start.line), lineWidth))}  ${padEnd(b.role, roleWidth)}  ${c.dim(b.evidence.source + phrase + where)}`;
  });
}

function formatResult(result: Result, c: ChalkInstance, w: Words, showSuppressed = false): string[] {
  const lines = [c.underline(sanitizeLine(result.source))];
  if (result.error) {
    lines.push(`  ${c.red(w.severity.error)}  ${w.unreadable}${w.colon} ${sanitizeLine(result.error.message)}`);
    return lines;
  }
  if (result.blocks) lines.push(...blockLines(result, c));
  const findings = [...result.findings].sort(byPosition);
  const rows = findings.map((f) => ({
    finding: f,
    line: String(f.span.start.line),
    column: String(f.span.start.column),
    severity: w.severity[f.severity] ?? f.severity,
    message: sanitizeLine(f.message),
    ruleId: sanitizeLine(f.ruleId),
  }));
  // Like ESLint: line numbers right-aligned, columns left-aligned, so the colons line up.
  const lineWidth = Math.max(0, ...rows.map((r) => r.line.length));
  const colWidth = Math.max(0, ...rows.map((r) => r.column.length));
  const posWidth = lineWidth + 1 + colWidth;
  const sevWidth = Math.max(0, ...rows.map((r) => width(r.severity)));
  // Messages are sentences, not ESLint one-liners: padding them to the longest would push every rule id
  // hundreds of columns right, so the rule id follows its own message.
  const msgWidth = Math.max(0, ...rows.map((r) => width(r.message)));
  const pad = msgWidth <= 80;
  const indent = ' '.repeat(2 + posWidth + 2);
  for (const row of rows) {
    lines.push(
      `  ${c.dim(padStart(row.line, lineWidth) + ':' + padEnd(row.column, colWidth))}  ${paint(c, row.finding.severity, padEnd(row.severity, sevWidth))}` +
        `  ${pad ? padEnd(row.message, msgWidth) : row.message}  ${c.dim(row.ruleId)}`,
    );
    const suggestion = suggestionText(row.finding);
    if (suggestion !== null) lines.push(`${indent}${c.green('→')} ${w.suggestion}${w.colon} ${suggestion}`);
  }
  if (showSuppressed) {
    for (const f of result.suppressed ?? []) {
      const why = f.suppression.reason ? ` — ${sanitizeLine(f.suppression.reason)}` : '';
      lines.push(
        c.dim(
          `  ${f.span.start.line}:${f.span.start.column}  ${w.suppressed} (${f.suppression.kind}${why})  ${sanitizeLine(f.message)}  ${sanitizeLine(f.ruleId)}`,
        ),
      );
    }
  }
  return lines;
}

function count(n: number, forms: [string, string], w: Words): string {
  return `${n} ${w.plural(n) ? forms[1] : forms[0]}`;
}

/** No colour: every style is the identity (chalk itself is not loaded for plain output). */
const PLAIN = new Proxy((s: string) => s, { get: (_t, _k) => PLAIN }) as unknown as ChalkInstance;

export function formatStylish(results: Result[], context: FormatterContext = {}): string {
  const c = level(context.color) > 0 && context.chalk ? context.chalk : PLAIN;
  const w = WORDS[context.locale ?? 'en'];
  const out: string[] = [];
  for (const result of results) {
    const shown = result.findings.length + (context.showSuppressed ? (result.suppressed?.length ?? 0) : 0);
    if (!result.error && shown === 0) continue; // clean postings: only counted below
    out.push(...formatResult(result, c, w, context.showSuppressed), '');
  }
  const s = summarize(results);
  const read = s.postings - s.failed;
  const problems = s.errors + s.warnings + s.infos;
  if (problems > 0) {
    const line =
      `✖ ${count(problems, w.problem, w)} (${count(s.errors, w.error, w)}, ${count(s.warnings, w.warning, w)}, ` +
      `${count(s.infos, w.info, w)}) ${w.in} ${count(read, w.posting, w)}`;
    out.push(c.bold(s.errors > 0 ? c.red(line) : s.warnings > 0 ? c.yellow(line) : c.blue(line)));
  } else {
    out.push(c.green(`✔ ${w.clean} ${w.in} ${count(read, w.posting, w)}`));
  }
  if (s.failed > 0)
    out.push(c.bold(c.red(`✖ ${count(s.failed, w.posting, w)} ${w.plural(s.failed) ? w.notRead[1] : w.notRead[0]}`)));
  return out.join('\n') + '\n';
}
