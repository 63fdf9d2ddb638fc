/** A stream as far as colour is concerned. */
export interface ColorTarget {
  readonly isTTY?: boolean;
}

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * Whether to colour output written to `stream`. FORCE_COLOR wins when set
 * ("0" or "false" turn colour off), as in Node's own util; then NO_COLOR
 * (no-color.org: any non-empty value); then whether the stream is a terminal.
 */
export function useColor(stream: ColorTarget, env: Env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function paint(enabled: boolean): Paint {
  if (!enabled) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) };
}
