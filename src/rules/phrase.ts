// Phrase rules: rules that are data only (lexicons/rules/phrase-rules.yaml, and the rule files of the `ruleFiles`
// configuration key, docs/custom-rules.md).
// A phrase rule lists phrases per language; they are compiled into a token trie with the lexicons' own keys (same
// folding, same inflection), matched once per posting (Context.phraseHits), and each hit where the rule's limits
// hold (roles, jurisdictions, dates, TEER levels) is a finding.
import type { Match } from '../lexicon/trie.js';
import { Trie } from '../lexicon/trie.js';
import { fill } from '../rewrite/template.js';
import { inItsLanguage, type Analysis } from '../text/analyze.js';
import type { Context, Finding, Lang, PhraseHit, Profile, Rule, Severity } from '../types.js';
import { shippedPhraseRules } from './custom.js';
import { jurisdictionOf } from './engine.js';

export interface PhraseRuleData {
  id: string;
  /** The line of the id in its rule file (for errors found across files). */
  idLine: number;
  severity: Severity;
  /** Each phrase with its trie keys (computed when the file is validated). */
  phrases: { lang: Lang; phrase: string; keys: string[] }[];
  message: Record<Lang, string>;
  /** The replacement offered, or null. */
  suggestion: Record<Lang, string> | null;
  /** Only in these parts of the posting (null: anywhere). */
  roles: string[] | null;
  /** Only where the job's jurisdiction is known and listed (null: anywhere). */
  jurisdictions: string[] | null;
  /** Only on or after / on or before these audit dates (yyyy-mm-dd, inclusive). */
  since: string | null;
  until: string | null;
  /** Only when the occupation is known and its TEER is listed (null: any). */
  teer: number[] | null;
  references: { title: Record<Lang, string>; url: string }[];
}

/** One trie holding the phrases of all the rules (kept apart from the lexicons', so it cannot change their matches). */
export function phraseTrie(rules: readonly PhraseRuleData[]): Trie {
  const trie = new Trie();
  for (const r of rules)
    for (const p of r.phrases) trie.addKeys(p.keys, { type: 'rule', value: r.id, lang: p.lang, phrase: p.phrase });
  return trie;
}

/**
 * The rules' phrases in the analysed posting, in text order; where two hits of one rule overlap, the longer
 * one. As in the lexicons, a one-word phrase matches only in a block of its language (or as an acronym).
 */
export function phraseHits(a: Analysis, trie: Trie): PhraseHit[] {
  const kept = trie.match(a.tokens).filter((m) => inItsLanguage(m, a.tokens, a.lines));
  kept.sort((x, y) => x.from - y.from || y.to - x.to);
  const lastEnd = new Map<string, number>();
  const out: PhraseHit[] = [];
  for (const m of kept as Match[]) {
    const id = m.entry.value;
    if (m.from < (lastEnd.get(id) ?? -1)) continue;
    lastEnd.set(id, m.to);
    const start = a.tokens[m.from].start,
      end = a.tokens[m.to - 1].end;
    out.push({
      ruleId: id,
      lang: m.entry.lang,
      text: a.text.slice(start, end),
      span: a.lineIndex.span(start, end),
      role: a.lines[a.tokens[m.from].line].role,
    });
  }
  return out;
}

/** Whether the rule's limits hold for this posting. */
function applies(r: PhraseRuleData, context: Context): boolean {
  if (r.jurisdictions) {
    const j = jurisdictionOf(context);
    if (j === null || !r.jurisdictions.includes(j)) return false;
  }
  if (r.since && context.date < r.since) return false;
  if (r.until && context.date > r.until) return false;
  if (r.teer && !(context.occupation && r.teer.includes(context.occupation.teer))) return false;
  return true;
}

/** The Rule of a phrase rule's data: one finding per hit, in the message locale ({excerpt}: the words found). */
export function phraseRule(r: PhraseRuleData): Rule {
  return {
    meta: { id: r.id, severity: r.severity, description: r.message, fixable: r.suggestion !== null },
    check(_profile: Profile, context: Context): Finding[] {
      const hits = context.phraseHits?.filter((h) => h.ruleId === r.id && (!r.roles || r.roles.includes(h.role)));
      if (!hits?.length || !applies(r, context)) return [];
      const locale = context.locale;
      return hits.map((h) => {
        const values = { excerpt: h.text };
        const replacement = r.suggestion ? fill(r.suggestion[locale], values).trim() : '';
        return {
          ruleId: r.id,
          severity: r.severity,
          message: fill(r.message[locale], values),
          span: h.span,
          excerpt: h.text,
          suggestions: replacement
            ? [{ message: fill(shippedPhraseRules().suggestion[locale], { replacement }), replacement }]
            : [],
          references: r.references.map((ref) => ({ title: ref.title[locale], url: ref.url })),
        };
      });
    },
  };
}
