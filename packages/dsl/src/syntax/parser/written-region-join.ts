/**
 * `wilayah "Jawa Tengah" > "Kabupaten Klaten"`, `… , …`, `… - …`: the parts of a region
 * joined as a breadcrumb or a list joins them, where Lontar joins them with `/`
 * (`"Jawa Tengah" / "Kabupaten Klaten"`). The join is put back as `/`, with a space each side
 * (offered, not applied, for a `,`).
 */
import type { IToken } from "chevrotain";
import { endOf, startOf, tokenRange } from "../ast-builder/ranges.js";
import { packRange } from "../ast-builder/packed-range.js";
import { K, Slash, StringLiteral } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";

/** The tokens that join a region's parts otherwise than `/`: `>`, `,`, `-`, `||`. */
const JOINS: ReadonlySet<string> = new Set(["Gt", "Comma", "Minus", "OrOr"]);

/** At most this many tokens back on its line are looked at for the `wilayah` / `region` keyword. */
const LONGEST_REGION = 24;

/** Whether token `s` is on a line whose property is `wilayah` / `region`, with only strings and joins between them. */
function inRegion(tokens: readonly IToken[], s: number): boolean {
  const line = tokens[s]?.startLine;
  for (let i = s - 1; i >= 0 && i >= s - LONGEST_REGION; i--) {
    const t = tokens[i];
    if (t === undefined || t.startLine !== line) return false;
    if (t.tokenType === K["Region"]) return true;
    if (t.tokenType !== StringLiteral && t.tokenType !== Slash && !JOINS.has(t.tokenType.name)) return false;
  }
  return false;
}

/** A join at `s` between two quoted parts of a region: the fix is ` / `. */
export function regionJoinAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const [left, join, right] = [tokens[s - 1], tokens[s], tokens[s + 1]];
  if (left === undefined || join === undefined || right === undefined || !JOINS.has(join.tokenType.name)) return undefined;
  if (left.tokenType !== StringLiteral || right.tokenType !== StringLiteral || left.startLine !== right.startLine || !inRegion(tokens, s)) return undefined;
  const range = tokenRange(join);
  const fixRange = packRange(endOf(left), startOf(right));
  // `>`, `-`, `||` join a place to the place it is in; a `,` may list two places side by side
  // (`"Kabupaten Klaten", "Kabupaten Boyolali"`): `/` is offered there, not applied (a review of stop 58).
  const fix = join.tokenType.name === "Comma" ? { alternatives: [" / "] } : { fixed: " / " };
  return {
    first: s, last: s,
    mistake: { kind: "regionJoin", text: join.image, ...fix, example: `${left.image} / ${right.image}`, range, fixRange },
    literal: "keyword", token: { type: Slash, image: "/" },
  };
}
