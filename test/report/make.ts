// Fabricated results: the analysis is developed separately, so reporters and exit codes are tested on hand-made findings.
import type { Finding, Result, Severity } from '../../src/types.js';

export function finding(severity: Severity, line = 1, column = 1, extra: Partial<Finding> = {}): Finding {
  const offset = (line - 1) * 10 + column - 1;
  return {
    ruleId: 'education/secondary-diploma',
    severity,
    message: `A ${severity} message`,
    span: { start: { line, column, offset }, end: { line, column: column + 3, offset: offset + 3 } },
    excerpt: 'DES',
    suggestions: [{ message: 'Accept equivalent experience', replacement: 'DES ou expérience équivalente' }],
    references: [],
    ...extra,
  };
}

export function result(source: string, findings: Finding[] = [], extra: Partial<Result> = {}): Result {
  return {
    source,
    language: 'fr',
    title: null,
    occupation: null,
    jurisdiction: null,
    requirements: [],
    pay: { disclosed: false, min: null, max: null, currency: null, period: null },
    findings,
    error: null,
    ...extra,
  };
}

export function failed(source: string, message = 'no such file or directory'): Result {
  return {
    source,
    language: null,
    title: null,
    occupation: null,
    jurisdiction: null,
    requirements: [],
    pay: null,
    findings: [],
    error: { message },
  };
}
