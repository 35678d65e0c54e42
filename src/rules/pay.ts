// pay/undisclosed, pay/vague.
import type { Context, Profile } from '../types.js';
import { family } from './data.js';
import { defineRule, emit, titleLine, type Ask } from './engine.js';

const load = family('pay.yaml', [
  { id: 'pay/undisclosed', cases: { undisclosed: [] } },
  { id: 'pay/vague', cases: { vague: [] } },
]);

/** No pay and no vague wording → info at the title line; the jurisdiction escalations of the data may raise it. */
export const payUndisclosed = defineRule(load, 'pay/undisclosed', (rule, profile, context) => {
  if (profile.pay.disclosed || profile.pay.vague) return [];
  return [emit(rule, 'undisclosed', titleLine(context.text), context)];
});

/** Vague wording only → info at that wording; escalated like pay/undisclosed when no amount is disclosed. */
export const payVague = defineRule(load, 'pay/vague', (rule, profile, context) => {
  if (!profile.pay.vague) return [];
  return [emit(rule, 'vague', vagueAsk(profile, context), context, {}, { escalate: !profile.pay.disclosed })];
});

function vagueAsk(profile: Profile, context: Context): Ask {
  const { span, text } = profile.pay;
  if (!span) return titleLine(context.text);
  return { span, excerpt: text ?? context.text.slice(span.start.offset, span.end.offset), strength: 'required' };
}
