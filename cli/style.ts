/** Terminal colours, only when stdout is a terminal and NO_COLOR is unset (https://no-color.org). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  yellow(s: string): string;
  red(s: string): string;
}

const wrap = (code: number, reset: number) => (s: string) => `\u001b[${code}m${s}\u001b[${reset}m`;

const COLOURS: Style = {
  bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39), cyan: wrap(36, 39), yellow: wrap(33, 39), red: wrap(31, 39),
};
const identity = (s: string) => s;
const PLAIN: Style = { bold: identity, dim: identity, green: identity, cyan: identity, yellow: identity, red: identity };

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stream.isTTY && !noColor ? COLOURS : PLAIN;
}
