// XML escaping shared by the junit and checkstyle formatters.
// Text from postings is untrusted: terminal control sequences are removed first (sanitize), then every
// character XML 1.0 does not allow (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF),
// then the five markup characters are escaped. A hand-written loop: linear time, no regular expression.
import { sanitize } from '../util/sanitize.js';

/** True for a code point that XML 1.0 allows in a document (its `Char` production). */
function isXmlChar(code: number): boolean {
  if (code >= 0x20)
    return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The text with only characters XML 1.0 allows: C0 controls (except tab, LF, CR), lone surrogates, U+FFFE and U+FFFF go. */
export function stripInvalidXml(text: string): string {
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    if (!isXmlChar(c)) {
      out += text.slice(kept, i);
      kept = i + width;
    }
    i += width - 1;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

function escape(text: string, attribute: boolean): string {
  const clean = stripInvalidXml(sanitize(text));
  let out = '';
  let kept = 0;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    let rep: string | null = null;
    if (ch === '&') rep = '&amp;';
    else if (ch === '<') rep = '&lt;';
    else if (ch === '>') rep = '&gt;';
    else if (attribute) {
      // Attribute values are normalized by XML parsers (a raw tab or line break becomes a space): character
      // references keep them.
      if (ch === '"') rep = '&quot;';
      else if (ch === '\n') rep = '&#10;';
      else if (ch === '\r') rep = '&#13;';
      else if (ch === '\t') rep = '&#9;';
    } else if (ch === '\r') rep = '&#13;'; // a raw CR in text would be read as a line break
    if (rep !== null) {
      out += clean.slice(kept, i) + rep;
      kept = i + 1;
    }
  }
  return kept === 0 ? clean : out + clean.slice(kept);
}

/** Escapes untrusted text for element content. */
export function xmlText(text: string): string {
  return escape(text, false);
}

/** Escapes untrusted text for a double-quoted attribute value (apostrophes, frequent in French, stay as they are). */
export function xmlAttr(text: string): string {
  return escape(text, true);
}

/** ` name="value"` for each entry, in order; undefined values are left out. */
export function xmlAttrs(attrs: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${xmlAttr(String(value))}"`;
  }
  return out;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
