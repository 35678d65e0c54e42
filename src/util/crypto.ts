// node:crypto, loaded when first used (SARIF fingerprints, --fix's temporary names): loading it at start-up
// costs a few ms of every run, and most runs need none of it.
import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | null = null;
export function crypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
