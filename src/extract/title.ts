// The job title: a "Titre :" / "Title:" / "Poste :" field near the top, else the first line of text.
import type { Analysis } from '../text/analyze.js';
import { fold } from '../text/normalize.js';
import { wordSet } from '../text/words.js';

/** "Titre du poste : …", "**Job title:** …": a label of lexicons/words.yaml `title-labels`, a colon, the title. */
const FIELD = /^\s*(?:\*\*)?([^:*]{1,40}?)(?:\*\*)?\s*:\s*(.{2,160})$/;

function titleField(raw: string): string | null {
  const m = FIELD.exec(raw);
  if (!m) return null;
  const label = fold(m[1]).replace(/\s+/g, ' ').trim();
  return wordSet('title-labels').has(label) ? m[2] : null;
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
      if (i > 0 && raw.trim() === '---') { inFront = false; continue; }
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
