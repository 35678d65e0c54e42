// The rules' view of the posting: lines, folded text and whole-word phrase tests read from the one analysis of
// src/text/analyze.ts (its lines and its normalised text with the offset map), never by splitting or folding the
// posting again.
import { ITEM_LEAD, type Analysis } from '../text/analyze.js';
import { fold as foldPhrase } from '../text/normalize.js';
import type { Lang, Span } from '../types.js';
import { memo } from '../util/cache.js';
import type { Ask } from './engine.js';

const LETTER = /[\p{L}\p{N}]/u;
const BLANKS_OR_QUOTES = /^[\s>]*/;

/** The index in `a.lines` of the line holding `offset` (binary search on the lines' start offsets). */
export function lineNumberAt(a: Analysis, offset: number): number {
  return a.lineIndex.lineOf(offset);
}

/** The whole line holding `span`'s start, trimmed of surrounding blanks and of a leading bullet. */
export function lineAt(a: Analysis, span: Span): Ask {
  const line = a.lines[lineNumberAt(a, Math.min(span.start.offset, a.text.length))];
  const raw = a.text.slice(line.start, line.end);
  // The start of one line, not the posting: a list item's bullet or number (analyze.ts ITEM_LEAD), or blanks.
  const lead = ITEM_LEAD.exec(raw) ?? BLANKS_OR_QUOTES.exec(raw);
  const s = line.start + (lead ? lead[0].length : 0);
  const e = Math.max(s, line.start + raw.trimEnd().length);
  return { span: a.lineIndex.span(s, e), excerpt: a.text.slice(s, e), strength: 'required' };
}

/** The first folded offset at or after the original offset `offset` (norm.map is non-decreasing). */
function foldedOffset(a: Analysis, offset: number): number {
  const map = a.norm.map;
  let lo = 0,
    hi = a.norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The folded text (lower case, no accents, plain apostrophes and dashes: src/text/normalize.ts) of the original
 * offsets [start, end), with blanks run together, as the phrases are.
 */
export function foldedAt(a: Analysis, start: number, end: number): string {
  return squeeze(a.norm.text.slice(foldedOffset(a, start), foldedOffset(a, end)));
}

/** The folded text of a span. */
export function foldedSpan(a: Analysis, span: Span): string {
  return foldedAt(a, span.start.offset, span.end.offset);
}

/** The folded text of the whole line holding `span`'s start (trimmed as lineAt trims it). */
export function foldedLine(a: Analysis, span: Span): string {
  return foldedSpan(a, lineAt(a, span).span);
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ');
}

const needles = memo<string, string>('rules.phrase-needles', 5000);

/** A phrase of the rules' data folded as the posting is (memoised: the lists are fixed data). */
function needleOf(p: string): string {
  return needles.getOr(p, foldText);
}

/** Where `needle` first occurs in `hay` as whole words (the ends of `hay` count as word edges), or -1. */
function wholeWord(hay: string, needle: string): number {
  if (!needle) return -1;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i > 0 ? hay.charAt(i - 1) : ' ',
      after = hay.charAt(i + needle.length) || ' ';
    const okBefore = !LETTER.test(needle.charAt(0)) || !LETTER.test(before);
    const okAfter = !LETTER.test(needle.charAt(needle.length - 1)) || !LETTER.test(after);
    if (okBefore && okAfter) return i;
  }
  return -1;
}

/** True when one of the phrases occurs in the folded text as whole words. */
export function hasPhrase(phrases: Record<Lang, readonly string[]>, folded: string): boolean {
  for (const p of phrases.fr) if (wholeWord(folded, needleOf(p)) >= 0) return true;
  for (const p of phrases.en) if (wholeWord(folded, needleOf(p)) >= 0) return true;
  return false;
}

/** True when one of the phrases occurs as whole words in the span's text (case and accents ignored). */
export function mentionsAt(phrases: Record<Lang, readonly string[]>, a: Analysis, span: Span): boolean {
  return hasPhrase(phrases, foldedSpan(a, span));
}

/** True when one of the phrases occurs as whole words on the line of `span` (case and accents ignored). */
export function mentionsOnLine(phrases: Record<Lang, readonly string[]>, a: Analysis, span: Span): boolean {
  return hasPhrase(phrases, foldedLine(a, span));
}

/** A short text that is not the posting's (a title, a NOC sentence) folded as the posting is, blanks run together. */
export function foldText(text: string): string {
  return squeeze(foldPhrase(text));
}

/** True when one of the phrases occurs in a short text that is not the posting's (a title), folded the same way. */
export function mentions(phrases: Record<Lang, readonly string[]>, text: string): boolean {
  return hasPhrase(phrases, foldText(text));
}

/**
 * Where the first of the phrases occurs as whole words in the original offsets [start, end) (case and accents
 * ignored): original offsets, or null. The earliest wins, and the longest of those starting there.
 */
export function findPhraseAt(
  phrases: Record<Lang, readonly string[]>,
  a: Analysis,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const from = foldedOffset(a, start),
    to = foldedOffset(a, end);
  const hay = a.norm.text.slice(from, to);
  const map = a.norm.map;
  let best: { start: number; end: number } | null = null;
  for (const p of [...phrases.fr, ...phrases.en]) {
    const needle = needleOf(p);
    const i = wholeWord(hay, needle);
    if (i < 0) continue;
    const s = map[from + i];
    let e = map[from + i + needle.length - 1] + 1;
    while (e < a.text.length && /\p{M}/u.test(a.text[e])) e++; // a combining accent folded into the last letter
    if (!best || s < best.start || (s === best.start && e > best.end)) best = { start: s, end: e };
  }
  return best;
}
