// licence/driver.
import { family } from './data.js';
import { askOf, defineRule, emit, ownWording, requirementsOf } from './engine.js';

const load = family('licence.yaml', [{ id: 'licence/driver', cases: { required: ['item'], asset: ['item'] }, defaults: ['item'] }]);

/** Required → warning; asset → info. Issue 3: duties that involve driving will justify it. */
export const driverLicence = defineRule(load, 'licence/driver', (rule, profile, context) =>
  requirementsOf(profile, 'driver-licence').map((req) =>
    emit(rule, req.strength === 'asset' ? 'asset' : 'required', askOf(req), context,
      { item: ownWording(rule, 'item', req.text, profile, context) })));
