/**
 * Which words may name a need's resource (`butuh koleksi paket`): any name on the line of the
 * resource kind, a keyword too, since a declaration may be named with one (`koleksi paket {`,
 * `koleksi buku {`), but for the words a need or the program goes on with. Both property
 * readers ask it, so they read a need alike.
 */
import type { TokenType } from "chevrotain";
import * as T from "../lexer/tokens.js";
import { startsPropertyOf } from "./property-keys.js";

/** The keywords that go on with a need (`dengan`, `utamakan`), join or negate (`dan`, `bukan`), or start an item. */
const NEVER_A_RESOURCE: ReadonlySet<string> = new Set([
  "With", "Prefer", "And", "Not", "Import", "Horizon",
  "Library", "Partner", "Room", "Vehicle", "Staff", "Volunteer", "Collection", "Equipment", "Budget", "Program", "Agreement", "Rule", "Kpi",
]);

/**
 * Whether a token of `type` on line `line` names the resource of a need whose kind word is on
 * `kindLine`: an identifier, or a keyword on that line that neither goes on with the need nor
 * starts a program's property (`butuh ruang jadwal …` keeps `jadwal` for a property).
 */
export function namesNeedResource(type: TokenType, line: number, kindLine: number): boolean {
  if (type === T.Identifier) return true;
  if (line !== kindLine || !(type.CATEGORIES ?? []).includes(T.Name) || NEVER_A_RESOURCE.has(type.name)) return false;
  return !startsPropertyOf("program", type.name);
}
