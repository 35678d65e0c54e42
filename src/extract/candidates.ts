// Requirement mentions before judgement: the phrases of each kind, language names, Canadian experience, with
// duplicates and one ask written twice side by side merged. Facts only, read from the analysis.
import type { Analysis } from '../text/analyze.js';
import type { Match } from '../lexicon/trie.js';
import { wordSet } from '../text/words.js';
import type { Kind, Lang } from '../types.js';
import type { Clauses, Cues } from './cue-index.js';
import type { Years } from './years.js';

/** A requirement mention: its kind and tokens [from, to), and the languages it names. */
export interface Candidate {
  kind: Kind;
  from: number;
  to: number;
  languages?: string[];
}

/** The posting with its indexes, made once per extraction. */
export interface Doc {
  a: Analysis;
  cues: Cues;
  clauses: Clauses;
  years: Years;
}

const OTHER: Record<Lang, string> = { fr: 'en', en: 'fr' };

export function kindCandidates(doc: Doc): Candidate[] {
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
export function canadianCandidates(doc: Doc): Candidate[] {
  const { a } = doc;
  const out: Candidate[] = [];
  const words = doc.cues.get('canadian');
  if (!words.list.length) return out;
  for (const m of a.matches) {
    if (m.entry.type !== 'kinds' || m.entry.value !== 'experience') continue;
    let near: Match | undefined;
    for (
      let i = words.firstFrom(m.from - 3 - words.longest);
      i < words.list.length && words.list[i].from <= m.to + 3;
      i++
    ) {
      const w = words.list[i];
      if (
        a.tokens[w.from].clause === a.tokens[m.from].clause &&
        (w.to <= m.from ? m.from - w.to <= 3 : w.from >= m.to && w.from - m.to <= 3)
      ) {
        near = w;
        break;
      }
    }
    if (near) out.push({ kind: 'canadian-experience', from: Math.min(near.from, m.from), to: Math.max(near.to, m.to) });
  }
  return out;
}

/** Language names other than the posting's own ("anglais", "Spanish") are second-language candidates. */
export function languageCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  for (const m of a.matches) {
    if (m.entry.type !== 'languages' || m.entry.value === a.language) continue;
    out.push({ kind: 'second-language', from: m.from, to: m.to, languages: [m.entry.value] });
  }
  return out;
}

/** The ISO codes of the language names inside each clause, in the order of the matches. */
export function languagesByClause(a: Analysis): Map<number, string[]> {
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
export function namedLanguages(doc: Doc, byClause: Map<number, string[]>, from: number, to: number): string[] {
  const { a } = doc;
  const clause = doc.clauses.of(from, to);
  // A mention that runs past its clause (rare) reads the matches themselves.
  if (a.tokens[to - 1].clause === a.tokens[from].clause) return [...(byClause.get(a.tokens[from].clause) ?? [])];
  const codes = new Set<string>();
  for (const m of a.matches)
    if (m.entry.type === 'languages' && m.from >= clause.from && m.to <= clause.to) codes.add(m.entry.value);
  return [...codes];
}

/**
 * One mention per phrase: a phrase inside a longer one of a related kind gives way ("bac" inside "bac en
 * informatique", "expérience" inside "expérience canadienne" stays both); language names next to a
 * "bilingue"-type phrase merge into it.
 */
export function dedupe(list: Candidate[]): Candidate[] {
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
    const near =
      c.kind === 'second-language'
        ? open.find((k) => k.kind === 'second-language' && c.from - k.to <= 4 && c.from >= k.from)
        : undefined;
    if (near) {
      near.languages = [...new Set([...(near.languages ?? []), ...(c.languages ?? [])])];
      near.to = Math.max(near.to, c.to);
      continue;
    }
    kept.push(c);
    open.push(c);
  }
  return kept;
}

/** A post-secondary phrase at least as long that starts with or before the secondary one `c` and overlaps it. */
function postSecondaryOver(list: Candidate[], c: Candidate, longest: number): boolean {
  // The list is in token order: the phrases that start at or before c are before it, or just after it at the same token.
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].from <= c.from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const p = list[i];
    if (
      p.kind === 'post-secondary' &&
      p.from < c.to &&
      p.to > c.from &&
      p.to - p.from >= c.to - c.from - 1 &&
      p.from <= c.from
    )
      return true;
    if (p.from + longest < c.from) break;
  }
  return false;
}

/**
 * One ask written twice side by side is one mention: "Diplôme d'études secondaires (DES)", "DEC or
 * bachelor's degree". Only punctuation, brackets or a conjunction may stand between the two phrases.
 */
export function mergeAdjacent(a: Analysis, list: Candidate[], cues: Cues): Candidate[] {
  const out: Candidate[] = [];
  // Cue words between two mentions keep them apart: "Anglais requis, espagnol un atout" is two asks.
  const cueAt = new Set<number>();
  for (const type of ['required', 'asset', 'negation', 'equivalence'])
    for (const m of cues.get(type).list) for (let i = m.from; i < m.to; i++) cueAt.add(i);
  const plainGap = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (cueAt.has(i)) return false;
    return true;
  };
  for (const c of list) {
    const prev = out[out.length - 1];
    // Also one ask: mentions of one kind in one sentence with no cue between them ("Disponibilité totale,
    // incluant les soirs, les fins de semaine et les jours fériés").
    const sameSentence = prev && a.tokens[c.from].clause === a.tokens[prev.from].clause && plainGap(prev.to, c.from);
    // Overlapping phrases of one kind are one mention ("de jour, de soir" and "soir et les fins de semaine").
    const overlapping = prev && c.from < prev.to;
    if (
      prev &&
      covers(prev.kind, c.kind) &&
      covers(c.kind, prev.kind) &&
      (c.from >= prev.to || overlapping) &&
      a.tokens[c.from].line === a.tokens[prev.from].line &&
      (overlapping || joinable(a, prev.to, c.from) || sameSentence)
    ) {
      if (overlapping) {
        prev.to = Math.max(prev.to, c.to);
        if (c.languages) prev.languages = [...new Set([...(prev.languages ?? []), ...c.languages])];
        continue;
      }
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
  return to === from
    ? plain(tokens[from - 1].end, tokens[to].start)
    : plain(tokens[from - 1].end, tokens[from].start) && plain(tokens[from].end, tokens[to].start);
}

/** A phrase of kind `outer` that contains one of kind `inner` says all of it ("expérience canadienne"). */
export const covers = (outer: Kind, inner: Kind) =>
  outer === inner ||
  (education(outer) && education(inner)) ||
  (outer === 'canadian-experience' && inner === 'experience');

export const education = (k: Kind) => k === 'secondary-diploma' || k === 'post-secondary';
