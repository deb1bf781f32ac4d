/**
 * Which words may name a need's resource (`butuh koleksi paket`): any name on the line of the
 * resource kind, a keyword too, since a declaration may be named with one (`koleksi paket {`,
 * `koleksi buku {`), but for the words a need or the program goes on with. Both property
 * readers ask it, so they read a need alike.
 */
import type { TokenType } from "chevrotain";
import * as T from "../lexer/tokens.js";
import { startsPropertyOf } from "./property-keys.js";
import { LANGUAGE } from "../../language/table.js";

/**
 * The keywords that go on with a need or its clauses (`dengan`, `peran`, `utamakan`), join or
 * negate (`dan`, `bukan`), tie it to a place or time (`di`, `per`, `selama`, `mulai`…), or
 * start an item (`impor`, `cakrawala`, and each declaration's keyword, from the language table).
 */
const NEVER_A_RESOURCE: ReadonlySet<string> = new Set([
  "With", "Prefer", "Role", "Skills", "Capacity", "And", "Not", "At", "For", "Per", "From", "Until", "Starting", "To", "Of", "In", "Including", "Except", "Also", "Between", "When", "Then",
  "Import", "Horizon", ...LANGUAGE.map((d) => d.keyword.token),
]);

/** What may follow a need's name: its line's end, `,`, `}`, `dengan` / `utamakan`, or a count written after it (`koleksi paket 2`). */
const AFTER_NAME: ReadonlySet<string> = new Set(["Comma", "RBrace", "With", "Prefer", "NumberLiteral"]);

/**
 * Whether a token of `type` on line `line` names the resource of a need whose kind word is on
 * `kindLine`, the token after it being of `nextType` on `nextLine`: an identifier, or a keyword
 * on that line that ends the need (its line ends, or `,`, `}`, `dengan`, `utamakan` or a count
 * follows) and neither goes on with it nor starts a program's property (`butuh ruang jadwal …`
 * keeps `jadwal` for a property; `butuh staf peran pustakawan` is a clause without `dengan`,
 * not a person named `peran`: the review of stop 56).
 */
export function namesNeedResource(type: TokenType, line: number, kindLine: number, nextType: TokenType | undefined, nextLine: number | undefined): boolean {
  if (type === T.Identifier) return true;
  if (line !== kindLine || !(type.CATEGORIES ?? []).includes(T.Name) || NEVER_A_RESOURCE.has(type.name) || startsPropertyOf("program", type.name)) return false;
  return nextType === undefined || nextLine !== line || AFTER_NAME.has(nextType.name);
}
