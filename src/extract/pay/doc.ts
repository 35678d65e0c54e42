// The posting as pay reads it, made from its analysis (src/text/analyze.ts): nothing here folds, tokenizes or
// splits the raw text again. Pay works in offsets of the original text, character by character (a currency
// sign, a decimal comma, a colon), so it reads the analysis' normalised text through its offset map.
import type { Analysis } from '../../text/analyze.js';
import type { Normalized } from '../../text/normalize.js';
import type { LineIndex } from '../../text/lines.js';
import type { Token } from '../../text/tokens.js';
import { lazy, memo } from '../../util/cache.js';

/** The posting prepared for matching. Offsets are UTF-16 offsets in the original text. */
export interface Doc {
  text: string;
  /** One character for each character of the text (same offsets): folded, as `charView` says. */
  f: string;
  /** Word tokens: runs of letters and runs of digits ("17,53" is 17 and 53), in order. */
  toks: Token[];
  lineStarts: readonly number[];
  lineIndex: LineIndex;
  lineEnds: number[];
  /** Indices of the tokens that may start a phrase searched over the whole text (see phrases.ts findAll). */
  starts: number[];
  /** Indices of the tokens of digits. */
  digits: number[];
}

/**
 * Characters pay reads otherwise than the shared normalisation: a middle dot is a bullet (not a full stop), the
 * spaces it leaves alone are spaces, Windows-1252 bytes read as Latin-1 (C1 controls) are the typographic
 * characters they stood for, and the characters it expands or maps to punctuation keep one character of their
 * own (so that "…" ends no sentence, "½" is no digit and « » are no quotes). Pay read them so when it folded the
 * text itself; kept so that its findings stay the same.
 */
const READS: Record<string, string> = {
  '\u00b7': '*',
  '\ufe69': '$',
  '\uff04': '$',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2008': ' ',
  '\u200b': ' ',
  '\ufeff': ' ',
  '\u0080': '€',
  '\u0091': "'",
  '\u0092': "'",
  '\u0096': '-',
  '\u0097': '-',
  '\u0153': '\u0153',
  '\u0152': '\u0153',
  '\u00e6': '\u00e6',
  '\u00c6': '\u00e6',
  '\u00df': '\u00df',
  '\u00ab': '\u00ab',
  '\u00bb': '\u00bb',
  '\u201c': '\u201c',
  '\u201d': '\u201d',
  '\u201e': '\u201e',
  '\u2023': '\u2023',
  '\u2043': '\u2043',
  '\u2026': '\u2026',
  '\u00bd': '\u00bd',
};
/** READS as a table by character code (0: the shared reading). */
const readsTable = lazy('pay.reads', () => {
  const table = new Uint16Array(0x10000);
  for (const [from, to] of Object.entries(READS)) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
});

const utf16 = new TextDecoder('utf-16le');

/** Pay's character view of a text: the normalised text at original offsets, with READS applied. */
function charView(text: string, norm: Normalized): string {
  const n = text.length;
  const f = norm.text.length === n && isIdentity(norm.map, n) ? norm.text : atOriginalOffsets(text, norm);
  const table = readsTable();
  let out = '';
  let last = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80 && table[c] !== 0) {
      out += f.slice(last, k) + String.fromCharCode(table[c]);
      last = k + 1;
    }
  }
  return last === 0 ? f : out + f.slice(last);
}

/**
 * The normalised text at original offsets when the normalisation expanded or dropped characters ("œ" is "oe"):
 * each character's first normalised character, or itself when it has none.
 */
function atOriginalOffsets(text: string, norm: Normalized): string {
  const { map, text: t } = norm;
  const out = new Uint16Array(text.length);
  for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
  for (let i = 0; i < t.length; i++) if (i === 0 || map[i - 1] !== map[i]) out[map[i]] = t.charCodeAt(i);
  return utf16.decode(out);
}

/** Whether the normalisation kept every character at its offset (one character for one: the usual case). */
function isIdentity(map: Uint32Array, n: number): boolean {
  for (let k = 0; k < n; k++) if (map[k] !== k) return false;
  return true;
}

/** What makes the analysis' tokens differ from pay's: a number with a decimal comma or point, a "+". */
const JOINED = /\d[,.]\d|\+/;

/**
 * The Doc of an analysed posting. Its tokens are the analysis' tokens as pay counts them: a number with a decimal
 * comma or point is one token there, its runs of digits here (each run can start an amount), and the "+" tokens
 * are left out (pay reads "+" as a character). One pass also notes the tokens `isStart` says may start a phrase,
 * and those of digits.
 */
export function docOf(a: Analysis, isStart: (t: Token) => boolean): Doc {
  const lineEnds = a.lines.map((l) => l.end);
  const rebuild = JOINED.test(a.norm.text);
  const toks: Token[] = rebuild ? [] : a.tokens;
  const starts: number[] = [];
  const digits: number[] = [];
  const all = a.tokens;
  for (let i = 0; i < all.length; i++) {
    const t = all[i];
    if (!rebuild) {
      if (t.digit) digits.push(i);
      else if (isStart(t)) starts.push(i);
    } else if (!t.digit) {
      if (t.norm === '+') continue;
      if (isStart(t)) starts.push(toks.length);
      toks.push(t);
    } else if (!t.norm.includes(',') && !t.norm.includes('.')) {
      digits.push(toks.length);
      toks.push(t);
    } else {
      // A digit token is ASCII: its characters are at consecutive original offsets.
      for (const m of t.norm.matchAll(/\d+/g)) {
        const start = t.start + m.index;
        digits.push(toks.length);
        toks.push({ ...t, norm: m[0], start, end: start + m[0].length });
      }
    }
  }
  return {
    text: a.text,
    f: charView(a.text, a.norm),
    toks,
    lineStarts: a.lineIndex.starts,
    lineIndex: a.lineIndex,
    lineEnds,
    starts,
    digits,
  };
}

export function lineOf(doc: Doc, offset: number): number {
  return doc.lineIndex.lineOf(offset);
}

const isLetterCode = (c: number) => /\p{L}/u.test(String.fromCharCode(c));

/** Index of the first token starting at or after offset. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0,
    hi = doc.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const letters = memo<number, boolean>('pay.letter', 4096);
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return letters.getOr(code, isLetterCode);
}
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
export function isDigitAt(f: string, i: number): boolean {
  return i >= 0 && i < f.length && isDigitCode(f.charCodeAt(i));
}
export function isLetterAt(f: string, i: number): boolean {
  return i >= 0 && i < f.length && isLetter(f.charCodeAt(i));
}

/** Start and end of the clause around [s, e): its line, cut at sentence ends (". ", ";", "!", "?"). */
export function clause(doc: Doc, s: number, e: number, line: number, back: number, ahead: number): [number, number] {
  const f = doc.f;
  let from = Math.max(doc.lineStarts[line], s - back);
  for (let k = s - 1; k >= from; k--) {
    if (sentenceEnd(f, k)) {
      from = k + 1;
      break;
    }
  }
  let to = Math.min(doc.lineEnds[line], e + ahead);
  for (let k = e; k < to; k++) {
    if (sentenceEnd(f, k)) {
      to = k;
      break;
    }
  }
  return [from, to];
}

function sentenceEnd(f: string, k: number): boolean {
  const c = f[k];
  if (c === ';' || c === '!' || c === '?' || c === '|') return true;
  return (
    c === '.' && !isDigitAt(f, k + 1) && (k + 1 >= f.length || f[k + 1] === ' ' || f[k + 1] === '"' || f[k + 1] === ')')
  );
}
