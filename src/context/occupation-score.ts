// Scoring one part of a posting's title against NOC's example titles: exact, head-only, reviewed addition, or
// fuzzy with IDF word weights (docs/occupations.md).
import type { TitleQuery } from './occupation-noise.js';
import { additions, df, groups, weight } from './occupation-data.js';
import { asNocWrites } from './occupation-repair.js';
import {
  additionWords,
  idOf,
  linePool,
  linesRead,
  linesWith,
  lookup,
  resetLines,
  startsSome,
  type TitleLine,
} from './occupation-titles.js';

/** Stamps of scorePart calls: a line taken by a call carries its stamp, so that it is taken once. */
let scoreCalls = 0;

/** How a group matched a part of the title. */
export interface Hit {
  group: number;
  score: number;
  how: 'exact' | 'head' | 'addition' | 'fuzzy';
  query: string;
  addition: boolean;
}

/**
 * Scores of the groups for one part of the title:
 * - 1.00  the part's key equals an example title's key, qualifier included, or a reviewed addition;
 * - 0.95  it equals the head of an example title whose NOC qualifier (" - services alimentaires") it lacks;
 * - fuzzy: with IDF word weights, c = share of the example title's weight found in the part (its head's,
 *   qualifier left out, when that is higher), q = share of the part's weight found in the title:
 *   c² × (0.3 + 0.7 q) × (0.95 for a head), 0.97 at most when the words are the same in another order.
 */
export function scorePart(part: TitleQuery, useAdditions: boolean): Hit[] {
  // Here, not while lines are read: a list of lines being made must not lose its pool.
  if (linesRead() > 100_000) resetLines();
  const q = { ...part, keys: asNocWrites(part.keys), raw: asNocWrites(part.raw) };
  const key = q.keys.join(' ');
  const hits: Hit[] = [];
  const add = (group: number, score: number, how: Hit['how'], addition = false) =>
    hits.push({ group, score, how, query: q.text, addition });

  if (useAdditions) {
    const a = additions().byKey.get(key) ?? additions().byKey.get(part.keys.join(' '));
    if (a) add(groups().index.get(a.noc)!, 1, 'addition', true);
  }
  const variants = new Map([q.keys, part.keys, q.raw, part.raw].map((ks) => [ks.join(' '), ks]));
  for (const [k, ks] of variants) {
    for (const g of lookup(k)) add(g, 1, 'exact');
    // Every split into head and qualifier, while some title starts with the head: a title of many words
    // makes as many lookups as the longest example title has words, not one per word of the title.
    let head = '';
    for (let i = 1; i < ks.length; i++) {
      head = i === 1 ? ks[0] : `${head} ${ks[i - 1]}`;
      if (!startsSome(`${head}|`) && !startsSome(`${head} `)) break;
      for (const g of lookup(`${head}|${ks.slice(i).join(' ')}`)) add(g, 1, 'exact');
    }
    for (const g of lookup(`${k}|`, true)) add(g, 0.95, 'head');
  }
  if (hits.length) return hits;

  // Fuzzy: the title lines that hold one of the part's strong words (weight at least half the strongest
  // known word's; a line sharing only weak words such as "préposé" or "manager" cannot score well).
  const qWords = [...new Set(q.keys)];
  const qWeight = new Map(qWords.map((w) => [w, weight(w)]));
  const qTotal = [...qWeight.values()].reduce((a, b) => a + b, 0);
  // Words as numbers: the lines' words are compared with the query's by id, not by string.
  const qIds = new Set(qWords.map(idOf));
  const known = qWords.filter((w) => df(w));
  let strongest = 0;
  for (const w of known) strongest = Math.max(strongest, qWeight.get(w)!);
  const stamp = ++scoreCalls;
  const lines: TitleLine[] = [];
  for (const w of known) {
    if (qWeight.get(w)! < strongest / 2) continue;
    for (const line of linesWith(w)) {
      if (line.stamp !== stamp) {
        line.stamp = stamp;
        lines.push(line);
      }
    }
  }
  const best = new Map<number, number>();
  for (const line of lines) {
    // A word of the title counts once, where it first appears (head words, then qualifier words).
    let headShared = 0;
    let qualShared = 0;
    const { ids, weights } = linePool();
    const from = line.at,
      to = line.at + line.words;
    for (let k = from; k < to; k++) {
      const id = ids[k];
      if (!qIds.has(id)) continue;
      let again = false;
      for (let j = from; j < k && !again; j++) again = ids[j] === id;
      if (again) continue;
      if (k - from < line.head) headShared += weights[k];
      else qualShared += weights[k];
    }
    const full = (headShared + qualShared) / (line.headW + line.qualW);
    const headOnly = headShared / line.headW;
    const qc = (headShared + qualShared) / qTotal;
    let score = Math.max(
      full * full * (0.3 + 0.7 * qc),
      headOnly * headOnly * (0.3 + 0.7 * (headShared / qTotal)) * 0.95,
    );
    if (full >= 0.999 && qc >= 0.999) score = 0.97;
    const g = line.group;
    if (score > (best.get(g) ?? 0)) best.set(g, Math.min(score, 0.97));
  }
  for (const [g, score] of best) add(g, score, 'fuzzy');
  // Additions take part in fuzzy matching too (they are few: a linear pass).
  if (useAdditions) {
    for (const a of additionWords()) {
      let total = 0;
      let got = 0;
      for (let k = 0; k < a.ids.length; k++) {
        const x = a.weights[k];
        total += x;
        if (qIds.has(a.ids[k])) got += x;
      }
      if (!got) continue;
      const c = got / total;
      const score = c * c * (0.3 + 0.7 * (got / qTotal));
      if (score > 0.3) add(groups().index.get(a.noc)!, Math.min(score, 0.97), 'fuzzy', true);
    }
  }
  return hits;
}
