// education/secondary-diploma, education/post-secondary.
import type { Context, Kind, Requirement } from '../types.js';
import { family, type RuleSpec } from './data.js';
import { askOf, defineRule, emit, ownWording, requirementsOf, type Check } from './engine.js';

const CASES = {
  required: ['item'],
  equivalence: ['item'],
  'above-noc': ['item', 'teer'],
  'above-noc-equivalence': ['item', 'teer'],
  asset: ['item'],
} as const;
const specs: RuleSpec[] = [
  { id: 'education/secondary-diploma', cases: CASES, defaults: ['item'] },
  { id: 'education/post-secondary', cases: CASES, defaults: ['item'] },
];
const load = family('education.yaml', specs);

/**
 * The lowest TEER at which the NOC 2021 no longer expects the credential at all, so that even accepting an
 * equivalent still asks more than the job's norm: a secondary diploma in TEER 5 ("no formal education"), a
 * post-secondary credential in TEER 4 and 5 (secondary school or on-the-job training). Below it (TEER 4 for
 * the diploma, TEER 3 for post-secondary) an accepted equivalent lowers the finding to info. The TEER levels
 * where the credential is the norm give no finding at all (`teer_skip_at_most` in the data). Above the norm, the
 * rewrite drops the credential (case above-noc) instead of adding an equivalent that would still be flagged.
 */
const ABOVE_NOC_FROM_TEER: Partial<Record<Kind, number>> = { 'secondary-diploma': 5, 'post-secondary': 4 };

/** The case of an education requirement: see docs/rules.md, "Severity from the occupation's TEER". */
export function educationCase(kind: Kind, req: Requirement, context: Context): keyof typeof CASES {
  if (req.strength === 'asset') return 'asset';
  const teer = context.occupation?.teer;
  const aboveNoc = typeof teer === 'number' && teer >= (ABOVE_NOC_FROM_TEER[kind] ?? 6);
  if (!req.equivalence) return aboveNoc ? 'above-noc' : 'required';
  return aboveNoc ? 'above-noc-equivalence' : 'equivalence';
}

function education(kind: Kind): Check {
  return (rule, profile, context) =>
    requirementsOf(profile, kind).map((req) =>
      emit(rule, educationCase(kind, req, context), askOf(req), context, {
        item: ownWording(rule, 'item', req.text, profile, context),
        teer: String(context.occupation?.teer ?? ''),
      }),
    );
}

export const secondaryDiploma = defineRule(load, 'education/secondary-diploma', education('secondary-diploma'));
export const postSecondary = defineRule(load, 'education/post-secondary', education('post-secondary'));
