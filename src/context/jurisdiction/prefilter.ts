// Which lines of a posting are worth reading: most (its duties, its requirements) hold no evidence, and
// scanLine would find nothing there. The test reads the analysis' words and the line's characters only.
import { afterMarkup, hasEvidenceChar } from './chars.js';
import { wordInfo, type Compiled } from './lexicon.js';
import type { AnalysedText } from './index.js';

/**
 * Whether a line can hold any evidence at all: a place's word or a marker's word, a location label at the head of
 * the line or after markup, or what hasEvidenceChar looks for (a telephone number, a postal code, an abbreviation,
 * "Qc", "H/F", a currency sign).
 */
export function mayHoldEvidence(
  text: string,
  line: AnalysedText['lines'][number],
  analysis: AnalysedText,
  lex: Compiled,
): boolean {
  for (let i = line.tokenFrom; i < line.tokenTo; i++) {
    const t = analysis.tokens[i];
    const info = wordInfo(t.word, lex);
    if (info === null) continue;
    if (info.trigger) return true;
    if (info.labelStart && (i === line.tokenFrom || afterMarkup(text, t.start))) return true;
  }
  if (hasEvidenceChar(text, line.start, line.end, lex.runs, lex.written)) return true;
  const anywhere = lex.written.get(-1);
  if (!anywhere) return false;
  const chars = text.slice(line.start, line.end);
  return anywhere.some((w) => chars.includes(w));
}
