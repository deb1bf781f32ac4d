/** What a line written as forms write it gets, added to the parser's error where it stands. */
import type { Labels } from "@lontar/core";
import type { ItemError } from "./items.js";

/** A hint appended to the parser's error and, where the meaning is certain, the fix (holiday, length and break lines). */
export interface LineHint {
  /** Appended to the parser's error: what the line is written as in Lontar. */
  readonly hint: Labels;
  /** The line rewritten; absent where only offered. */
  readonly fix?: NonNullable<ItemError["fix"]>;
}
