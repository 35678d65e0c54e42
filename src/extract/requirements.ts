// What the posting asks: requirement mentions with kind, strength, span and attributes.
// Facts only; whether an ask is excessive is the rules' business.
import type { Analysis, Line } from '../text/analyze.js';
import type { Match } from '../lexicon/trie.js';
import type { Role } from '../text/blocks.js';
import type { Kind, Requirement, Strength } from '../types.js';
import { Clauses, Cues, type Scope } from './cue-index.js';
import { Years } from './years.js';
import {
  canadianCandidates,
  dedupe,
  kindCandidates,
  languageCandidates,
  mergeAdjacent,
  type Candidate,
  type Doc,
} from './candidates.js';
import { coreOf, firstReason, reasonEnd, spanOf, territories } from './spans.js';

/** Kinds that name a credential: listed anywhere outside the job description, they are asked. */
const CREDENTIALS = new Set<Kind>([
  'secondary-diploma',
  'post-secondary',
  'driver-licence',
  'own-vehicle',
  'criminal-record-check',
  'canadian-experience',
]);
/** Within this many tokens a cue is read as applying to a mention. */
const CUE_REACH = 12;

export interface Extracted {
  requirements: Requirement[];
  entryLevel: Match | null;
}

/** The roles of blocks that hold no asks (see src/text/blocks.ts). */
const NO_ASKS: readonly Role[] = ['about', 'apply', 'boilerplate'];

export function extractRequirements(a: Analysis): Extracted {
  const { tokens, lines } = a;
  const doc: Doc = {
    a,
    cues: new Cues(a.matches, tokens.length),
    clauses: new Clauses(tokens),
    years: new Years(tokens),
  };
  const { cues, clauses } = doc;
  // Entry-level: the posting says so ("aucune expérience requise", "no experience necessary"), or its title
  // names a role for beginners ("Stagiaire", "Junior developer"); such words elsewhere describe other people.
  const titleLine = lines.findIndex((l) => !l.blank);
  const entryLevel =
    cues.get('entry-level').list[0] ??
    cues.get('entry-level-title').list.find((m) => tokens[m.from].line === titleLine) ??
    null;
  const candidates = mergeAdjacent(
    a,
    dedupe([...kindCandidates(doc), ...languageCandidates(a), ...canadianCandidates(doc)]),
    cues,
  );
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
    if (cues.get('entry-level').holds(c) || cues.get('negation').holds(c) || cues.get('other-sense').overlaps(c))
      continue;
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
        if (to === undefined) {
          to = reasonEnd(doc, first, Math.max(first + 1, c.to), lineScope(line), mentions);
          reasonEnds.set(key, to);
        }
        const start = tokens[first].start;
        const end = tokens[to - 1].end;
        req.reason = { text: a.text.slice(start, end), span: a.lineIndex.span(start, end) };
      }
    }
    out.push(req);
  }
  return { requirements: out, entryLevel };
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
  if (c.kind === 'availability' && section !== 'about' && section !== 'apply' && cues.get('open-ended').overlaps(c))
    return 'required';
  if (addressing <= CUE_REACH && section !== 'about') return 'required';
  // A record check is a condition of hiring wherever it is announced.
  if (c.kind === 'criminal-record-check' && section !== 'about') return 'required';
  if (section === 'requirements') return 'required';
  if (cues.get('describes').within(scope)) return null;
  if (section === 'duties' || section === 'offer' || section === 'about' || section === 'apply') return null;
  // Outside any known section: a credential opening a list item or a short line, and "N years of
  // experience" stated flatly, are asks.
  if (CREDENTIALS.has(c.kind) && c.from - line.tokenFrom <= 2 && (line.item || line.tokenTo - line.tokenFrom <= 8))
    return 'required';
  if (c.kind === 'experience' && doc.years.near(c, scope) !== null) return 'required';
  return null;
}
