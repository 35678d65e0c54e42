// Jurisdiction: where a posting's job is (a Canadian province or territory, Canada as a whole, or France),
// guessed from the place names in the text, with the evidence that decided it.
//
// How it works, in one pass over the lines of the analysis (src/text/analyze.ts: its folded text, words and
// lines; nothing is folded or cut again here). Linear: every regex is small and runs on one line, never with
// nested quantifiers.
//  1. A line whose head is a location label ("Location:", "Lieu de travail :", "**Adresse :**") is a
//     location line: what follows the colon weighs much more than the same words elsewhere.
//  2. The places of lexicons/jurisdictions.yaml (provinces, cities, regions, countries, "partout au Canada") are
//     looked up on the line's words, longest first ("Richmond Hill" before "Richmond"). Outside a location line a
//     place must be capitalised, and several plain mentions of one jurisdiction on a line count once.
//  3. Exact-case patterns are read on the original line: Canadian postal codes (A1A 1A1, first letter →
//     province), abbreviations where an address puts them ("Toronto, ON", "Lieu : QC"), France Travail's
//     "Lieu: 69 - Villeurbanne", telephone area codes, and markers ("CDI", "H/F", "€", "£").
//  4. A place followed by another jurisdiction ("London, UK", "Richmond, VA", "Laval (53)") is not counted
//     for its usual one; a phrase that only mentions a place ("Nunavut Inuit") mutes it on its line.
//  5. Each jurisdiction scores the sum of its distinct pieces of evidence (a word repeated counts once).
//     The best one wins only when it scores at least 2 and twice the next; another country winning gives
//     "unsure". Canada as a whole (CA) wins when no province is named, or Canada is named more than twice
//     as strongly (a remote job whose head office is mentioned).
import { analyze } from '../../text/analyze.js';
import type { Normalized } from '../../text/normalize.js';
import { ELSEWHERE } from './data.js';
import { lexicon, wordInfo, type Compiled } from './lexicon.js';
import { mayHoldEvidence } from './prefilter.js';
import { scanLine, type LineWord } from './scan.js';
import { decide, rank, Scores, type JurisdictionGuess } from './scores.js';
import type { JurisdictionCode } from './data.js';

export { JURISDICTION_CODES, loadJurisdictionData, type JurisdictionCode, type JurisdictionData } from './data.js';
export type { JurisdictionGuess } from './scores.js';

/** What jurisdiction reads of an analysis of the text (src/text/analyze.ts `Analysis` is one). */
export interface AnalysedText {
  text: string;
  norm: Normalized;
  lines: readonly { start: number; end: number; tokenFrom: number; tokenTo: number }[];
  /** `word`: the shared word of src/text/tokens.ts, by which what the data says of it is remembered. */
  tokens: readonly { norm: string; start: number; word: { readonly id: number; readonly norm: string } }[];
}

/**
 * Guesses the jurisdiction of a posting from its text, read through its analysis (made here when not given).
 * Linear in the length of the text. Returns code null ("unsure") when nothing points anywhere, when the evidence
 * conflicts without a clear winner, or when the posting is elsewhere (another country).
 */
export function inferJurisdiction(text: string, analysis?: AnalysedText): JurisdictionGuess {
  return decide(text, collect(text, analysisOf(text, analysis)));
}

/** One piece of evidence: what it points to, its weight, and where it is in the text. */
export interface JurisdictionEvidence {
  code: JurisdictionCode | 'elsewhere';
  weight: number;
  text: string;
  start: number;
  end: number;
}

/** Every piece of evidence counted, strongest first, and the score of each jurisdiction (for --explain and tuning). */
export function explainJurisdiction(
  text: string,
  analysis?: AnalysedText,
): { scores: Record<string, number>; evidence: JurisdictionEvidence[] } {
  const scores = collect(text, analysisOf(text, analysis));
  const out: Record<string, number> = {};
  for (const c of scores.codes()) out[c === ELSEWHERE ? 'elsewhere' : c] = scores.score(c);
  const evidence = scores
    .hits()
    .sort((a, b) => b.weight - a.weight || rank(b) - rank(a) || a.start - b.start)
    .map((h) => ({
      code: h.code === ELSEWHERE ? ('elsewhere' as const) : h.code,
      weight: h.weight,
      text: text.slice(h.start, h.end),
      start: h.start,
      end: h.end,
    }));
  return { scores: out, evidence };
}

function analysisOf(text: string, analysis: AnalysedText | undefined): AnalysedText {
  if (!analysis) return analyze(text);
  if (analysis.text !== text) throw new Error('inferJurisdiction: the analysis is of another text');
  return analysis;
}

function collect(text: string, analysis: AnalysedText): Scores {
  const lex = lexicon();
  const scores = new Scores();
  let pendingLabel = false;
  for (const line of analysis.lines) {
    // The words are a cheap first test: nothing that can be evidence, nothing to scan.
    if (!pendingLabel && !mayHoldEvidence(text, line, analysis, lex)) continue;
    const toks = lineWords(analysis, line, lex);
    if (toks.length)
      pendingLabel = scanLine(text.slice(line.start, line.end), line.start, pendingLabel, lex, scores, {
        folded: analysis.norm,
        toks,
      });
    else pendingLabel = false;
  }
  return scores;
}

/** The words of a line with their offsets in the folded text (a walk along its offset map) and their data. */
function lineWords(analysis: AnalysedText, line: AnalysedText['lines'][number], lex: Compiled): LineWord[] {
  const { map, text: folded } = analysis.norm;
  let f = firstAtOrAfter(map, folded.length, line.start);
  const out: LineWord[] = [];
  for (let i = line.tokenFrom; i < line.tokenTo; i++) {
    const t = analysis.tokens[i];
    if (t.norm === '+') continue; // "Bac+2": the sign is no word of a place or a label
    while (f < folded.length && map[f] < t.start) f++;
    out.push({ text: lex.same.get(t.norm) ?? t.norm, start: f, end: f + t.norm.length, info: wordInfo(t.word, lex) });
  }
  return out;
}

/** The first index i in [from, length) with map[i] >= offset (length when none). */
function firstAtOrAfter(map: Uint32Array, length: number, offset: number, from = 0): number {
  let lo = from,
    hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
