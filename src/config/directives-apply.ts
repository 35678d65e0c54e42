// Applying inline directives (parsed by directives.ts) to a posting's findings: what each directive silences,
// and the problems with the directives themselves (unknown rule ids, missing reasons, unused directives).
import type { Finding, Lang, Suggestion } from '../types.js';
import type { SuppressedFinding } from './apply.js';
import { MISSING_REASON, PREFIX, UNKNOWN_RULE, UNUSED_DIRECTIVE, type Directive } from './directives.js';
import { didYouMean } from './errors.js';
import { ruleIds } from './schema.js';

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
