// The rule data of lexicons/rules/: messages, suggestion templates, references, severities per case.
// Everything is validated when loaded; an error names the file and the line (LexiconError). The validated
// form is plain JSON, cached by loadValidated, so a normal run neither loads the yaml module nor re-validates.
import { lazy } from '../util/cache.js';
import { join } from 'node:path';
import type { Node } from 'yaml';
import { digest } from '../lexicon/digest.js';
import { LEXICON_DIR, loadValidated, yamlModule, YamlDoc } from '../lexicon/yaml.js';
import { placeholders } from '../rewrite/template.js';
import { SEVERITY_RANK, type Lang, type Severity } from '../types.js';
import {
  checkUrl,
  fields,
  LANGS,
  named,
  need,
  phraseLists,
  refList,
  severityOf,
  texts,
  type Field,
} from './data-fields.js';
export type * from './data-types.js';
import type {
  Texts,
  LawData,
  ExampleData,
  CaseData,
  EscalationData,
  RuleData,
  References,
  RuleSpec,
  CommonData,
} from './data-types.js';

export const RULES_DIR = join(LEXICON_DIR, 'rules');
export { LANGS };

/** Case messages are guidance, not legal advice: they must say "may" / "peut" (`hedges` in common.yaml). */
const hedge = lazy('rules.hedge', () => {
  const words = common().hedges;
  const regex = (list: string[]) =>
    new RegExp(`(?:^|[^\\p{L}])(?:${list.map(escapeRegex).join('|')})(?![\\p{L}])`, 'iu');
  return { fr: regex(words.fr), en: regex(words.en) } as Record<Lang, RegExp>;
});

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The yaml module is needed only when a data file is validated again (not on a cached run).
const yaml = yamlModule;

const ALWAYS = ['excerpt'];
const TEER_NOTE = ['excerpt', 'noc', 'occupation', 'teer'];
const NOC_NOTE = ['excerpt', 'noc', 'occupation', 'teer', 'requirements'];
const RULE_FIELDS = [
  'kind',
  'severity',
  'description',
  'triggers',
  'references',
  'law',
  'cases',
  'escalate',
  'teer_skip_at_most',
  'skip_noc',
  'teer_note',
  'noc_note',
  'noc_topics',
  'noc_lists',
  'defaults',
  'phrases',
  'patterns',
  'examples',
  'limits',
];
const CASE_FIELDS = ['severity', 'when', 'law', 'message', 'suggestions', 'references'];
const LAW_FIELDS = ['jurisdictions', 'since'];
const EXAMPLE_FIELDS = ['before', 'after'];
const ESCALATE_FIELDS = ['jurisdiction', 'since', 'cases', 'severity', 'message', 'references'];

// ── lazy, cached access to the shipped data ─────────────────────────────────────────────────────────

export const references: () => References = lazy('rules.references', () =>
  loadReferences(join(RULES_DIR, 'references.yaml')),
);

export const common: () => CommonData = lazy('rules.common', () => loadCommon(join(RULES_DIR, 'common.yaml')));

/** The rules of one family file, loaded and validated against `specs` on first use, then kept. */
export function family(file: string, specs: readonly RuleSpec[]): () => Record<string, RuleData> {
  return lazy(`rules.family.${file}`, () => loadRuleFile(join(RULES_DIR, file), specs, references()));
}

// ── loaders (exported for tests and tools) ──────────────────────────────────────────────────────────

export function loadReferences(file: string): References {
  return loadValidated(file, 'rule-references', validateReferences);
}

export function loadCommon(file: string): CommonData {
  return loadValidated(file, 'rule-common', validateCommon);
}

/** One family file, validated against the code's specs and the known references. */
export function loadRuleFile(file: string, specs: readonly RuleSpec[], refs: References): Record<string, RuleData> {
  const key = `rules:${digest(JSON.stringify(specs), Object.keys(refs).sort().join(','), JSON.stringify(common().hedges))}`;
  return loadValidated(file, key, (doc) => validateRuleFile(doc, specs, refs));
}

// ── validation ──────────────────────────────────────────────────────────────────────────────────────

function validateReferences(doc: YamlDoc): References {
  const out: References = {};
  for (const [id, node, key] of doc.entries(doc.root, 'references file')) {
    const what = `reference "${id}"`;
    const f = fields(doc, node ?? key, what, ['title', 'url']);
    const title = texts(doc, need(doc, f, 'title', key, what), `${what} title`, null);
    const urlNode = need(doc, f, 'url', key, what);
    let url: Texts;
    if (yaml().isScalar(urlNode)) {
      const u = doc.string(urlNode, `${what} url`);
      checkUrl(doc, urlNode, u, id);
      url = { fr: u, en: u };
    } else {
      url = texts(doc, urlNode, `${what} url`, null);
      for (const [lang, n] of doc.entries(urlNode, `${what} url`)) checkUrl(doc, n ?? urlNode, url[lang as Lang], id);
    }
    out[id] = { id, title, url };
  }
  return out;
}

function validateCommon(doc: YamlDoc): CommonData {
  const f = fields(doc, doc.root, 'common file', ['prefixes', 'suffixes', 'equivalence', 'hedges']);
  const lists = (key: string) => phraseLists(doc, need(doc, f, key, doc.root, 'common file'), key);
  return {
    prefixes: lists('prefixes'),
    suffixes: lists('suffixes'),
    equivalence: lists('equivalence'),
    hedges: lists('hedges'),
  };
}

function validateRuleFile(doc: YamlDoc, specs: readonly RuleSpec[], refs: References): Record<string, RuleData> {
  const bySpec = new Map(specs.map((s) => [s.id, s]));
  const out: Record<string, RuleData> = {};
  for (const [id, node, key] of doc.entries(doc.root, 'rule file')) {
    const spec =
      bySpec.get(id) ?? doc.fail(key, `unknown rule "${id}" (this file holds: ${[...bySpec.keys()].join(', ')})`);
    out[id] = parseRule(doc, id, node ?? key, spec, refs);
  }
  for (const id of bySpec.keys()) if (!(id in out)) doc.fail(doc.root, `missing rule "${id}"`);
  return out;
}

function parseRule(doc: YamlDoc, id: string, node: Node, spec: RuleSpec, refs: References): RuleData {
  const f = fields(doc, node, id, RULE_FIELDS);
  const get = (key: string) => need(doc, f, key, node, id);
  const severity = severityOf(doc, get('severity'), `${id}: severity`);
  const rule: RuleData = {
    id,
    kind: doc.string(get('kind'), `${id}: kind`),
    severity,
    description: texts(doc, get('description'), `${id}: description`, null),
    triggers: texts(doc, get('triggers'), `${id}: triggers`, null),
    references: refList(doc, f.get('references')?.value, `${id}: references`, refs),
    cases: {},
    escalate: [],
    teerSkipAtMost: null,
    skipNoc: [],
    teerNote: null,
    nocNote: null,
    nocTopics: null,
    nocLists: {},
    law: null,
    examples: parseExamples(doc, get('examples'), id),
    defaults: {},
    phrases: {},
    patterns: {},
    limits: {},
  };

  const law = f.get('law');
  if (law) rule.law = parseLaw(doc, law.value ?? law.key, `${id}: law`);

  const casesNode = get('cases');
  for (const [name, c, key] of doc.entries(casesNode, `${id}: cases`)) {
    const allowed = spec.cases[name];
    if (!allowed) doc.fail(key, `${id}: unknown case "${name}" (expected: ${Object.keys(spec.cases).join(', ')})`);
    rule.cases[name] = parseCase(doc, `${id}: case "${name}"`, c ?? key, [...ALWAYS, ...allowed], severity, refs);
  }
  for (const name of Object.keys(spec.cases))
    if (!(name in rule.cases)) doc.fail(casesNode, `${id}: missing case "${name}"`);

  const esc = f.get('escalate');
  if (esc)
    for (const item of doc.items(esc.value ?? esc.key, `${id}: escalate`))
      rule.escalate.push(parseEscalation(doc, id, item, rule, refs));

  const teer = f.get('teer_skip_at_most');
  if (teer) {
    const v = yaml().isScalar(teer.value) ? teer.value.value : null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 5) {
      doc.fail(teer.value ?? teer.key, `${id}: teer_skip_at_most must be a whole number from 0 to 5`);
    }
    rule.teerSkipAtMost = v;
  }
  const noc = f.get('skip_noc');
  if (noc) {
    rule.skipNoc = doc.items(noc.value ?? noc.key, `${id}: skip_noc`).map((n) => {
      const code = yaml().isScalar(n) ? String(n.value) : '';
      if (!/^\d{5}$/.test(code)) doc.fail(n, `${id}: skip_noc entries must be 5-digit NOC 2021 codes`);
      return code;
    });
  }
  const note = f.get('teer_note');
  if (note) rule.teerNote = texts(doc, note.value ?? note.key, `${id}: teer_note`, TEER_NOTE);
  const nocNote = f.get('noc_note');
  const nocTopics = f.get('noc_topics');
  if (nocNote) rule.nocNote = texts(doc, nocNote.value ?? nocNote.key, `${id}: noc_note`, NOC_NOTE);
  if (nocTopics) rule.nocTopics = phraseLists(doc, nocTopics.value ?? nocTopics.key, `${id}: noc_topics`);
  if (!!nocNote !== !!nocTopics) doc.fail((nocNote ?? nocTopics)!.key, `${id}: noc_note and noc_topics go together`);
  rule.nocLists = parseNocLists(doc, f.get('noc_lists'), node, id, spec.nocLists ?? []);

  named(doc, f.get('defaults'), node, `${id}: defaults`, spec.defaults ?? [], (name, n) => {
    rule.defaults[name] = texts(doc, n, `${id}: default "${name}"`, null);
  });
  named(doc, f.get('phrases'), node, `${id}: phrases`, Object.keys(spec.phrases ?? {}), (name, n) => {
    rule.phrases[name] = texts(doc, n, `${id}: phrase "${name}"`, spec.phrases![name]);
  });
  named(doc, f.get('patterns'), node, `${id}: patterns`, spec.patterns ?? [], (name, n) => {
    rule.patterns[name] = phraseLists(doc, n, `${id}: pattern "${name}"`);
  });
  named(doc, f.get('limits'), node, `${id}: limits`, spec.limits ?? [], (name, n) => {
    const v = yaml().isScalar(n) ? n.value : null;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0)
      doc.fail(n, `${id}: limit "${name}" must be a positive number`);
    rule.limits[name] = v;
  });
  return rule;
}

function parseCase(
  doc: YamlDoc,
  what: string,
  node: Node,
  allowed: readonly string[],
  ceiling: Severity,
  refs: References,
): CaseData {
  const f = fields(doc, node, what, CASE_FIELDS);
  const get = (key: string) => need(doc, f, key, node, what);
  const severity = severityOf(doc, get('severity'), `${what}: severity`);
  if (SEVERITY_RANK[severity] > SEVERITY_RANK[ceiling]) {
    doc.fail(
      get('severity'),
      `${what}: severity "${severity}" is above the rule's default "${ceiling}" (raise it with escalate instead)`,
    );
  }
  const messageNode = get('message');
  const message = texts(doc, messageNode, `${what}: message`, allowed);
  for (const [lang, n] of doc.entries(messageNode, `${what}: message`)) {
    if (!hedge()[lang as Lang].test(message[lang as Lang])) {
      const words = common()
        .hedges[lang as Lang].map((w) => `"${w}"`)
        .join(', ');
      doc.fail(n, `${what}: the ${lang} message must say one of ${words} (guidance, not legal advice)`);
    }
  }
  const suggestionsNode = get('suggestions');
  const items = doc.items(suggestionsNode, `${what}: suggestions`);
  if (items.length === 0) doc.fail(suggestionsNode, `${what}: at least one suggestion is needed`);
  const suggestions = items.map((s, i) => {
    const label = `${what}: suggestion ${i + 1}`;
    const sf = fields(doc, s, label, ['message', 'replacement']);
    return {
      message: texts(doc, need(doc, sf, 'message', s, label), `${label} message`, allowed),
      replacement: texts(doc, need(doc, sf, 'replacement', s, label), `${label} replacement`, allowed),
    };
  });
  const law = f.get('law');
  return {
    severity,
    when: doc.string(get('when'), `${what}: when`),
    message,
    suggestions,
    references: refList(doc, f.get('references')?.value, `${what}: references`, refs),
    law: law ? parseLaw(doc, law.value ?? law.key, `${what}: law`) : null,
  };
}

function parseLaw(doc: YamlDoc, node: Node, what: string): LawData {
  const f = fields(doc, node, what, LAW_FIELDS);
  const listNode = need(doc, f, 'jurisdictions', node, what);
  const jurisdictions = doc.items(listNode, `${what}: jurisdictions`).map((n) => {
    const code = doc.string(n, `${what}: jurisdiction`);
    if (!/^[A-Z]{2}$/.test(code)) doc.fail(n, `${what}: jurisdictions must be 2-letter codes such as QC, ON, BC`);
    return code;
  });
  if (jurisdictions.length === 0) doc.fail(listNode, `${what}: give at least one jurisdiction`);
  let since: string | null = null;
  const sinceField = f.get('since');
  if (sinceField) {
    since = yaml().isScalar(sinceField.value) ? String(sinceField.value.value) : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since))
      doc.fail(sinceField.value ?? sinceField.key, `${what}: since must be a date yyyy-mm-dd`);
  }
  return { jurisdictions, since };
}

/** `examples: { fr: { before, after }, en: { before, after } }`, both languages, before and after different. */
function parseExamples(doc: YamlDoc, node: Node, id: string): Record<Lang, ExampleData> {
  const what = `${id}: examples`;
  const out: Partial<Record<Lang, ExampleData>> = {};
  for (const [lang, value, key] of doc.entries(node, what)) {
    if (!(LANGS as readonly string[]).includes(lang))
      doc.fail(key, `${what}: unknown language "${lang}" (expected fr and en)`);
    const f = fields(doc, value ?? key, `${what} (${lang})`, EXAMPLE_FIELDS);
    const before = doc.string(need(doc, f, 'before', value ?? key, `${what} (${lang})`), `${what} (${lang}) before`);
    const afterNode = need(doc, f, 'after', value ?? key, `${what} (${lang})`);
    const after = doc.string(afterNode, `${what} (${lang}) after`);
    if (before.trim() === after.trim()) doc.fail(afterNode, `${what} (${lang}): "after" must differ from "before"`);
    for (const [text, n] of [
      [before, f.get('before')!.value],
      [after, afterNode],
    ] as const) {
      if (placeholders(text).names.length || placeholders(text).problem)
        doc.fail(n, `${what} (${lang}): examples are plain text, without {placeholders}`);
    }
    out[lang as Lang] = { before, after };
  }
  for (const lang of LANGS) if (out[lang] === undefined) doc.fail(node, `${what}: missing language "${lang}"`);
  return out as Record<Lang, ExampleData>;
}

function parseNocLists(
  doc: YamlDoc,
  field: Field | undefined,
  parent: Node,
  id: string,
  expected: readonly string[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  named(doc, field, parent, `${id}: noc_lists`, expected, (name, n) => {
    out[name] = doc.items(n, `${id}: noc_lists ${name}`).map((item) => {
      const code = yaml().isScalar(item) && typeof item.value === 'string' ? item.value : '';
      if (!/^\d{1,5}$/.test(code))
        doc.fail(item, `${id}: noc_lists ${name}: entries are NOC 2021 codes or code prefixes (1 to 5 digits), quoted`);
      return code;
    });
  });
  return out;
}

function parseEscalation(doc: YamlDoc, id: string, node: Node, rule: RuleData, refs: References): EscalationData {
  const what = `${id}: escalate`;
  const f = fields(doc, node, what, ESCALATE_FIELDS);
  const jurisdictionNode = need(doc, f, 'jurisdiction', node, what);
  const jurisdiction = doc.string(jurisdictionNode, `${what}: jurisdiction`);
  if (!/^[A-Z]{2}$/.test(jurisdiction))
    doc.fail(jurisdictionNode, `${what}: jurisdiction must be a 2-letter code such as QC, ON, BC`);
  let since: string | null = null;
  const sinceField = f.get('since');
  if (sinceField) {
    since = yaml().isScalar(sinceField.value) ? String(sinceField.value.value) : '';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since))
      doc.fail(sinceField.value ?? sinceField.key, `${what}: since must be a date yyyy-mm-dd`);
  }
  let cases: string[] | null = null;
  const casesField = f.get('cases');
  if (casesField) {
    cases = doc.items(casesField.value ?? casesField.key, `${what}: cases`).map((n) => {
      const name = doc.string(n, `${what}: case`);
      if (!(name in rule.cases)) doc.fail(n, `${what}: unknown case "${name}"`);
      return name;
    });
  }
  const sev = f.get('severity');
  const message = f.get('message');
  if (!sev && !message) doc.fail(node, `${what}: give a severity, a message, or both`);
  return {
    jurisdiction,
    since,
    cases,
    severity: sev ? severityOf(doc, sev.value ?? sev.key, `${what}: severity`) : null,
    message: message ? texts(doc, message.value ?? message.key, `${what}: message`, ALWAYS) : null,
    references: refList(doc, f.get('references')?.value, `${what}: references`, refs),
  };
}
