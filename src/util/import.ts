// Modules loaded on demand (chalk to colour, a JavaScript configuration file). The CLI's bundle is compiled from
// V8's code cache (src/cli/start.ts), where a script's own import() has no loader: its starter passes one.
export type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

export function setImporter(next: Importer): void {
  importer = next;
}

/** import(specifier), through the importer in use (bare names resolve from the package, URLs as they are). */
export function importModule<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}
