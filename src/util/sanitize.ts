// Posting text is untrusted: a posting (or a file name) can carry terminal escape sequences that
// recolour, retitle or rewrite the terminal. Everything printed from it goes through sanitize().
// A hand-written scanner rather than a regular expression: linear time, no backtracking.

const ESC = 0x1b;
const BEL = 0x07;

/** C1 introducers that start a control string ended by ST (ESC \ or 0x9C) or BEL. */
function isStringIntroducer(code: number): boolean {
  // DCS 0x90, SOS 0x98, OSC 0x9D, PM 0x9E, APC 0x9F
  return code === 0x90 || code === 0x98 || code === 0x9d || code === 0x9e || code === 0x9f;
}

/** Bidirectional embeddings, overrides and isolates can make a printed line read differently from its bytes. */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Index just past a CSI sequence whose parameters start at `i`; unterminated: past the parameters. */
function skipCsi(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x3f) {
      i++;
      continue;
    } // parameter and intermediate bytes
    if (c >= 0x40 && c <= 0x7e) return i + 1; // final byte
    return i; // malformed: stop, the next character is handled on its own
  }
  return i;
}

/** Index just past a control string (OSC, DCS…) starting at `i`, or -1 when it is never terminated. */
function skipControlString(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BEL || c === 0x9c) return i + 1;
    if (c === ESC && text.charCodeAt(i + 1) === 0x5c) return i + 2; // ESC \
  }
  return -1;
}

/**
 * Removes ANSI/VT escape sequences (CSI, OSC and other control strings, two-character escapes),
 * C0 controls except tab and newline, DEL, C1 controls and bidi overrides.
 */
export function sanitize(text: string): string {
  let out = '';
  let kept = 0; // start of the pending run of safe characters
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const safe = c >= 0x20 ? c !== 0x7f && !(c >= 0x80 && c <= 0x9f) && !isBidiControl(c) : c === 0x09 || c === 0x0a;
    if (safe) {
      i++;
      continue;
    }
    out += text.slice(kept, i);
    i = skipUnsafe(text, i);
    kept = i;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Given an unsafe character at `i`, returns the index after the whole sequence it starts. */
function skipUnsafe(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x9b) return skipCsi(text, i + 1);
  if (isStringIntroducer(c)) {
    const end = skipControlString(text, i + 1);
    return end === -1 ? i + 1 : end;
  }
  if (c !== ESC) return i + 1;
  const next = text.charCodeAt(i + 1);
  if (next === 0x5b) return skipCsi(text, i + 2); // ESC [
  // ESC ] (OSC), ESC P (DCS), ESC X (SOS), ESC ^ (PM), ESC _ (APC)
  if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
    const end = skipControlString(text, i + 2);
    return end === -1 ? i + 2 : end;
  }
  // Other escapes: ESC, optional intermediates (0x20–0x2F), then one final character (0x30–0x7E).
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
  const final = text.charCodeAt(j);
  return final >= 0x30 && final <= 0x7e ? j + 1 : j;
}

/** sanitize() plus tabs and line breaks turned into spaces, for one-line fields of a report. */
export function sanitizeLine(text: string): string {
  const clean = sanitize(text);
  let out = '';
  for (const ch of clean) out += ch === '\n' || ch === '\t' ? ' ' : ch;
  return out;
}
