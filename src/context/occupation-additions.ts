// lexicons/occupations/additions.yaml: reviewed posting titles that NOC's example titles lack, each mapped to
// one unit group. Validated when loaded (errors name the file and line) and by scripts/build-occupations.mjs.
import type { YamlDoc } from '../lexicon/yaml.js';
import { fold } from '../text/normalize.js';
import { neutralize, titleKey } from './occupation-text.js';

export interface Addition {
  noc: string;
  title: string;
  key: string;
}

/**
 * The file is a mapping from a 5-digit NOC code (quoted, so that leading zeros stay) to a list of titles.
 * A title may use inclusive forms ("préposé(e)", "plongeur/plongeuse"); its key is computed like a
 * posting title's. A title listed under two codes is an error: an addition must map clearly to one group.
 */
export function validateAdditions(doc: YamlDoc, codes: ReadonlySet<string>): Addition[] {
  const out: Addition[] = [];
  const seen = new Map<string, { noc: string; line: number }>();
  for (const [code, listNode, keyNode] of doc.entries(doc.root, 'the additions file')) {
    if (!/^\d{5}$/.test(code))
      doc.fail(keyNode, `"${code}" is not a 5-digit NOC 2021 unit-group code (write codes in quotes: "00010")`);
    if (!codes.has(code)) doc.fail(keyNode, `${code} is not a NOC 2021 unit group`);
    for (const item of doc.items(listNode, `the titles of ${code}`)) {
      const title = doc.string(item, `a title under ${code}`).trim();
      if (/[/]/.test(neutralize(fold(title)))) doc.fail(item, `"${title}" holds two titles: list each on its own line`);
      const key = titleKey(title);
      if (!key) doc.fail(item, `the title "${title}" holds no word`);
      const before = seen.get(key);
      if (before && before.noc !== code)
        doc.fail(
          item,
          `"${title}" is already listed under ${before.noc} (line ${before.line}): an addition must map to one unit group`,
        );
      if (before) doc.fail(item, `"${title}" is listed twice under ${code} (first at line ${before.line})`);
      seen.set(key, { noc: code, line: doc.lineOf(item) });
      out.push({ noc: code, title, key });
    }
  }
  return out;
}
