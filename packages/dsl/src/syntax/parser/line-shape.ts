/**
 * Which property's line a token is on, by the shape of that property's value (language/table.ts):
 * the written-form readers read a word one way in opening hours (`buka`), another in a
 * schedule (`jadwal`) or a need (`butuh`).
 */
import type { IToken } from "chevrotain";
import { PROPERTY_SYNTAX } from "../../language/table.js";
import type { ValueShapeName } from "../../language/shapes.js";

/** The shape of each property's value by its keyword token's name (`Open`: `openWindows`). */
const SHAPE_BY_TOKEN: ReadonlyMap<string, ValueShapeName> = new Map(PROPERTY_SYNTAX.map((p) => [p.keyword.token, p.shape]));
/** At most this many tokens are looked at before a value for the keyword that starts its line. */
const LONGEST_LINE = 64;

/** The shape of the value of the property whose keyword starts the line of token `s`, if one does. */
export function lineShape(tokens: readonly IToken[], s: number): ValueShapeName | undefined {
  const line = tokens[s]?.startLine;
  let first = s;
  while (first > 0 && first > s - LONGEST_LINE && tokens[first - 1]?.startLine === line) first--;
  return SHAPE_BY_TOKEN.get(tokens[first]?.tokenType.name ?? "");
}
