// One posting through the pipeline: analyze → extract (profile) → judge (findings).
import {
  applySuppressions,
  defaultConfig,
  maskDirectives,
  parseDirectives,
  ruleIds,
  type ResolvedConfig,
} from './config/index.js';
import { inferJurisdiction } from './context/jurisdiction.js';
import { loadLexicon, type Lexicon } from './lexicon/load.js';
import { detectOccupation } from './context/occupation.js';
import { extractPay, toPay } from './extract/pay/index.js';
import { extractRequirements } from './extract/requirements.js';
import { extractTitle } from './extract/title.js';
import { judge } from './rules/index.js';
import { shippedPhraseRules } from './rules/custom.js';
import { phraseHits, phraseRule, phraseTrie } from './rules/phrase.js';
import { analyze, type Analysis } from './text/analyze.js';
import type { Word } from './text/tokens.js';
import type { Trie } from './lexicon/trie.js';
import type { AuditOptions, BlockInfo, Context, Posting, Profile, Result, Rule, Signal, SignalType } from './types.js';
import { memo } from './util/cache.js';

/** What the posting asks, with spans: the extract layer, with no judgement in it. */
export function profileOf(a: Analysis): Profile {
  const { requirements, entryLevel } = extractRequirements(a);
  const title = extractTitle(a);
  const profile: Profile = {
    language: a.language,
    bilingual: a.bilingual,
    title: title?.title ?? null,
    requirements,
    pay: toPay(extractPay(a), a.lineIndex),
    entryLevel: entryLevel !== null,
    signals: signalsOf(a),
  };
  if (entryLevel)
    profile.entryLevelSpan = a.lineIndex.span(a.tokens[entryLevel.from].start, a.tokens[entryLevel.to - 1].end);
  return profile;
}

/** Every signal phrase, longest first where two overlap; none inside a longer ask ("driver" in "driver's licence"). */
function signalsOf(a: Analysis): Signal[] {
  const out: Signal[] = [];
  let lastEnd = -1;
  const asks = a.matches.filter((m) => m.entry.type === 'kinds');
  const found = a.matches.filter((m) => m.entry.type === 'signals').sort((x, y) => x.from - y.from || y.to - x.to);
  for (const m of found) {
    if (m.from < lastEnd || asks.some((k) => k.from <= m.from && k.to >= m.to && k.to - k.from > m.to - m.from))
      continue;
    lastEnd = m.to;
    const start = a.tokens[m.from].start,
      end = a.tokens[m.to - 1].end;
    const line = a.lines[a.tokens[m.from].line];
    out.push({
      type: m.entry.value as SignalType,
      text: a.text.slice(start, end),
      span: a.lineIndex.span(start, end),
      section: line.inlineHeading ?? line.section,
    });
  }
  return out;
}

/**
 * The lines that describe the work, for comparing with the NOC's main duties: not the requirements, assets,
 * offer, employer or how-to-apply sections ("Permis de conduire valide" is not a diver's duty).
 */
function describedWork(a: Analysis): Word[] {
  const words: Word[] = [];
  for (const l of a.lines) {
    if (l.blank || !(l.section === 'duties' || l.section === 'none' || l.section === 'other')) continue;
    for (let i = l.tokenFrom; i < l.tokenTo; i++) words.push(a.tokens[i].word);
  }
  return words;
}

/** Today's date (UTC, yyyy-mm-dd). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

// Per configuration object (a long-lived JobAudit keeps one): a few at most.
const lexicons = memo<object, Lexicon>('audit.lexicons', 16);

/** The shipped lexicons, plus the configuration's extra ones (compiled once per configuration). */
function lexiconFor(config: ResolvedConfig | undefined): Lexicon | undefined {
  if (!config?.lexicons.length) return undefined;
  return lexicons.getOr(config.lexicons, () => loadLexicon(config.lexicons));
}

const phraseRules = memo<object, { trie: Trie; rules: Rule[] }>('audit.phrase-rules', 16);

/**
 * The phrase rules' trie (the shipped ones of lexicons/rules/phrase-rules.yaml and the configuration's `ruleFiles`),
 * and the configuration's rules (the shipped ones are in the rule list already); made once per configuration, null
 * when there are none.
 */
function phraseRulesFor(config: ResolvedConfig | undefined): { trie: Trie; rules: Rule[] } | null {
  const shipped = shippedPhraseRules().rules;
  const custom = config?.customRules ?? [];
  if (!shipped.length && !custom.length) return null;
  const key = custom.length ? custom : shipped;
  return phraseRules.getOr(key, () => ({ trie: phraseTrie([...shipped, ...custom]), rules: custom.map(phraseRule) }));
}

export function auditPosting(posting: Posting, options: AuditOptions = {}): Result {
  // A partial configuration from JavaScript callers gets the defaults for what it leaves out.
  const config = options.config && { ...defaultConfig(), ...options.config };
  const directives = parseDirectives(posting.text);
  // Directives are blanked out (same length, same lines) so that their reasons ask nothing and place nothing.
  const text = directives.length ? maskDirectives(posting.text, directives) : posting.text;
  const a = analyze(text, options.locale ?? config?.locale ?? 'fr', lexiconFor(config));
  const profile = profileOf(a);
  const detected = detectOccupation(profile.title, '', {
    lang: profile.language,
    override: options.occupation,
    words: describedWork(a),
  });
  const jurisdiction =
    options.jurisdiction !== undefined
      ? options.jurisdiction
      : config?.jurisdiction !== undefined
        ? config.jurisdiction
        : inferJurisdiction(text, a).code;
  const context: Context = {
    locale: options.locale ?? config?.locale ?? profile.language,
    occupation: detected.occupation,
    jurisdiction,
    date: options.date ?? config?.date ?? today(),
    analysis: a,
    limits: { tooMany: config?.tooManyRequirements },
  };
  const custom = phraseRulesFor(config);
  if (custom) context.phraseHits = phraseHits(a, custom.trie);
  const { findings, suppressed } = applySuppressions(
    judge(profile, context, custom?.rules),
    directives,
    config ?? defaultConfig(),
    { locale: context.locale, knownRules: config?.customRules.length ? ruleIds(config) : undefined },
  );
  return {
    source: posting.source,
    language: profile.language,
    title: profile.title,
    occupation: context.occupation,
    jurisdiction: context.jurisdiction,
    requirements: profile.requirements,
    pay: profile.pay,
    findings,
    error: null,
    ...(suppressed.length ? { suppressed } : {}),
    ...(options.debug ? { blocks: blocksOf(a) } : {}),
  };
}

/** The blocks of the analysis as the JSON shows them (--debug). */
function blocksOf(a: Analysis): BlockInfo[] {
  return a.blocks.map((b) => ({ role: b.role, evidence: { ...b.evidence }, span: a.lineIndex.span(b.start, b.end) }));
}
