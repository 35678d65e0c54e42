// The job's occupation: a posting's title (and, for a title shared by several unit groups, its text)
// matched against NOC 2021's example titles. The method, the threshold and the tie rule: docs/occupations.md.
// The pipeline, one module each: the data files (occupation-data), the example titles (occupation-titles),
// titles as NOC writes them (occupation-repair), scoring a part of a title (occupation-score), the posting's
// duties (occupation-duties); here, the decision and the API.
import type { Lang, Occupation } from '../types.js';
import type { Word } from '../text/tokens.js';
import { memo } from '../util/cache.js';
import { df, groupRequirements, groups, loadedFiles, weight, type About, type Groups } from './occupation-data.js';
import { dutyScores, rankOf } from './occupation-duties.js';
import { titleQueries } from './occupation-noise.js';
import { scorePart, type Hit } from './occupation-score.js';

export { jsonValueEnd, loadAdditions, OCCUPATION_DIR, type About } from './occupation-data.js';
export { jaroWinkler } from './occupation-repair.js';

/** Below this confidence no occupation is returned (see docs/occupations.md for how it was chosen). */
export const MIN_CONFIDENCE = 0.55;
/** Groups whose title score is within this of the best one are candidates, told apart by the posting's duties. */
export const CANDIDATE_MARGIN = 0.1;

export interface OccupationCandidate extends Occupation {
  /** Title score in [0, 1]. */
  score: number;
  /** Share of the group's distinctive duty words found in the posting's text (when it holds at least 8 duty words). */
  duties?: number;
  /** How the title matched: exact example title, head of one (no NOC qualifier), reviewed addition, fuzzy. */
  match: 'exact' | 'head' | 'addition' | 'fuzzy';
  /** The part of the posting's title that matched. */
  query: string;
}

export interface OccupationResult {
  occupation: Occupation | null;
  /** In [0, 1]; 0 when nothing matched. An occupation is returned only at MIN_CONFIDENCE or more. */
  confidence: number;
  /** How the returned occupation was chosen among the candidates. */
  resolvedBy?: 'title' | 'duties' | 'addition' | 'override';
  /** The groups considered, best first (at most 5). */
  candidates?: OccupationCandidate[];
  /**
   * When no group is returned because candidates tie, the TEER they all share, if they do
   * ("Manoeuvre": labourers of several industries, all TEER 5).
   */
  teer?: number;
  /** The returned group's rank (1 = best) among all 516 groups by how well the posting's text covers their duties. */
  dutyRank?: number;
  /** The NOC's employment requirements of the returned group, in both languages (read when first used). */
  requirements?: { en: string[]; fr: string[] };
}

export interface DetectOptions {
  /** Language of the returned titles (default: the posting's guess from the title, else English). */
  lang?: Lang;
  /** Minimum confidence (default MIN_CONFIDENCE). */
  threshold?: number;
  /** Use lexicons/occupations/additions.yaml (default true). */
  additions?: boolean;
  /** A NOC code given by the user (`--occupation`): returned as is, confidence 1. */
  override?: string | null;
  /**
   * The text's words, already folded (lower case, no accents), when the caller has them: `text` is then not
   * read. An analysis' Words (Token.word) serve too, and are faster.
   */
  words?: readonly (string | Word)[];
}

const occupation = (t: Groups, g: number, lang: Lang): Occupation => ({
  noc: t.codes[g],
  title: lang === 'fr' ? t.fr[g] : t.en[g],
  teer: Number(t.codes[g][1]),
});

/** The unit group of a 5-digit NOC 2021 code, or null. */
export function occupationByCode(noc: string, lang: Lang = 'en'): Occupation | null {
  const t = groups();
  const g = t.index.get(String(noc).trim());
  return g === undefined ? null : occupation(t, g, lang);
}

/** The NOC's "Employment requirements" sentences of a unit group ([] for an unknown code). */
export function nocRequirements(noc: string, lang: Lang): string[] {
  const code = String(noc).trim();
  if (!groups().index.has(code)) return [];
  const r = groupRequirements(code);
  return r ? [...(lang === 'fr' ? r.fr : r.en)] : [];
}

/** The data files read so far (they are read lazily, on first use). */
export function loadedOccupationData(): string[] {
  return loadedFiles();
}

/** Source and attribution of the NOC data (Open Government Licence – Canada). */
export function occupationDataAbout(): About {
  return groups().about;
}

/** Distinct duty words a posting's text must hold for its duties to tell tied candidates apart… */
const MIN_TIE_WORDS = 8;
/** …and to confirm or weaken a single match (support). */
const MIN_TEXT_WORDS = 25;

/**
 * How much a partial title match (a NOC title's head without its qualifier, or a fuzzy match) is worth
 * once the posting's text is compared with all 516 groups' duties: kept when the group ranks among the
 * best few, lowered when many groups fit the text better.
 */
function support(rank: number): number {
  return rank <= 3 ? 1 : rank <= 10 ? 0.92 : rank <= 30 ? 0.8 : 0.5;
}

/**
 * Detects the NOC 2021 unit group of a posting from its title, with its text as evidence when several
 * groups share the title or the title matches only in part. Returns `occupation: null` (no guess) when
 * the confidence is under the threshold or when candidates tie and nothing tells them apart.
 *
 * 1. Each part of the title is scored against the example titles (scorePart); a group keeps its best score.
 * 2. Candidates: the groups within CANDIDATE_MARGIN of the best score.
 * 3. Several candidates: the one whose main duties the posting's text covers clearly best wins (score ≥ 0.04
 *    and 25 % ahead of the next); else the best title score if 1.5 % ahead; else a reviewed addition if
 *    exactly one candidate is one; else no occupation. Never the order of the data.
 * 4. The chosen group's duties are compared with the text: see support().
 */
const titleCache = memo<string, Hit[]>('occupation:title-hits', 20_000);
/** How many of the best title hits titleHits keeps (the pool is at most 8, the candidates shown 5). */
const RANKED_KEPT = 8;

/**
 * Step 1 of detection: the best hit per group over all parts of the title, best first (the best RANKED_KEPT). It depends on the title
 * only, so it is memoised (a batch of regional postings repeats the same titles). A part that leaves out known
 * words of the title counts a little less: "labourer, fruit farming" is better matched by the whole than by
 * "labourer".
 */
function titleHits(title: string, useAdditions: boolean): Hit[] {
  const cacheKey = `${useAdditions ? 1 : 0}${title}`;
  const cached = titleCache.get(cacheKey);
  if (cached) return cached;
  const t = groups();
  const best = new Map<number, Hit>();
  const queries = titleQueries(title);
  const knownWeight = (ks: string[]) => ks.reduce((sum, w) => sum + (df(w) ? weight(w) : 0), 0);
  const whole = knownWeight([...new Set(queries.flatMap((q) => q.keys))]);
  for (const q of queries) {
    const coverage = whole ? knownWeight([...new Set(q.keys)]) / whole : 1;
    for (const h of scorePart(q, useAdditions)) {
      const score = h.score * (0.9 + 0.1 * coverage) * (q.part > 0 ? 0.99 : 1);
      const before = best.get(h.group);
      // scorePart's hits are its own new objects: the score is adjusted in place.
      if (!before || score > before.score || (score === before.score && h.addition && !before.addition)) {
        h.score = score;
        best.set(h.group, h);
      }
    }
  }
  // Only the best few are ever read (the candidates within the margin, at most 8, and the 5 shown): they are
  // picked in one pass instead of sorting every group that shares a word with the title.
  const before = (a: Hit, b: Hit) => a.score > b.score || (a.score === b.score && t.codes[a.group] < t.codes[b.group]);
  const ranked: Hit[] = [];
  for (const h of best.values()) {
    if (ranked.length === RANKED_KEPT && !before(h, ranked[RANKED_KEPT - 1])) continue;
    let i = ranked.length === RANKED_KEPT ? RANKED_KEPT - 1 : ranked.length;
    while (i > 0 && before(h, ranked[i - 1])) {
      ranked[i] = ranked[i - 1];
      i--;
    }
    ranked[i] = h;
    if (ranked.length > RANKED_KEPT) ranked.length = RANKED_KEPT;
  }
  // A long title (a posting with no line breaks) is not kept: it would hold its text in the cache.
  if (title.length <= 1000) titleCache.set(cacheKey, ranked);
  return ranked;
}

export function detectOccupation(title: string | null, text: string, options: DetectOptions = {}): OccupationResult {
  const t = groups();
  const lang: Lang = options.lang ?? (/[àâçéèêëîïôûùœ]|\b(?:de|du|des|la|le|aux?)\b/i.test(title ?? '') ? 'fr' : 'en');
  const threshold = options.threshold ?? MIN_CONFIDENCE;
  if (options.override) {
    const occ = occupationByCode(options.override, lang);
    if (!occ)
      throw new Error(`unknown NOC 2021 unit group "${options.override}" (expected a 5-digit code such as 65201)`);
    return withRequirements({ occupation: occ, confidence: 1, resolvedBy: 'override' }, occ.noc);
  }
  if (!title?.trim()) return { occupation: null, confidence: 0 };

  // 1. Best hit per group over all parts of the title (see titleHits).
  const ranked = titleHits(title, options.additions !== false);
  if (!ranked.length) return { occupation: null, confidence: 0 };

  // 2. Candidates.
  const top = ranked[0].score;
  const pool = ranked.filter((h) => h.score >= top - CANDIDATE_MARGIN).slice(0, 8);
  const partial = (h: Hit) => h.how === 'head' || h.how === 'fuzzy';
  // The text alone is the evidence (the title's own words would favour whichever groups' duties repeat them).
  let evidence: { scores: Float64Array; known: number } | null = dutyScores(text, options.words);
  if (evidence.known < MIN_TIE_WORDS) evidence = null;
  const dutyOf = (h: Hit) => evidence?.scores[h.group] ?? 0;

  // 3. One candidate, or the posting's text decides.
  let chosen: Hit | null = null;
  let confidence = 0;
  let resolvedBy: OccupationResult['resolvedBy'];
  if (pool.length === 1) {
    chosen = pool[0];
    confidence = chosen.score;
    resolvedBy = 'title';
  } else {
    const byDuty = [...pool].sort((a, b) => dutyOf(b) - dutyOf(a) || b.score - a.score);
    const d1 = dutyOf(byDuty[0]);
    const separation = d1 > 0 ? 1 - dutyOf(byDuty[1]) / d1 : 0;
    if (d1 >= 0.04 && separation >= 0.25) {
      chosen = byDuty[0];
      confidence = chosen.score * (0.8 + 0.2 * separation);
      resolvedBy = 'duties';
    } else if (pool[1].score <= pool[0].score * 0.985) {
      // The duties do not tell them apart: a better title match wins (an exact example title over the
      // head of a qualified one: "caissier" over "caissier - institutions financières").
      chosen = pool[0];
      confidence = chosen.score * 0.9;
      resolvedBy = 'title';
    } else {
      // Still tied: a reviewed addition names the usual sense of the title ("plongeur" → 65201).
      const added = pool.filter((h) => h.addition && h.score > top * 0.985);
      if (added.length === 1) {
        chosen = added[0];
        confidence = chosen.score * 0.8;
        resolvedBy = 'addition';
      }
    }
  }

  // 4. The match must fit the posting's duties: a partial title match loses much when many groups fit the
  //    text better, an exact one a little.
  let rank: number | undefined;
  if (chosen && evidence && evidence.known >= MIN_TEXT_WORDS) {
    rank = rankOf(evidence.scores, chosen.group);
    confidence *= partial(chosen) ? support(rank) : rank <= 30 ? 1 : 0.8;
  }

  const cand = (h: Hit): OccupationCandidate => ({
    ...occupation(t, h.group, lang),
    score: round(h.score),
    match: h.how,
    query: h.query,
    ...(evidence ? { duties: round(dutyOf(h)) } : {}),
  });
  // Made when first read (an audit reads only the occupation).
  let list: OccupationCandidate[] | undefined;
  const candidates = () =>
    (list ??= (chosen ? [chosen, ...ranked.filter((h) => h !== chosen)] : ranked).slice(0, 5).map(cand));
  confidence = round(confidence);
  if (!chosen || confidence < threshold) {
    // No group, but the tied candidates may agree on the TEER (labourers of several industries are all TEER 5).
    const teers = new Set(pool.map((h) => t.codes[h.group][1]));
    const sharedTeer =
      !chosen && pool.length > 1 && teers.size === 1 && top >= threshold ? { teer: Number([...teers][0]) } : {};
    return {
      occupation: null,
      confidence: chosen ? confidence : round(top * 0.5),
      get candidates() {
        return candidates();
      },
      ...sharedTeer,
    };
  }
  const occ = occupation(t, chosen.group, lang);
  return withRequirements(
    {
      occupation: occ,
      confidence,
      resolvedBy,
      get candidates() {
        return candidates();
      },
      ...(rank ? { dutyRank: rank } : {}),
    },
    occ.noc,
  );
}

/** Adds `requirements`, read from the data only when first used (it costs ~4 ms, and most callers need the TEER only). */
function withRequirements(r: OccupationResult, noc: string): OccupationResult {
  let value: { en: string[]; fr: string[] } | undefined;
  return Object.defineProperty(r, 'requirements', {
    enumerable: true,
    configurable: true,
    get: () => (value ??= { en: nocRequirements(noc, 'en'), fr: nocRequirements(noc, 'fr') }),
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
