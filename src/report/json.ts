// The version 1 JSON contract of DESIGN.md. Keys are written in the documented order.
import type { Result } from '../types.js';
import { toolVersion } from '../util/version.js';
import type { FormatterContext } from './context.js';
import { summarize } from './summary.js';

export const JSON_FORMAT_VERSION = 1;

function toJsonResult(r: Result) {
  return {
    source: r.source,
    language: r.language,
    title: r.title,
    occupation: r.occupation,
    jurisdiction: r.jurisdiction,
    requirements: r.requirements,
    pay: r.pay,
    findings: r.findings,
    error: r.error,
    // An addition to version 1, present only when something was suppressed.
    ...(r.suppressed?.length ? { suppressed: r.suppressed } : {}),
    // An addition to version 1, present only with --debug: the blocks and their roles.
    ...(r.blocks ? { blocks: r.blocks } : {}),
  };
}

/**
 * JSON.stringify escapes C0 controls but writes DEL, C1 controls (0x9B is a CSI on some terminals)
 * and bidi overrides as they are. They can only occur inside strings, so escaping them keeps the JSON
 * identical once parsed and harmless when someone cats it.
 */
const UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function escapeUnsafe(json: string): string {
  // Usually there is none: the engine's search is much faster than a loop over a large report.
  if (!UNSAFE.test(json)) return json;
  let out = '';
  let kept = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if ((c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      out += json.slice(kept, i) + '\\u' + c.toString(16).padStart(4, '0');
      kept = i + 1;
    }
  }
  return kept === 0 ? json : out + json.slice(kept);
}

export function formatJson(results: Result[], context: FormatterContext = {}): string {
  const output = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'jobaudit', version: context.version ?? toolVersion() },
    results: results.map(toJsonResult),
    summary: summarize(results),
  };
  return escapeUnsafe(JSON.stringify(output, null, 2)) + '\n';
}
