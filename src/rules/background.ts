// background/criminal-record.
import { family } from './data.js';
import { askOf, defineRule, emit, mentions, requirementsOf } from './engine.js';

const load = family('background.yaml', [
  { id: 'background/criminal-record', cases: { check: [], blanket: [] }, patterns: ['blanket'] },
]);

/** A blanket "clean record" wording with no stated link to the job → warning; a check → info. */
export const criminalRecord = defineRule(load, 'background/criminal-record', (rule, profile, context) =>
  requirementsOf(profile, 'criminal-record-check').map((req) => {
    const blanket = !req.reasonStated && mentions(rule.patterns.blanket, req.text);
    return emit(rule, blanket ? 'blanket' : 'check', askOf(req), context);
  }));
