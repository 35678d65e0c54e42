// The core rules and the judge: every rule's findings for a profile in its context.
import type { Context, Finding, Profile, Rule } from '../types.js';
import { unrestrictedAvailability } from './availability.js';
import { criminalRecord } from './background.js';
import { postSecondary, secondaryDiploma } from './education.js';
import { canadianExperience, experienceYears } from './experience.js';
import { secondLanguage } from './language.js';
import { driverLicence } from './licence.js';
import { payUndisclosed, payVague } from './pay.js';
import { ownVehicle } from './transport.js';

export const rules: Rule[] = [
  secondaryDiploma, postSecondary, secondLanguage, experienceYears, canadianExperience, driverLicence, ownVehicle,
  criminalRecord, unrestrictedAvailability, payUndisclosed, payVague,
];

/** All findings, sorted by span start offset, then rule id. */
export function judge(profile: Profile, context: Context): Finding[] {
  return rules
    .flatMap((rule) => rule.check(profile, context))
    .sort((a, b) => a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
