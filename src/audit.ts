// STUB (being written): the pipeline analyze → extract → judge for one posting.
import type { AuditOptions, Posting, Result } from './types.js';

export function auditPosting(posting: Posting, options: AuditOptions = {}): Result {
  return {
    source: posting.source, language: 'fr', title: null, occupation: null, jurisdiction: options.jurisdiction ?? null,
    requirements: [], pay: { disclosed: false, min: null, max: null, currency: null, period: null }, findings: [], error: null,
  };
}
