import { setFlagsFromString } from "node:v8";

// V8 doubles its young generation (from 1 MB a half) each time most of it survives a
// scavenge, as the language's tables and a workspace's model do at startup: a short
// `lontar check` ends with 16 MB of young generation it touched once, and on a small
// machine each new page costs more than the collections it saves. The published command
// keeps the young generation at its first size while the input is small, and lets it
// grow as before once the work is large (a big workspace's analysis or plan, where the
// larger young generation saves far more than it costs). Only the collector's sizing
// changes: outputs stay the same.

/** V8's default growth factor of the young generation. */
const DEFAULT_GROWTH = 2;

/** Source text (characters) above which the young generation grows as V8 decides. */
export const SMALL_INPUT_CHARS = 128 * 1024;

/** Programs above which a plan's young generation grows as V8 decides. */
export const SMALL_PLAN_PROGRAMS = 50;

// The launcher (dist/bin.js) and the command's bundle each hold a copy of this module: the
// state is the process's.
const KEPT = Symbol.for("lontar.youngGenerationKeptSmall");
const state = process as unknown as Record<symbol, boolean | undefined>;

/**
 * Keeps V8's young generation at its first size (see the module's comment), unless Node's
 * options set the young generation's size themselves. Called by the published launcher.
 */
export function keepYoungGenerationSmall(execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env.NODE_OPTIONS ?? ""): void {
  if (/semi[-_]space/.test([...execArgv, nodeOptions].join(" "))) return;
  state[KEPT] = setGrowth(1);
}

/** Lets V8's young generation grow again (nothing when it was not kept small). */
export function letYoungGenerationGrow(): void {
  if (state[KEPT] === true) state[KEPT] = !setGrowth(DEFAULT_GROWTH);
}

function setGrowth(factor: number): boolean {
  try {
    setFlagsFromString(`--semi-space-growth-factor=${factor}`);
    return true;
  } catch {
    return false;
  }
}
