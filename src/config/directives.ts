// Inline directives in a posting's text, as ESLint's comments:
//   <!-- jobaudit-disable-next-line language/second-language -- serves Ontario clients -->
//   <!-- jobaudit-disable licence/driver, transport/own-vehicle --> … <!-- jobaudit-enable -->
//   Bilingue requis <!-- jobaudit-disable-line language/second-language -- clientèle ontarienne -->
//   # jobaudit-disable-next-line licence/driver -- deliveries between our two stores     (plain text, own line)
//   // jobaudit-disable-next-line licence/driver                                          (plain text, own line)
//   Permis de conduire requis  # jobaudit-disable-line licence/driver                     (plain text, end of line)
// No rule named means every rule; a reason follows " -- ". The scan is linear and builds no regular expression
// from the text: it looks for fixed markers with indexOf and reads words character by character.
import { lineIndexOf } from '../text/lines.js';
import type { Finding, Lang, Span, Suggestion } from '../types.js';
import type { SuppressedFinding } from './apply.js';
import { didYouMean } from './errors.js';
import { ruleIds } from './schema.js';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

/** The ids of the problems directives can cause. */
export const UNUSED_DIRECTIVE = 'jobaudit/unused-directive';
export const MISSING_REASON = 'jobaudit/missing-reason';
export const UNKNOWN_RULE = 'jobaudit/unknown-rule';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids as written; empty: every rule. */
  rules: string[];
  /** Offset in the text of each rule id, in the order of `rules`. */
  ruleOffsets: number[];
  /** The text after " -- ", trimmed; null when there is none. */
  reason: string | null;
  /** The whole directive: `<!-- … -->`, or from "#" or "//" to the end of the line (line break excluded). */
  span: Span;
  /** disable-line: the directive's (first) line; disable-next-line: the line after the directive; blocks: null. */
  line: number | null;
  /** How it is written: an HTML comment, or a plain-text line comment. */
  form: 'comment' | 'hash' | 'slashes';
  /** The directive as written (the text of `span`). */
  text: string;
}

const PREFIX = 'jobaudit-';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/** The directive kind written at `at` (just after "jobaudit-") and where it ends, or null. */
function readKind(text: string, at: number, limit: number): { kind: DirectiveKind; end: number } | null {
  let i = at;
  while (i < limit && (isLower(text[i]) || (text[i] === '-' && isLower(text[i + 1]) && i + 1 < limit))) i++;
  const word = text.slice(at, i);
  if (!(DIRECTIVE_KINDS as readonly string[]).includes(word)) return null;
  if (i < limit && !isBlank(text[i])) return null; // "jobaudit-disabled", "jobaudit-disable:…"
  return { kind: word as DirectiveKind, end: i };
}

/** Splits a body (between the kind and the end of the directive) into rule ids (with offsets) and a reason. */
function readBody(
  text: string,
  from: number,
  to: number,
): { rules: string[]; ruleOffsets: number[]; reason: string | null } {
  // The reason starts at the first "--" that follows a blank (or opens the body).
  let split = to;
  for (let i = from; i + 1 < to; i++) {
    if (text[i] === '-' && text[i + 1] === '-' && (i === from || isBlank(text[i - 1]))) {
      split = i;
      break;
    }
  }
  const rules: string[] = [];
  const ruleOffsets: number[] = [];
  let i = from;
  while (i < split) {
    while (i < split && (isBlank(text[i]) || text[i] === ',')) i++;
    const start = i;
    while (i < split && !isBlank(text[i]) && text[i] !== ',') i++;
    if (i > start) {
      rules.push(text.slice(start, i));
      ruleOffsets.push(start);
    }
  }
  let reason: string | null = null;
  if (split < to) {
    let r = split;
    while (r < to && text[r] === '-') r++;
    reason = text.slice(r, to).trim() || null;
  }
  return { rules, ruleOffsets, reason };
}

/** A fence line (``` or ~~~, indented at most 3 spaces): its character and length, or null. */
function fenceOf(line: string): { char: string; count: number; rest: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i++;
  const c = line[i];
  if (c !== '`' && c !== '~') return null;
  let n = 0;
  while (line[i + n] === c) n++;
  return n >= 3 ? { char: c, count: n, rest: line.slice(i + n) } : null;
}

/**
 * Every directive in the text, in text order. Lines inside Markdown code fences (``` or ~~~) are skipped:
 * a directive shown there is an example, not an instruction. HTML comments that are not directives are skipped
 * whole, so a directive inside one ("<!-- old: <!-- jobaudit-disable --> -->") does not count.
 */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes(PREFIX)) return [];
  const index = lineIndexOf(text);
  const out: Directive[] = [];
  const push = (
    kind: DirectiveKind,
    start: number,
    end: number,
    bodyFrom: number,
    bodyTo: number,
    form: Directive['form'],
  ) => {
    const span = index.span(start, end);
    const line = kind === 'disable-line' ? span.start.line : kind === 'disable-next-line' ? span.end.line + 1 : null;
    out.push({ kind, ...readBody(text, bodyFrom, bodyTo), span, line, form, text: text.slice(start, end) });
  };

  let fence: { char: string; count: number } | null = null;
  let resume = 0; // scanning goes on from here (after a comment that spans lines)
  let noCloseAfter = Infinity; // no "-->" at or after this offset
  let pos = 0;
  while (pos < text.length) {
    let end = pos;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    if (end <= resume && resume > pos) {
      pos = next;
      continue;
    } // wholly inside a comment
    const from = Math.max(pos, resume);
    const line = text.slice(pos, end);

    if (from === pos) {
      const f = fenceOf(line);
      if (fence) {
        if (f && f.char === fence.char && f.count >= fence.count && f.rest.trim() === '') fence = null;
        pos = next;
        continue;
      }
      if (f && !(f.char === '`' && f.rest.includes('`'))) {
        fence = { char: f.char, count: f.count };
        pos = next;
        continue;
      }
      // A plain-text directive on a line of its own: "# jobaudit-…" or "// jobaudit-…".
      let i = pos;
      while (i < end && isSpace(text[i])) i++;
      const marker = text[i] === '#' ? 1 : text[i] === '/' && text[i + 1] === '/' ? 2 : 0;
      if (marker) {
        let j = i + marker;
        while (j < end && isSpace(text[j])) j++;
        if (text.startsWith(PREFIX, j)) {
          const kind = readKind(text, j + PREFIX.length, end);
          if (kind) {
            let stop = end;
            while (stop > kind.end && isSpace(text[stop - 1])) stop--;
            push(kind.kind, i, stop, kind.end, stop, marker === 1 ? 'hash' : 'slashes');
            pos = next;
            continue;
          }
        }
      }
    }

    // HTML comments on this line (a directive comment may end on a later line).
    const comments: [number, number][] = [];
    let k = text.indexOf('<!--', from);
    while (k !== -1 && k < end) {
      const close = k + 4 < noCloseAfter ? text.indexOf('-->', k + 4) : -1;
      if (close === -1) {
        noCloseAfter = Math.min(noCloseAfter, k + 4);
        break;
      } // unterminated: not a comment
      let m = k + 4;
      while (m < close && isBlank(text[m])) m++;
      if (text.startsWith(PREFIX, m)) {
        const kind = readKind(text, m + PREFIX.length, close);
        if (kind) push(kind.kind, k, close + 3, kind.end, close, 'comment');
      }
      comments.push([k, close + 3]);
      resume = close + 3;
      k = text.indexOf('<!--', resume);
    }

    // "… # jobaudit-disable-line RULE" or "… // jobaudit-disable-line RULE" at the end of a line of text (not in a comment).
    const inComment = (o: number) => comments.some(([s, e]) => o >= s && o < e);
    let t = text.indexOf(`${PREFIX}disable-line`, from);
    while (t !== -1 && t < end) {
      let b = t;
      while (b > from && isSpace(text[b - 1])) b--;
      const marker = text[b - 1] === '#' ? 1 : text[b - 1] === '/' && text[b - 2] === '/' ? 2 : 0;
      const at = b - marker;
      const kind =
        marker && at > pos && isSpace(text[at - 1]) && !inComment(t) ? readKind(text, t + PREFIX.length, end) : null;
      if (kind && kind.kind === 'disable-line' && !comments.some(([s]) => s > at)) {
        let stop = end;
        while (stop > kind.end && isSpace(text[stop - 1])) stop--;
        push('disable-line', at, stop, kind.end, stop, marker === 1 ? 'hash' : 'slashes');
        break;
      }
      t = text.indexOf(`${PREFIX}disable-line`, t + 1);
    }
    if (resume > end) {
      // A comment runs past this line: go on with the line where it ends.
      let p = next;
      while (p < text.length) {
        let e = p;
        while (e < text.length && text[e] !== '\n' && text[e] !== '\r') e++;
        if (e >= resume) break;
        p = text[e] === '\r' && text[e + 1] === '\n' ? e + 2 : e + 1;
      }
      pos = p;
      continue;
    }
    pos = next;
  }
  return out.sort((a, b) => a.span.start.offset - b.span.start.offset);
}

/** The text with every directive replaced by spaces (line breaks kept), so offsets and lines do not change and the
 * rules do not read a directive's rule ids or reason as part of the posting. */
export function maskDirectives(text: string, directives: readonly Directive[]): string {
  if (!directives.length) return text;
  let out = '';
  let last = 0;
  for (const d of directives) {
    const s = d.span.start.offset,
      e = d.span.end.offset;
    if (s < last) continue;
    out += text.slice(last, s);
    for (let i = s; i < e; i++) out += text[i] === '\n' || text[i] === '\r' ? text[i] : ' ';
    last = e;
  }
  return out + text.slice(last);
}

export interface DirectiveOptions {
  /** A disable directive without a reason is a problem (jobaudit/missing-reason, error). */
  requireReason?: boolean;
  /** A directive that suppresses nothing is a problem (jobaudit/unused-directive, warning). */
  reportUnused?: boolean;
  /** Language of the problems' messages (default "en"). */
  locale?: Lang;
  /** The rule ids a directive may name (default: every rule of jobaudit). */
  knownRules?: readonly string[];
}

export interface DirectiveOutcome {
  /** The findings no directive suppresses, in their order. */
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Problems with the directives themselves: unknown rule ids, missing reasons, unused directives. In text order. */
  problems: Finding[];
}

const name = (d: Directive) => `${PREFIX}${d.kind}`;
const listOf = (ids: string[]) => ids.join(', ');

const MESSAGES = {
  en: {
    unknown: (d: Directive, id: string, near: string | null) =>
      `Unknown rule "${id}" in a ${name(d)} directive.${near ? ` Did you mean "${near}"?` : ''} See "jobaudit rules" for the rule ids.`,
    useNear: (near: string) => `Use "${near}"`,
    missing: (d: Directive) =>
      `This ${name(d)} directive gives no reason: add one after " -- " (the configuration requires a reason).`,
    unused: (d: Directive, ids: string[]) =>
      d.kind === 'enable'
        ? `Unused ${name(d)} directive: no ${PREFIX}disable is in effect${ids.length ? ` for ${listOf(ids)}` : ''} here.`
        : `Unused ${name(d)} directive: no ${ids.length ? `${listOf(ids)} ` : ''}finding to suppress here.`,
    remove: 'Remove the directive',
  },
  fr: {
    unknown: (d: Directive, id: string, near: string | null) =>
      `Règle inconnue «\u00a0${id}\u00a0» dans une directive ${name(d)}.${near ? ` Vouliez-vous dire «\u00a0${near}\u00a0»\u00a0?` : ''} La liste des règles\u00a0: «\u00a0jobaudit rules\u00a0».`,
    useNear: (near: string) => `Utiliser «\u00a0${near}\u00a0»`,
    missing: (d: Directive) =>
      `Cette directive ${name(d)} ne donne pas de raison\u00a0: ajoutez-la après «\u00a0--\u00a0» (la configuration exige une raison).`,
    unused: (d: Directive, ids: string[]) =>
      d.kind === 'enable'
        ? `Directive ${name(d)} inutile\u00a0: aucune directive ${PREFIX}disable n'est en vigueur ici${ids.length ? ` pour ${listOf(ids)}` : ''}.`
        : `Directive ${name(d)} inutile\u00a0: aucun problème ${ids.length ? `${listOf(ids)} ` : ''}à masquer ici.`,
    remove: 'Retirer la directive',
  },
} as const;

function problem(
  ruleId: string,
  severity: Finding['severity'],
  d: Directive,
  message: string,
  suggestions: Suggestion[] = [],
): Finding {
  return { ruleId, severity, message, span: d.span, excerpt: d.text, suggestions, references: [] };
}

/** What a directive covers once its unknown rule ids are set aside: every rule, some rules, or (all unknown) none. */
interface Active {
  d: Directive;
  all: boolean;
  rules: Set<string>;
  used: Set<string>;
  usedAll: boolean;
}

/**
 * Applies directives to findings, like ESLint's disable comments: a finding is suppressed when a disable-line or
 * disable-next-line directive names its rule (or no rule) on the finding's first line, or when it starts inside a
 * jobaudit-disable … jobaudit-enable block for its rule. Suppressed findings carry `suppression: { kind: "directive",
 * reason }`. Problems: an unknown rule id (jobaudit/unknown-rule, error), a missing reason when `requireReason`
 * (jobaudit/missing-reason, error), a directive that suppressed nothing when `reportUnused`
 * (jobaudit/unused-directive, warning); their spans are the directive's.
 */
export function applyDirectives(
  findings: Finding[],
  directives: readonly Directive[],
  options: DirectiveOptions = {},
): DirectiveOutcome {
  const locale = options.locale ?? 'en';
  const m = MESSAGES[locale];
  const known = options.knownRules ?? ruleIds();
  const problems: Finding[] = [];

  const active: Active[] = [];
  for (const d of directives) {
    const rules = new Set<string>();
    d.rules.forEach((id, i) => {
      if (known.includes(id)) {
        rules.add(id);
        return;
      }
      const near = didYouMean(id, known);
      const start = d.ruleOffsets[i] - d.span.start.offset;
      const fix = near
        ? [{ message: m.useNear(near), replacement: d.text.slice(0, start) + near + d.text.slice(start + id.length) }]
        : [];
      problems.push(problem(UNKNOWN_RULE, 'error', d, m.unknown(d, id, near), fix));
    });
    if (options.requireReason && d.kind !== 'enable' && d.reason === null)
      problems.push(problem(MISSING_REASON, 'error', d, m.missing(d)));
    // A directive whose rule ids are all unknown covers nothing (it must not turn into "every rule").
    if (d.rules.length && !rules.size) continue;
    active.push({ d, all: d.rules.length === 0, rules, used: new Set(), usedAll: false });
  }

  // disable-line and disable-next-line, by the line they cover.
  const byLine = new Map<number, Active[]>();
  const blocks: Active[] = [];
  for (const a of active) {
    if (a.d.line !== null) {
      const list = byLine.get(a.d.line);
      if (list) list.push(a);
      else byLine.set(a.d.line, [a]);
    } else {
      blocks.push(a);
    }
  }

  const covers = (a: Active, ruleId: string) => a.all || a.rules.has(ruleId);
  const use = (a: Active, ruleId: string) => {
    if (a.all) a.usedAll = true;
    else a.used.add(ruleId);
  };

  // Sweep the findings in text order through the block directives.
  const order = findings
    .map((_, i) => i)
    .sort((x, y) => findings[x].span.start.offset - findings[y].span.start.offset || x - y);
  const suppressedBy: (Directive | null)[] = new Array(findings.length).fill(null);
  let all: Active | null = null; // a disable-all block in effect
  const except = new Set<string>(); // rules enabled again inside it
  const byRule = new Map<string, Active>(); // rules disabled one by one
  let b = 0;
  const enableUnmatched = new Map<Active, string[]>();
  const step = (a: Active) => {
    if (a.d.kind === 'disable') {
      if (a.all) {
        all = a;
        except.clear();
      } else
        for (const r of a.rules) {
          byRule.set(r, a);
          except.delete(r);
        }
      return;
    }
    // enable
    if (a.all) {
      if (!all && !byRule.size) enableUnmatched.set(a, []);
      all = null;
      except.clear();
      byRule.clear();
      return;
    }
    const unmatched: string[] = [];
    for (const r of a.rules) {
      const matched = byRule.delete(r) || (all !== null && !except.has(r));
      if (all) except.add(r);
      if (!matched) unmatched.push(r);
    }
    if (unmatched.length) enableUnmatched.set(a, unmatched);
  };
  for (const i of order) {
    const f = findings[i];
    while (b < blocks.length && blocks[b].d.span.start.offset <= f.span.start.offset) step(blocks[b++]);
    let by: Directive | null = null;
    for (const a of byLine.get(f.span.start.line) ?? []) {
      if (covers(a, f.ruleId)) {
        use(a, f.ruleId);
        by ??= a.d;
      }
    }
    const single = byRule.get(f.ruleId);
    if (single) {
      use(single, f.ruleId);
      by ??= single.d;
    }
    const every = all as Active | null;
    if (every && !except.has(f.ruleId)) {
      use(every, f.ruleId);
      by ??= every.d;
    }
    suppressedBy[i] = by;
  }
  while (b < blocks.length) step(blocks[b++]);

  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  findings.forEach((f, i) => {
    const d = suppressedBy[i];
    if (d) suppressed.push({ ...f, suppression: { kind: 'directive', reason: d.reason } });
    else kept.push(f);
  });

  if (options.reportUnused) {
    for (const a of active) {
      if (a.d.kind === 'enable') {
        const unmatched = enableUnmatched.get(a);
        const whole = a.all || unmatched?.length === a.rules.size;
        if (unmatched)
          problems.push(
            problem(
              UNUSED_DIRECTIVE,
              'warning',
              a.d,
              m.unused(a.d, unmatched),
              whole ? [{ message: m.remove, replacement: '' }] : [],
            ),
          );
        continue;
      }
      if (a.all ? a.usedAll : a.used.size === a.rules.size) continue;
      const unused = a.all ? [] : [...a.rules].filter((r) => !a.used.has(r));
      const whole = a.all || a.used.size === 0;
      problems.push(
        problem(
          UNUSED_DIRECTIVE,
          'warning',
          a.d,
          m.unused(a.d, unused),
          whole ? [{ message: m.remove, replacement: '' }] : [],
        ),
      );
    }
  }
  problems.sort(
    (x, y) => x.span.start.offset - y.span.start.offset || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0),
  );
  return { findings: kept, suppressed, problems };
}
