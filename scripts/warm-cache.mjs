#!/usr/bin/env node
// Run after the build: validates the shipped YAML data once and fills dist/.data-cache, through both the CLI
// bundle and the library, so that no user's first run pays for parsing YAML (about half a second).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// Entries of earlier builds (other data or code) are never read again: start afresh.
rmSync(new URL('../dist/.data-cache/', import.meta.url), { recursive: true, force: true });
const sample = 'samples/fr/plongeur-plongeuse.txt';
const cli = spawnSync(process.execPath, ['bin/jobaudit.js', 'check', '--format', 'json', '--no-config', sample], { cwd: root, encoding: 'utf8' });
if (cli.status !== 0 && cli.status !== 1) {
  process.stderr.write(`warm-cache: the CLI failed on ${sample}:\n${cli.stderr}`);
  process.exit(1);
}
const { auditPosting } = await import(new URL('../dist/index.js', import.meta.url).href);
auditPosting({ source: sample, text: 'Plongeur\nDES requis\nLieu : Laval\n' });
