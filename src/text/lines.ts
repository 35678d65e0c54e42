import type { Position, Span } from '../types.js';
import { last } from '../util/cache.js';

/**
 * Maps offsets in the original text to 1-based line/column. "\r\n", "\n" and a lone "\r" each end a line,
 * so CRLF files get the same lines as LF files; columns count UTF-16 code units from 1.
 */
export class LineIndex {
  /** Offset of the start of each line. */
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The index (from 0) of the line holding `offset`. */
  lineOf(offset: number): number {
    let lo = 0,
      hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1, offset };
  }

  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(end) };
  }
}

const lastIndex = last<string, LineIndex>('line index of the last text');
const makeIndex = (text: string) => new LineIndex(text);

/** The LineIndex of a text, reused while the same text is asked for (the analysis, the rules and the
 * directives of one posting all need it). */
export function lineIndexOf(text: string): LineIndex {
  return lastIndex.getOr(text, makeIndex);
}
