// licence/driver.
import { family } from './data.js';
import { drivingDuties, titleOf } from './driving.js';
import { askOf, defineRule, emit, ownWording, requirementsOf } from './engine.js';
import { mentions } from './posting.js';

const load = family('licence.yaml', [
  {
    id: 'licence/driver',
    cases: { required: ['item'], asset: ['item'] },
    defaults: ['item'],
    patterns: ['driving-title', 'not-driving'],
  },
]);

/**
 * Required → warning; asset → info; no finding when driving is part of the job: a driving NOC (`skip_noc`), a
 * title that names driving (`patterns.driving-title`), or a `driving-duty` signal describing the duties.
 */
export const driverLicence = defineRule(load, 'licence/driver', (rule, profile, context) => {
  const reqs = requirementsOf(profile, 'driver-licence');
  if (!reqs.length) return [];
  const title = titleOf(profile, context);
  if (mentions(rule.patterns['driving-title'], title) && !mentions(rule.patterns['not-driving'], title)) return [];
  return reqs
    .filter((req) => drivingDuties(profile, context, req.span, rule.patterns['not-driving']).length === 0)
    .map((req) =>
      emit(rule, req.strength === 'asset' ? 'asset' : 'required', askOf(req), context, {
        item: ownWording(rule, 'item', req.text, profile, context),
      }),
    );
});
