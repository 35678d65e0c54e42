// Whether a posting shows that the job involves driving (licence/driver, transport/own-vehicle): the
// `driving-duty` signals of the profile (lexicons/{fr,en}/signals.yaml) where they describe the job, and the
// job title. The rules' data holds the words that show a signal is about something else ("key driver",
// "fil conducteur", "forklift").
import type { Analysis } from '../text/analyze.js';
import type { Context, Lang, Profile, Signal, Span } from '../types.js';
import { titleLine } from './engine.js';
import { foldedAt, hasPhrase, lineNumberAt } from './posting.js';

/**
 * Sections where a signal describes the job: its duties, the text before any heading, an unnamed section, or
 * "about the job". Not the offer ("voiture de fonction", "frais de déplacement remboursés": perks), not the
 * requirements or how to apply — except a signal on the same line as the ask, which states its reason
 * ("Permis de conduire requis pour les livraisons").
 */
export const DUTY_SECTIONS: readonly string[] = ['duties', 'none', 'other', 'about'];
const REASON_SECTIONS: readonly string[] = ['requirements', 'assets'];

/** Characters of the line looked at on each side of a signal to tell what it is about. */
const BEFORE = 30;
const AFTER = 40;

/** The signal with a little of its line around it, folded, to check its sense ("driving sales", "chariot élévateur"). */
function around(a: Analysis, s: Signal): string {
  const from = s.span.start.offset,
    to = s.span.end.offset;
  const first = a.lines[lineNumberAt(a, from)],
    last = a.lines[lineNumberAt(a, to)];
  return foldedAt(
    a,
    Math.max(from - BEFORE, Math.min(from, first.start)),
    Math.max(to, Math.min(to + AFTER, last.end)),
  );
}

/**
 * The `driving-duty` signals that describe the job: in a duty section (or on the ask's own line in the
 * requirements), and not about something else (`notDriving` phrases around the signal).
 */
export function drivingDuties(
  profile: Profile,
  context: Context,
  askSpan: Span | null,
  notDriving: Record<Lang, string[]>,
): Signal[] {
  return profile.signals.filter((s) => {
    if (s.type !== 'driving-duty') return false;
    const sameLine = askSpan !== null && s.span.start.line === askSpan.start.line;
    if (!DUTY_SECTIONS.includes(s.section) && !(sameLine && REASON_SECTIONS.includes(s.section))) return false;
    return !hasPhrase(notDriving, around(context.analysis, s));
  });
}

/** The posting's title (or its first line when no title was found). */
export function titleOf(profile: Profile, context: Context): string {
  return profile.title ?? titleLine(context.analysis.text).excerpt;
}
