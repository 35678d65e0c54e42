// The colour level is decided here, explicitly, rather than by chalk's own detection (which ignores
// NO_COLOR and looks at process.argv).

export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * `flag` is --color (true) / --no-color (false) / neither (undefined). Order: the flag, then NO_COLOR
 * (https://no-color.org: set and not empty), then FORCE_COLOR, then whether stdout is a terminal.
 */
export function colorLevel(
  flag: boolean | undefined,
  env: Record<string, string | undefined>,
  isTTY: boolean,
): ColorLevel {
  if (flag === false) return 0;
  const detected = terminalLevel(env);
  if (flag === true) return detected === 0 ? 1 : detected;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) {
    if (forced === '' || forced === 'true') return 1;
    if (forced === 'false') return 0;
    const n = Number.parseInt(forced, 10);
    if (n >= 0 && n <= 3) return n as ColorLevel;
  }
  return isTTY ? detected : 0;
}

function terminalLevel(env: Record<string, string | undefined>): ColorLevel {
  if (env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM !== undefined && env.TERM.includes('256')) return 2;
  return 1;
}
