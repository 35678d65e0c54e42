#!/usr/bin/env node
// npm run check:structure [root]: the layout rules of DESIGN.md that a linter does not check. Fails (exit 1,
// listing the offenders) when a source file under src/ is over 450 lines, or when a file under src/report/
// imports from src/rules/ (formatters get the rules' metadata with the results, they do not read rules/).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 450;

/** Every import specifier of a module: static imports and re-exports (type-only too), import(), require(). */
export function specifiers(source) {
  const out = [];
  const patterns = [
    /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g, // import x from '…', export { x } from '…'
    /\bimport\s*['"]([^'"]+)['"]/g, // import '…' (side effects only)
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('…'), require('…')
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) out.push(m[1]);
  return out;
}

/** The offences found under `root` (a project folder), as lines of text; empty when the layout is right. */
export function checkStructure(root) {
  const src = join(root, 'src');
  const rules = join(src, 'rules') + sep;
  const report = join(src, 'report') + sep;
  const problems = [];
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:[cm]?ts|[cm]?js)$/.test(f))
    .sort();
  for (const rel of files) {
    const file = join(src, rel);
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) problems.push(`${name}: ${lines} lines (at most ${MAX_LINES})`);
    if (!file.startsWith(report)) continue;
    for (const spec of specifiers(text)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if ((target + sep).startsWith(rules))
        problems.push(`${name}: imports ${spec} (src/report/ may not import from src/rules/)`);
    }
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? fileURLToPath(new URL('../', import.meta.url)));
  const problems = checkStructure(root);
  if (problems.length) {
    console.error(`check-structure: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('check-structure: ok');
}
