#!/usr/bin/env node
// Bundles the CLI into dist/cli/main.cjs: one CommonJS module, which bin/jobaudit.js runs through V8's code cache
// (src/cli/start.ts; see docs/performance.md). Kept out of the bundle, and loaded only when needed: yaml (a data
// file changed), ignore (an ignore file), chalk (colour on a terminal; its colour detection imports node:os and
// node:tty at load).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// The ES module bundle of earlier builds.
rmSync('dist/cli/main.bundle.js', { force: true });

/**
 * commander requires node:child_process when it loads, for the executable subcommands jobaudit does not have;
 * child_process in turn loads net and dgram (a few ms of every start). It gets a getter that loads it on use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { get spawn() { return require('node:child_process').spawn; } };",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/main.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['yaml', 'ignore', 'chalk'],
  // The sources find their data next to themselves (import.meta.url); the bundle is in dist/cli/ as they are.
  define: { 'import.meta.url': '__jobauditUrl' },
  banner: { js: "const __jobauditUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyChildProcess],
  logLevel: 'warning',
});
