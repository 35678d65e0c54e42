// Turns file-system errors into the short reasons users see: "cannot read <source>: <reason>".

/** A reason that is already phrased for the user (too large, binary, no postings…). */
export class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  if (error instanceof Error) return error.message;
  return String(error);
}
