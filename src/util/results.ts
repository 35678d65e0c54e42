import type { Result } from '../types.js';

/** The Result of an input that could not be read or audited: every field empty, `error` set. */
export function errorResult(source: string, message: string): Result {
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
