// Applying a configuration to findings: rules turned off, severities set, phrases allowed.
import { fold } from '../text/normalize.js';
import { weakMemo } from '../util/cache.js';
import type { Finding } from '../types.js';
import type { ResolvedConfig } from './schema.js';

/** Why a finding is not reported: an inline directive (its reason, or null), or the configuration's allowlist. */
// The public shape lives in src/types.ts (it is part of the JSON output).
export type { Suppression, SuppressedFinding } from '../types.js';
import type { SuppressedFinding } from '../types.js';

/** Folded for comparison: lower case, no accents, plain apostrophes, runs of spaces and line breaks as one space. */
export function foldPhrase(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}

const foldedAllow = weakMemo<Record<string, string[]>, Map<string, string[][]>>('config-allow');

/** The allowlist with its phrases folded once per configuration: [folded, as written] pairs per rule. */
function allowOf(config: Pick<ResolvedConfig, 'allow'>): Map<string, string[][]> {
  return foldedAllow.getOr(
    config.allow,
    (allow) => new Map(Object.entries(allow).map(([id, phrases]) => [id, phrases.map((p) => [foldPhrase(p), p])])),
  );
}

/** The allowed phrase (as written in the configuration) found in the finding's excerpt, or null. */
export function allowedPhrase(finding: Finding, config: Pick<ResolvedConfig, 'allow'>): string | null {
  const phrases = allowOf(config).get(finding.ruleId);
  if (!phrases) return null;
  const excerpt = foldPhrase(finding.excerpt);
  for (const [folded, written] of phrases) if (folded && excerpt.includes(folded)) return written;
  return null;
}

/** Whether the configuration turns the rule off (its check need not run). */
export function isRuleOff(ruleId: string, config: Pick<ResolvedConfig, 'rules'>): boolean {
  return config.rules[ruleId] === 'off';
}

/**
 * Applies `rules` and `allow`:
 * - a rule set to "off" reports nothing (its findings are dropped, not listed as suppressed: the rule did not run);
 * - a rule set to a severity reports every finding at that severity, whatever the rule chose (an asset's info,
 *   a jurisdiction's error);
 * - a finding whose excerpt holds a phrase of `allow[ruleId]` (ignoring case, accents and spacing) is suppressed,
 *   with kind "config" and reason `allowed by config ("phrase")`.
 * Findings keep their order; the input is not changed.
 */
export function applyConfig(
  findings: Finding[],
  config: Pick<ResolvedConfig, 'rules' | 'allow'>,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const level = config.rules[f.ruleId];
    if (level === 'off') continue;
    const finding = level && level !== f.severity ? { ...f, severity: level } : f;
    const phrase = allowedPhrase(finding, config);
    if (phrase !== null)
      suppressed.push({
        ...finding,
        suppression: { kind: 'config', reason: `allowed by config (${JSON.stringify(phrase)})` },
      });
    else kept.push(finding);
  }
  return { findings: kept, suppressed };
}
