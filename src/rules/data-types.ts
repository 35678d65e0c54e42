// The validated shape of the rule data (lexicons/rules/*.yaml): what the rules and the docs read.
import type { Lang, Severity } from '../types.js';

export type Texts = Record<Lang, string>;
export interface ReferenceData {
  id: string;
  title: Texts;
  url: Texts;
}
export interface SuggestionData {
  message: Texts;
  replacement: Texts;
}
/** Where and from when a rule (or a case) of law applies: only for these known jurisdictions, on or after `since`. */
export interface LawData {
  jurisdictions: string[];
  /** In force from this date (yyyy-mm-dd, inclusive); null: no date limit. */
  since: string | null;
}
/** A before/after example of the rule, in one language (for `jobaudit explain` and docs/rules.md). */
export interface ExampleData {
  before: string;
  after: string;
}
export interface CaseData {
  severity: Severity;
  /** When the case applies, in plain English (for docs/rules.md). */
  when: string;
  message: Texts;
  suggestions: SuggestionData[];
  references: string[];
  /** The case is chosen only where this law applies (null: anywhere). */
  law: LawData | null;
}
/** A jurisdiction-specific change: a higher severity and/or a sentence and sources appended to the message. */
export interface EscalationData {
  jurisdiction: string;
  /** In force from this date (yyyy-mm-dd, inclusive); null: always. */
  since: string | null;
  /** Cases it applies to; null: all. */
  cases: string[] | null;
  severity: Severity | null;
  message: Texts | null;
  references: string[];
}
export interface RuleData {
  id: string;
  kind: string;
  severity: Severity;
  description: Texts;
  triggers: Texts;
  references: string[];
  cases: Record<string, CaseData>;
  escalate: EscalationData[];
  /** No finding when the occupation's TEER is known and at most this. */
  teerSkipAtMost: number | null;
  /** No finding for these NOC 2021 codes. */
  skipNoc: string[];
  /** Appended to the message when the occupation is known ({noc}, {occupation}, {teer}). */
  teerNote: Texts | null;
  /**
   * Appended when the occupation is known and the NOC's own employment requirements have a sentence on the
   * rule's topic ({requirements}: those sentences, quoted; also {noc}, {occupation}, {teer}).
   */
  nocNote: Texts | null;
  /** Words that pick the NOC employment-requirement sentences quoted by `nocNote` (substring, case and accents ignored). */
  nocTopics: Record<Lang, string[]> | null;
  /** Named lists of NOC 2021 codes or code prefixes ("31" = every code starting with 31). */
  nocLists: Record<string, string[]>;
  /** The rule fires only where this law applies (null: anywhere). */
  law: LawData | null;
  /** Before/after example in each language. */
  examples: Record<Lang, ExampleData>;
  defaults: Record<string, Texts>;
  phrases: Record<string, Texts>;
  patterns: Record<string, Record<Lang, string[]>>;
  /** Named figures of the rule (thresholds set by a law), so that no law's number is written in code. */
  limits: Record<string, number>;
}
export type References = Record<string, ReferenceData>;

/** What the code of a rule expects from its data: the cases it selects and the placeholders it fills. */
export interface RuleSpec {
  id: string;
  /** Case name → placeholders its texts may use ({excerpt} is always available). */
  cases: Record<string, readonly string[]>;
  /** Phrase name → placeholders; phrases are rendered by code into placeholder values. */
  phrases?: Record<string, readonly string[]>;
  /** Names of fallback texts (used when the posting's own wording cannot be reused). */
  defaults?: readonly string[];
  /** Names of phrase lists matched against requirement texts. */
  patterns?: readonly string[];
  /** Names of NOC code lists (`noc_lists`). */
  nocLists?: readonly string[];
  /** Names of figures (`limits`). */
  limits?: readonly string[];
}

export interface CommonData {
  prefixes: Record<Lang, string[]>;
  suffixes: Record<Lang, string[]>;
  equivalence: Record<Lang, string[]>;
  /** Words of which a rule's message must hold one: guidance, not legal advice ("may", "peut"). */
  hedges: Record<Lang, string[]>;
}
