// One posting or input to one Result, where an exception never escapes: one bad posting does not stop a run.
import { auditPosting } from '../audit.js';
import type { Input } from '../ingest/index.js';
import { LexiconError } from '../lexicon/yaml.js';
import type { AuditOptions, Posting, Result } from '../types.js';
import { errorResult } from '../util/results.js';

/** Audits a posting; an exception thrown by the analysis becomes a Result with `error`. */
export function auditSafely(posting: Posting, options: AuditOptions = {}): Result {
  try {
    return auditPosting(posting, options);
  } catch (error) {
    // A broken lexicon or configuration breaks every posting alike: stop the run with it, once.
    if (error instanceof LexiconError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return errorResult(posting.source, `internal error: ${message}`);
  }
}

/**
 * Turns an Input into a Result: a read error becomes a Result with `error`, and so does an exception
 * thrown by the analysis, so one bad posting does not stop a run over many.
 */
export function auditInput(input: Input, options: AuditOptions = {}): Result {
  if (input.error !== undefined) return errorResult(input.source, input.error);
  return auditSafely(input.posting, options);
}
