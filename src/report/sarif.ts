// SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: one run per invocation, the rules with their
// help, one result per finding with its region, first suggested fix and a partial fingerprint; postings
// that could not be read become tool execution notifications. Suppressed findings are left out unless
// `showSuppressed` asks for them (then with a SARIF suppression). See docs/formats.md.
import type { Finding, Result, Severity, Span, Suppression } from '../types.js';
import { crypto } from '../util/crypto.js';
import { toolVersion } from '../util/version.js';
import type { FormatterContext } from './context.js';
import { sourceUri, type PathOptions } from './paths.js';
import { REPOSITORY_URL, type RuleHelp } from './rule-help.js';

export const SARIF_VERSION = '2.1.0';
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** partialFingerprints key; versioned, so that a change of recipe is a new key rather than different values. */
export const FINGERPRINT_KEY = 'jobaudit/v1';
/** Id of the notification descriptor for a posting that could not be read. */
export const READ_ERROR_ID = 'read-error';

export interface SarifContext extends FormatterContext, PathOptions {}

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

// ── rules ─────────────────────────────────────────────────────────────────────────────────────────────

/** "education/secondary-diploma" → "EducationSecondaryDiploma" (SARIF names are readable identifiers). */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** Backslash-escapes the characters Markdown could read as markup. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/** A URL for a Markdown link destination: no spaces or parentheses to end it early. */
function mdUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

function helpText(h: RuleHelp): string {
  const lines = [h.description.en, h.description.fr];
  if (h.example) {
    lines.push(
      '',
      'Example:',
      `  Before: ${h.example.before.en}`,
      `  After: ${h.example.after.en}`,
      'Exemple :',
      `  Avant : ${h.example.before.fr}`,
      `  Après : ${h.example.after.fr}`,
    );
  }
  if (h.suggestion) {
    lines.push(
      '',
      `How to rewrite: ${h.suggestion.message.en}`,
      `  ${h.suggestion.replacement.en}`,
      `Comment réécrire : ${h.suggestion.message.fr}`,
      `  ${h.suggestion.replacement.fr}`,
    );
  }
  if (h.references.length) {
    lines.push('', 'References:', ...h.references.map((r) => `- ${r.title.en}: ${r.url.en}`));
    lines.push('', 'Sources :', ...h.references.map((r) => `- ${r.title.fr} : ${r.url.fr}`));
  }
  lines.push('', `Documentation: ${h.url}`);
  return lines.join('\n');
}

function helpMarkdown(h: RuleHelp): string {
  const parts = [md(h.description.en), `*${md(h.description.fr)}*`];
  if (h.example) {
    parts.push(
      `**Example** — before: ${md(h.example.before.en)}  \nafter: ${md(h.example.after.en)}`,
      `**Exemple** — avant : ${md(h.example.before.fr)}  \naprès : ${md(h.example.after.fr)}`,
    );
  }
  if (h.suggestion) {
    parts.push(
      `**How to rewrite:** ${md(h.suggestion.message.en)}`,
      `> ${md(h.suggestion.replacement.en)}`,
      `**Comment réécrire :** ${md(h.suggestion.message.fr)}`,
      `> ${md(h.suggestion.replacement.fr)}`,
    );
  }
  if (h.references.length) {
    parts.push('**References**', h.references.map((r) => `- [${md(r.title.en)}](${mdUrl(r.url.en)})`).join('\n'));
    parts.push('**Sources**', h.references.map((r) => `- [${md(r.title.fr)}](${mdUrl(r.url.fr)})`).join('\n'));
  }
  parts.push(`[Documentation](${mdUrl(h.url)})`);
  return parts.join('\n\n');
}

function family(id: string): string {
  return id.includes('/') ? id.slice(0, id.indexOf('/')) : id;
}

function describeRule(h: RuleHelp) {
  return {
    id: h.id,
    name: ruleName(h.id),
    shortDescription: { text: h.description.en },
    fullDescription: {
      text: `${h.description.en}\n\n${h.description.fr}`,
      markdown: `${md(h.description.en)}\n\n*${md(h.description.fr)}*`,
    },
    helpUri: h.url,
    help: { text: helpText(h), markdown: helpMarkdown(h) },
    defaultConfiguration: { level: LEVEL[h.severity] },
    properties: { tags: [family(h.id)] },
  };
}

/** A rule the engine does not list (a finding from elsewhere): described by its id only. */
function describeUnknownRule(f: Finding) {
  const text = `Findings of rule ${f.ruleId}.`;
  return {
    id: f.ruleId,
    name: ruleName(f.ruleId) || 'Rule',
    shortDescription: { text },
    fullDescription: { text },
    help: { text },
    defaultConfiguration: { level: LEVEL[f.severity] ?? 'warning' },
    properties: { tags: [family(f.ruleId)] },
  };
}

const READ_ERROR_DESCRIPTOR = {
  id: READ_ERROR_ID,
  name: 'ReadError',
  shortDescription: { text: 'An input could not be read or audited.' },
  fullDescription: {
    text: 'An input could not be read or audited (missing, unreadable, too large, or an internal error); the run went on with the others.',
  },
  defaultConfiguration: { level: 'error' as const },
};

// ── results ───────────────────────────────────────────────────────────────────────────────────────────

/** A SARIF text region: 1-based lines and columns (UTF-16 code units), end column exclusive, plus offsets. */
function region(span: Span) {
  const startLine = Math.max(1, span.start.line);
  const endLine = Math.max(startLine, span.end.line);
  const startColumn = Math.max(1, span.start.column);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, span.end.column);
  return {
    startLine,
    startColumn,
    endLine,
    endColumn,
    charOffset: Math.max(0, span.start.offset),
    charLength: Math.max(0, span.end.offset - span.start.offset),
  };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fingerprint(ruleId: string, uri: string, excerpt: string): string {
  return crypto()
    .createHash('sha256')
    .update(`${ruleId}\0${uri}\0${squash(excerpt)}`)
    .digest('hex')
    .slice(0, 32);
}

function byPosition(a: Finding, b: Finding): number {
  return a.span.start.offset - b.span.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * JSON.stringify escapes C0 controls but writes DEL, C1 controls and bidi overrides as they are; escaping
 * them keeps the document identical once parsed and harmless when someone prints it.
 */
function escapeUnsafe(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** The SARIF log as an object (for callers that post-process it); formatSarif serializes it. */
export function toSarif(results: Result[], context: SarifContext = {}) {
  const version = context.version ?? toolVersion();
  const help = Object.values(context.rulesMeta ?? {});
  const rules: object[] = help.map(describeRule);
  const ruleIndex = new Map(help.map((h, i) => [h.id, i]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  const occurrences = new Map<string, number>();

  for (const result of results) {
    const uri = sourceUri(result.source, context);
    const artifactLocation = { uri };
    if (result.error) {
      notifications.push({
        level: 'error',
        message: { text: `Could not read ${result.source}: ${result.error.message}` },
        locations: [{ physicalLocation: { artifactLocation } }],
        descriptor: { id: READ_ERROR_ID, index: 0 },
      });
      continue;
    }
    // Suppressed findings take part in the numbering of fingerprints whether they are shown or not, so that
    // suppressing one finding does not renumber the others.
    const all: (Finding & { suppression?: Suppression })[] = [...result.findings, ...(result.suppressed ?? [])].sort(
      byPosition,
    );
    for (const finding of all) {
      const base = fingerprint(finding.ruleId, uri, finding.excerpt);
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      if (finding.suppression && !context.showSuppressed) continue;
      let index = ruleIndex.get(finding.ruleId);
      if (index === undefined) {
        index = rules.length;
        rules.push(describeUnknownRule(finding));
        ruleIndex.set(finding.ruleId, index);
      }
      const where = region(finding.span);
      const fix = finding.suggestions[0];
      sarifResults.push({
        ruleId: finding.ruleId,
        ruleIndex: index,
        level: LEVEL[finding.severity] ?? 'warning',
        message: { text: finding.message },
        locations: [
          { physicalLocation: { artifactLocation, region: { ...where, snippet: { text: finding.excerpt } } } },
        ],
        // Same rule, same words, same file: numbered in order, so each keeps its own alert.
        partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${n}` },
        ...(fix
          ? {
              fixes: [
                {
                  description: { text: fix.message },
                  artifactChanges: [
                    {
                      artifactLocation,
                      replacements: [
                        {
                          deletedRegion: where,
                          ...(fix.replacement !== '' ? { insertedContent: { text: fix.replacement } } : {}),
                        },
                      ],
                    },
                  ],
                },
              ],
            }
          : {}),
        ...(finding.suppression
          ? {
              suppressions: [
                {
                  kind: finding.suppression.kind === 'directive' ? 'inSource' : 'external',
                  status: 'accepted',
                  ...(finding.suppression.reason ? { justification: finding.suppression.reason } : {}),
                },
              ],
            }
          : {}),
      });
    }
  }

  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
  return {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'jobaudit',
            version,
            ...(semver ? { semanticVersion: version } : {}),
            informationUri: REPOSITORY_URL,
            rules,
            notifications: [READ_ERROR_DESCRIPTOR],
          },
        },
        invocations: [
          {
            executionSuccessful: notifications.length === 0,
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        columnKind: 'utf16CodeUnits',
        newlineSequences: ['\r\n', '\n', '\r'],
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: Result[], context: SarifContext = {}): string {
  return escapeUnsafe(JSON.stringify(toSarif(results, context), null, 2)) + '\n';
}
