/**
 * Items of a list joined by a word, as a sentence joins them: `butuh staf rina dan staf budi`,
 * `mitra unsam dan pkk`, where Lontar lists them with `,`
 * (`written-ranges.ts`'s `dayListAt` does the same for days).
 */
import type { IToken } from "chevrotain";
import { endOf } from "../ast-builder/ranges.js";
import { packRange } from "../ast-builder/packed-range.js";
import { PROPERTY_SYNTAX } from "../../language/table.js";
import type { ValueShapeName } from "../../language/shapes.js";
import { Comma } from "../lexer/tokens.js";
import type { NotationRun } from "./notation.js";
import { isNameWord } from "./written-tokens.js";

/** The value shapes that are lists of items with `,` between them. */
const LIST_SHAPES: ReadonlySet<ValueShapeName> = new Set(["names", "needs", "route", "appliesTo"]);

/** The keyword tokens of the properties whose value is such a list (`butuh`, `mitra`, `sasaran`, `fasilitas`…). */
const LIST_KEYWORDS: ReadonlySet<string> = new Set(PROPERTY_SYNTAX.filter((p) => LIST_SHAPES.has(p.shape)).map((p) => p.keyword.token));

/** Whether property `key`'s value is a list written with `,` (`butuh`, `mitra`): a `dan` in it is {@link listJoinAt}'s. */
export function isListProperty(key: string): boolean {
  return LIST_KEYWORDS.has(PROPERTY_SYNTAX.find((p) => p.key === key)?.keyword.token ?? "");
}

/** The value shapes that are lists of days and hours with `,` between them (`buka senin..jumat 08:00-16:00, sabtu 08:00-12:00`). */
const WINDOWS_SHAPES: ReadonlySet<ValueShapeName> = new Set(["windows", "openWindows"]);

/** Whether property `key`'s value is a list of days and hours (`buka`, `tersedia`): a `dan` before another day is a `,` written another way. */
export function isWindowsProperty(key: string): boolean {
  const shape = PROPERTY_SYNTAX.find((p) => p.key === key)?.shape;
  return shape !== undefined && WINDOWS_SHAPES.has(shape);
}

/** The words that join the last two items of a list in a sentence. */
const JOINS: ReadonlySet<string> = new Set(["dan", "and", "serta"]);

/** At most this many tokens back on its line are looked at for the list's keyword. */
const LONGEST_LIST = 64;

/** Whether the line of token `s` starts with the keyword of a list's property (`butuh …`). */
function inListLine(tokens: readonly IToken[], s: number): boolean {
  const line = tokens[s]?.startLine;
  for (let i = s - 1; i >= 0 && i >= s - LONGEST_LIST; i--) {
    const t = tokens[i];
    if (t === undefined || t.startLine !== line) return false;
    const before = tokens[i - 1];
    if (before === undefined || before.startLine !== line || before.tokenType.name === "LBrace") return LIST_KEYWORDS.has(t.tokenType.name);
  }
  return false;
}

/** `dan` / `and` / `serta` at `s` between two items of a list's property: the fix is `,` (the space before the word goes too). */
export function listJoinAt(tokens: readonly IToken[], s: number): NotationRun | undefined {
  const join = tokens[s];
  const [left, right] = [tokens[s - 1], tokens[s + 1]];
  if (join === undefined || right === undefined || !JOINS.has(join.image.toLowerCase()) || !isNameWord(left)) return undefined;
  if (right.tokenType.name !== "NumberLiteral" && !isNameWord(right)) return undefined;
  if (!inListLine(tokens, s)) return undefined;
  const range = packRange(endOf(left), endOf(join));
  // The item after it is put back as written: in a need, the grammar fails there (`… dan 1 staf`: `dan` joins a need's clauses).
  return { first: s, last: s + 1, mistake: { kind: "listJoin", text: join.image, fixed: ",", range }, literal: "keyword", token: { type: Comma, image: "," }, then: [{ type: right.tokenType, image: right.image }] };
}
