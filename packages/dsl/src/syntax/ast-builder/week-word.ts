/**
 * The spelling of a week kept in a node ({@link WeekSpelling}): both parsers spread what
 * {@link weekWordOf} gives for the word they read as the period.
 */
import type { WeekSpelling } from "../ast.js";

const PEKAN: WeekSpelling = Object.freeze({ weekWord: "pekan" });
const NONE: WeekSpelling = Object.freeze({});

/** `{ weekWord: "pekan" }` for the word `pekan`; nothing to spread for any other word. */
export function weekWordOf(image: string | undefined): WeekSpelling {
  return image === "pekan" ? PEKAN : NONE;
}
