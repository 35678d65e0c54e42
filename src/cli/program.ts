// Commander wiring. Usage errors print one line on stderr and give exit code 2; nothing but the report goes to stdout.
import { Command, CommanderError, Option } from 'commander';
import { FORMAT_NAMES } from '../report/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import { LexiconError } from '../lexicon/yaml.js';
import { sanitizeLine } from '../util/sanitize.js';
import { toolVersion } from '../util/version.js';
import { runCheck, type CheckOptions } from './check.js';
import type { CliIO } from './io.js';
import { addAuditOptions } from './audit-options.js';
import { parseCount } from './options.js';
import { runInit, runPrintConfig, type InitOptions, type PrintConfigOptions } from './config-commands.js';
import { runExplain, type ExplainOptions } from './explain.js';
import { runRewrite, type RewriteOptions } from './rewrite.js';
import { runRules, type RulesOptions } from './rules.js';

const LOCALES = ['fr', 'en'];
const SEVERITIES = ['error', 'warning', 'info'];

function buildProgram(io: CliIO, setCode: (code: number) => void): Command {
  const program = new Command('jobaudit');
  program
    .description('Audit job postings (French/Québec and English) for excessive requirements.')
    .version(toolVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // One line: "jobaudit: <what is wrong> (see jobaudit --help)". Sanitized: it echoes what the user typed.
      outputError: (text, write) =>
        write(
          `jobaudit: ${sanitizeLine(text.trim().replace(/^error: /, '')).replace(/ +/g, ' ')} (see jobaudit --help)\n`,
        ),
    })
    .exitOverride();

  const check = addAuditOptions(
    program
      .command('check')
      .description(
        'audit job postings: files, directories (.txt, .md, .markdown, searched recursively), or - for stdin',
      )
      .argument('[inputs...]', 'files, directories, or - for stdin')
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES).default('stylish'))
      .addOption(
        new Option('--locale <lang>', "language of messages (default: each posting's language)").choices(LOCALES),
      )
      .addOption(
        new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1 (default: error)').choices(
          SEVERITIES,
        ),
      )
      .option('--max-warnings <n>', 'exit code 1 when there are more than n warnings', parseCount),
  )
    .option('-q, --quiet', 'report only findings at or above --fail-on')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours (also: NO_COLOR=1)')
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--no-ignore', 'audit files that .jobauditignore or ignorePatterns leave out')
    .option('--report-unused-directives', 'report jobaudit-disable directives that silence nothing')
    .option('--show-suppressed', 'also list findings silenced by directives or the configuration (stylish)')
    .option('--fix', 'apply the safe rewrites to the files, in place (never without this flag)')
    .option('--fix-dry-run', 'print the safe rewrites as a unified diff; change nothing')
    .option('--debug', 'also show how the posting was read: its blocks, their roles and why (stylish and json)')
    .action(async (inputs: string[], options: CheckOptions) => {
      if (inputs.length === 0) check.error('no input given: pass files, directories, or - for stdin');
      if (options.fix && options.fixDryRun) check.error('--fix and --fix-dry-run cannot be used together');
      setCode(await runCheck(inputs, options, io));
    });

  addAuditOptions(
    program
      .command('rewrite')
      .description(
        'print the posting with every suggestion applied (blanks in [brackets] to fill), for pasting into a job board',
      )
      .argument('<file>', 'a posting file, or - for stdin')
      .addOption(
        new Option('--locale <lang>', "language of the rewrites (default: the posting's language)").choices(LOCALES),
      )
      .option('--diff', 'print a unified diff instead of the whole text'),
  ).action(async (file: string, options: RewriteOptions) => {
    setCode(await runRewrite(file, options, io));
  });

  program
    .command('explain')
    .description('why a rule exists, what triggers it, the law or research behind it, and a before/after example')
    .argument('<rule>', 'a rule id, e.g. language/second-language')
    .addOption(new Option('--locale <lang>', 'the language shown first').choices(LOCALES))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (rule: string, options: ExplainOptions) => {
      setCode(await runExplain(rule, options, io));
    });

  program
    .command('init')
    .description('write a commented starter configuration in the current directory')
    .addOption(new Option('-f, --format <format>', 'file format').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('--locale <lang>', 'language of the comments').choices(LOCALES))
    .option('--force', 'write it even if a configuration is already there')
    .action(async (options: InitOptions) => {
      setCode(await runInit(options, io));
    });

  program
    .command('print-config')
    .description('print the effective configuration for a file')
    .argument('<file>', 'the posting file the configuration is looked up for')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one')
    .option('--no-config', 'ignore configuration files')
    .action(async (file: string, options: PrintConfigOptions) => {
      setCode(await runPrintConfig(file, options, io));
    });

  program
    .command('rules')
    .description('list every rule with its severity and description (French and English)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .addOption(new Option('--locale <lang>', 'show descriptions in this language only').choices(LOCALES))
    .action(async (options: RulesOptions) => {
      setCode(await runRules(options, io));
    });

  return program;
}

/** Runs the CLI on arguments (without "node" and the script) and returns the exit code. */
export async function run(args: string[], io: CliIO): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with exit code 0; every other commander exit is a usage error.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof LexiconError) {
      io.stderr(`jobaudit: ${sanitizeLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`jobaudit: internal error: ${message}\n`);
    return EXIT_USAGE;
  }
}
