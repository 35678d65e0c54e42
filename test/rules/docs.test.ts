import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/gen-rules-doc.mjs';
import { rules } from '../../src/rules/index.js';

describe('docs/rules.md', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/rules.md', import.meta.url)), 'utf8');

  it('is generated from the current data (run node scripts/gen-rules-doc.mjs)', () => {
    expect(generate()).toBe(doc);
  });

  it('documents every rule with its default severity and both descriptions', () => {
    for (const r of rules) {
      expect(doc).toContain(`## ${r.meta.id}`);
      expect(doc).toContain(`| [\`${r.meta.id}\`]`);
      expect(doc).toContain(r.meta.description.fr);
      expect(doc).toContain(r.meta.description.en);
    }
  });
});
