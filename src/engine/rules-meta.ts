// The rules' metadata for formatters (ESLint's `rulesMeta`): each rule's own metadata plus, from the validated
// data the rule runs on (lexicons/rules/*.yaml, through ruleDataOf), its before/after example, how to rewrite,
// and the sources it may cite. Read-only; nothing here changes a finding. Built here, from src/rules, so that
// src/report needs no rule.
import { references, type RuleData } from '../rules/data.js';
import { ruleDataOf } from '../rules/engine.js';
import { rules } from '../rules/index.js';
import { ruleDocUrl, type RuleHelp, type RulesMeta, type Texts } from '../report/rule-help.js';
import type { Lang } from '../types.js';
import { lazy } from '../util/cache.js';

/** Fills "{name}" with the rule's default wording for `name` when it has one; other placeholders stay. */
function fillDefaults(template: string, defaults: RuleData['defaults'], lang: Lang): string {
  return template.replace(/\{([a-z][a-z0-9_]*)\}/g, (whole, name: string) => defaults[name]?.[lang] ?? whole);
}

function both(f: (lang: Lang) => string): Texts {
  return { fr: f('fr'), en: f('en') };
}

function fromData(data: RuleData): Pick<RuleHelp, 'example' | 'suggestion' | 'references'> {
  const cases = Object.values(data.cases);
  const first = cases.find((c) => c.suggestions.length > 0)?.suggestions[0];
  const examples = data.examples as RuleData['examples'] | undefined;
  // Escalations first, as findings list them: they are the most specific sources.
  const ids = [
    ...new Set([
      ...data.escalate.flatMap((e) => e.references),
      ...cases.flatMap((c) => c.references),
      ...data.references,
    ]),
  ];
  const refs = references();
  return {
    example:
      examples?.fr && examples.en
        ? { before: both((l) => examples[l].before), after: both((l) => examples[l].after) }
        : null,
    suggestion: first
      ? { message: first.message, replacement: both((l) => fillDefaults(first.replacement[l], data.defaults, l)) }
      : null,
    references: ids.flatMap((id) => (refs[id] ? [{ title: refs[id].title, url: refs[id].url }] : [])),
  };
}

/** Help for every rule of the engine, in the engine's order. */
export function allRuleHelp(): RuleHelp[] {
  return rules.map((rule) => {
    const { id, severity, description, fixable } = rule.meta;
    const data = ruleDataOf(id);
    return {
      id,
      severity,
      description,
      fixable,
      ...(data ? fromData(data) : { example: null, suggestion: null, references: [] }),
      url: ruleDocUrl(id),
    };
  });
}

/** Help for one rule id, or null when the engine has no such rule. */
export function ruleHelp(id: string): RuleHelp | null {
  return rulesMeta()[id] ?? null;
}

/** Rule id → metadata of every built-in rule, made once (formatters only read it). */
export const rulesMeta: () => RulesMeta = lazy('rules-meta', () =>
  Object.fromEntries(allRuleHelp().map((h) => [h.id, h])),
);
