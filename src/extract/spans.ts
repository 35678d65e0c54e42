// The span of each ask: the mention and its own qualifiers (field, cues, years, reason), bounded by the asks
// beside it, so that one line of several asks gives several spans.
import type { Token } from '../text/tokens.js';
import { wordSet } from '../text/words.js';
import type { Kind } from '../types.js';
import { distance, type Scope } from './cue-index.js';
import type { YearsSpan } from './years.js';
import type { Candidate, Doc } from './candidates.js';

/** Where a mention's span may reach, and its neighbours on its line (indexes, or -1). */
export interface Territory extends Scope {
  prev: number;
  next: number;
}

/**
 * From the end of the ask before each mention to the start of the ask after it, so that "DES obligatoire,
 * bilinguisme requis" is two spans, neither holding the other's ask.
 */
export function territories(list: Candidate[], tokens: Token[]): Territory[] {
  const out: Territory[] = [];
  let reach = 0,
    last = -1;
  // The neighbours whose cues and years a mention competes for: the mentions before and after it on its line.
  const sameLine = (i: number, c: Candidate) =>
    i >= 0 && i < list.length && tokens[list[i].from].line === tokens[c.from].line ? i : -1;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    let next = i + 1;
    while (next < list.length && list[next].from < c.to) next++;
    const clear = reach <= c.from;
    out.push({
      from: clear ? reach : c.from,
      to: next < list.length ? list[next].from : tokens.length,
      prev: clear ? sameLine(last, c) : -1,
      next: sameLine(next, c),
    });
    if (c.to > reach) {
      reach = c.to;
      last = i;
    }
  }
  return out;
}

const experience = (k: Kind) => k === 'experience' || k === 'canadian-experience';

/** A mention with the years that go with it: "2 ans d'expérience", not the years of the next ask. */
export interface Core extends Scope {
  years: YearsSpan | null;
}

export function coreOf(doc: Doc, list: Candidate[], n: number, scope: Scope, own: Territory): Core {
  const c = list[n];
  let years = doc.years.near(c, { from: Math.max(scope.from, own.from), to: Math.min(scope.to, own.to) });
  if (years) {
    // Years go with an experience ask beside it ("DES et deux ans d'expérience"), else with the nearer ask.
    const found = years;
    const d = distance(found, c);
    const takes = (i: number) =>
      i >= 0 &&
      (experience(list[i].kind)
        ? !experience(c.kind) || distance(found, list[i]) < d
        : !experience(c.kind) && distance(found, list[i]) < d);
    // Touching years are the ask's own ("2-year diploma").
    if (d > 0 && (takes(own.prev) || takes(own.next))) years = null;
  }
  return years
    ? { from: Math.min(c.from, years.from), to: Math.max(c.to, years.to), years }
    : { from: c.from, to: c.to, years: null };
}

/**
 * The first reason phrase of the line, not part of the mention ("Anglais requis pour servir la clientèle"):
 * one in the mention's own territory if any, else the line's first.
 */
export function firstReason(doc: Doc, line: Scope, c: Scope, own: Scope): number | null {
  const reasons = doc.cues.get('reason');
  const firstIn = (s: Scope): number | null => {
    for (let i = reasons.firstFrom(s.from); i < reasons.list.length && reasons.list[i].from < s.to; i++) {
      const m = reasons.list[i];
      if (m.to <= s.to && !(m.from < c.to && m.to > c.from)) return m.from;
    }
    return null;
  };
  const first = firstIn(line);
  if (first === null) return null;
  return firstIn({ from: Math.max(own.from, line.from), to: Math.min(own.to, line.to) }) ?? first;
}

/**
 * End (exclusive token) of the reason starting at `first`: its clause, or further reason phrases, up to the
 * next mention that starts at or after `after` (the reason may hold its own ask: "to communicate in French").
 */
export function reasonEnd(doc: Doc, first: number, after: number, line: Scope, candidates: Candidate[]): number {
  let stop = line.to;
  let lo = 0,
    hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (candidates[mid].from < after) lo = mid + 1;
    else hi = mid;
  }
  if (lo < candidates.length) stop = Math.min(stop, candidates[lo].from);
  let to = Math.min(doc.clauses.of(first, first + 1).to, stop);
  const reasons = doc.cues.get('reason');
  for (let i = reasons.firstFrom(first); i < reasons.list.length && reasons.list[i].from < stop; i++) {
    if (reasons.list[i].to <= stop) to = Math.max(to, reasons.list[i].to);
  }
  return Math.max(to, first + 1);
}

/**
 * The cues a span takes, with how far (in tokens) they may stand from it: wording that only addresses the
 * candidate is part of the ask only when it touches it ("Fluent in English").
 */
const CUE_TYPES: [type: string, reach: number][] = [
  ['required', 3],
  ['asset', 3],
  ['equivalence', 3],
  ['negation', 3],
  ['addressing', 1],
];

/**
 * The span of an ask: the mention with its own qualifiers (the field after "DEC en", cues of strength,
 * equivalence or negation, the years), never past the mentions before and after it (`own`).
 */
export function spanOf(
  doc: Doc,
  c: Candidate,
  scope: Scope,
  own: Scope,
  core: Core,
  prev: Core | null,
  next: Core | null,
): [number, number] {
  const { a, cues } = doc;
  const { tokens } = a;
  let from = c.from,
    to = c.to;
  // "DEC en", "diploma in": the field that follows belongs to the ask ("diploma in business administration").
  if (wordSet('links').has(tokens[to - 1].norm)) {
    const { part, line } = tokens[to - 1];
    let k = to;
    while (
      k < scope.to &&
      k < own.to &&
      k - to < 6 &&
      tokens[k].part === part &&
      tokens[k].line === line &&
      !cues.isCue(k)
    )
      k++;
    to = k;
  }
  const parts = new Set([tokens[c.from].part, tokens[c.to - 1].part]);
  const line = tokens[c.from].line;
  for (const [type, reach] of CUE_TYPES) {
    const list = cues.get(type);
    // In token order, from the first cue that can reach the span; past the span's reach none can.
    for (
      let i = list.firstFrom(from - reach - list.longest);
      i < list.list.length && list.list[i].from <= to + reach;
      i++
    ) {
      const m = list.list[i];
      if (m.from < scope.from || m.to > scope.to || m.from < own.from || m.to > own.to || tokens[m.from].line !== line)
        continue;
      if (!parts.has(tokens[m.from].part) && type !== 'equivalence') continue;
      if (type === 'addressing' && m.to > from) continue;
      // A cue between two asks goes with the nearer one ("DES et au moins deux ans d'expérience"); a tie, with the first.
      if (next && m.from >= c.to && distance(m, next) < distance(m, core)) continue;
      // "plus a minimum of two years": a cue that leads into years that are not this ask's.
      if (m.from > to && !core.years && doc.years.startsAfter(m.to, 1, line)) continue;
      if (prev && m.to <= c.from && distance(m, prev) <= distance(m, core)) continue;
      if (distance(m, { from, to }) <= reach) {
        from = Math.min(from, m.from);
        to = Math.max(to, m.to);
      }
    }
  }
  const years = core.years;
  if (years) {
    from = Math.min(from, years.from);
    to = Math.max(to, years.to);
  }
  const start = tokens[from].start;
  let end = tokens[to - 1].end;
  // "Véhiculé(e)": close a parenthesis the phrase opened.
  if (a.text[end] === ')' && a.text.slice(start, end).includes('(')) end++;
  return [start, end];
}
