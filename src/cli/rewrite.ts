// `jobaudit rewrite FILE`: the whole posting with every suggestion applied, or the diff (--diff).
import { rewriteText, unifiedDiff } from '../fix/index.js';
import { ConfigError } from '../config/index.js';
import { JobAudit, type AuditResult } from '../engine/index.js';
import { readInputs, STDIN_SOURCE } from '../ingest/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import { auditOptionsOf, type CommonAuditOptions } from './audit-options.js';
import type { CliIO } from './io.js';

export interface RewriteOptions extends CommonAuditOptions {
  diff?: boolean;
}

export async function runRewrite(file: string, options: RewriteOptions, io: CliIO): Promise<number> {
  // The same configuration as `check`: what it turns off or allows is not rewritten.
  const engine = new JobAudit({ ...auditOptionsOf(options), configFile: options.config });
  for await (const input of readInputs([file], {
    get stdin() {
      return io.stdin;
    },
  })) {
    if (input.error !== undefined) {
      io.stderr(`jobaudit: cannot read ${sanitizeLine(input.source)}: ${sanitizeLine(input.error)}\n`);
      return EXIT_USAGE;
    }
    let result: AuditResult;
    try {
      [result] = await engine.auditText(input.posting.text, {
        filePath: input.source === STDIN_SOURCE ? undefined : input.source,
      });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`jobaudit: ${sanitizeLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const { text, skipped } = rewriteText(input.posting.text, result.findings);
    // Posting text is untrusted: no terminal control sequences reach the terminal.
    io.stdout(sanitize(options.diff ? unifiedDiff(input.posting.text, text, input.source.replace(/\\/g, '/')) : text));
    const overlapping = skipped.filter((f) => f.suggestions.length).length;
    if (overlapping)
      io.stderr(
        `jobaudit: ${overlapping} suggestion${overlapping === 1 ? '' : 's'} overlapped another and ${overlapping === 1 ? 'was' : 'were'} left out\n`,
      );
  }
  return 0;
}
