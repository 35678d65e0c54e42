// requirements/too-many.
import type { Requirement } from '../types.js';
import { family } from './data.js';
import { defineRule, emit, titleLine } from './engine.js';
import { lineAt } from './posting.js';

const load = family('requirements.yaml', [{ id: 'requirements/too-many', cases: { 'too-many': ['count', 'limit'] } }]);

/** More required items than this (context.limits.tooMany) → info. */
export const TOO_MANY_DEFAULT = 10;

/** The required asks, one per kind and line ("Bilingue (français et anglais)" and "anglais" on one line count once). */
export function distinctRequired(requirements: readonly Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return requirements
    .filter((r) => r.strength === 'required')
    .sort((a, b) => a.span.start.offset - b.span.start.offset)
    .filter((r) => {
      const key = `${r.kind}:${r.span.start.line}`;
      return !seen.has(key) && !!seen.add(key);
    });
}

/** More distinct required asks than the limit → info at the first one's line (or the title line). */
export const tooMany = defineRule(load, 'requirements/too-many', (rule, profile, context) => {
  const limit = context.limits?.tooMany ?? TOO_MANY_DEFAULT;
  const required = distinctRequired(profile.requirements);
  if (required.length <= limit) return [];
  const ask = required.length ? lineAt(context.analysis, required[0].span) : titleLine(context.analysis.text);
  return [emit(rule, 'too-many', ask, context, { count: String(required.length), limit: String(limit) })];
});
