// Analysis of one posting: normalised text, tokens, lines with headings and sections, language per block,
// and every lexicon phrase found. Everything later works from this, never from a raw regex over the text.
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import type { Match } from '../lexicon/trie.js';
import type { Lang } from '../types.js';
import { buildBlocks, type Block, type Role } from './blocks.js';
import { clearWinner, detectLanguage, functionWordsOf, MIN_DETECT_LENGTH } from './language.js';
import { lineIndexOf, LineIndex } from './lines.js';
import { normalize, type Normalized } from './normalize.js';
import { tokenize, type Token } from './tokens.js';

export type SectionType = 'requirements' | 'assets' | 'duties' | 'offer' | 'about' | 'apply' | 'other' | 'none';

export interface Line {
  start: number;
  end: number;
  /** Section the line belongs to (from the last heading above it, or its own inline heading). */
  section: SectionType;
  /** Set when the whole line is a heading. */
  heading: SectionType | null;
  /** "Exigences : DES" / "Education: …": a heading followed by content on the same line. */
  inlineHeading: SectionType | null;
  /** An inline heading whose list starts after the colon ("**Required Skills:*** Post-secondary…"): it opens its section. */
  opensSection: boolean;
  /** Starts with a bullet or a number. */
  item: boolean;
  blank: boolean;
  /** Language of the block the line is in. */
  lang: Lang;
  /** Index of the first token of the line and one past its last. */
  tokenFrom: number;
  tokenTo: number;
  /** The block the line is in (index in Analysis.blocks), and its role (or the line's own, after an inline heading). */
  block: number;
  role: Role;
}

export interface Analysis {
  text: string;
  norm: Normalized;
  lines: Line[];
  lineIndex: LineIndex;
  tokens: Token[];
  matches: Match[];
  /** The lines cut into blocks, each with a role and the evidence for it (see blocks.ts). */
  blocks: Block[];
  /** Main language: for a posting with full versions in both languages, French (ANNOTATION.md). */
  language: Lang;
  bilingual: boolean;
}

/** The start of a list item: blanks or ">" quotes, a bullet or a number, and the blanks after it. */
export const ITEM_LEAD = /^[\s>]*(?:[-*+•·◦▪●■►➢✓✔–—]|\d{1,2}[.)])\s+/u;

/** The line starts with a bullet or a number (ITEM_LEAD); most lines start with a letter, which no bullet is. */
function isItem(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i) | 32; // ASCII letters folded to lower case
  if (i < end && c >= 97 && c <= 122) return false;
  return ITEM_LEAD.test(text.slice(start, Math.min(end, start + 12)));
}

/**
 * A one-word phrase of the other language is too ambiguous ("licence" is a degree in France, a permit in English):
 * it counts only in a block of its language, or as a capitalised acronym; longer phrases count anywhere.
 */
export function inItsLanguage(m: Match, tokens: readonly Token[], lines: readonly Line[]): boolean {
  return m.to - m.from > 1 || m.entry.lang === lines[tokens[m.from].line].lang || tokens[m.from].acronym;
}

export function analyze(text: string, fallback: Lang = 'fr', lexicon: Lexicon = loadLexicon()): Analysis {
  const lineIndex = lineIndexOf(text);
  const norm = normalize(text);
  const lineStarts = lineIndex.starts;
  let cursor = 0;
  // Tokens come in offset order, so the line lookup can walk forward.
  const lineOf = (offset: number) => {
    while (cursor + 1 < lineStarts.length && lineStarts[cursor + 1] <= offset) cursor++;
    return cursor;
  };
  const tokens = tokenize(text, norm, lineOf);
  const lines = buildLines(text, lineStarts, tokens);
  // Capitals in a line written all in capitals are not acronyms ("EXIGENCES DES POSTES").
  for (const l of lines) {
    let long = 0;
    for (let i = l.tokenFrom; i < l.tokenTo; i++) if (tokens[i].acronym && tokens[i].norm.length >= 4) long++;
    if (long >= 2) for (let i = l.tokenFrom; i < l.tokenTo; i++) tokens[i].acronym = false;
  }
  const { language, bilingual } = assignLanguages(text, lines, tokens, fallback);
  const { trie } = lexicon;
  const all = trie.match(tokens);
  const matches = all.filter((m) => inItsLanguage(m, tokens, lines));
  markSections(text, lines, tokens, matches);
  const blocks = buildBlocks(text, lines, tokens, matches);
  return { text, norm, lines, lineIndex, tokens, matches, blocks, language, bilingual };
}

function buildLines(text: string, starts: number[], tokens: Token[]): Line[] {
  const lines: Line[] = [];
  let t = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    let end = i + 1 < starts.length ? starts[i + 1] : text.length;
    while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    const tokenFrom = t;
    while (t < tokens.length && tokens[t].line === i) t++;
    lines.push({
      start,
      end,
      section: 'none',
      heading: null,
      inlineHeading: null,
      opensSection: false,
      item: isItem(text, start, end),
      blank: tokenFrom === t,
      lang: 'fr',
      tokenFrom,
      tokenTo: t,
      block: 0,
      role: 'other',
    });
  }
  return lines;
}

/** Posting language, and the language of each block when the posting mixes both. */
function assignLanguages(
  text: string,
  lines: Line[],
  tokens: Token[],
  fallback: Lang,
): { language: Lang; bilingual: boolean } {
  const votes = functionWordsOf(tokens);
  const { fr, en } = votes;
  // The words are read only when function words leave the language in doubt (short or mixed texts).
  const whole =
    clearWinner(votes) ??
    detectLanguage(
      text,
      tokens.map((t) => t.norm),
      fallback,
      votes,
    );
  const mixed = Math.min(fr, en) >= 5 && Math.min(fr, en) / (fr + en) >= 0.2;
  if (!mixed) {
    for (const l of lines) l.lang = whole;
    return { language: whole, bilingual: false };
  }
  // Blocks of consecutive lines long enough for franc; each line takes its block's language.
  const share: Record<Lang, number> = { fr: 0, en: 0 };
  let from = 0;
  for (let i = 0; i <= lines.length; i++) {
    const size = i < lines.length ? lines[i].end - lines[from].start : Infinity;
    const boundary = i === lines.length || (lines[i].blank && size >= MIN_DETECT_LENGTH);
    if (!boundary) continue;
    const last = Math.min(i, lines.length - 1);
    const block = text.slice(lines[from].start, lines[last].end);
    const votesOfBlock = functionWordsOf(tokens, lines[from].tokenFrom, lines[last].tokenTo);
    const lang =
      clearWinner(votesOfBlock) ??
      detectLanguage(
        block,
        tokens.slice(lines[from].tokenFrom, lines[last].tokenTo).map((t) => t.norm),
        whole,
        votesOfBlock,
      );
    share[lang] += block.length;
    for (let k = from; k <= last; k++) lines[k].lang = lang;
    from = i + 1;
    if (from >= lines.length) break;
  }
  const total = share.fr + share.en || 1;
  const bilingual = share.fr / total >= 0.25 && share.en / total >= 0.25;
  return { language: bilingual ? 'fr' : whole, bilingual };
}

const HEADING_MAX_TOKENS = 9;

/** Finds heading lines and gives every line its section. */
function markSections(text: string, lines: Line[], tokens: Token[], matches: Match[]): void {
  // The heading phrase of each line: the longest one starting in its first three tokens.
  const headingAt = new Map<number, Match>();
  for (const m of matches) {
    if (m.entry.type !== 'headings') continue;
    const line = lines[tokens[m.from].line];
    if (m.from - line.tokenFrom > 2) continue;
    const prev = headingAt.get(line.tokenFrom);
    if (!prev || m.to - m.from > prev.to - prev.from || (m.to - m.from === prev.to - prev.from && m.from < prev.from))
      headingAt.set(line.tokenFrom, m);
  }
  let section: SectionType = 'none';
  for (const line of lines) {
    if (line.blank) {
      line.section = section;
      continue;
    }
    const count = line.tokenTo - line.tokenFrom;
    const m = headingAt.get(line.tokenFrom);
    // A line with no heading phrase can only be an unknown heading, a short line that is no list item: the
    // others (most lines of a posting) need none of what follows.
    if (!m && (line.item || count > 6)) {
      line.section = section;
      continue;
    }
    const raw = text.slice(line.start, line.end);
    const trimmed = raw.trim();
    const type = (m?.entry.value ?? null) as SectionType | null;
    const after = m ? text.slice(tokens[m.to - 1].end, line.end) : '';
    const marked = /^#{1,6}\s|^\*\*.*\*\*:?$|^__.*__:?$/.test(trimmed) || trimmed.endsWith(':');
    const shouty = count >= 1 && count <= 6 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    // "Position Responsibilities:", "Responsabilités principales": a few words around the phrase are fine.
    const whole = m && m.to === line.tokenTo && m.from === line.tokenFrom;
    const near = m && line.tokenTo - m.to + m.from - line.tokenFrom <= 2 && count <= 5 && (marked || shouty);
    if (m && (whole || near) && count <= HEADING_MAX_TOKENS && (!line.item || marked)) {
      line.heading = section = type!;
    } else if (m && m.from - line.tokenFrom <= 1 && /^\s*\**\s*:/.test(after) && !line.item) {
      // "Exigences : DES, permis" or "Education: Secondary school": a heading for this line only, unless a
      // list starts right after the colon ("**Required Skills:*** Post-secondary…", a lost line break).
      line.inlineHeading = type;
      const rest = after.replace(/^\s*\**\s*:\s*(?:\*\*)?\s*/, '');
      if (/^[-*•]/.test(rest) && (type === 'requirements' || type === 'assets' || type === 'duties')) {
        section = type!;
        line.opensSection = true;
      }
    } else if (!line.item && count <= 6 && (marked || shouty) && !/[.!?]\s*$/.test(trimmed)) {
      // An unknown heading closes the section above it.
      line.heading = section = 'other';
    }
    line.section = line.inlineHeading ?? section;
  }
}
