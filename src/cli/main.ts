// The CLI's entry point: bundled into dist/cli/main.cjs, which bin/jobaudit.js starts (see start.ts).
import { setImporter, type Importer } from '../util/import.js';
import { processIO } from './io.js';
import { run } from './program.js';

/** Runs the command line; `importer` loads modules on demand (chalk, a JavaScript configuration). */
export function main(importer?: Importer): void {
  if (importer) setImporter(importer);
  // exitCode rather than exit(): lets a report handed to a waiting stream drain before Node quits.
  void run(process.argv.slice(2), processIO()).then((code) => {
    process.exitCode = code;
  });
}
