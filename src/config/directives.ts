// Inline directives in a posting's text, as ESLint's comments:
//   <!-- jobaudit-disable-next-line language/second-language -- serves Ontario clients -->
//   <!-- jobaudit-disable licence/driver, transport/own-vehicle --> … <!-- jobaudit-enable -->
//   Bilingue requis <!-- jobaudit-disable-line language/second-language -- clientèle ontarienne -->
//   # jobaudit-disable-next-line licence/driver -- deliveries between our two stores     (plain text, own line)
//   // jobaudit-disable-next-line licence/driver                                          (plain text, own line)
//   Permis de conduire requis  # jobaudit-disable-line licence/driver                     (plain text, end of line)
// No rule named means every rule; a reason follows " -- ". The scan is linear and builds no regular expression
// from the text: it looks for fixed markers with indexOf and reads words character by character.
import { lineIndexOf } from '../text/lines.js';
import type { Span } from '../types.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

/** The ids of the problems directives can cause. */
export const UNUSED_DIRECTIVE = 'jobaudit/unused-directive';
export const MISSING_REASON = 'jobaudit/missing-reason';
export const UNKNOWN_RULE = 'jobaudit/unknown-rule';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids as written; empty: every rule. */
  rules: string[];
  /** Offset in the text of each rule id, in the order of `rules`. */
  ruleOffsets: number[];
  /** The text after " -- ", trimmed; null when there is none. */
  reason: string | null;
  /** The whole directive: `<!-- … -->`, or from "#" or "//" to the end of the line (line break excluded). */
  span: Span;
  /** disable-line: the directive's (first) line; disable-next-line: the line after the directive; blocks: null. */
  line: number | null;
  /** How it is written: an HTML comment, or a plain-text line comment. */
  form: 'comment' | 'hash' | 'slashes';
  /** The directive as written (the text of `span`). */
  text: string;
}

export const PREFIX = 'jobaudit-';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/** The directive kind written at `at` (just after "jobaudit-") and where it ends, or null. */
function readKind(text: string, at: number, limit: number): { kind: DirectiveKind; end: number } | null {
  let i = at;
  while (i < limit && (isLower(text[i]) || (text[i] === '-' && isLower(text[i + 1]) && i + 1 < limit))) i++;
  const word = text.slice(at, i);
  if (!(DIRECTIVE_KINDS as readonly string[]).includes(word)) return null;
  if (i < limit && !isBlank(text[i])) return null; // "jobaudit-disabled", "jobaudit-disable:…"
  return { kind: word as DirectiveKind, end: i };
}

/** Splits a body (between the kind and the end of the directive) into rule ids (with offsets) and a reason. */
function readBody(
  text: string,
  from: number,
  to: number,
): { rules: string[]; ruleOffsets: number[]; reason: string | null } {
  // The reason starts at the first "--" that follows a blank (or opens the body).
  let split = to;
  for (let i = from; i + 1 < to; i++) {
    if (text[i] === '-' && text[i + 1] === '-' && (i === from || isBlank(text[i - 1]))) {
      split = i;
      break;
    }
  }
  const rules: string[] = [];
  const ruleOffsets: number[] = [];
  let i = from;
  while (i < split) {
    while (i < split && (isBlank(text[i]) || text[i] === ',')) i++;
    const start = i;
    while (i < split && !isBlank(text[i]) && text[i] !== ',') i++;
    if (i > start) {
      rules.push(text.slice(start, i));
      ruleOffsets.push(start);
    }
  }
  let reason: string | null = null;
  if (split < to) {
    let r = split;
    while (r < to && text[r] === '-') r++;
    reason = text.slice(r, to).trim() || null;
  }
  return { rules, ruleOffsets, reason };
}

/** A fence line (``` or ~~~, indented at most 3 spaces): its character and length, or null. */
function fenceOf(line: string): { char: string; count: number; rest: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const c = line[i];
  if (c !== '`' && c !== '~') return null;
  let n = 0;
  while (line[i + n] === c) n++;
  return n >= 3 ? { char: c, count: n, rest: line.slice(i + n) } : null;
}

/**
 * Every directive in the text, in text order. Lines inside Markdown code fences (``` or ~~~) are skipped:
 * a directive shown there is an example, not an instruction. HTML comments that are not directives are skipped
 * whole, so a directive inside one ("<!-- old: <!-- jobaudit-disable --> -->") does not count.
 */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes(PREFIX)) return [];
  const index = lineIndexOf(text);
  const out: Directive[] = [];
  const push = (
    kind: DirectiveKind,
    start: number,
    end: number,
    bodyFrom: number,
    bodyTo: number,
    form: Directive['form'],
  ) => {
    const span = index.span(start, end);
    const line = kind === 'disable-line' ? span.start.line : kind === 'disable-next-line' ? span.end.line + 1 : null;
    out.push({ kind, ...readBody(text, bodyFrom, bodyTo), span, line, form, text: text.slice(start, end) });
  };

  let fence: { char: string; count: number } | null = null;
  let resume = 0; // scanning goes on from here (after a comment that spans lines)
  let noCloseAfter = Infinity; // no "-->" at or after this offset
  let pos = 0;
  while (pos < text.length) {
    let end = pos;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    if (end <= resume && resume > pos) {
      pos = next;
      continue;
    } // wholly inside a comment
    const from = Math.max(pos, resume);
    const line = text.slice(pos, end);

    if (from === pos) {
      const f = fenceOf(line);
      if (fence) {
        if (f && f.char === fence.char && f.count >= fence.count && f.rest.trim() === '') fence = null;
        pos = next;
        continue;
      }
      if (f && !(f.char === '`' && f.rest.includes('`'))) {
        fence = { char: f.char, count: f.count };
        pos = next;
        continue;
      }
      // A plain-text directive on a line of its own: "# jobaudit-…" or "// jobaudit-…".
      let i = pos;
      while (i < end && isSpace(text[i])) i++;
      const marker = text[i] === '#' ? 1 : text[i] === '/' && text[i + 1] === '/' ? 2 : 0;
      if (marker) {
        let j = i + marker;
        while (j < end && isSpace(text[j])) j++;
        if (text.startsWith(PREFIX, j)) {
          const kind = readKind(text, j + PREFIX.length, end);
          if (kind) {
            let stop = end;
            while (stop > kind.end && isSpace(text[stop - 1])) stop--;
            push(kind.kind, i, stop, kind.end, stop, marker === 1 ? 'hash' : 'slashes');
            pos = next;
            continue;
          }
        }
      }
    }

    // HTML comments on this line (a directive comment may end on a later line).
    const comments: [number, number][] = [];
    let k = text.indexOf('<!--', from);
    while (k !== -1 && k < end) {
      const close = k + 4 < noCloseAfter ? text.indexOf('-->', k + 4) : -1;
      if (close === -1) {
        noCloseAfter = Math.min(noCloseAfter, k + 4);
        break;
      } // unterminated: not a comment
      let m = k + 4;
      while (m < close && isBlank(text[m])) m++;
      if (text.startsWith(PREFIX, m)) {
        const kind = readKind(text, m + PREFIX.length, close);
        if (kind) push(kind.kind, k, close + 3, kind.end, close, 'comment');
      }
      comments.push([k, close + 3]);
      resume = close + 3;
      k = text.indexOf('<!--', resume);
    }

    // "… # jobaudit-disable-line RULE" or "… // jobaudit-disable-line RULE" at the end of a line of text (not in a comment).
    const inComment = (o: number) => comments.some(([s, e]) => o >= s && o < e);
    let t = text.indexOf(`${PREFIX}disable-line`, from);
    while (t !== -1 && t < end) {
      let b = t;
      while (b > from && isSpace(text[b - 1])) b--;
      const marker = text[b - 1] === '#' ? 1 : text[b - 1] === '/' && text[b - 2] === '/' ? 2 : 0;
      const at = b - marker;
      const kind =
        marker && at > pos && isSpace(text[at - 1]) && !inComment(t) ? readKind(text, t + PREFIX.length, end) : null;
      if (kind && kind.kind === 'disable-line' && !comments.some(([s]) => s > at)) {
        let stop = end;
        while (stop > kind.end && isSpace(text[stop - 1])) stop--;
        push('disable-line', at, stop, kind.end, stop, marker === 1 ? 'hash' : 'slashes');
        break;
      }
      t = text.indexOf(`${PREFIX}disable-line`, t + 1);
    }
    if (resume > end) {
      // A comment runs past this line: go on with the line where it ends.
      let p = next;
      while (p < text.length) {
        let e = p;
        while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
        if (e >= resume) break;
        p = text[e] === '\r' && text[e + 1] === '\n' ? e + 2 : e + 1;
      }
      pos = p;
      continue;
    }
    pos = next;
  }
  return out.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** The text with every directive replaced by spaces (line breaks kept), so offsets and lines do not change and the
 * rules do not read a directive's rule ids or reason as part of the posting. */
export function maskDirectives(text: string, directives: readonly Directive[]): string {
  if (!directives.length) return text;
  let out = '';
  let last = 0;
  for (const d of directives) {
    const s = d.span.start.offset,
      e = d.span.end.offset;
    if (s < last) continue;
    out += text.slice(last, s);
    for (let i = s; i < e; i++) out += text[i] === '\n' || text[i] === '\r' ? text[i] : ' ';
    last = e;
  }
  return out + text.slice(last);
}
