// background/criminal-record.
import type { Context, Lang, Profile, Requirement } from '../types.js';
import { family, type RuleData } from './data.js';
import { askOf, defineRule, emit, inNocList, requirementsOf, type Ask } from './engine.js';
import { findPhraseAt, lineAt, mentionsAt } from './posting.js';

const load = family('background.yaml', [
  {
    id: 'background/criminal-record',
    cases: { check: [], blanket: [], 'blanket-vulnerable': [] },
    patterns: ['blanket'],
    nocLists: ['vulnerable'],
  },
]);

/** Sections where a `vulnerable-people` signal does not describe the job (perks, how to apply). */
const NOT_THE_JOB: readonly string[] = ['offer', 'apply'];

/**
 * The job is with vulnerable people (children, patients, seniors…): a health, education or child-care NOC
 * (`noc_lists.vulnerable`), or a `vulnerable-people` signal describing the job.
 */
export function vulnerablePeople(rule: RuleData, profile: Profile, context: Context): boolean {
  if (inNocList(rule, 'vulnerable', context.occupation?.noc)) return true;
  return profile.signals.some((s) => s.type === 'vulnerable-people' && !NOT_THE_JOB.includes(s.section));
}

/**
 * The ask, widened to the blanket wording when it sits next to it on the line ("Casier judiciaire" found as
 * the ask, "vierge" after it): the rewrite must replace the whole "Casier judiciaire vierge". Null when the
 * line has no blanket wording.
 */
function blanketAsk(req: Requirement, patterns: Record<Lang, string[]>, context: Context): Ask | null {
  const a = context.analysis;
  if (mentionsAt(patterns, a, req.span)) return askOf(req);
  const line = lineAt(a, req.span);
  const hit = findPhraseAt(patterns, a, line.span.start.offset, line.span.end.offset);
  if (!hit) return null;
  const start = Math.min(req.span.start.offset, hit.start);
  const end = Math.max(req.span.end.offset, hit.end);
  return { span: a.lineIndex.span(start, end), excerpt: a.text.slice(start, end), strength: req.strength };
}

/**
 * A blanket "clean record" wording with no stated link to the job → warning (Québec Charter art. 18.2); a check →
 * info. In a job with vulnerable people a check may be required by law or policy: a plain check → no finding,
 * a blanket wording → info.
 */
export const criminalRecord = defineRule(load, 'background/criminal-record', (rule, profile, context) => {
  const reqs = requirementsOf(profile, 'criminal-record-check');
  if (!reqs.length) return [];
  const vulnerable = vulnerablePeople(rule, profile, context);
  return reqs.flatMap((req) => {
    const blanket = req.reasonStated ? null : blanketAsk(req, rule.patterns.blanket, context);
    if (vulnerable) return blanket ? [emit(rule, 'blanket-vulnerable', blanket, context)] : [];
    return [blanket ? emit(rule, 'blanket', blanket, context) : emit(rule, 'check', askOf(req), context)];
  });
});
