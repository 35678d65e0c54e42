// Scores of the jurisdictions: each sums its distinct pieces of evidence (a word repeated counts once), and the
// best one wins only when it scores at least MIN_SCORE and RATIO times the next (see decide).
import { ELSEWHERE, type Code, type JurisdictionCode } from './data.js';
import { MIN_SCORE, RATIO } from './patterns.js';

export interface JurisdictionGuess {
  /** null: unsure (nothing found, or evidence that conflicts without a clear winner). */
  code: JurisdictionCode | null;
  /** The strongest piece of evidence for the code: exact text and offsets in the text given (end exclusive). */
  evidence?: { text: string; start: number; end: number };
  /** 0 when unsure; grows with the strength of the evidence and the margin over the runner-up. */
  confidence: number;
}

export interface Hit {
  code: Code;
  weight: number;
  key: string;
  start: number;
  end: number;
}

/** Between pieces of equal weight, the evidence shown is the most telling kind: postal code, abbreviation, name, city… */
const RANK: Record<string, number> = {
  postal: 7,
  dept: 7,
  'dept-paren': 6,
  'fr-postal': 6,
  abbr: 5,
  'canada-wide': 5,
  name: 4,
  city: 3,
  ambiguous: 2,
  phone: 2,
  marker: 1,
};
export function rank(h: Hit): number {
  const colon = h.key.indexOf(':');
  return RANK[colon < 0 ? h.key : h.key.slice(0, colon)] ?? 0;
}

export class Scores {
  private readonly byCode = new Map<Code, Map<string, Hit>>();
  add(hit: Hit): void {
    let hits = this.byCode.get(hit.code);
    if (!hits) this.byCode.set(hit.code, (hits = new Map()));
    const before = hits.get(hit.key);
    if (!before || hit.weight > before.weight) hits.set(hit.key, hit);
  }
  score(code: Code): number {
    let sum = 0;
    for (const h of this.byCode.get(code)?.values() ?? []) sum += h.weight;
    return sum;
  }
  hits(): Hit[] {
    return [...this.byCode.values()].flatMap((m) => [...m.values()]);
  }
  codes(): Code[] {
    return [...this.byCode.keys()];
  }
  best(code: Code): Hit | undefined {
    let best: Hit | undefined;
    for (const h of this.byCode.get(code)?.values() ?? []) {
      if (
        !best ||
        h.weight > best.weight ||
        (h.weight === best.weight && (rank(h) > rank(best) || (rank(h) === rank(best) && h.start < best.start)))
      )
        best = h;
    }
    return best;
  }
}

export function decide(text: string, scores: Scores): JurisdictionGuess {
  const ranked = scores
    .codes()
    .filter((c) => c !== 'CA')
    .map((c) => ({ code: c, score: scores.score(c) }))
    .sort((a, b) => b.score - a.score);
  const top = ranked[0] ?? { code: null, score: 0 };
  const second = ranked[1]?.score ?? 0;
  const canada = scores.score('CA');
  const answer = (code: Code, score: number, runnerUp: number): JurisdictionGuess => {
    if (code === ELSEWHERE) return { code: null, confidence: 0 };
    const hit = scores.best(code)!;
    const confidence = Math.round(100 * (1 - Math.exp(-score / 6)) * (score / (score + runnerUp))) / 100;
    return {
      code: code as JurisdictionCode,
      evidence: { text: text.slice(hit.start, hit.end), start: hit.start, end: hit.end },
      confidence,
    };
  };
  const province = top.code !== null && top.code !== 'FR' && top.code !== ELSEWHERE;
  if (province && top.score >= MIN_SCORE) {
    // Canada named much more strongly than any province: Canada-wide, the province only mentioned.
    if (canada > RATIO * top.score) return answer('CA', canada, top.score);
    if (top.score < RATIO * second) return { code: null, confidence: 0 };
    return answer(top.code!, top.score, second);
  }
  // No province leads: France, another country, or Canada as a whole.
  const best = canada > top.score ? { code: 'CA' as Code, score: canada } : top;
  const rival = best.code === 'CA' ? top.score : Math.max(second, canada);
  if (best.code !== null && best.score >= MIN_SCORE && best.score >= RATIO * rival)
    return answer(best.code, best.score, rival);
  return { code: null, confidence: 0 };
}
