// What the posting asks: requirement mentions with kind, strength, span and attributes.
// Facts only; whether an ask is excessive is the rules' business.
import type { Analysis, Line } from '../text/analyze.js';
import type { Match } from '../lexicon/trie.js';
import type { Token } from '../text/tokens.js';
import type { Role } from '../text/blocks.js';
import type { Kind, Lang, Requirement, Strength } from '../types.js';

/** Kinds that name a credential: listed anywhere outside the job description, they are asked. */
const CREDENTIALS = new Set<Kind>(['secondary-diploma', 'post-secondary', 'driver-licence', 'own-vehicle', 'criminal-record-check', 'canadian-experience']);
/** Within this many tokens a cue is read as applying to a mention. */
const CUE_REACH = 12;
const YEAR_UNITS = new Set(['an', 'ans', 'annee', 'annees', 'year', 'years', 'yr', 'yrs']);
const MONTH_UNITS = new Set(['mois', 'month', 'months']);
const OTHER: Record<Lang, string> = { fr: 'en', en: 'fr' };

interface Candidate { kind: Kind; from: number; to: number; languages?: string[] }

export interface Extracted { requirements: Requirement[]; entryLevel: Match | null }

/** The roles of blocks that hold no asks (see src/text/blocks.ts). */
const NO_ASKS: readonly Role[] = ['about', 'apply', 'boilerplate'];

export function extractRequirements(a: Analysis): Extracted {
  const { tokens, lines } = a;
  const cues = groupCues(a.matches);
  // Entry-level: the posting says so ("aucune expérience requise", "no experience necessary"), or its title
  // names a role for beginners ("Stagiaire", "Junior developer"); such words elsewhere describe other people.
  const titleLine = lines.findIndex((l) => !l.blank);
  const entryLevel = cues.get('entry-level')?.[0]
    ?? cues.get('entry-level-title')?.find((m) => tokens[m.from].line === titleLine) ?? null;
  const candidates = mergeAdjacent(a, dedupe([...kindCandidates(a), ...languageCandidates(a), ...canadianCandidates(a, cues)]), cues);
  const out: Requirement[] = [];
  for (const c of candidates) {
    const line = lines[tokens[c.from].line];
    // The employer's description, how to apply and legal boilerplate ask nothing of the candidate.
    if (NO_ASKS.includes(line.role)) continue;
    // A heading line ("Expérience", "Languages") asks through the content under it.
    const scope = line.heading ? nextContent(a, line) : clauseOf(tokens, c.from, c.to);
    if (!scope) continue;
    if (insideAny(c, cues.get('entry-level')) || insideAny(c, cues.get('negation')) || overlapsAny(c, cues.get('other-sense'))) continue;
    // "ou expérience équivalente" accepts experience in place of a diploma; it asks for nothing more.
    if (c.kind === 'experience' && insideAny(c, cues.get('equivalence'))) continue;
    if ((line.heading || c.kind === 'experience') && scopeHas(cues.get('entry-level'), scope)) continue;
    if (negatedClause(a, c, scope, cues.get('negation'))) continue;
    const strength = strengthOf(a, c, line, scope, cues);
    if (!strength) continue;
    const req: Requirement = { kind: c.kind, strength, text: '', span: a.lineIndex.span(0, 0) };
    const [start, end] = spanOf(a, c, scope, cues);
    req.text = a.text.slice(start, end);
    req.span = a.lineIndex.span(start, end);
    if (c.kind === 'secondary-diploma' || c.kind === 'post-secondary') {
      req.equivalence = scopeHas(cues.get('equivalence'), lineScope(line, tokens)) || scopeHas(cues.get('equivalence'), scope);
    }
    if (c.kind === 'experience') {
      const years = yearsNear(tokens, c, scope);
      if (years !== null) req.years = years;
    }
    if (c.kind === 'second-language') {
      req.languages = c.languages;
      const reasons = allIn(cues.get('reason'), lineScope(line, tokens), c);
      req.reasonStated = reasons.length > 0;
      if (reasons.length) {
        // From the first reason phrase to the end of its sentence: "pour communiquer avec notre société mère de Toronto".
        const first = Math.min(...reasons.map((m) => m.from));
        const clause = clauseOf(tokens, first, first + 1);
        const start = tokens[first].start;
        const end = tokens[Math.max(clause.to, ...reasons.map((m) => m.to)) - 1].end;
        req.reason = { text: a.text.slice(start, end), span: a.lineIndex.span(start, end) };
      }
    }
    out.push(req);
  }
  return { requirements: out, entryLevel };
}

type Scope = { from: number; to: number };

function groupCues(matches: Match[]): Map<string, Match[]> {
  const map = new Map<string, Match[]>();
  for (const m of matches) {
    if (m.entry.type !== 'cues') continue;
    const list = map.get(m.entry.value) ?? [];
    list.push(m);
    map.set(m.entry.value, list);
  }
  return map;
}

function kindCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const m of a.matches) {
    if (m.entry.type !== 'kinds') continue;
    const kind = m.entry.value as Kind;
    const c: Candidate = { kind, from: m.from, to: m.to };
    if (kind === 'second-language') {
      const named = namedLanguages(a, m.from, m.to).filter((l) => l !== a.language);
      c.languages = named.length ? named : [OTHER[a.language]];
    }
    out.push(c);
  }
  return out;
}

/**
 * "2 years of Canadian warehouse experience", "expérience de travail canadienne": an experience phrase with a
 * Canadian word within three words of it, in the same clause, is Canadian experience.
 */
function canadianCandidates(a: Analysis, cues: Map<string, Match[]>): Candidate[] {
  const out: Candidate[] = [];
  const words = cues.get('canadian') ?? [];
  if (!words.length) return out;
  for (const m of a.matches) {
    if (m.entry.type !== 'kinds' || m.entry.value !== 'experience') continue;
    const near = words.find((w) => a.tokens[w.from].clause === a.tokens[m.from].clause
      && (w.to <= m.from ? m.from - w.to <= 3 : w.from >= m.to && w.from - m.to <= 3));
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

/** ISO codes of the languages named between two tokens, widened to the clause. */
function namedLanguages(a: Analysis, from: number, to: number): string[] {
  const clause = clauseOf(a.tokens, from, to);
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
  list = list.filter((c) => c.kind !== 'secondary-diploma' || !list.some((p) => p.kind === 'post-secondary' && p.from < c.to && p.to > c.from && p.to - p.from >= c.to - c.from - 1 && p.from <= c.from));
  const kept: Candidate[] = [];
  for (const c of list) {
    const cover = kept.find((k) => k.from <= c.from && k.to >= c.to && covers(k.kind, c.kind));
    if (cover) {
      if (c.languages && cover.languages) cover.languages = [...new Set([...cover.languages, ...c.languages])];
      continue;
    }
    // Two second-language mentions in one clause are one ask ("anglais et espagnol").
    const near = c.kind === 'second-language' ? kept.find((k) => k.kind === 'second-language' && c.from - k.to <= 4 && c.from >= k.from) : undefined;
    if (near) { near.languages = [...new Set([...(near.languages ?? []), ...(c.languages ?? [])])]; near.to = Math.max(near.to, c.to); continue; }
    kept.push(c);
  }
  return kept;
}

/** "No degree, certificate or diploma": a negation opening a short clause covers all of it (not "No criminal record", which is the ask itself). */
function negatedClause(a: Analysis, c: Scope, scope: Scope, negations: Match[] | undefined): boolean {
  if (scope.to - scope.from > 10) return false;
  let first = scope.from;
  while (first < scope.to && a.tokens[first].norm === '-') first++;
  return Boolean(negations?.some((m) => m.from === first && a.tokens[m.from].line === a.tokens[scope.from].line && !(m.from < c.to && m.to > c.from)));
}

const JOINERS = new Set(['ou', 'or', 'et', 'and']);

/**
 * One ask written twice side by side is one mention: "Diplôme d'études secondaires (DES)", "DEC or
 * bachelor's degree". Only punctuation, brackets or a conjunction may stand between the two phrases.
 */
function mergeAdjacent(a: Analysis, list: Candidate[], cues: Map<string, Match[]>): Candidate[] {
  const out: Candidate[] = [];
  // Cue words between two mentions keep them apart: "Anglais requis, espagnol un atout" is two asks.
  const cueAt = new Set<number>();
  for (const type of ['required', 'asset', 'negation', 'equivalence']) for (const m of cues.get(type) ?? []) for (let i = m.from; i < m.to; i++) cueAt.add(i);
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

function joinable(a: Analysis, from: number, to: number): boolean {
  if (to - from > 1 || (to - from === 1 && !JOINERS.has(a.tokens[from].norm))) return false;
  const gap = a.text.slice(a.tokens[from - 1].end, a.tokens[to].start);
  return gap.length <= 8 && /^[\s()[\],/–-]*(?:ou|or|et|and)?[\s()[\],/–-]*$/i.test(gap.replace(/\b(?:ou|or|et|and)\b/i, (w) => w));
}

/** A phrase of kind `outer` that contains one of kind `inner` says all of it ("expérience canadienne"). */
const covers = (outer: Kind, inner: Kind) =>
  outer === inner || (education(outer) && education(inner)) || (outer === 'canadian-experience' && inner === 'experience');

const education = (k: Kind) => k === 'secondary-diploma' || k === 'post-secondary';

function clauseOf(tokens: Token[], from: number, to: number): Scope {
  const clause = tokens[from].clause;
  let s = from, e = to;
  while (s > 0 && tokens[s - 1].clause === clause) s--;
  while (e < tokens.length && tokens[e].clause === clause) e++;
  return { from: s, to: e };
}

function lineScope(line: Line, _tokens: Token[]): Scope {
  return { from: line.tokenFrom, to: line.tokenTo };
}

/** The first non-blank line after a heading, as the scope of a mention in the heading. */
function nextContent(a: Analysis, heading: Line): Scope | null {
  const i = a.lines.indexOf(heading);
  for (let k = i + 1; k < a.lines.length && k <= i + 3; k++) {
    const l = a.lines[k];
    if (l.heading) return null;
    if (!l.blank) return { from: l.tokenFrom, to: l.tokenTo };
  }
  return null;
}

const inside = (c: Scope, m: Scope) => m.from <= c.from && m.to >= c.to;
const insideAny = (c: Scope, list: Match[] | undefined) => Boolean(list?.some((m) => inside(c, m)));
const overlapsAny = (c: Scope, list: Match[] | undefined) => Boolean(list?.some((m) => m.from < c.to && m.to > c.from));
const scopeHas = (list: Match[] | undefined, s: Scope) => Boolean(list?.some((m) => m.from >= s.from && m.to <= s.to));

function allIn(list: Match[] | undefined, s: Scope, not: Scope): Match[] {
  return (list ?? []).filter((m) => m.from >= s.from && m.to <= s.to && !(m.from < not.to && m.to > not.from));
}

/** Distance in tokens between a cue and a mention, or Infinity when out of reach. */
function distance(m: Scope, c: Scope): number {
  if (m.to <= c.from) return c.from - m.to;
  if (m.from >= c.to) return m.from - c.to;
  return 0;
}

/** The nearest cue of each strength in the scope; a cue in the same comma-part wins over a nearer one outside. */
function nearest(a: Analysis, list: Match[] | undefined, c: Candidate, s: Scope): number {
  let best = Infinity;
  const part = a.tokens[c.from].part;
  for (const m of list ?? []) {
    if (m.from < s.from || m.to > s.to || (m.from < c.to && m.to > c.from)) continue;
    const d = distance(m, c) + (a.tokens[m.from].part === part ? 0 : CUE_REACH);
    if (d < best) best = d;
  }
  return best;
}

function strengthOf(a: Analysis, c: Candidate, line: Line, scope: Scope, cues: Map<string, Match[]>): Strength | null {
  const asset = nearest(a, cues.get('asset'), c, scope);
  const required = nearest(a, cues.get('required'), c, scope);
  const addressing = nearest(a, cues.get('addressing'), c, scope);
  const negated = nearest(a, cues.get('negation'), c, scope) <= 2;
  // "Idéalement, vous avez…": an asset cue outweighs wording that only addresses the candidate.
  if (asset < Infinity && asset <= required) return 'asset';
  if (negated) return null;
  if (required <= CUE_REACH * 2) return 'required';
  if (asset < Infinity) return 'asset';
  const section = line.inlineHeading ?? line.section;
  if (section === 'assets') return 'asset';
  // "On call", "as needed", "24/7": open-ended by themselves, even in a "Schedule:" list of the offer.
  if (c.kind === 'availability' && section !== 'about' && section !== 'apply' && overlapsAny(c, cues.get('open-ended'))) return 'required';
  if (addressing <= CUE_REACH && section !== 'about') return 'required';
  // A record check is a condition of hiring wherever it is announced.
  if (c.kind === 'criminal-record-check' && section !== 'about') return 'required';
  if (section === 'requirements') return 'required';
  if (scopeHas(cues.get('describes'), scope)) return null;
  if (section === 'duties' || section === 'offer' || section === 'about' || section === 'apply') return null;
  // Outside any known section: a credential opening a list item or a short line, and "N years of
  // experience" stated flatly, are asks.
  if (CREDENTIALS.has(c.kind) && c.from - line.tokenFrom <= 2 && (line.item || line.tokenTo - line.tokenFrom <= 8)) return 'required';
  if (c.kind === 'experience' && yearsNear(a.tokens, c, scope) !== null) return 'required';
  return null;
}

/** The span reported: the mention, widened to an adjacent cue or equivalence phrase on its line. */
const LINKS = new Set(['en', 'in', 'dans', 'of', 'de', 'd']);

function spanOf(a: Analysis, c: Candidate, scope: Scope, cues: Map<string, Match[]>): [number, number] {
  let from = c.from, to = c.to;
  // "DEC en", "diploma in": the field that follows belongs to the ask ("diploma in business administration").
  if (LINKS.has(a.tokens[to - 1].norm)) {
    const cueAt = new Set<number>();
    for (const list of cues.values()) for (const m of list) for (let i = m.from; i < m.to; i++) cueAt.add(i);
    const { part, line } = a.tokens[to - 1];
    let k = to;
    while (k < scope.to && k - to < 6 && a.tokens[k].part === part && a.tokens[k].line === line && !cueAt.has(k)) k++;
    to = k;
  }
  const parts = new Set([a.tokens[c.from].part, a.tokens[c.to - 1].part]);
  for (const type of ['required', 'asset', 'equivalence', 'negation', 'addressing']) {
    // Wording that only addresses the candidate is part of the ask when it touches it ("Fluent in English").
    const reach = type === 'addressing' ? 1 : 3;
    for (const m of cues.get(type) ?? []) {
      if (m.from < scope.from || m.to > scope.to || a.tokens[m.from].line !== a.tokens[c.from].line) continue;
      if (!parts.has(a.tokens[m.from].part) && type !== 'equivalence') continue;
      if (type === 'addressing' && m.to > from) continue;
      if (distance(m, { from, to }) <= reach) { from = Math.min(from, m.from); to = Math.max(to, m.to); }
    }
  }
  const years = yearsSpan(a.tokens, c, scope);
  if (years) { from = Math.min(from, years.from); to = Math.max(to, years.to); }
  const start = a.tokens[from].start;
  let end = a.tokens[to - 1].end;
  // "Véhiculé(e)": close a parenthesis the phrase opened.
  if (a.text[end] === ')' && a.text.lastIndexOf('(', end) >= start) end++;
  return [start, end];
}

/** The number of years asked near an experience mention: "2 ans", "5+ years", "1-3 ans" → 1, "6 mois" → 0.5. */
function yearsNear(tokens: Token[], c: Scope, scope: Scope): number | null {
  const found = yearsSpan(tokens, c, scope);
  return found ? found.years : null;
}

function yearsSpan(tokens: Token[], c: Scope, scope: Scope): (Scope & { years: number }) | null {
  let best: (Scope & { years: number }) | null = null;
  let bestDistance = Infinity;
  for (let i = scope.from; i < scope.to; i++) {
    const unit = tokens[i].norm;
    const months = MONTH_UNITS.has(unit);
    if (!months && !YEAR_UNITS.has(unit)) continue;
    let j = i - 1;
    if (j >= scope.from && tokens[j].norm === '+') j--;
    if (j < scope.from || tokens[j].num === undefined) continue;
    let value = tokens[j].num!;
    let from = j;
    // A range gives its lower bound: "1-3 ans", "1 à 3 ans", "2 to 5 years".
    const k = ['a', 'to', 'ou', 'or'].includes(tokens[j - 1]?.norm ?? '') ? j - 2 : j - 1;
    if (k >= scope.from && tokens[k].num !== undefined && tokens[k].digit === tokens[j].digit && tokens[k].num! < value) { value = tokens[k].num!; from = k; }
    const years = months ? Math.round((value / 12) * 100) / 100 : value;
    if (years > 40) continue;
    const d = distance({ from, to: i + 1 }, c);
    if (d < bestDistance) { bestDistance = d; best = { from, to: i + 1, years }; }
  }
  return best;
}
