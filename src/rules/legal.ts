// legal/ai-disclosure, legal/vacancy-status: statements a law requires in a public posting (Ontario, from 2026).
import type { SignalType } from '../types.js';
import { family } from './data.js';
import { defineRule, emit, titleLine, type Check } from './engine.js';
import { mentionsOnLine } from './posting.js';

const load = family('legal.yaml', [
  { id: 'legal/ai-disclosure', cases: { missing: [] }, patterns: ['statement-context'] },
  { id: 'legal/vacancy-status', cases: { missing: [] }, patterns: ['statement-context'] },
]);

/**
 * Where the rule's `law` applies (see the data), a posting without the statement → info at the title line. A
 * signal counts as the statement when its line is about hiring (`patterns.statement-context`; an empty list: any
 * line): "We build AI products" is not a statement on screening applicants.
 */
function statementMissing(signal: SignalType): Check {
  return (rule, profile, context) => {
    const words = rule.patterns['statement-context'];
    const any = words.fr.length + words.en.length === 0;
    const stated = profile.signals.some(
      (s) => s.type === signal && (any || mentionsOnLine(words, context.analysis, s.span)),
    );
    return stated ? [] : [emit(rule, 'missing', titleLine(context.analysis.text), context)];
  };
}

export const aiDisclosure = defineRule(load, 'legal/ai-disclosure', statementMissing('ai-statement'));
export const vacancyStatus = defineRule(load, 'legal/vacancy-status', statementMissing('vacancy-statement'));
