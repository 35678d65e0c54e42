// The rules and the judge: every rule's findings for a profile in its context.
import type { Context, Finding, Profile, Rule } from '../types.js';
import { unrestrictedAvailability } from './availability.js';
import { criminalRecord } from './background.js';
import { postSecondary, secondaryDiploma } from './education.js';
import { canadianExperience, experienceYears } from './experience.js';
import { frenchVersion, secondLanguage } from './language.js';
import { aiDisclosure, vacancyStatus } from './legal.js';
import { driverLicence } from './licence.js';
import { payUndisclosed, payVague } from './pay.js';
import { irregularHours, precariousContract, unpaidTrial } from './quality.js';
import { tooMany } from './requirements.js';
import { ownVehicle } from './transport.js';
import { shippedPhraseRules } from './custom.js';
import { phraseRule } from './phrase.js';

export { ruleDataOf } from './engine.js';

/**
 * In the order of the rule ids in DESIGN.md: the core asks, then law and job quality; then the phrase rules of
 * lexicons/rules/phrase-rules.yaml (rules that are data only).
 */
export const rules: Rule[] = [
  secondaryDiploma,
  postSecondary,
  secondLanguage,
  experienceYears,
  canadianExperience,
  driverLicence,
  ownVehicle,
  criminalRecord,
  unrestrictedAvailability,
  payUndisclosed,
  payVague,
  frenchVersion,
  aiDisclosure,
  vacancyStatus,
  unpaidTrial,
  irregularHours,
  precariousContract,
  tooMany,
  ...shippedPhraseRules().rules.map(phraseRule),
];

/** All findings, sorted by span start offset, then rule id; `extra`: more rules (a configuration's phrase rules). */
export function judge(profile: Profile, context: Context, extra: readonly Rule[] = []): Finding[] {
  return (extra.length ? [...rules, ...extra] : rules)
    .flatMap((rule) => rule.check(profile, context))
    .sort(
      (a, b) => a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
}
