// Public types: the Profile vocabulary and the JSON contract of ../shared/DESIGN.md (version 1).
import type { Analysis } from './text/analyze.js';

export const KINDS = [
  'secondary-diploma',
  'post-secondary',
  'second-language',
  'experience',
  'driver-licence',
  'own-vehicle',
  'criminal-record-check',
  'canadian-experience',
  'availability',
  'physical',
] as const;
export type Kind = (typeof KINDS)[number];
export type Strength = 'required' | 'asset';
export type Lang = 'fr' | 'en';
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** Lines and columns count from 1, offsets from 0 (UTF-16 code units); end is exclusive. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}
export interface Span {
  start: Position;
  end: Position;
}

/** A posting as read: `text` is the decoded original (BOM removed, line endings untouched). */
export interface Posting {
  source: string;
  text: string;
  /** Optional fields from structured sources (title, location…). */
  fields?: Record<string, string>;
}

export interface Requirement {
  kind: Kind;
  strength: Strength;
  text: string;
  span: Span;
  equivalence?: boolean;
  languages?: string[];
  reasonStated?: boolean;
  /** Exact quote of the stated reason (second-language), when one was found. */
  reason?: { text: string; span: Span };
  years?: number;
}

export interface Pay {
  disclosed: boolean;
  min: number | null;
  max: number | null;
  currency: string | null;
  period: 'hour' | 'day' | 'week' | 'month' | 'year' | null;
  /** The pay text found (an amount, or vague wording like "salaire compétitif"). */
  text?: string;
  span?: Span;
  /** True when pay is only described vaguely ("competitive", "selon l'expérience"). */
  vague?: boolean;
}

/** Facts about the job itself found in the posting (not asks): see lexicons/{fr,en}/signals.yaml. */
export const SIGNALS = [
  'unpaid-trial',
  'irregular-hours',
  'precarious',
  'ai-statement',
  'vacancy-statement',
  'driving-duty',
  'vulnerable-people',
] as const;
export type SignalType = (typeof SIGNALS)[number];
export interface Signal {
  type: SignalType;
  text: string;
  span: Span;
  /** The kind of section it sits in: 'duties', 'requirements', 'assets', 'offer', 'about', 'apply', 'other' or 'none'. */
  section: string;
}

export interface Profile {
  language: Lang;
  /** The posting holds full versions in French and in English. */
  bilingual: boolean;
  title: string | null;
  requirements: Requirement[];
  pay: Pay;
  /** The posting presents itself as entry-level ("aucune expérience requise", "no experience necessary", "entry level"). */
  entryLevel: boolean;
  /** Span of the entry-level wording when found. */
  entryLevelSpan?: Span;
  /** Facts about the job the rules weigh (unpaid trial, on-call hours, driving duties, vulnerable people…). */
  signals: Signal[];
}

export interface Occupation {
  noc: string;
  title: string;
  teer: number;
}

/** What the judge knows besides the profile. Occupation and jurisdiction are filled by later work (issue 3). */
export interface Context {
  /** Language used for messages (the posting's, or --locale). */
  locale: Lang;
  occupation: Occupation | null;
  jurisdiction: string | null;
  /** Audit date, ISO yyyy-mm-dd. */
  date: string;
  /** The posting analysed once (src/text/analyze.ts): its text, lines, folded text and tokens, read by the rules. */
  analysis: Analysis;
  /** Configurable thresholds of some rules (requirements/too-many: more required items than `tooMany`, default 10). */
  limits?: { tooMany?: number };
  /** The phrases of data rules (rule files of `ruleFiles`) found in the posting, in text order. */
  phraseHits?: PhraseHit[];
}

/** One phrase of a data rule found in the posting, with the same folding and inflection as the lexicons. */
export interface PhraseHit {
  ruleId: string;
  /** The language of the phrase that matched. */
  lang: Lang;
  text: string;
  span: Span;
  /** The part of the posting it sits in (the line's role: src/text/blocks.ts). */
  role: string;
}

export interface Suggestion {
  message: string;
  replacement: string;
}
export interface Reference {
  title: string;
  url: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  excerpt: string;
  suggestions: Suggestion[];
  references: Reference[];
}

/** Why a finding was not reported: an inline directive (with its reason) or the configuration. */
export interface Suppression {
  kind: 'directive' | 'config';
  reason: string | null;
}
export type SuppressedFinding = Finding & { suppression: Suppression };

export interface Result {
  source: string;
  language: Lang | null;
  title: string | null;
  occupation: Occupation | null;
  jurisdiction: string | null;
  requirements: Requirement[];
  pay: Pay | null;
  findings: Finding[];
  error: { message: string } | null;
  /** Findings silenced by a directive or the configuration (an addition to JSON v1; absent when none). */
  suppressed?: SuppressedFinding[];
  /** With the `debug` option: the posting's blocks, their roles and why (an addition to JSON v1). */
  blocks?: BlockInfo[];
}

/** A block of the posting and its role, with the evidence for the role (see docs/document-model.md). */
export interface BlockInfo {
  role: string;
  evidence: { source: string; line: number; phrase: string | null };
  span: Span;
}

export interface Summary {
  postings: number;
  errors: number;
  warnings: number;
  infos: number;
  failed: number;
}

export interface AuditOptions {
  /** Force the message language. */
  locale?: Lang;
  /** Audit date (yyyy-mm-dd), default today. */
  date?: string;
  /** Where the job is (QC, ON, BC, CA, FR…); null: none, infer nothing; absent: inferred from the posting. */
  jurisdiction?: string | null;
  /** NOC 2021 unit group of the job (5 digits), instead of detecting it from the title. */
  occupation?: string;
  /** Add each posting's blocks and their roles to the result (`--debug`). */
  debug?: boolean;
  /** Configuration (see loadConfig); options given here win over it. */
  config?: import('./config/schema.js').ResolvedConfig;
}

/** A rule: metadata plus a pure check over the profile and its context. */
export interface RuleMeta {
  id: string;
  /** Default severity ceiling; rules may emit lower severities (an asset is at most info). */
  severity: Severity;
  description: Record<Lang, string>;
  fixable: boolean;
}
export interface Rule {
  meta: RuleMeta;
  check(profile: Profile, context: Context): Finding[];
}
