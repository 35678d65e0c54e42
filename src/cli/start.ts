// Starts the bundled CLI (dist/cli/main.cjs) with V8's code cache. Most of a one-posting run is code running for
// the first time: compiling each function as it is first called costs 10–40 ms of every start. V8 can save the
// compiled code of a script and take it back in a later process (a ~440 KB file), which Node 20 does not do
// for modules by itself (module.enableCompileCache came in Node 22).
//
// The cache is a file in dist/.code-cache/ named after the bundle's size, time and inode, the Node version and
// flags: V8 itself checks only the source's length, its own version and flags. It is written at the end of a
// run that found none (or one V8 rejected), best effort: a read-only install runs without it.
import { createRequire } from 'node:module';
import type { Importer } from '../util/import.js';

// CommonJS requires: importing node:fs as a module makes Node build its ES facade (and load its streams).
const require = createRequire(import.meta.url);
const fs = require('node:fs') as typeof import('node:fs');
const path = require('node:path') as typeof import('node:path');
const vm = require('node:vm') as typeof import('node:vm');
const { fileURLToPath } = require('node:url') as typeof import('node:url');

export interface StartOptions {
  /** The CommonJS bundle; default dist/cli/main.cjs. */
  bundle?: string;
  /** Where cache files go; default dist/.code-cache. */
  cacheDir?: string;
  /** Loads modules on demand for the bundle (a script run from the code cache has no import() of its own). */
  importer: Importer;
}

/** What happened to the cache: used, or made at exit because there was none or V8 rejected it; off when disabled. */
export type CacheState = 'used' | 'created' | 'rejected' | 'off';

const here = path.dirname(fileURLToPath(import.meta.url));

export function start(options: StartOptions): CacheState {
  const bundle = options.bundle ?? path.join(here, 'main.cjs');
  const source = fs.readFileSync(bundle, 'utf8');
  const cacheFile = process.env.JOBAUDIT_NO_CODE_CACHE
    ? null
    : cachePath(bundle, options.cacheDir ?? path.join(here, '..', '.code-cache'));
  let cachedData: Buffer | undefined;
  if (cacheFile) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      /* none yet */
    }
  }
  // The wrapper Node gives a CommonJS module, so the bundle sees the same names.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const state: CacheState = !cacheFile
    ? 'off'
    : cachedData === undefined
      ? 'created'
      : script.cachedDataRejected
        ? 'rejected'
        : 'used';
  if (cacheFile && state !== 'used') process.once('exit', () => save(cacheFile, script));
  const module = { exports: {} as { main?: (importer: Importer) => void } };
  (script.runInThisContext() as (...args: unknown[]) => void).call(
    module.exports,
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    path.dirname(bundle),
  );
  if (typeof module.exports.main !== 'function')
    throw new Error(`${bundle} exports no main(): rebuild with npm run build`);
  module.exports.main(options.importer);
  return state;
}

function cachePath(bundle: string, dir: string): string | null {
  let info;
  try {
    info = fs.statSync(bundle);
  } catch {
    return null;
  }
  const key = [info.size, info.mtimeMs, info.ino, process.version, process.arch, process.execArgv.join(' ')].join('\0');
  return path.join(dir, `main-${info.size}-${fnv(key)}.bin`);
}

/** The compiled code of everything the run called, written atomically; never fails the run. */
function save(file: string, script: import('node:vm').Script): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, file);
  } catch {
    /* read-only install, full disk: the next run compiles again */
  }
}

/** FNV-1a, as hex (src/lexicon/digest.ts is not imported here: one module less to load before the bundle). */
function fnv(s: string): string {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}
