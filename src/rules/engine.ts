// The mechanism shared by the rule families: turning a chosen case of a rule's data into a Finding
// (severity with jurisdiction escalations and the asset cap, filled messages and suggestions, references),
// plus small helpers to reuse the posting's own wording in rewrites.
import { nocRequirements } from '../context/occupation.js';
import { capitalizeLike, fill } from '../rewrite/template.js';
import { lineIndexOf } from '../text/lines.js';
import { foldText } from './posting.js';
import {
  SEVERITY_RANK,
  type Context,
  type Finding,
  type Kind,
  type Lang,
  type Profile,
  type Requirement,
  type Rule,
  type RuleMeta,
  type Span,
  type Strength,
} from '../types.js';
import { lazy, memo } from '../util/cache.js';
import { common, references, type LawData, type RuleData } from './data.js';

/** What a finding points at: the span, its text, and how strongly it is asked. */
export interface Ask {
  span: Span;
  excerpt: string;
  strength: Strength;
}

export type Check = (rule: RuleData, profile: Profile, context: Context) => Finding[];

const registry = new Map<string, () => RuleData>();

/** The ids of the rules defined with defineRule so far (without loading their data). */
export function definedRuleIds(): string[] {
  return [...registry.keys()];
}

/** The data of a rule defined with defineRule (its module must have been imported), or null. */
export function ruleDataOf(id: string): RuleData | null {
  return registry.get(id)?.() ?? null;
}

/** True when the law applies in this context: the jurisdiction is known and listed, and the date is on or after `since`. */
export function lawApplies(law: LawData | null, context: Context): boolean {
  if (!law) return true;
  const j = jurisdictionOf(context);
  return j !== null && law.jurisdictions.includes(j) && (!law.since || context.date >= law.since);
}

/**
 * A Rule whose metadata and texts come from the data file (loaded on first use). The generic context hooks run
 * before `check`: no finding where the rule's `law` does not apply, when the occupation's TEER is known and at
 * most `teer_skip_at_most`, or when its NOC code is listed in `skip_noc`.
 */
export function defineRule(load: () => Record<string, RuleData>, id: string, check: Check): Rule {
  const data = (): RuleData => {
    const rule = load()[id];
    if (!rule) throw new Error(`rule ${id} has no data`);
    return rule;
  };
  registry.set(id, data);
  let meta: RuleMeta | undefined;
  return {
    get meta(): RuleMeta {
      if (!meta) {
        const r = data();
        meta = { id, severity: r.severity, description: r.description, fixable: true };
      }
      return meta;
    },
    check(profile, context) {
      const r = data();
      if (!lawApplies(r.law, context)) return [];
      const occupation = context.occupation;
      if (occupation && r.teerSkipAtMost !== null && occupation.teer <= r.teerSkipAtMost) return [];
      if (occupation && r.skipNoc.includes(occupation.noc)) return [];
      return check(r, profile, context);
    },
  };
}

/**
 * The requirements of one kind, one per line and strength: when the extractor finds several mentions of the same
 * ask on a line ("Diplôme d'études secondaires (DES) obligatoire" → "Diplôme d'études secondaires", "DES"), the
 * widest stands for them, so the posting gets one finding and one fix for that ask.
 */
export function requirementsOf(profile: Profile, kind: Kind): Requirement[] {
  const best = new Map<string, Requirement>();
  const width = (r: Requirement) => r.span.end.offset - r.span.start.offset;
  for (const r of profile.requirements) {
    if (r.kind !== kind) continue;
    const key = `${r.span.start.line}:${r.strength}`;
    const prev = best.get(key);
    if (!prev || width(r) > width(prev)) best.set(key, r);
  }
  return [...best.values()];
}

export function askOf(req: Requirement): Ask {
  return { span: req.span, excerpt: req.text, strength: req.strength };
}

/** The jurisdiction code in upper case ("qc", "CA-QC" → "QC"), or null. */
export function jurisdictionOf(context: Context): string | null {
  const j = context.jurisdiction?.trim().toUpperCase().replace(/^CA-/, '');
  return j ? j : null;
}

/** Québec is known, or presumed for a French posting when the jurisdiction is unknown or only "CA" (Canada). */
export function quebecLikely(profile: Profile, context: Context): boolean {
  const j = jurisdictionOf(context);
  return j === 'QC' || ((j === null || j === 'CA') && profile.language === 'fr');
}

export interface EmitOptions {
  /** Apply the rule's jurisdiction escalations (default true). */
  escalate?: boolean;
}

/** Renders case `caseName` of `rule` for `ask`; `values` fills the case's placeholders ({excerpt} is added). */
export function emit(
  rule: RuleData,
  caseName: string,
  ask: Ask,
  context: Context,
  values: Record<string, string> = {},
  options: EmitOptions = {},
): Finding {
  const c = rule.cases[caseName];
  if (!c) throw new Error(`rule ${rule.id} has no case ${caseName}`);
  const locale = context.locale;
  const v = { excerpt: ask.excerpt.trim(), ...values };
  let severity = c.severity;
  const notes: string[] = [];
  const lawRefs: string[] = []; // the escalations' sources come first: they are the most specific

  const jurisdiction = jurisdictionOf(context);
  if (options.escalate !== false && jurisdiction) {
    for (const e of rule.escalate) {
      if (
        e.jurisdiction !== jurisdiction ||
        (e.since && context.date < e.since) ||
        (e.cases && !e.cases.includes(caseName))
      )
        continue;
      if (e.severity && SEVERITY_RANK[e.severity] > SEVERITY_RANK[severity]) severity = e.severity;
      if (e.message) notes.push(fill(e.message[locale], v));
      lawRefs.push(...e.references);
    }
  }
  const occupation = context.occupation;
  if (occupation && (rule.teerNote || rule.nocNote)) {
    const o = { ...v, noc: occupation.noc, occupation: occupation.title, teer: String(occupation.teer) };
    if (rule.teerNote) notes.push(fill(rule.teerNote[locale], o));
    const quote = rule.nocNote && rule.nocTopics ? nocQuote(occupation.noc, locale, rule.nocTopics[locale]) : '';
    if (quote) notes.push(fill(rule.nocNote![locale], { ...o, requirements: quote }));
  }
  if (ask.strength === 'asset' && SEVERITY_RANK[severity] > SEVERITY_RANK.info) severity = 'info';

  const same = (a: string) => squash(a) === squash(ask.excerpt);
  const suggestions = c.suggestions
    .map((s) => ({
      message: fill(s.message[locale], v),
      replacement: capitalizeLike(fill(s.replacement[locale], v).trim(), ask.excerpt),
    }))
    .filter((s) => s.replacement !== '' && !same(s.replacement));
  const refs = references();
  return {
    ruleId: rule.id,
    severity,
    message: [fill(c.message[locale], v), ...notes].join(' '),
    span: ask.span,
    excerpt: ask.excerpt,
    suggestions,
    references: [...new Set([...lawRefs, ...c.references, ...rule.references])].map((id) => {
      const r = refs[id];
      return { title: r.title[locale], url: r.url[locale] };
    }),
  };
}

// ── the NOC's own employment requirements ───────────────────────────────────────────────────────────

/** Most NOC sentences quoted in one message, and their longest total length. */
const NOC_QUOTE_SENTENCES = 2;
const NOC_QUOTE_LENGTH = 320;

/**
 * HOOK (occupation step): the NOC 2021 "Employment requirements" sentences of the unit group, from
 * src/context/occupation.ts. Guarded: when the occupation data is not there (or the export changes), rules
 * simply quote nothing and fall back to the TEER note.
 */
export function nocSentences(noc: string, lang: Lang): string[] {
  try {
    const list = nocRequirements(noc, lang);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const quotes = memo<string, string>('rules.noc-quotes', 2000);

/** The NOC sentences on one topic (a sentence mentions one of `topics`), quoted and joined; '' when none. */
export function nocQuote(noc: string, lang: Lang, topics: readonly string[]): string {
  // Memoised: the same few unit groups and rules come back posting after posting.
  return quotes.getOr(`${noc}\u0000${lang}\u0000${topics.join('\u0001')}`, () => quoteOf(noc, lang, topics));
}

function quoteOf(noc: string, lang: Lang, topics: readonly string[]): string {
  const keys = topics.map(foldText);
  const picked: string[] = [];
  let length = 0;
  for (const sentence of nocSentences(noc, lang)) {
    const s = sentence.trim();
    if (!/[.!]$/.test(s)) continue; // sub-headings ("Registered nurses") are not requirements
    const f = foldText(s);
    if (!keys.some((k) => f.includes(k))) continue;
    if (picked.length >= NOC_QUOTE_SENTENCES || length + s.length > NOC_QUOTE_LENGTH) break;
    picked.push(s);
    length += s.length;
  }
  if (!picked.length) return '';
  return lang === 'fr' ? `« ${picked.join(' ')} »` : `“${picked.join(' ')}”`;
}

/** True when the NOC code is in the rule's named list (entries are codes or code prefixes). */
export function inNocList(rule: RuleData, name: string, noc: string | undefined): boolean {
  const list = rule.nocLists[name];
  if (!list) throw new Error(`rule ${rule.id} has no noc list ${name}`);
  return !!noc && list.some((prefix) => noc.startsWith(prefix));
}

/** A phrase of the rule's data, filled. */
export function phrase(rule: RuleData, name: string, locale: Lang, values: Record<string, string> = {}): string {
  const p = rule.phrases[name];
  if (!p) throw new Error(`rule ${rule.id} has no phrase ${name}`);
  return fill(p[locale], values);
}

/** A fallback text of the rule's data. */
export function fallback(rule: RuleData, name: string, locale: Lang): string {
  const d = rule.defaults[name];
  if (!d) throw new Error(`rule ${rule.id} has no default ${name}`);
  return d[locale];
}

// ── reusing the posting's wording ───────────────────────────────────────────────────────────────────

const LETTER = /[\p{L}\p{N}]/u;
const EDGE = /^[\s,;:.!*•·▪–—-]+|[\s,;:.!*•·▪–—-]+$/g;

function lower(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'");
}

function squash(s: string): string {
  return lower(s)
    .replace(/[\s,;:.!]+/g, ' ')
    .trim();
}

/** Whether `s` (whose lower() is `low`) starts with the word or words `w`. */
function startsWithWord(s: string, low: string, w: string): boolean {
  if (!low.startsWith(w)) return false;
  const next = s.charAt(w.length);
  return next === '' || !LETTER.test(w.charAt(w.length - 1)) || !LETTER.test(next);
}

function endsWithWord(s: string, low: string, w: string): boolean {
  if (!low.endsWith(w)) return false;
  const before = s.charAt(s.length - w.length - 1);
  return before === '' || !LETTER.test(w.charAt(0)) || !LETTER.test(before);
}

/** The words core() drops, longest first (common.yaml). */
const lists = lazy('rules.strip-lists', () => {
  const c = common();
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    prefixes: [...c.prefixes.fr, ...c.prefixes.en].map(lower).sort(byLength),
    suffixes: [...c.suffixes.fr, ...c.suffixes.en, ...c.equivalence.fr, ...c.equivalence.en].map(lower).sort(byLength),
  };
});

const cores = memo<string, string>('rules.cores', 2000);

/**
 * The ask itself, without the words around it that say how strongly it is asked or that accept an equivalent:
 * "- DES (obligatoire)" → "DES"; "Must have a high school diploma or equivalent" → "high school diploma".
 */
export function core(text: string): string {
  return cores.getOr(text, coreOf);
}

function coreOf(text: string): string {
  const { prefixes, suffixes } = lists();
  let s = text.replace(/\s+/g, ' ').trim();
  s = s.replace(/\s*\(([^()]*)\)/g, (m, inner: string) => (suffixes.includes(lower(inner.trim())) ? '' : m));
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = s.replace(EDGE, '');
    const low = lower(s);
    const p = prefixes.find((w) => startsWithWord(s, low, w));
    if (p) s = s.slice(p.length);
    const lowNow = p ? lower(s) : low;
    const x = suffixes.find((w) => endsWithWord(s, lowNow, w));
    if (x) s = s.slice(0, s.length - x.length);
  }
  return s;
}

/** The posting's own name for the ask when it can be reused in the message locale, else the rule's default. */
export function ownWording(
  rule: RuleData,
  defaultName: string,
  text: string,
  profile: Profile,
  context: Context,
): string {
  const own = core(text);
  if (context.locale !== profile.language || own.length < 2 || own.length > 60 || !/\p{L}/u.test(own)) {
    return fallback(rule, defaultName, context.locale);
  }
  return own;
}

// ── values in the message locale ────────────────────────────────────────────────────────────────────

// Intl formatters cost far more to build than to use: one of each per locale.
const formatters = memo<string, unknown>('rules.intl', 64);
function intl<T>(key: string, make: () => T): T {
  return formatters.getOr(key, make) as T;
}

/**
 * "3 ans", "1 an", "6 mois" / "3 years", "1 year", "6 months": less than a year in whole months. The unit names
 * and their plurals are ICU's (Intl), not ours.
 */
export function duration(years: number, locale: Lang): string {
  const months = years > 0 && years < 1;
  const unit = months ? 'month' : 'year';
  const f = intl(
    `u:${unit}:${locale}`,
    () =>
      new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
        style: 'unit',
        unit,
        unitDisplay: 'long',
        maximumFractionDigits: 1,
      }),
  );
  return f.format(months ? Math.max(1, Math.round(years * 12)) : years).replace(/[\u202f\u00a0]/g, ' ');
}

/**
 * Language names in the locale, joined ("anglais et espagnol" / "English and Spanish", or with "ou"/"or" when
 * `either`); unknown codes as given.
 */
export function languageNames(codes: readonly string[], locale: Lang, either = false): string {
  // Memoised: postings ask for the same few languages, and each ICU call costs microseconds.
  return namesCache.getOr(`${locale}:${either}:${codes.join(',')}`, () => {
    const names = intl(`d:${locale}`, () => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
    const list = codes.map((c) => {
      try {
        return names.of(c) ?? c;
      } catch {
        return c;
      }
    });
    return intl(
      `l:${locale}:${either}`,
      () => new Intl.ListFormat(locale, { type: either ? 'disjunction' : 'conjunction' }),
    ).format(list);
  });
}
const namesCache = memo<string, string>('rules.language-names', 1000);

/** The first non-blank line of the text (where a posting's title usually is), trimmed. */
export function titleLine(text: string): Ask {
  // Found in one pass: the first non-blank character, then the end of its line (a regex that looked for a
  // line holding one retried from every blank, quadratic in a run of blanks).
  const start = Math.max(0, text.search(/\S/));
  const eol = /[\r\n]/g;
  eol.lastIndex = start;
  const lineEnd = eol.exec(text)?.index ?? text.length;
  const end = start + text.slice(start, lineEnd).trimEnd().length;
  return { span: lineIndexOf(text).span(start, end), excerpt: text.slice(start, end), strength: 'required' };
}
