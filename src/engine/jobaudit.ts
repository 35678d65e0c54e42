// The engine (the role ESLint's `ESLint` class plays): files, directories and stdin in, Results out, with what
// `jobaudit check` does around audit(): the nearest configuration per posting folder, ignore files and
// `ignorePatterns`, directives, unused-directive reports, fixes, and formatters given the rules' metadata.
// The CLI is argument parsing, this class and printing.
import { isAbsolute, resolve } from 'node:path';
import { ConfigLoader, isIgnored, type ResolvedConfig } from '../config/index.js';
import { fixFile, rewriteText, safeFindings, type FileFix } from '../fix/index.js';
import { readInputs, STDIN_SOURCE, type ReadOptions } from '../ingest/index.js';
import { FORMAT_NAMES, formatters, type JunitContext, type SarifContext } from '../report/index.js';
import type { AuditOptions, Lang, Posting, Result } from '../types.js';
import { errorResult } from '../util/results.js';
import { isFormatName, withRulesMeta } from './formatters.js';
import { auditSafely } from './input.js';

export interface JobAuditOptions {
  /** Where relative paths, `filePath` and the search for configuration start; default process.cwd(). */
  cwd?: string;
  /** A configuration file to use instead of searching (--config), or false for none (--no-config). */
  configFile?: string | false;
  /** false: audit what .jobauditignore files and `ignorePatterns` leave out (--no-ignore). Default true. */
  ignore?: boolean;
  /** Language of messages and suggestions (default: each posting's). */
  locale?: Lang;
  /** Audit date, YYYY-MM-DD (default: the configuration's, else today). */
  date?: string;
  /** Where the job is (QC, ON, BC, CA, FR…); null: none, infer nothing; absent: inferred from each posting. */
  jurisdiction?: string | null;
  /** NOC 2021 unit group of the job (5 digits), instead of detecting it from the title. */
  occupation?: string;
  /** Compute the safe fixes: results carry `output` (the fixed text) and what is left in it; outputFixes writes. */
  fix?: boolean;
  /** Report directives that silence nothing, whatever the configuration says (--report-unused-directives). */
  reportUnusedDirectives?: boolean;
  /** Add each posting's blocks, their roles and the evidence for them to its result (--debug). */
  debug?: boolean;
  /** Per-input size cap in bytes (default 5 MB). */
  maxBytes?: number;
  /** What "-" reads (default process.stdin). Read once, only when "-" is given. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

/** What outputFixes needs of a result whose posting has safe fixes. */
export interface FixState {
  /** The text that was audited first (the file's content when it was read): the file must still hold it. */
  input: string;
  /** The result of that text, before any fix: what a report shows when the fix is not written. */
  before: Result;
}

/** A Result with what the engine adds (none of it is part of the JSON output). */
export interface AuditResult extends Result {
  /** With `fix`, when the safe fixes change the text: the fixed text. `findings` are then those left in it. */
  output?: string;
  /** With `fix`, when the posting has safe fixes (even ones that change nothing). */
  fix?: FixState;
  /** True when `error` says the input could not be read (missing, binary, too large), not that its audit failed. */
  readError?: boolean;
}

/** What any formatter may be given: colour, locale, showSuppressed, cwd and platform (paths), failOn (junit), rulesMeta. */
export type AnyFormatterContext = SarifContext & JunitContext;

/** A formatter bound to the engine (ESLint's LoadedFormatter). */
export interface LoadedFormatter {
  name: string;
  /** The whole report; `context` adds to or overrides the engine's (cwd, locale, rulesMeta). */
  format(results: Result[], context?: AnyFormatterContext): string;
}

export class JobAudit {
  private readonly options: JobAuditOptions;
  private readonly loader: ConfigLoader;
  private readonly auditOptions: AuditOptions;

  constructor(options: JobAuditOptions = {}) {
    this.options = options;
    // One loader per engine: each configuration file is read once (make a new engine to see a changed one).
    this.loader = new ConfigLoader({
      cwd: options.cwd,
      file: options.configFile || undefined,
      noConfig: options.configFile === false,
      noIgnore: options.ignore === false,
    });
    const audit: AuditOptions = {};
    if (options.locale) audit.locale = options.locale;
    if (options.date) audit.date = options.date;
    if (options.occupation) audit.occupation = options.occupation;
    if (options.jurisdiction !== undefined) audit.jurisdiction = options.jurisdiction;
    if (options.debug) audit.debug = true;
    this.auditOptions = audit;
  }

  /** A path as given, or resolved against `cwd` when one was given. */
  private path(path: string): string {
    return this.options.cwd !== undefined && path !== '-' && !isAbsolute(path) ? resolve(this.options.cwd, path) : path;
  }

  /**
   * The configuration that applies to a posting file: the nearest one from its folder upwards (or the
   * `configFile`); null or nothing: the one of `cwd` (what stdin and text get). Rejects with a ConfigError.
   */
  async configFor(filePath: string | null = null): Promise<ResolvedConfig> {
    const { config } = await this.loader.load(filePath === null ? null : this.path(filePath));
    return this.options.reportUnusedDirectives ? { ...config, reportUnusedDirectives: true } : config;
  }

  /** Whether .jobauditignore files or `ignorePatterns` leave this file out (always false with `ignore: false`). */
  async isPathIgnored(filePath: string): Promise<boolean> {
    return isIgnored(this.path(filePath), await this.configFor(filePath), { cwd: this.options.cwd });
  }

  /**
   * One result per posting, lazily, in the order given (directories searched recursively for .txt, .md and
   * .markdown, in sorted order; "-" is stdin). An unreadable input gives a result with `error`; a file that
   * ignore files leave out gives none (`onIgnored` is told of each one named explicitly). Rejects with a
   * ConfigError when a configuration is not valid.
   */
  async *auditEach(
    patterns: string[],
    hooks: { onIgnored?: (path: string) => void } = {},
  ): AsyncGenerator<AuditResult> {
    const { options } = this;
    const read: ReadOptions = {
      maxBytes: options.maxBytes,
      // A getter: process.stdin is made only when "-" is read.
      get stdin() {
        return options.stdin;
      },
      skip: (path) => this.isPathIgnored(path),
      onSkipped: hooks.onIgnored,
    };
    for await (const input of readInputs(
      patterns.map((p) => this.path(p)),
      read,
    )) {
      const config = await this.configFor(input.source === STDIN_SOURCE ? null : input.source);
      if (input.error !== undefined) yield { ...errorResult(input.source, input.error), readError: true };
      else yield this.auditPosting(input.posting, config);
    }
  }

  /** Every result of auditEach, as an array (ESLint's lintFiles). */
  async auditFiles(patterns: string[]): Promise<AuditResult[]> {
    const results: AuditResult[] = [];
    for await (const result of this.auditEach(patterns)) results.push(result);
    return results;
  }

  /**
   * Audits a text with the configuration of `filePath`'s folder (of `cwd` without one); its source is
   * `filePath`, or "<text>". The text is audited even if `filePath` is ignored (see isPathIgnored). An array
   * of one result, as ESLint's lintText, ready for `format` and `outputFixes`.
   */
  async auditText(text: string, options: { filePath?: string } = {}): Promise<AuditResult[]> {
    const filePath = options.filePath;
    const config = await this.configFor(filePath ?? null);
    return [this.auditPosting({ source: filePath === undefined ? '<text>' : this.path(filePath), text }, config)];
  }

  /** Audits a posting; with `fix`, the safe fixes applied and the fixed text audited again. */
  private auditPosting(posting: Posting, config: ResolvedConfig): AuditResult {
    const options = { ...this.auditOptions, config };
    const before = auditSafely(posting, options);
    if (!this.options.fix || before.error) return before;
    const safe = safeFindings(before.findings);
    if (!safe.length) return before;
    const fix: FixState = { input: posting.text, before };
    const { text: output } = rewriteText(posting.text, safe);
    if (output === posting.text) return { ...before, fix };
    // The report shows what is left after the fix.
    return { ...auditSafely({ source: posting.source, text: output }, options), output, fix };
  }

  /**
   * Writes the safe fixes of each result that has some to its file, atomically, in the file's own encoding,
   * BOM and line endings; the file must still hold the text that was audited. With `dryRun`, writes nothing
   * and returns the diffs. One FileFix per result with fixes, in order; a source that cannot be fixed in
   * place (stdin, text, a URL) gives one with `error`. Never rejects for a file.
   */
  async outputFixes(results: readonly AuditResult[], options: { dryRun?: boolean } = {}): Promise<FileFix[]> {
    const out: FileFix[] = [];
    for (const result of results) {
      if (result.fix)
        out.push(
          await fixFile(result.source, result.fix.before, result.fix.input, { dryRun: Boolean(options.dryRun) }),
        );
    }
    return out;
  }

  /**
   * A formatter by name (stylish, json, compact, sarif, github, junit, checkstyle), given the engine's `cwd`
   * and `locale` and the rules' metadata (`rulesMeta`). Rejects for an unknown name.
   */
  async loadFormatter(name: string): Promise<LoadedFormatter> {
    if (!isFormatName(name)) throw new Error(`unknown formatter "${name}": expected one of ${FORMAT_NAMES.join(', ')}`);
    const formatter = formatters[name];
    const base: AnyFormatterContext = {};
    if (this.options.cwd !== undefined) base.cwd = this.options.cwd;
    if (this.options.locale) base.locale = this.options.locale;
    return {
      name,
      format: (results, context = {}) => {
        const merged = { ...base };
        for (const [key, value] of Object.entries(context))
          if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
        return formatter(results, withRulesMeta(merged));
      },
    };
  }
}
