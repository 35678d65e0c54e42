// Character tests of the jurisdiction reader: plain loops over code units (cheaper than Unicode regexes), and
// the test that tells a line may hold a postal code, a telephone number, an abbreviation or a marker.

/** A letter (of a script with case) or a digit. */
export function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return c.toLowerCase() !== c.toUpperCase();
}

export const isAlnum = (c: string | undefined): boolean => c !== undefined && c !== '' && isWordChar(c);
export const isUpper = (c: string | undefined): boolean =>
  c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();

/** A-Z, À-Þ ("Î.-P.-É."). */
export function isUpperCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

export function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A label is read after "*", "|", "•", "·" or a tab, with one space between at most (see locationValue). */
export function afterMarkup(text: string, at: number): boolean {
  let k = at - 1;
  if (text[k] === ' ') k--;
  const c = text.charCodeAt(k);
  return c === 42 || c === 124 || c === 0x2022 || c === 0xb7 || c === 9;
}

/**
 * In text[start, end): ten digits (a telephone number), a capital followed by a digit (A1A 1A1) or by a dot (B.C.,
 * N.-B.), a currency sign, or a run of capitals that an abbreviation or a marker is (`runs`: "QC", "ONT", "CDI";
 * an abbreviation is a whole word, so the run is one of its own). Other digits count only next to something that
 * passes on its own: a place ("53000 Laval", "Laval (53)"), a location label ("Lieu : 69 - Lyon"), an abbreviation
 * ("WA 98101", "Sydney NSW 2000"), a marker ("Bac+2": "bac" is a trigger word).
 */
export function hasEvidenceChar(
  text: string,
  start: number,
  end: number,
  runs: Set<string>,
  written?: Map<number, string[]>,
): boolean {
  let capital = false;
  let digits = 0;
  let run = start; // where the run of capitals that ends at i started
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (capital || ++digits === 10) return true;
      capital = false;
      continue;
    }
    if (c === 0x20ac || c === 0xa3) return true;
    if (capital && c === 46) return true; // "B.C.", "N.-B."
    const upper = isUpperCode(c);
    if (upper && written) {
      const candidates = written.get(c);
      if (candidates) for (const w of candidates) if (w.length <= end - i && text.startsWith(w, i)) return true;
    }
    if (upper && !capital) run = i;
    else if (!upper && capital && i - run >= 2 && runs.has(text.slice(run, i))) return true;
    capital = upper;
  }
  return capital && end - run >= 2 && runs.has(text.slice(run, end));
}
