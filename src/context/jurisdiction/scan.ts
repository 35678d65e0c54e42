// Reading one line that may hold evidence: its location label, place names on its words, abbreviations where
// an address puts them, postal codes, départements, telephone numbers and markers.
import type { Normalized } from '../../text/normalize.js';
import { hasDigit, isAlnum, isUpper } from './chars.js';
import { ELSEWHERE, type Code } from './data.js';
import type { Compiled, WordInfo } from './lexicon.js';
import {
  DEPT,
  DEPT_PAREN,
  endsAddress,
  FR_POSTAL_BEFORE,
  LEAD,
  LETTER_OR_DIGIT,
  PHONE,
  POSTAL,
  POSTCODE_AHEAD,
  postalCode,
  US_ZIP_AHEAD,
  WEIGHT,
  wordBefore,
} from './patterns.js';
import type { Scores } from './scores.js';

/** A word of the line, from the analysis: its folded form (after same-words), offsets in the folded text, its data. */
export interface LineWord {
  text: string;
  start: number;
  end: number;
  info: WordInfo | null;
}

/** The whole text folded (the analysis' `norm`), and the words of one of its lines. */
export interface LineView {
  folded: Normalized;
  toks: LineWord[];
}

/**
 * Start of the location value in `line`, or -1; a label alone on its line gives -2 (the next line is the value).
 * The label heads the line ("Lieu de travail : …", "- **Location:** …") or follows markup in a line of
 * run-together fields ("**Department:** Sales **Location:** Laval").
 */
function locationValue(line: string, orig: (i: number) => number, toks: LineWord[]): number {
  const lead = LEAD.exec(line)?.[0].length ?? 0;
  for (let i = 0; i < toks.length; i++) {
    const labels = toks[i].info?.labels;
    if (!labels) continue;
    const start = orig(toks[i].start);
    if (start !== lead) {
      let k = start - 1;
      if (line[k] === ' ') k--;
      const c = line.charCodeAt(k);
      if (!(c === 42 || c === 124 || c === 0x2022 || c === 0xb7 || c === 9)) continue; // * | • · tab
    }
    for (const label of labels) {
      if (i + label.length > toks.length) continue;
      let ok = true;
      for (let k = 0; k < label.length && ok; k++) ok = toks[i + k].text === label[k];
      if (!ok) continue;
      // Right after the label: optional spaces / emphasis, then a colon (or nothing at all: a bare heading).
      let at = orig(toks[i + label.length - 1].end);
      const limit = Math.min(line.length, at + 6);
      while (at < limit && /[\s*_]/.test(line[at])) at++;
      if (line[at] === ':' || line[at] === '\uff1a') {
        at++;
        while (at < line.length && at < limit + 6 && /[\s*_]/.test(line[at])) at++;
        return at >= line.length && start === lead ? -2 : at;
      }
      if (at >= line.length && start === lead && line.length < 60) return -2;
    }
  }
  return -1;
}

type Found = [Code, number, string, number, number];

/** Adds the places found on a line: outside a location line, only the strongest plain mention of each jurisdiction. */
function keepStrongest(
  found: Found[],
  muted: Set<Code> | null,
  inLoc: (offset: number) => boolean,
  add: (code: Code, weight: number, key: string, start: number, end: number) => void,
): void {
  const plainBest = new Map<Code, number>();
  for (const [code, w, , start] of found) {
    if (!inLoc(start) && w <= WEIGHT.body.name) plainBest.set(code, Math.max(plainBest.get(code) ?? 0, w));
  }
  const kept = new Set<Code>();
  for (const [code, w, key, start, end] of found) {
    if (muted?.has(code)) continue;
    if (!inLoc(start) && w <= WEIGHT.body.name) {
      if (kept.has(code) || w < plainBest.get(code)!) continue;
      kept.add(code);
    }
    add(code, w, key, start, end);
  }
}

/** Reads one line (without its line break) at `base` in the text; returns the location-value state for the next line. */
export function scanLine(
  line: string,
  base: number,
  pendingLabel: boolean,
  lex: Compiled,
  scores: Scores,
  view: LineView,
): boolean {
  const { abbrAt, abbrAll } = lex;
  const { folded, toks } = view;
  // Offsets in the line from offsets in the folded text.
  const orig = (i: number): number => folded.map[i] - base;
  let valueAt = locationValue(line, orig, toks);
  const labelAlone = valueAt === -2;
  if (labelAlone) valueAt = -1;
  else if (valueAt === -1 && pendingLabel && line.length <= 100) valueAt = 0; // "Location" on the line before
  const inLoc = (offset: number): boolean => valueAt >= 0 && offset >= valueAt;
  const add = (code: Code, weight: number, key: string, start: number, end: number): void => {
    if (weight > 0) scores.add({ code, weight, key, start: base + start, end: base + end });
  };

  // Abbreviation, "Canada" or département in brackets qualifying a place that ends at `end`:
  // "Laval, QC", "Montréal, Canada", "Laval (53)".
  const qualifierAfter = (end: number): Code | null => {
    const rest = line.slice(end, end + 16);
    if (DEPT_PAREN.test(rest)) return 'FR';
    const m = /^[ \u00a0]{0,2}[,(][ \u00a0]{0,2}/.exec(rest);
    if (!m) return null;
    if (lex.canadaNamed.test(rest.slice(m[0].length))) return 'CA';
    abbrAt.lastIndex = end + m[0].length;
    const a = abbrAt.exec(line);
    return a ? (lex.abbr.get(a[0]) ?? null) : null;
  };

  // 1. Place names on the folded words. A not-place ("Nunavut Inuit") mutes its jurisdiction on the line.
  // Most lines read hold no place: the sets and lists are made with the first one.
  let placeEnds: Set<number> | null = null;
  const found: Found[] = [];
  let muted: Set<Code> | null = null;
  for (let i = 0; i < toks.length; i++) {
    const cands = toks[i].info?.places;
    if (!cands) continue;
    for (const p of cands) {
      const n = p.words.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok =
          toks[i + k].text === p.words[k] &&
          /^[ .,'()-]{1,3}$/.test(folded.text.slice(toks[i + k - 1].end, toks[i + k].start));
      }
      if (!ok) continue;
      const start = orig(toks[i].start);
      let end = orig(toks[i + n - 1].end);
      let capital = false;
      for (let k = 0; k < n && !capital; k++) capital = isUpper(line[orig(toks[i + k].start)]);
      const loc = inLoc(start);
      if (!capital && !loc && p.kind !== 'not-place') break;
      // "Remote (Canada)": keep the closing bracket with the phrase it belongs to.
      if (line[end] === ')' && line.lastIndexOf('(', end) >= start) end++;
      i += n - 1;
      if (p.kind === 'not-place') {
        (muted ??= new Set()).add(p.code);
        break;
      }
      (placeEnds ??= new Set()).add(end);
      const q = qualifierAfter(end);
      const frPostal = FR_POSTAL_BEFORE.test(line.slice(Math.max(0, start - 9), start));
      const key = `${p.kind}:${p.words.join(' ')}`;
      const before = wordBefore(line, start);
      const qualifying = p.kind === 'name' && before?.comma === true && placeEnds!.has(before.end);
      if (frPostal && p.code !== 'FR') {
        // "53000 Laval": a French address, not this place.
        const from = Math.max(0, start - 9);
        const at = from + line.slice(from, start).search(/\d{5}[ \u00a0]{1,2}$/);
        found.push(['FR', loc ? WEIGHT.loc.frPostal : WEIGHT.body.qualified, 'fr-postal', at, start]);
      } else if (q && q !== p.code && q !== 'CA') {
        // "London, UK", "Richmond, VA", "Laval (53)": the qualifier counts, not this place.
        if (q === 'FR')
          found.push([
            'FR',
            loc ? WEIGHT.loc.dept : WEIGHT.body.qualified,
            'dept-paren',
            line.indexOf('(', end),
            line.indexOf(')', end) + 1,
          ]);
      } else if (p.kind === 'canada-wide') {
        found.push(['CA', WEIGHT.loc.country, key, start, end]);
      } else if (p.code === 'CA' && qualifying) {
        // "Montréal, Canada": Canada confirms the place; it does not make the job Canada-wide.
        if (loc) found.push(['CA', WEIGHT.loc.canadaAfterPlace, key, start, end]);
      } else {
        const country = p.code === ELSEWHERE || p.code === 'CA';
        const w = loc
          ? p.kind === 'name'
            ? country
              ? WEIGHT.loc.country
              : WEIGHT.loc.name
            : WEIGHT.loc[p.kind as 'city' | 'ambiguous']
          : qualifying || q === p.code || q === 'CA' || frPostal
            ? WEIGHT.body.qualified
            : p.kind === 'name'
              ? p.code === ELSEWHERE
                ? WEIGHT.body.country
                : WEIGHT.body.name
              : WEIGHT.body[p.kind as 'city' | 'ambiguous'];
        found.push([p.code, w, key, start, end]);
      }
      break;
    }
  }
  // Several plain mentions of one jurisdiction in a sentence ("offices in Toronto, Ottawa and Kitchener") are one
  // piece of evidence: outside a location line, only the strongest plain mention of each counts.
  if (found.length) keepStrongest(found, muted, inLoc, add);

  // 2. Abbreviations where an address puts them.
  abbrAll.lastIndex = 0;
  for (let m = abbrAll.exec(line); m; m = abbrAll.exec(line)) {
    // Not glued to a word, a number or a dot before it (checked here: a lookbehind would slow the regex down).
    const prev = line[m.index - 1];
    if (prev !== undefined && (prev === '.' || isAlnum(prev) || LETTER_OR_DIGIT.test(prev))) {
      abbrAll.lastIndex = m.index + 1;
      continue;
    }
    const code = lex.abbr.get(m[0]);
    if (!code) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = wordBefore(line, start);
    const afterPlace = before !== null && placeEnds !== null && placeEnds.has(before.end);
    const atValueStart = valueAt >= 0 && start === valueAt;
    const ends = endsAddress(line, end, lex.canadaAhead);
    const key = `abbr:${m[0]}`;
    if (code === ELSEWHERE) {
      // "Seattle, WA 98101", "Sydney NSW 2000", "London, UK" (never "Paris, LA DÉFENSE").
      const endsForeign = ends || POSTCODE_AHEAD.test(line.slice(end, end + 10));
      if (!endsForeign || !(afterPlace || (before?.comma && before.capital))) continue;
      if (inLoc(start)) add(code, WEIGHT.loc.country, key, start, end);
      else if (US_ZIP_AHEAD.test(line.slice(end, end + 10)) || (afterPlace && before?.comma))
        add(code, WEIGHT.body.zip, key, start, end);
      continue;
    }
    if (inLoc(start)) {
      // "Sharon, CA": a place somewhere in Canada, which says less than "Location: Canada".
      const w = code === 'CA' && before?.comma ? WEIGHT.loc.canadaAfterPlace : WEIGHT.loc.abbr;
      if (afterPlace || (ends && (atValueStart || before))) add(code, w, key, start, end);
      continue;
    }
    if (afterPlace) add(code, code === 'CA' ? 0 : WEIGHT.body.qualified, key, start, end);
    else if (before?.comma && before.capital && ends) add(code, WEIGHT.body.abbrAfterWord, key, start, end);
  }

  // 3. Canadian postal codes (they and telephone numbers need a digit: most lines have none).
  const digits = hasDigit(line);
  POSTAL.lastIndex = digits ? 0 : line.length;
  for (let m = POSTAL.exec(line); m; m = POSTAL.exec(line)) {
    const start = m.index;
    if (isAlnum(line[start - 1])) {
      // Glued to its province by a scraper ("Calgary, ABT2Z 4A2"): accept only after a 2-letter abbreviation.
      const abbr = line.slice(start - 2, start);
      if (!(lex.abbr.has(abbr) && !isAlnum(line[start - 3]))) continue;
    }
    const code = postalCode(m[0].slice(0, 3));
    if (!code) continue;
    add(
      code,
      inLoc(start) ? WEIGHT.loc.postal : WEIGHT.body.postal,
      `postal:${m[0].replace(/[^A-Z0-9]/g, '')}`,
      start,
      start + m[0].length,
    );
  }

  // 4. France Travail's "Lieu: 69 - Villeurbanne"; a French postal code before a place on a location line.
  if (valueAt >= 0) {
    const value = line.slice(valueAt, valueAt + 40);
    if (DEPT.test(value)) add('FR', WEIGHT.loc.dept, 'dept', valueAt, valueAt + value.trimEnd().length);
  }

  // 5. Telephone numbers: the area code ("(514) 555-0199", "+1 604.555.0199").
  PHONE.lastIndex = digits ? 0 : line.length;
  for (let m = PHONE.exec(line); m; m = PHONE.exec(line)) {
    const area = m[1] ?? m[2];
    const code = lex.areaCodes.get(area);
    if (code) add(code, WEIGHT.body.phone, `phone:${area}`, m.index, m.index + m[0].length);
  }

  // 6. Markers ("CDI", "H/F", "€"), on a line that holds the first word of one (or a marker sign).
  const markers = toks.some((w) => w.info?.marker) || lex.markerSigns.some((m) => line.includes(m));
  for (const [text, code] of markers ? lex.markers : []) {
    for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + text.length)) {
      const end = at + text.length;
      if (isAlnum(text[0]) && isAlnum(line[at - 1])) continue;
      if (isAlnum(text[text.length - 1]) && isAlnum(line[end])) continue;
      const w = inLoc(at) ? WEIGHT.loc.marker : code === ELSEWHERE ? WEIGHT.body.foreignMarker : WEIGHT.body.marker;
      add(code, w, `marker:${text.toLowerCase()}`, at, end);
      break;
    }
  }
  return labelAlone;
}
