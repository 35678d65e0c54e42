// Applying fixes: each finding's first suggestion replaces its span. As in ESLint, fixes are taken in text
// order and one that overlaps a fix already taken is skipped; the kept ones are applied from the end so
// earlier offsets stay valid.
import type { Finding } from '../types.js';

export interface FixResult {
  text: string;
  /** In text order. */
  applied: Finding[];
  /** Findings without a suggestion, or whose span overlaps an earlier fix. */
  skipped: Finding[];
}

export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const order = [...findings].sort(
    (a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset,
  );
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  let end = -1; // end offset of the last fix taken
  for (const f of order) {
    const {
      start: { offset: s },
      end: { offset: e },
    } = f.span;
    if (!f.suggestions[0] || s < end || s > e || e > text.length) {
      skipped.push(f);
      continue;
    }
    applied.push(f);
    end = e;
  }
  let out = text;
  for (const f of [...applied].reverse()) {
    out = out.slice(0, f.span.start.offset) + f.suggestions[0].replacement + out.slice(f.span.end.offset);
  }
  return { text: out, applied, skipped };
}
