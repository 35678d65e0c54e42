// availability/unrestricted.
import { family } from './data.js';
import { askOf, defineRule, emit, requirementsOf } from './engine.js';
import { mentionsAt } from './posting.js';

const load = family('availability.yaml', [
  { id: 'availability/unrestricted', cases: { broad: [], unrestricted: [] }, patterns: ['unrestricted'] },
]);

/** Open-ended wording (24/7, on call, "disponibilité totale") → warning; other broad availability → info. */
export const unrestrictedAvailability = defineRule(load, 'availability/unrestricted', (rule, profile, context) =>
  requirementsOf(profile, 'availability').map((req) =>
    emit(
      rule,
      mentionsAt(rule.patterns.unrestricted, context.analysis, req.span) ? 'unrestricted' : 'broad',
      askOf(req),
      context,
    ),
  ),
);
