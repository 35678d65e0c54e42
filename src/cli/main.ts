// Entry point loaded by bin/jobaudit.js.
import { processIO } from './io.js';
import { run } from './program.js';

// `| head` closes stdout early; stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// exitCode rather than exit(): lets a large report drain to a pipe before Node quits.
process.exitCode = await run(process.argv.slice(2), processIO());
