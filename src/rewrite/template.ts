// Suggestion templates: "{name}" placeholders filled by code; checked when the data is loaded.

const TOKEN = /\{([^{}]*)\}|[{}]/g;
const NAME = /^[a-z][a-z0-9_]*$/;

/** Placeholder names used by a template, or a problem ("unbalanced brace", "bad placeholder name"). */
export function placeholders(template: string): { names: string[]; problem: string | null } {
  const names: string[] = [];
  for (const m of template.matchAll(TOKEN)) {
    if (m[1] === undefined) return { names, problem: `unbalanced "${m[0]}"` };
    if (!NAME.test(m[1]))
      return { names, problem: `bad placeholder "{${m[1]}}" (use lower-case letters, digits and _)` };
    names.push(m[1]);
  }
  return { names, problem: null };
}

/** Fills "{name}" placeholders; a value the code did not supply is a programming error. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(TOKEN, (whole, name: string | undefined) => {
    const value = name === undefined ? undefined : values[name];
    if (value === undefined) throw new Error(`template placeholder ${whole} has no value`);
    return value;
  });
}

/** Upper-cases the first letter of `text` when `like` starts with an upper-case letter (never lower-cases). */
export function capitalizeLike(text: string, like: string): string {
  const first = like.match(/\p{L}/u)?.[0];
  if (!first || first === first.toLowerCase()) return text;
  return capitalize(text);
}

/** Upper-cases the first letter, unless the text starts with a digit ("5 years" stays). */
export function capitalize(text: string): string {
  const i = text.search(/[\p{L}\p{N}]/u);
  if (i < 0 || !/\p{L}/u.test(text[i])) return text;
  return text.slice(0, i) + text[i].toUpperCase() + text.slice(i + 1);
}
