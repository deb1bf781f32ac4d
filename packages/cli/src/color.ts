import pc from "picocolors";

/** The picocolors palette, switched on or off. */
export type Palette = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour output, following https://no-color.org and the FORCE_COLOR convention:
 * a non-empty NO_COLOR wins, then FORCE_COLOR ("0"/"false" off, anything else on), then
 * whether the stream is a terminal that shows colour (not TERM=dumb: Emacs' compilation
 * buffers and other plain consoles print the escapes as text).
 */
export function shouldUseColor(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return !(force === "0" || force === "false");
  return isTTY && env["TERM"] !== "dumb";
}

/** A palette that colours only when `enabled`. */
export function palette(enabled: boolean): Palette {
  return pc.createColors(enabled);
}
