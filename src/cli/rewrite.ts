// `jobaudit rewrite FILE`: the whole posting with every suggestion applied, or the diff (--diff).
import { auditInput } from '../index.js';
import { rewriteText, unifiedDiff } from '../fix/index.js';
import { ConfigError, ConfigLoader } from '../config/index.js';
import { readInputs, STDIN_SOURCE } from '../ingest/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import { sanitize, sanitizeLine } from '../util/sanitize.js';
import { auditOptionsOf, type CommonAuditOptions } from './audit-options.js';
import type { CliIO } from './io.js';

export interface RewriteOptions extends CommonAuditOptions { diff?: boolean }

export async function runRewrite(file: string, options: RewriteOptions, io: CliIO): Promise<number> {
  const auditOptions = auditOptionsOf(options);
  // The same configuration as `check`: what it turns off or allows is not rewritten.
  const loader = new ConfigLoader({ file: options.config || undefined, noConfig: options.config === false });
  for await (const input of readInputs([file], { get stdin() { return io.stdin; } })) {
    if (input.error !== undefined) {
      io.stderr(`jobaudit: cannot read ${sanitizeLine(input.source)}: ${sanitizeLine(input.error)}\n`);
      return EXIT_USAGE;
    }
    let config;
    try {
      config = (await loader.load(input.source === STDIN_SOURCE ? null : input.source)).config;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`jobaudit: ${sanitizeLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const result = auditInput(input, { ...auditOptions, config });
    const { text, skipped } = rewriteText(input.posting.text, result.findings);
    // Posting text is untrusted: no terminal control sequences reach the terminal.
    io.stdout(sanitize(options.diff ? unifiedDiff(input.posting.text, text, input.source.replace(/\\/g, '/')) : text));
    const overlapping = skipped.filter((f) => f.suggestions.length).length;
    if (overlapping) io.stderr(`jobaudit: ${overlapping} suggestion${overlapping === 1 ? '' : 's'} overlapped another and ${overlapping === 1 ? 'was' : 'were'} left out\n`);
  }
  return 0;
}
