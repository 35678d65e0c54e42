// education/secondary-diploma, education/post-secondary.
import type { Kind } from '../types.js';
import { family, type RuleSpec } from './data.js';
import { askOf, defineRule, emit, ownWording, requirementsOf, type Check } from './engine.js';

const CASES = { required: ['item'], equivalence: ['item'], asset: ['item'] } as const;
const specs: RuleSpec[] = [
  { id: 'education/secondary-diploma', cases: CASES, defaults: ['item'] },
  { id: 'education/post-secondary', cases: CASES, defaults: ['item'] },
];
const load = family('education.yaml', specs);

/** Asset → info; required with an equivalent → info; required without → warning. (TEER skip: see the data.) */
function education(kind: Kind): Check {
  return (rule, profile, context) => requirementsOf(profile, kind).map((req) => {
    const name = req.strength === 'asset' ? 'asset' : req.equivalence ? 'equivalence' : 'required';
    return emit(rule, name, askOf(req), context, { item: ownWording(rule, 'item', req.text, profile, context) });
  });
}

export const secondaryDiploma = defineRule(load, 'education/secondary-diploma', education('secondary-diploma'));
export const postSecondary = defineRule(load, 'education/post-secondary', education('post-secondary'));
