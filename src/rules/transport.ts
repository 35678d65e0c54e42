// transport/own-vehicle.
import { family } from './data.js';
import { drivingDuties, titleOf } from './driving.js';
import { askOf, defineRule, emit, requirementsOf } from './engine.js';
import { mentions, mentionsAt } from './posting.js';

const load = family('transport.yaml', [
  {
    id: 'transport/own-vehicle',
    cases: { required: [], asset: [] },
    patterns: ['travel', 'company-vehicle', 'delivery-title', 'not-driving'],
  },
]);

/**
 * Required → warning; asset → info. No finding when the job is to travel between sites or clients with one's
 * own car: a `driving-duty` signal of travel (`patterns.travel`) describing the duties, a delivery title, or a
 * taxi/delivery NOC (`skip_noc`) — unless the posting says the employer supplies the vehicle
 * (`patterns.company-vehicle`, anywhere), which a worker's own car does not replace.
 */
export const ownVehicle = defineRule(load, 'transport/own-vehicle', (rule, profile, context) => {
  const reqs = requirementsOf(profile, 'own-vehicle');
  if (!reqs.length) return [];
  const p = rule.patterns;
  const companyVehicle = profile.signals.some(
    (s) => s.type === 'driving-duty' && mentionsAt(p['company-vehicle'], context.analysis, s.span),
  );
  const titleText = titleOf(profile, context);
  const title = !companyVehicle && mentions(p['delivery-title'], titleText) && !mentions(p['not-driving'], titleText);
  return reqs
    .filter(
      (req) =>
        companyVehicle ||
        !(
          title ||
          drivingDuties(profile, context, req.span, p['not-driving']).some((s) =>
            mentionsAt(p.travel, context.analysis, s.span),
          )
        ),
    )
    .map((req) => emit(rule, req.strength === 'asset' ? 'asset' : 'required', askOf(req), context));
});
