// The job title: a "Titre :" / "Title:" / "Poste :" field near the top, else the first line of text.
import type { Analysis } from '../text/analyze.js';
import { fold } from '../text/normalize.js';
import { wordSet } from '../text/words.js';

/** A title field's label is at most this long ("intitulé du poste"). */
const LABEL_MAX = 40;

/**
 * "Titre du poste : …", "**Job title:** …": a label of lexicons/words.yaml `title-labels`, a colon, then 2 to 160
 * characters. Read with indexOf and slices (a line may be a million blanks long).
 */
function titleField(raw: string): string | null {
  let i = 0;
  while (i < raw.length && /\s/.test(raw[i])) i++;
  if (raw.startsWith('**', i)) i += 2;
  const colon = raw.indexOf(':', i);
  if (colon < 0 || colon - i > LABEL_MAX + 4) return null;
  let label = raw.slice(i, colon).trimEnd();
  if (label.endsWith('**')) label = label.slice(0, -2);
  if (label.includes('*') || !wordSet('title-labels').has(fold(label).replace(/\s+/g, ' ').trim())) return null;
  const rest = raw.slice(colon + 1);
  const value = rest.trimStart();
  if (value.length > 160 || rest.length < 2) return null;
  // As `\s*(.{2,160})$` would: a one-character title keeps the blank before it.
  return value.length >= 2 ? value : rest.slice(-2);
}
const FRONT_TITLE = /^title\s*:\s*["']?(.{2,160}?)["']?\s*$/i;

export function extractTitle(a: Analysis): { title: string; start: number; end: number } | null {
  const { text, lines } = a;
  let first: { title: string; start: number; end: number } | null = null;
  let inFront = text.startsWith('---');
  for (let i = 0; i < lines.length && i < 30; i++) {
    const l = lines[i];
    const raw = text.slice(l.start, l.end);
    if (inFront) {
      if (i > 0 && raw.trim() === '---') {
        inFront = false;
        continue;
      }
      const m = FRONT_TITLE.exec(raw);
      if (m) return at(l.start, raw, m[1]);
      continue;
    }
    const field = titleField(raw);
    if (field) return at(l.start, raw, field);
    if (!first && !l.blank) {
      const cleaned = trimTail(raw.replace(/^[\s#>*_-]+/, ''));
      if (cleaned) first = at(l.start, raw, cleaned);
    }
  }
  return first;
}

const TAIL = /[\s*_:]/;

/** Without its trailing blanks, "*", "_" and ":" (a loop: the regex `[\s*_:]+$` retried from every blank). */
function trimTail(s: string): string {
  let end = s.length;
  while (end > 0 && TAIL.test(s[end - 1])) end--;
  return s.slice(0, end);
}

function at(lineStart: number, raw: string, title: string) {
  const t = title.trim();
  const start = lineStart + raw.indexOf(t);
  return { title: t, start, end: start + t.length };
}
