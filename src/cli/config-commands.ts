// `jobaudit init` (a commented starter configuration) and `jobaudit print-config FILE` (the effective settings).
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from '../util/fs.js';
import { join } from 'node:path';
import {
  CONFIG_FILES,
  ConfigError,
  effectiveConfig,
  PACKAGE_KEY,
  starterConfig,
  starterFileName,
  type StarterFormat,
} from '../config/index.js';
import { EXIT_USAGE } from '../report/exit-code.js';
import type { Lang } from '../types.js';
import { sanitizeLine } from '../util/sanitize.js';
import type { CliIO } from './io.js';

export interface InitOptions {
  format: StarterFormat;
  locale?: Lang;
  force?: boolean;
}

/** A configuration already here, which init would shadow or replace. */
function existingConfig(dir: string): string | null {
  for (const name of CONFIG_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    if (name !== 'package.json') return name;
    try {
      if (PACKAGE_KEY in JSON.parse(readFileSync(path, 'utf8'))) return `${name} ("${PACKAGE_KEY}" key)`;
    } catch {
      /* not our business here */
    }
  }
  return null;
}

export async function runInit(options: InitOptions, io: CliIO, cwd = process.cwd()): Promise<number> {
  const name = starterFileName(options.format);
  const existing = existingConfig(cwd);
  if (existing && !options.force) {
    io.stderr(
      `jobaudit: ${sanitizeLine(existing)} already holds a configuration here; use --force to write ${name} anyway\n`,
    );
    return EXIT_USAGE;
  }
  await writeFile(join(cwd, name), starterConfig(options.format, options.locale ?? 'en'), {
    flag: options.force ? 'w' : 'wx',
  });
  io.stdout(`wrote ${name}\n`);
  return 0;
}

export interface PrintConfigOptions {
  config?: string | false;
}

export async function runPrintConfig(file: string, options: PrintConfigOptions, io: CliIO): Promise<number> {
  try {
    const effective = await effectiveConfig(file, {
      file: options.config || undefined,
      noConfig: options.config === false,
    });
    io.stdout(`${JSON.stringify(effective, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`jobaudit: ${sanitizeLine(error.message)}\n`);
    return EXIT_USAGE;
  }
}
