// The number of years asked near a mention: "2 ans", "5+ years", "1-3 ans" → 1, "6 mois" → 0.5.
// The posting's year phrases are found once; a mention then looks only at those near it.
import type { Token } from '../text/tokens.js';
import { wordSet } from '../text/words.js';
import { distance, type Scope } from './cue-index.js';

/** A year phrase starts at most this many tokens before its unit ("1 à 3 + ans"). */
const LEAD = 4;

export type YearsSpan = Scope & { years: number };

/** The year phrase ending at the unit token `i`, read inside `scope`, or null. */
function phraseAt(tokens: Token[], i: number, scope: Scope): YearsSpan | null {
  const unit = tokens[i].norm;
  const months = wordSet('month-units').has(unit);
  if (!months && !wordSet('year-units').has(unit)) return null;
  let j = i - 1;
  if (j >= scope.from && tokens[j].norm === '+') j--;
  if (j < scope.from || tokens[j].num === undefined) return null;
  let value = tokens[j].num!;
  let from = j;
  // A range gives its lower bound: "1-3 ans", "1 à 3 ans", "2 to 5 years".
  const k = wordSet('range-words').has(tokens[j - 1]?.norm ?? '') ? j - 2 : j - 1;
  if (k >= scope.from && tokens[k].num !== undefined && tokens[k].digit === tokens[j].digit && tokens[k].num! < value) {
    value = tokens[k].num!;
    from = k;
  }
  const years = months ? Math.round((value / 12) * 100) / 100 : value;
  return years > 40 ? null : { from, to: i + 1, years };
}

export class Years {
  /**
   * The unit tokens that end a year phrase when nothing bounds it. Read inside a scope, a phrase can only lose
   * its number or its range's lower bound (a larger value), so no other unit ever ends one.
   */
  private readonly units: number[] = [];

  constructor(private readonly tokens: Token[]) {
    const all = { from: 0, to: tokens.length };
    // Only a unit word right after a number (or "5+") can end a phrase: most tokens are passed at a glance.
    const year = wordSet('year-units'),
      month = wordSet('month-units');
    for (let i = 1; i < tokens.length; i++) {
      const before = tokens[i - 1];
      if (before.num === undefined && before.norm !== '+') continue;
      const norm = tokens[i].norm;
      if ((year.has(norm) || month.has(norm)) && phraseAt(tokens, i, all)) this.units.push(i);
    }
  }

  private firstAtOrAfter(token: number): number {
    let lo = 0,
      hi = this.units.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.units[mid] < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A phrase (unbounded) on `line` that starts within `within` tokens after `token`, or null. */
  startsAfter(token: number, within: number, line: number): YearsSpan | null {
    const all = { from: 0, to: this.tokens.length };
    for (let k = this.firstAtOrAfter(token); k < this.units.length && this.units[k] <= token + within + LEAD; k++) {
      const p = phraseAt(this.tokens, this.units[k], all);
      if (p && p.from >= token && p.from - token <= within && this.tokens[p.from].line === line) return p;
    }
    return null;
  }

  /** The phrase in `scope` nearest the mention `c` (the first in the text of the nearest). */
  near(c: Scope, scope: Scope): YearsSpan | null {
    const { tokens, units } = this;
    const lo = this.firstAtOrAfter(scope.from),
      hi = this.firstAtOrAfter(scope.to);
    if (lo >= hi) return null;
    // A bound first: the nearest phrase on each side of the mention.
    let bound = Infinity;
    const split = Math.min(Math.max(this.firstAtOrAfter(c.from), lo), hi);
    for (let k = split; k < hi; k++) {
      const p = phraseAt(tokens, units[k], scope);
      if (p) {
        bound = distance(p, c);
        break;
      }
    }
    for (let k = split - 1; k >= lo; k--) {
      const p = phraseAt(tokens, units[k], scope);
      if (p) {
        bound = Math.min(bound, distance(p, c));
        break;
      }
    }
    if (bound === Infinity) return null;
    // Then, in text order, every unit whose phrase can be that near.
    let best: YearsSpan | null = null;
    let bestDistance = Infinity;
    for (
      let k = Math.max(lo, this.firstAtOrAfter(c.from - bound - 1));
      k < hi && units[k] <= c.to + bound + LEAD;
      k++
    ) {
      const p = phraseAt(tokens, units[k], scope);
      if (!p) continue;
      const d = distance(p, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = p;
      }
    }
    return best;
  }
}
