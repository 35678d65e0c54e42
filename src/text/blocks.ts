// Blocks of a posting and their roles: a block is a heading (or a lead-in line, or a cue paragraph) and the
// lines under it, up to the next one. Its role says what the block is (requirements, employer description, how
// to apply…), with the evidence for it, so that later stages read asks only where a posting asks (see
// docs/document-model.md). The phrases are data: `headings` in lexicons/{fr,en}/requirements.yaml and
// `roles` in lexicons/{fr,en}/roles.yaml. One pass over the lines, one over each paragraph's matches.
import type { Match } from '../lexicon/trie.js';
import type { Lang } from '../types.js';
import type { Line } from './analyze.js';
import type { Token } from './tokens.js';

export const ROLES = [
  'title',
  'about',
  'duties',
  'requirements',
  'assets',
  'conditions',
  'benefits',
  'apply',
  'boilerplate',
  'other',
] as const;
export type Role = (typeof ROLES)[number];

/** Why a block has its role. */
export interface RoleEvidence {
  /**
   * heading: a heading line; lead-in: a line ending with ":" that announces what follows ("We're looking for a
   * person who:"); cue: a paragraph holding a phrase of its role ("equal opportunity employer"); title: the
   * posting's first line; start: the lines before any heading; continued: the lines after a cue paragraph,
   * back under the heading above it.
   */
  source: 'heading' | 'lead-in' | 'cue' | 'title' | 'start' | 'continued';
  /** The line (counted from 1) holding the evidence. */
  line: number;
  /** The phrase that decided, as written in the posting; null when none did. */
  phrase: string | null;
}

export interface Block {
  role: Role;
  evidence: RoleEvidence;
  /** Index of its first line and one past its last (lines counted from 0, as Analysis.lines). */
  lineFrom: number;
  lineTo: number;
  /** Offsets of its text in the original (end exclusive). */
  start: number;
  end: number;
  lang: Lang;
}

/** The roles a paragraph's own phrases can give it, strongest first; the others need a heading or a lead-in. */
const CUE_ROLES: readonly Role[] = ['boilerplate', 'apply', 'about'];
/** The roles whose blocks an unknown heading continues rather than ends. */
const SUB_HEADED: readonly Role[] = ['duties', 'requirements', 'assets', 'conditions', 'benefits'];
/** A lead-in is a line of at most this many words. */
const LEAD_IN_MAX_TOKENS = 20;

/**
 * What a line holds: its longest heading phrase and role phrase, a heading phrase of asks (requirements or
 * assets), a "required" cue, a requirement (a `kinds` phrase).
 */
interface LinePhrases {
  heading: Match | null;
  role: Match | null;
  asks: Match | null;
  required: boolean;
  kind: boolean;
  condition: Match | null;
}

/** Cuts the lines into blocks, sets each line's `block` and `role`, and returns the blocks. */
export function buildBlocks(text: string, lines: Line[], tokens: Token[], matches: Match[]): Block[] {
  const phrases = phrasesByLine(lines, tokens, matches);
  const blocks: Block[] = [];
  const open = (role: Role, evidence: RoleEvidence, lineFrom: number) => {
    const last = blocks[blocks.length - 1];
    if (last) close(last, lineFrom);
    blocks.push({
      role,
      evidence,
      lineFrom,
      lineTo: lineFrom,
      start: lines[lineFrom].start,
      end: lines[lineFrom].end,
      lang: lines[lineFrom].lang,
    });
  };
  const close = (b: Block, lineTo: number) => {
    b.lineTo = lineTo;
    b.end = lineTo > b.lineFrom ? lines[lineTo - 1].end : b.start;
    for (let k = b.lineFrom; k < lineTo; k++)
      if (!lines[k].blank) {
        b.lang = lines[k].lang;
        break;
      }
  };
  if (!lines.length) return blocks;

  let titled = false;
  let frontMatter = text.startsWith('---');
  // The block a cue paragraph interrupts, to go back to after it.
  let under: { role: Role; evidence: RoleEvidence } = {
    role: 'other',
    evidence: { source: 'start', line: 1, phrase: null },
  };
  // A block to open at a line (after the title, or after a cue paragraph), unless something else opens one there.
  let pending = null as { at: number; role: Role; evidence: RoleEvidence } | null;
  let paragraphStart = true;
  open('other', under.evidence, 0);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (pending?.at === i) {
      // Blank lines stay with the block above: the next one starts at its first line of text.
      if (line.blank) pending.at = i + 1;
      else {
        open(pending.role, pending.evidence, i);
        pending = null;
      }
    }
    if (line.blank) {
      paragraphStart = true;
      continue;
    }
    const startsParagraph = paragraphStart;
    paragraphStart = false;
    if (frontMatter) {
      if (i > 0 && text.slice(line.start, line.end).trim() === '---') frontMatter = false;
      continue;
    }
    const p = phrases[i];
    // A first line in capitals with no heading phrase ("ASSISTANT APPROVISIONNEMENT (H/F)") is the title.
    const titleLike = !titled && line.heading === 'other' && !p.heading && !p.role;
    if ((line.heading && !titleLike) || (!line.heading && standalone(lines, i, text, p))) {
      const evidence: RoleEvidence = { source: 'heading', line: i + 1, phrase: null };
      let role = headingRole(line, p, text, tokens, evidence);
      // A heading with no phrase of ours inside a list of duties, asks or conditions ("Approvisionnement :",
      // "Télétravail :") is a sub-heading of it.
      if (role === 'other' && evidence.phrase === null && SUB_HEADED.includes(under.role)) role = under.role;
      open(role, evidence, i);
      under = { role, evidence };
      titled = paragraphStart = true;
      continue;
    }
    if (!titled && (!line.inlineHeading || titleLike)) {
      titled = paragraphStart = true;
      open('title', { source: 'title', line: i + 1, phrase: null }, i);
      under = { role: 'other', evidence: { source: 'start', line: i + 2, phrase: null } };
      pending = { at: i + 1, ...under };
      continue;
    }
    titled = true;
    // "**Required Skills:*** Post-secondary…": an inline heading whose list starts after the colon (a lost line
    // break) opens its section, as in analyze.ts.
    if (line.opensSection) {
      const evidence: RoleEvidence = {
        source: 'heading',
        line: i + 1,
        phrase: p.heading ? quote(text, tokens, p.heading) : null,
      };
      const role = sectionRole(line.inlineHeading ?? 'other');
      open(role, evidence, i);
      under = { role, evidence };
      continue;
    }
    const leadIn = leadInRole(line, p, text, tokens);
    if (leadIn) {
      const evidence: RoleEvidence = { source: 'lead-in', line: i + 1, phrase: leadIn.phrase };
      open(leadIn.role, evidence, i);
      under = { role: leadIn.role, evidence };
      paragraphStart = true;
      continue;
    }
    // A paragraph of prose that says what it is: its own block, then back to the block it interrupts.
    if (startsParagraph && !line.item) {
      let end: number = i;
      while (end < lines.length && !lines[end].blank && !lines[end].heading) end++;
      const cue =
        paragraphCue(phrases, i, end, text, tokens) ?? hiringCondition(phrases, i, end, under.role, text, tokens);
      // A cue paragraph of the role of the block it is in ("Send your resume…" under "How to apply") is part of it.
      if (cue && cue.role !== blocks[blocks.length - 1].role) {
        open(cue.role, { source: 'cue', line: cue.line + 1, phrase: cue.phrase }, i);
        pending = { at: end, role: under.role, evidence: { ...under.evidence, source: 'continued' } };
      }
    }
  }
  close(blocks[blocks.length - 1], lines.length);
  // Drop empty blocks left by a cue paragraph that ends the posting, then give each line its block and role.
  const kept = blocks.filter((b) => b.lineTo > b.lineFrom);
  kept.forEach((b, index) => {
    for (let k = b.lineFrom; k < b.lineTo; k++) {
      lines[k].block = index;
      lines[k].role = b.role;
    }
  });
  for (let k = 0; k < lines.length; k++) if (lines[k].inlineHeading) lines[k].role = inlineRole(lines[k], phrases[k]);
  return kept;
}

/** The heading phrase at the head of each line, its longest role phrase, and whether it holds a "required" cue. */
const NONE: LinePhrases = Object.freeze({
  heading: null,
  role: null,
  asks: null,
  required: false,
  kind: false,
  condition: null,
}) as LinePhrases;

function phrasesByLine(lines: Line[], tokens: Token[], matches: Match[]): LinePhrases[] {
  // Most lines hold no phrase: they share NONE, and a line gets its own record with its first phrase.
  const out: LinePhrases[] = new Array<LinePhrases>(lines.length).fill(NONE);
  for (const m of matches) {
    const li = tokens[m.from].line;
    let p = out[li];
    if (p === NONE) {
      p = out[li] = { heading: null, role: null, asks: null, required: false, kind: false, condition: null };
    }
    const type = m.entry.type;
    if (type === 'headings') {
      if (!p.heading || longer(m, p.heading)) p.heading = m;
      if ((m.entry.value === 'requirements' || m.entry.value === 'assets') && (!p.asks || longer(m, p.asks)))
        p.asks = m;
    } else if (type === 'roles' && m.entry.value === 'hiring-condition') {
      p.condition ??= m;
    } else if (type === 'roles') {
      if (!p.role || longer(m, p.role)) p.role = m;
      if ((m.entry.value === 'requirements' || m.entry.value === 'assets') && (!p.asks || longer(m, p.asks)))
        p.asks = m;
    } else if (type === 'cues' && m.entry.value === 'required') p.required = true;
    else if (type === 'kinds') p.kind = true;
  }
  return out;
}

/** The line's last character that is not a blank or Markdown emphasis ("**", "_"), or '' (read from its end). */
function lastMark(text: string, line: Line): string {
  for (let k = line.end - 1; k >= line.start; k--) {
    const c = text[k];
    if (c !== '*' && c !== '_' && c.trim() !== '') return c;
  }
  return '';
}

function longer(a: Match, b: Match): boolean {
  return a.to - a.from > b.to - b.from || (a.to - a.from === b.to - b.from && a.from < b.from);
}

function quote(text: string, tokens: Token[], m: Match): string {
  return text.slice(tokens[m.from].start, tokens[m.to - 1].end);
}

/** Section headings of requirements.yaml, in the roles' vocabulary. */
function sectionRole(section: string): Role {
  switch (section) {
    case 'requirements':
    case 'assets':
    case 'duties':
    case 'about':
    case 'apply':
      return section;
    case 'offer':
      return 'conditions';
    default:
      return 'other';
  }
}

/**
 * A heading's role: its section, refined by a longer role phrase ("Conditions of employment", "Avantages" under
 * the offer headings); a heading of no known section takes the role of any role phrase it holds.
 */
function headingRole(line: Line, p: LinePhrases, text: string, tokens: Token[], evidence: RoleEvidence): Role {
  const h = p.heading,
    r = p.role;
  // An unknown heading holding a section phrase further in ("## In this role, you will:") takes its section.
  const base = sectionRole(line.heading && line.heading !== 'other' ? line.heading : (h?.entry.value ?? 'other'));
  // Conditions are refined by a role phrase that comes first ("Avantages sociaux"), not by one after the heading
  // phrase ("Rémunération et avantages" is about pay first).
  const refine =
    r && (base === 'other' || !h || (base === 'conditions' ? r.from <= h.from : r.to - r.from > h.to - h.from));
  let role = base,
    phrase = h;
  if (refine) {
    role = r.entry.value as Role;
    phrase = r;
  }
  // A heading that names asks as well ("Successful applicants' qualifications", "Profile required to apply")
  // introduces asks: the roles that hold none need a heading with no such phrase.
  if (CUE_ROLES.includes(role) && p.asks) {
    role = p.asks.entry.value as Role;
    phrase = p.asks;
  }
  if (phrase) evidence.phrase = quote(text, tokens, phrase);
  return role;
}

/** Words of a line that a heading phrase may start after ("Your main duties", "## In this role"). */
const HEAD_REACH = 2;
/** A standalone heading has at most this many words. */
const STANDALONE_MAX_TOKENS = 6;

function atHead(m: Match | null, line: Line): boolean {
  return m !== null && m.from - line.tokenFrom <= HEAD_REACH;
}

/**
 * A short line alone between blank lines, starting with a heading or role phrase ("APS Competencies", "Notes"):
 * a heading for the roles, though not marked as one.
 */
function standalone(lines: Line[], i: number, text: string, p: LinePhrases): boolean {
  const line = lines[i];
  if (line.item || line.inlineHeading || line.tokenTo - line.tokenFrom > STANDALONE_MAX_TOKENS) return false;
  const last = lastMark(text, line);
  if (last === '.' || last === '!' || last === '?') return false; // a short sentence ("Learn more about … equivalency.")
  if (!(atHead(p.heading, line) || atHead(p.role, line))) return false;
  return (i === 0 || lines[i - 1].blank) && (i + 1 >= lines.length || lines[i + 1].blank);
}

/** A line of at most a few words ending with ":", announcing a list: the role of its longest phrase. */
function leadInRole(line: Line, p: LinePhrases, text: string, tokens: Token[]): { role: Role; phrase: string } | null {
  if (line.item || line.inlineHeading || line.tokenTo - line.tokenFrom > LEAD_IN_MAX_TOKENS) return null;
  if (lastMark(text, line) !== ':') return null;
  const h = atHead(p.heading, line) ? p.heading : null,
    r = p.role;
  if (
    p.asks &&
    ((r && CUE_ROLES.includes(r.entry.value as Role)) || (h && CUE_ROLES.includes(sectionRole(h.entry.value))))
  ) {
    return { role: p.asks.entry.value as Role, phrase: quote(text, tokens, p.asks) };
  }
  if (r && (!h || r.to - r.from >= h.to - h.from))
    return { role: r.entry.value as Role, phrase: quote(text, tokens, r) };
  if (h) {
    const role = sectionRole(h.entry.value);
    return role === 'other' ? null : { role, phrase: quote(text, tokens, h) };
  }
  return null;
}

/**
 * The role a prose paragraph (lines from..to) gives itself: boilerplate, apply or about, by the first cue found
 * in that order of strength.
 */
function paragraphCue(
  phrases: LinePhrases[],
  from: number,
  to: number,
  text: string,
  tokens: Token[],
): { role: Role; line: number; phrase: string } | null {
  let best: { role: Role; line: number; phrase: string } | null = null;
  let required = false,
    kind = false;
  for (let k = from; k < to; k++) {
    const r = phrases[k].role;
    required ||= phrases[k].required;
    kind ||= phrases[k].kind;
    // A cue is a phrase of two words or more: one word ("about", "coordonnées") names a heading, not a paragraph.
    if (!r || !CUE_ROLES.includes(r.entry.value as Role) || r.to - r.from < 2) continue;
    const role = r.entry.value as Role;
    if (!best || CUE_ROLES.indexOf(role) < CUE_ROLES.indexOf(best.role))
      best = { role, line: k, phrase: quote(text, tokens, r) };
  }
  // A paragraph that asks for something is not only boilerplate or how to apply ("Offer of employment is
  // conditional upon background checks… We thank all applicants"), nor an employer description if it says
  // something is required.
  if (best && (best.role === 'about' ? required : kind)) return null;
  return best;
}

/**
 * A paragraph that sets a condition of hiring ("As a condition of employment, a criminal record check…") inside
 * a block that holds no asks (how to apply, boilerplate): it asks, whatever the heading above it.
 */
function hiringCondition(
  phrases: LinePhrases[],
  from: number,
  to: number,
  role: Role,
  text: string,
  tokens: Token[],
): { role: Role; line: number; phrase: string } | null {
  if (!CUE_ROLES.includes(role)) return null;
  for (let k = from; k < to; k++) {
    const c = phrases[k].condition;
    if (c && phrases[k].kind) return { role: 'requirements', line: k, phrase: quote(text, tokens, c) };
  }
  return null;
}

/** "Salaire : 18 $" on a line of its own inside another block: that line's role. */
function inlineRole(line: Line, p: LinePhrases): Role {
  const base = sectionRole(line.inlineHeading ?? 'other');
  if (base === 'conditions' && p.role?.entry.value === 'benefits') return 'benefits';
  return base;
}
