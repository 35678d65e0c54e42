// The options every auditing command takes (check, rewrite): where and when the job is, and the configuration.
import type { Command } from 'commander';
import type { AuditOptions, Lang } from '../types.js';
import { parseDate, parseJurisdiction, parseOccupation } from './options.js';

export interface CommonAuditOptions {
  locale?: Lang;
  jurisdiction?: string;
  date?: string;
  occupation?: string;
  /** A file, or false for --no-config. */
  config?: string | false;
}

export function addAuditOptions(command: Command): Command {
  return command
    .option(
      '--jurisdiction <code>',
      'where the job is: QC, ON, BC, CA, FR… or none (default: inferred from the posting)',
      parseJurisdiction,
    )
    .option('--date <yyyy-mm-dd>', 'audit date (default: today)', parseDate)
    .option(
      '--occupation <noc>',
      'NOC 2021 unit group of the job, e.g. 65201 (default: detected from the title)',
      parseOccupation,
    )
    .option('-c, --config <file>', 'use this configuration file instead of looking for one')
    .option('--no-config', 'ignore configuration files');
}

/** The library's options from the command line's ("none" is an explicit absence of jurisdiction). */
export function auditOptionsOf(options: CommonAuditOptions): AuditOptions {
  const out: AuditOptions = {};
  if (options.locale) out.locale = options.locale;
  if (options.date) out.date = options.date;
  if (options.occupation) out.occupation = options.occupation;
  if (options.jurisdiction) out.jurisdiction = options.jurisdiction === 'none' ? null : options.jurisdiction;
  return out;
}
