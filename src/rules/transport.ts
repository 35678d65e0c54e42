// transport/own-vehicle.
import { family } from './data.js';
import { askOf, defineRule, emit, requirementsOf } from './engine.js';

const load = family('transport.yaml', [{ id: 'transport/own-vehicle', cases: { required: [], asset: [] } }]);

/** Required → warning; asset → info. */
export const ownVehicle = defineRule(load, 'transport/own-vehicle', (rule, profile, context) =>
  requirementsOf(profile, 'own-vehicle').map((req) =>
    emit(rule, req.strength === 'asset' ? 'asset' : 'required', askOf(req), context)));
