// What the posting asks: requirement mentions with kind, strength, span and attributes.
// Facts only; whether an ask is excessive is the rules' business.
import type { Analysis, Line } from '../text/analyze.js';
import type { Match } from '../lexicon/trie.js';
import type { Token } from '../text/tokens.js';
import type { Role } from '../text/blocks.js';
import { wordSet } from '../text/words.js';
import type { Kind, Lang, Requirement, Strength } from '../types.js';
import { Clauses, Cues, distance, type Scope } from './cue-index.js';
import { Years, type YearsSpan } from './years.js';

/** Kinds that name a credential: listed anywhere outside the job description, they are asked. */
const CREDENTIALS = new Set<Kind>(['secondary-diploma', 'post-secondary', 'driver-licence', 'own-vehicle', 'criminal-record-check', 'canadian-experience']);
/** Within this many tokens a cue is read as applying to a mention. */
const CUE_REACH = 12;
const OTHER: Record<Lang, string> = { fr: 'en', en: 'fr' };

interface Candidate { kind: Kind; from: number; to: number; languages?: string[] }

export interface Extracted { requirements: Requirement[]; entryLevel: Match | null }

/** The roles of blocks that hold no asks (see src/text/blocks.ts). */
const NO_ASKS: readonly Role[] = ['about', 'apply', 'boilerplate'];

/** The posting with its indexes, made once per extraction. */
interface Doc { a: Analysis; cues: Cues; clauses: Clauses; years: Years }

export function extractRequirements(a: Analysis): Extracted {
  const { tokens, lines } = a;
  const doc: Doc = { a, cues: new Cues(a.matches, tokens.length), clauses: new Clauses(tokens), years: new Years(tokens) };
  const { cues, clauses } = doc;
  // Entry-level: the posting says so ("aucune expérience requise", "no experience necessary"), or its title
  // names a role for beginners ("Stagiaire", "Junior developer"); such words elsewhere describe other people.
  const titleLine = lines.findIndex((l) => !l.blank);
  const entryLevel = cues.get('entry-level').list[0]
    ?? cues.get('entry-level-title').list.find((m) => tokens[m.from].line === titleLine) ?? null;
  const candidates = mergeAdjacent(a, dedupe([...kindCandidates(doc), ...languageCandidates(a), ...canadianCandidates(doc)]), cues);
  // First which mentions ask, and how strongly; then their spans, each bounded by the asks beside it.
  const asks: { c: Candidate; line: Line; scope: Scope; strength: Strength }[] = [];
  for (const c of candidates) {
    const lineNo = tokens[c.from].line;
    const line = lines[lineNo];
    // The employer's description, how to apply and legal boilerplate ask nothing of the candidate.
    if (NO_ASKS.includes(line.role)) continue;
    // A heading line ("Expérience", "Languages") asks through the content under it.
    const scope = line.heading ? nextContent(a, lineNo) : clauses.of(c.from, c.to);
    if (!scope) continue;
    if (cues.get('entry-level').holds(c) || cues.get('negation').holds(c) || cues.get('other-sense').overlaps(c)) continue;
    // "ou expérience équivalente" accepts experience in place of a diploma; it asks for nothing more.
    if (c.kind === 'experience' && cues.get('equivalence').holds(c)) continue;
    if ((line.heading || c.kind === 'experience') && cues.get('entry-level').within(scope)) continue;
    if (negatedClause(doc, c, scope)) continue;
    const strength = strengthOf(doc, c, line, scope);
    if (strength) asks.push({ c, line, scope, strength });
  }
  const mentions = asks.map((x) => x.c);
  const bounds = territories(mentions, tokens);
  const cores = asks.map((x, n) => coreOf(doc, mentions, n, x.scope, bounds[n]));
  const reasonEnds = new Map<string, number>();
  const out: Requirement[] = [];
  for (let n = 0; n < asks.length; n++) {
    const { c, line, scope, strength } = asks[n];
    const req: Requirement = { kind: c.kind, strength, text: '', span: a.lineIndex.span(0, 0) };
    const own = bounds[n];
    const [start, end] = spanOf(doc, c, scope, own, cores[n], cores[own.prev] ?? null, cores[own.next] ?? null);
    req.text = a.text.slice(start, end);
    req.span = a.lineIndex.span(start, end);
    if (c.kind === 'secondary-diploma' || c.kind === 'post-secondary') {
      req.equivalence = cues.get('equivalence').within(lineScope(line)) || cues.get('equivalence').within(scope);
    }
    if (c.kind === 'experience') {
      const years = doc.years.near(c, scope);
      if (years !== null) req.years = years.years;
    }
    if (c.kind === 'second-language') {
      req.languages = c.languages;
      const first = firstReason(doc, lineScope(line), c, bounds[n]);
      req.reasonStated = first !== null;
      if (first !== null) {
        // From the reason phrase to the end of its sentence ("pour communiquer avec notre société mère de
        // Toronto"), not into the next ask.
        const key = `${first},${Math.max(first + 1, c.to)}`;
        let to = reasonEnds.get(key);
        if (to === undefined) { to = reasonEnd(doc, first, Math.max(first + 1, c.to), lineScope(line), mentions); reasonEnds.set(key, to); }
        const start = tokens[first].start;
        const end = tokens[to - 1].end;
        req.reason = { text: a.text.slice(start, end), span: a.lineIndex.span(start, end) };
      }
    }
    out.push(req);
  }
  return { requirements: out, entryLevel };
}

/** Where a mention's span may reach, and its neighbours on its line (indexes, or -1). */
interface Territory extends Scope { prev: number; next: number }

/**
 * From the end of the ask before each mention to the start of the ask after it, so that "DES obligatoire,
 * bilinguisme requis" is two spans, neither holding the other's ask.
 */
function territories(list: Candidate[], tokens: Token[]): Territory[] {
  const out: Territory[] = [];
  let reach = 0, last = -1;
  // The neighbours whose cues and years a mention competes for: the mentions before and after it on its line.
  const sameLine = (i: number, c: Candidate) => (i >= 0 && i < list.length && tokens[list[i].from].line === tokens[c.from].line ? i : -1);
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    let next = i + 1;
    while (next < list.length && list[next].from < c.to) next++;
    const clear = reach <= c.from;
    out.push({ from: clear ? reach : c.from, to: next < list.length ? list[next].from : tokens.length, prev: clear ? sameLine(last, c) : -1, next: sameLine(next, c) });
    if (c.to > reach) { reach = c.to; last = i; }
  }
  return out;
}

const experience = (k: Kind) => k === 'experience' || k === 'canadian-experience';

/** A mention with the years that go with it: "2 ans d'expérience", not the years of the next ask. */
interface Core extends Scope { years: YearsSpan | null }

function coreOf(doc: Doc, list: Candidate[], n: number, scope: Scope, own: Territory): Core {
  const c = list[n];
  let years = doc.years.near(c, { from: Math.max(scope.from, own.from), to: Math.min(scope.to, own.to) });
  if (years) {
    // Years go with an experience ask beside it ("DES et deux ans d'expérience"), else with the nearer ask.
    const found = years;
    const d = distance(found, c);
    const takes = (i: number) => i >= 0 && (experience(list[i].kind) ? !experience(c.kind) || distance(found, list[i]) < d : !experience(c.kind) && distance(found, list[i]) < d);
    // Touching years are the ask's own ("2-year diploma").
    if (d > 0 && (takes(own.prev) || takes(own.next))) years = null;
  }
  return years ? { from: Math.min(c.from, years.from), to: Math.max(c.to, years.to), years } : { from: c.from, to: c.to, years: null };
}

/**
 * The first reason phrase of the line, not part of the mention ("Anglais requis pour servir la clientèle"):
 * one in the mention's own territory if any, else the line's first.
 */
function firstReason(doc: Doc, line: Scope, c: Scope, own: Scope): number | null {
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
function reasonEnd(doc: Doc, first: number, after: number, line: Scope, candidates: Candidate[]): number {
  let stop = line.to;
  let lo = 0, hi = candidates.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (candidates[mid].from < after) lo = mid + 1; else hi = mid; }
  if (lo < candidates.length) stop = Math.min(stop, candidates[lo].from);
  let to = Math.min(doc.clauses.of(first, first + 1).to, stop);
  const reasons = doc.cues.get('reason');
  for (let i = reasons.firstFrom(first); i < reasons.list.length && reasons.list[i].from < stop; i++) {
    if (reasons.list[i].to <= stop) to = Math.max(to, reasons.list[i].to);
  }
  return Math.max(to, first + 1);
}

function kindCandidates(doc: Doc): Candidate[] {
  const { a } = doc;
  const out: Candidate[] = [];
  let named: Map<number, string[]> | null = null;
  for (const m of a.matches) {
    if (m.entry.type !== 'kinds') continue;
    const kind = m.entry.value as Kind;
    const c: Candidate = { kind, from: m.from, to: m.to };
    if (kind === 'second-language') {
      named ??= languagesByClause(a);
      const found = namedLanguages(doc, named, m.from, m.to).filter((l) => l !== a.language);
      c.languages = found.length ? found : [OTHER[a.language]];
    }
    out.push(c);
  }
  return out;
}

/**
 * "2 years of Canadian warehouse experience", "expérience de travail canadienne": an experience phrase with a
 * Canadian word within three words of it, in the same clause, is Canadian experience.
 */
function canadianCandidates(doc: Doc): Candidate[] {
  const { a } = doc;
  const out: Candidate[] = [];
  const words = doc.cues.get('canadian');
  if (!words.list.length) return out;
  for (const m of a.matches) {
    if (m.entry.type !== 'kinds' || m.entry.value !== 'experience') continue;
    let near: Match | undefined;
    for (let i = words.firstFrom(m.from - 3 - words.longest); i < words.list.length && words.list[i].from <= m.to + 3; i++) {
      const w = words.list[i];
      if (a.tokens[w.from].clause === a.tokens[m.from].clause
        && (w.to <= m.from ? m.from - w.to <= 3 : w.from >= m.to && w.from - m.to <= 3)) { near = w; break; }
    }
    if (near) out.push({ kind: 'canadian-experience', from: Math.min(near.from, m.from), to: Math.max(near.to, m.to) });
  }
  return out;
}

/** Language names other than the posting's own ("anglais", "Spanish") are second-language candidates. */
function languageCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const m of a.matches) {
    if (m.entry.type !== 'languages' || m.entry.value === a.language) continue;
    out.push({ kind: 'second-language', from: m.from, to: m.to, languages: [m.entry.value] });
  }
  return out;
}

/** The ISO codes of the language names inside each clause, in the order of the matches. */
function languagesByClause(a: Analysis): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of a.matches) {
    if (m.entry.type !== 'languages') continue;
    const clause = a.tokens[m.from].clause;
    if (a.tokens[m.to - 1].clause !== clause) continue;
    const list = out.get(clause) ?? [];
    if (!list.includes(m.entry.value)) list.push(m.entry.value);
    out.set(clause, list);
  }
  return out;
}

/** ISO codes of the languages named between two tokens, widened to the clause. */
function namedLanguages(doc: Doc, byClause: Map<number, string[]>, from: number, to: number): string[] {
  const { a } = doc;
  const clause = doc.clauses.of(from, to);
  // A mention that runs past its clause (rare) reads the matches themselves.
  if (a.tokens[to - 1].clause === a.tokens[from].clause) return [...(byClause.get(a.tokens[from].clause) ?? [])];
  const codes = new Set<string>();
  for (const m of a.matches) if (m.entry.type === 'languages' && m.from >= clause.from && m.to <= clause.to) codes.add(m.entry.value);
  return [...codes];
}

/**
 * One mention per phrase: a phrase inside a longer one of a related kind gives way ("bac" inside "bac en
 * informatique", "expérience" inside "expérience canadienne" stays both); language names next to a
 * "bilingue"-type phrase merge into it.
 */
function dedupe(list: Candidate[]): Candidate[] {
  list.sort((x, y) => x.from - y.from || y.to - x.to);
  // "Post-secondary education": the secondary phrase overlapping a post-secondary one is part of it.
  const longest = list.reduce((n, p) => (p.kind === 'post-secondary' ? Math.max(n, p.to - p.from) : n), 0);
  list = list.filter((c) => c.kind !== 'secondary-diploma' || !postSecondaryOver(list, c, longest));
  const kept: Candidate[] = [];
  // The kept mentions that may still cover or join a later one (the list is in token order).
  let open: Candidate[] = [];
  for (const c of list) {
    if (open.some((k) => c.from - k.to > 4)) open = open.filter((k) => c.from - k.to <= 4);
    const cover = open.find((k) => k.from <= c.from && k.to >= c.to && covers(k.kind, c.kind));
    if (cover) {
      if (c.languages && cover.languages) cover.languages = [...new Set([...cover.languages, ...c.languages])];
      continue;
    }
    // Two second-language mentions in one clause are one ask ("anglais et espagnol").
    const near = c.kind === 'second-language' ? open.find((k) => k.kind === 'second-language' && c.from - k.to <= 4 && c.from >= k.from) : undefined;
    if (near) { near.languages = [...new Set([...(near.languages ?? []), ...(c.languages ?? [])])]; near.to = Math.max(near.to, c.to); continue; }
    kept.push(c);
    open.push(c);
  }
  return kept;
}

/** A post-secondary phrase at least as long that starts with or before the secondary one `c` and overlaps it. */
function postSecondaryOver(list: Candidate[], c: Candidate, longest: number): boolean {
  // The list is in token order: the phrases that start at or before c are before it, or just after it at the same token.
  let lo = 0, hi = list.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (list[mid].from <= c.from) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0; i--) {
    const p = list[i];
    if (p.kind === 'post-secondary' && p.from < c.to && p.to > c.from && p.to - p.from >= c.to - c.from - 1 && p.from <= c.from) return true;
    if (p.from + longest < c.from) break;
  }
  return false;
}

/** "No degree, certificate or diploma": a negation opening a short clause covers all of it (not "No criminal record", which is the ask itself). */
function negatedClause(doc: Doc, c: Scope, scope: Scope): boolean {
  const { tokens } = doc.a;
  if (scope.to - scope.from > 10) return false;
  let first = scope.from;
  while (first < scope.to && tokens[first].norm === '-') first++;
  const negations = doc.cues.get('negation');
  for (let i = negations.firstFrom(first); i < negations.list.length && negations.list[i].from === first; i++) {
    const m = negations.list[i];
    if (tokens[m.from].line === tokens[scope.from].line && !(m.from < c.to && m.to > c.from)) return true;
  }
  return false;
}

/**
 * One ask written twice side by side is one mention: "Diplôme d'études secondaires (DES)", "DEC or
 * bachelor's degree". Only punctuation, brackets or a conjunction may stand between the two phrases.
 */
function mergeAdjacent(a: Analysis, list: Candidate[], cues: Cues): Candidate[] {
  const out: Candidate[] = [];
  // Cue words between two mentions keep them apart: "Anglais requis, espagnol un atout" is two asks.
  const cueAt = new Set<number>();
  for (const type of ['required', 'asset', 'negation', 'equivalence']) for (const m of cues.get(type).list) for (let i = m.from; i < m.to; i++) cueAt.add(i);
  const plainGap = (from: number, to: number) => { for (let i = from; i < to; i++) if (cueAt.has(i)) return false; return true; };
  for (const c of list) {
    const prev = out[out.length - 1];
    // Also one ask: mentions of one kind in one sentence with no cue between them ("Disponibilité totale,
    // incluant les soirs, les fins de semaine et les jours fériés").
    const sameSentence = prev && a.tokens[c.from].clause === a.tokens[prev.from].clause && plainGap(prev.to, c.from);
    // Overlapping phrases of one kind are one mention ("de jour, de soir" and "soir et les fins de semaine").
    const overlapping = prev && c.from < prev.to;
    if (prev && covers(prev.kind, c.kind) && covers(c.kind, prev.kind) && (c.from >= prev.to || overlapping)
      && a.tokens[c.from].line === a.tokens[prev.from].line && (overlapping || joinable(a, prev.to, c.from) || sameSentence)) {
      if (overlapping) { prev.to = Math.max(prev.to, c.to); if (c.languages) prev.languages = [...new Set([...(prev.languages ?? []), ...c.languages])]; continue; }
      prev.to = c.to;
      if (c.languages) prev.languages = [...new Set([...(prev.languages ?? []), ...c.languages])];
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Between two mentions: at most eight characters of punctuation or brackets, and at most one joiner ("ou", "or"). */
function joinable(a: Analysis, from: number, to: number): boolean {
  const { tokens, text } = a;
  if (to - from > 1 || (to - from === 1 && !wordSet('joiners').has(tokens[from].norm))) return false;
  if (tokens[to].start - tokens[from - 1].end > 8) return false;
  const plain = (s: number, e: number) => /^[\s()[\],/–-]*$/.test(text.slice(s, e));
  return to === from ? plain(tokens[from - 1].end, tokens[to].start)
    : plain(tokens[from - 1].end, tokens[from].start) && plain(tokens[from].end, tokens[to].start);
}

/** A phrase of kind `outer` that contains one of kind `inner` says all of it ("expérience canadienne"). */
const covers = (outer: Kind, inner: Kind) =>
  outer === inner || (education(outer) && education(inner)) || (outer === 'canadian-experience' && inner === 'experience');

const education = (k: Kind) => k === 'secondary-diploma' || k === 'post-secondary';

const lineScope = (line: Line): Scope => ({ from: line.tokenFrom, to: line.tokenTo });

/** The first non-blank line after a heading (line `i`), as the scope of a mention in the heading. */
function nextContent(a: Analysis, i: number): Scope | null {
  for (let k = i + 1; k < a.lines.length && k <= i + 3; k++) {
    const l = a.lines[k];
    if (l.heading) return null;
    if (!l.blank) return { from: l.tokenFrom, to: l.tokenTo };
  }
  return null;
}

function strengthOf(doc: Doc, c: Candidate, line: Line, scope: Scope): Strength | null {
  const { a, cues } = doc;
  const asset = cues.get('asset').nearest(a.tokens, c, scope, CUE_REACH);
  const required = cues.get('required').nearest(a.tokens, c, scope, CUE_REACH);
  const addressing = cues.get('addressing').nearest(a.tokens, c, scope, CUE_REACH);
  const negated = cues.get('negation').nearest(a.tokens, c, scope, CUE_REACH) <= 2;
  // "Idéalement, vous avez…": an asset cue outweighs wording that only addresses the candidate.
  if (asset < Infinity && asset <= required) return 'asset';
  if (negated) return null;
  if (required <= CUE_REACH * 2) return 'required';
  if (asset < Infinity) return 'asset';
  const section = line.inlineHeading ?? line.section;
  if (section === 'assets') return 'asset';
  // "On call", "as needed", "24/7": open-ended by themselves, even in a "Schedule:" list of the offer.
  if (c.kind === 'availability' && section !== 'about' && section !== 'apply' && cues.get('open-ended').overlaps(c)) return 'required';
  if (addressing <= CUE_REACH && section !== 'about') return 'required';
  // A record check is a condition of hiring wherever it is announced.
  if (c.kind === 'criminal-record-check' && section !== 'about') return 'required';
  if (section === 'requirements') return 'required';
  if (cues.get('describes').within(scope)) return null;
  if (section === 'duties' || section === 'offer' || section === 'about' || section === 'apply') return null;
  // Outside any known section: a credential opening a list item or a short line, and "N years of
  // experience" stated flatly, are asks.
  if (CREDENTIALS.has(c.kind) && c.from - line.tokenFrom <= 2 && (line.item || line.tokenTo - line.tokenFrom <= 8)) return 'required';
  if (c.kind === 'experience' && doc.years.near(c, scope) !== null) return 'required';
  return null;
}

/**
 * The cues a span takes, with how far (in tokens) they may stand from it: wording that only addresses the
 * candidate is part of the ask only when it touches it ("Fluent in English").
 */
const CUE_TYPES: [type: string, reach: number][] = [['required', 3], ['asset', 3], ['equivalence', 3], ['negation', 3], ['addressing', 1]];

/**
 * The span of an ask: the mention with its own qualifiers (the field after "DEC en", cues of strength,
 * equivalence or negation, the years), never past the mentions before and after it (`own`).
 */
function spanOf(doc: Doc, c: Candidate, scope: Scope, own: Scope, core: Core, prev: Core | null, next: Core | null): [number, number] {
  const { a, cues } = doc;
  const { tokens } = a;
  let from = c.from, to = c.to;
  // "DEC en", "diploma in": the field that follows belongs to the ask ("diploma in business administration").
  if (wordSet('links').has(tokens[to - 1].norm)) {
    const { part, line } = tokens[to - 1];
    let k = to;
    while (k < scope.to && k < own.to && k - to < 6 && tokens[k].part === part && tokens[k].line === line && !cues.isCue(k)) k++;
    to = k;
  }
  const parts = new Set([tokens[c.from].part, tokens[c.to - 1].part]);
  const line = tokens[c.from].line;
  for (const [type, reach] of CUE_TYPES) {
    const list = cues.get(type);
    // In token order, from the first cue that can reach the span; past the span's reach none can.
    for (let i = list.firstFrom(from - reach - list.longest); i < list.list.length && list.list[i].from <= to + reach; i++) {
      const m = list.list[i];
      if (m.from < scope.from || m.to > scope.to || m.from < own.from || m.to > own.to || tokens[m.from].line !== line) continue;
      if (!parts.has(tokens[m.from].part) && type !== 'equivalence') continue;
      if (type === 'addressing' && m.to > from) continue;
      // A cue between two asks goes with the nearer one ("DES et au moins deux ans d'expérience"); a tie, with the first.
      if (next && m.from >= c.to && distance(m, next) < distance(m, core)) continue;
      // "plus a minimum of two years": a cue that leads into years that are not this ask's.
      if (m.from > to && !core.years && doc.years.startsAfter(m.to, 1, line)) continue;
      if (prev && m.to <= c.from && distance(m, prev) <= distance(m, core)) continue;
      if (distance(m, { from, to }) <= reach) { from = Math.min(from, m.from); to = Math.max(to, m.to); }
    }
  }
  const years = core.years;
  if (years) { from = Math.min(from, years.from); to = Math.max(to, years.to); }
  const start = tokens[from].start;
  let end = tokens[to - 1].end;
  // "Véhiculé(e)": close a parenthesis the phrase opened.
  if (a.text[end] === ')' && a.text.slice(start, end).includes('(')) end++;
  return [start, end];
}
