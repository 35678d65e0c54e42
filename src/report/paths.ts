// Where a Result's `source` points, for formats read by other tools (SARIF, GitHub annotations): a path
// relative to the working directory with forward slashes, an absolute path outside it, a URL, or a
// stream such as "<stdin>". Pure: the working directory and the platform are parameters (defaults: the
// process's).
import { posix, win32 } from 'node:path';

export interface PathOptions {
  /** Directory that relative paths are relative to (the repository root in CI); default process.cwd(). */
  cwd?: string;
  /** Path syntax of the sources; default process.platform. On 'win32' backslashes separate directories. */
  platform?: NodeJS.Platform;
}

export type SourceLocation =
  /** A file under `cwd`, or a relative path as given: forward slashes, no "./". */
  | { kind: 'relative'; path: string }
  /** An absolute path outside `cwd`, forward slashes ("/srv/a.txt", "C:/jobs/a.txt"). */
  | { kind: 'absolute'; path: string }
  | { kind: 'url'; url: string }
  /** A source that is no file: "<stdin>" → "stdin", "<text>" → "text". */
  | { kind: 'stream'; name: string };

const URL_SOURCE = /^[a-z][a-z0-9+.-]+:\/\//i; // two letters at least: "C://x" is a drive, not a scheme
const STREAM_SOURCE = /^<([^<>]+)>$/;
const DRIVE = /^[a-z]:\//i;

export function locateSource(source: string, options: PathOptions = {}): SourceLocation {
  const stream = STREAM_SOURCE.exec(source);
  if (stream) return { kind: 'stream', name: stream[1] };
  if (URL_SOURCE.test(source)) return { kind: 'url', url: source };
  const platform = options.platform ?? process.platform;
  const cwd = options.cwd ?? process.cwd();
  const windows = platform === 'win32' || /^[a-z]:\\/i.test(source) || source.startsWith('\\\\');
  const path = windows ? source.replace(/\\/g, '/') : source;
  const absolute = path.startsWith('/') || DRIVE.test(path);
  if (!absolute) {
    const normalized = posix.normalize(path);
    return { kind: 'relative', path: normalized === '.' ? '' : normalized.replace(/^\.\//, '') };
  }
  const rel = windows || DRIVE.test(path) ? win32.relative(cwd, path).replace(/\\/g, '/') : posix.relative(cwd, path);
  if (rel !== '' && !rel.startsWith('../') && rel !== '..' && !DRIVE.test(rel) && !rel.startsWith('/')) {
    return { kind: 'relative', path: rel };
  }
  return { kind: 'absolute', path: windows ? path : posix.normalize(path) };
}

// Characters a URI path segment may hold as they are (RFC 3986 pchar, less ":" so that a first segment such
// as "a:b.txt" cannot read as a scheme).
const SEGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=@]/;

/** Percent-encodes one path segment (UTF-8); lone surrogates become U+FFFD. */
function encodeSegment(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (SEGMENT_SAFE.test(ch)) {
      out += ch;
      continue;
    }
    const code = ch.codePointAt(0)!;
    out += encodeURIComponent(code >= 0xd800 && code <= 0xdfff ? '\ufffd' : ch);
  }
  return out;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeSegment).join('/');
}

/**
 * A URI reference for the source (RFC 3986): a relative path with forward slashes, percent-encoded
 * ("offres/été 2024.txt" → "offres/%C3%A9t%C3%A9%202024.txt"); "file:" URI for absolute paths outside
 * `cwd`; URLs as they are (normalized); "stdin" for "<stdin>".
 */
export function sourceUri(source: string, options: PathOptions = {}): string {
  const loc = locateSource(source, options);
  switch (loc.kind) {
    case 'relative':
      return encodePath(loc.path);
    case 'absolute':
      return DRIVE.test(loc.path)
        ? `file:///${loc.path.slice(0, 2)}${encodePath(loc.path.slice(2))}`
        : `file://${encodePath(loc.path)}`;
    case 'url':
      try {
        return new URL(loc.url).href;
      } catch {
        return encodePath(loc.url);
      }
    case 'stream':
      return encodePath(loc.name);
  }
}

/** The file path GitHub annotations and similar tools expect (relative to `cwd`, forward slashes), or null for streams and URLs. */
export function sourcePath(source: string, options: PathOptions = {}): string | null {
  const loc = locateSource(source, options);
  return loc.kind === 'relative' || loc.kind === 'absolute' ? loc.path : null;
}
