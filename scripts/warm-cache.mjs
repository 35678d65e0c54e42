#!/usr/bin/env node
// Run after the build: validates the shipped YAML data once and fills dist/.data-cache, through both the CLI
// bundle and the library, so that no user's first run pays for parsing YAML (about half a second); then runs the
// CLI once more, as a user would, to write V8's code cache of the bundle (dist/.code-cache, see src/cli/start.ts).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// Start afresh. The data cache must be emptied here, before it is refilled: its entries are keyed by the data's
// content and the package version only (src/lexicon/yaml.ts codeStamp), not by the code that validated them, so
// an entry written by the previous build would answer for this build's validators even if a developer changed
// them. The code cache is keyed by the bundle's file (size, time, inode): old entries are only dead weight.
for (const dir of ['.data-cache', '.code-cache'])
  rmSync(new URL(`../dist/${dir}/`, import.meta.url), { recursive: true, force: true });
const sample = 'samples/fr/plongeur-plongeuse.txt';
// The first run parses the YAML (code a normal run never calls): its compiled code is not the one to keep.
for (const env of [{ JOBAUDIT_NO_CODE_CACHE: '1' }, {}]) {
  const cli = spawnSync(process.execPath, ['bin/jobaudit.js', 'check', '--format', 'json', '--no-config', sample], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  if (cli.status !== 0 && cli.status !== 1) {
    process.stderr.write(`warm-cache: the CLI failed on ${sample}:\n${cli.stderr}`);
    process.exit(1);
  }
}
const { auditPosting } = await import(new URL('../dist/index.js', import.meta.url).href);
auditPosting({ source: sample, text: 'Plongeur\nDES requis\nLieu : Laval\n' });
