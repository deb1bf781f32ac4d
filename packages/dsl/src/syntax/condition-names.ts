/**
 * The names in a condition as the user wrote them: the tree keeps a fact's and a function's
 * canonical (English) name and the language it was written in; the formatter and the
 * checker's messages give it back in that language (`hari`, `tumpang`).
 */
import { findFact, findFunction } from "@lontar/core";
import type { ExprNode } from "./ast.js";
import { spellWeekday, WEEKDAYS, type WeekdayCode } from "./keywords.js";

const isWeekday = (s: string): s is WeekdayCode => (WEEKDAYS as readonly string[]).includes(s);

/** A fact (or a weekday word) in the language it was written in. */
export function factAsWritten(node: Extract<ExprNode, { kind: "Fact" }>): string {
  if (node.lang !== "id") return node.path;
  if (isWeekday(node.path)) return spellWeekday(node.path, "id");
  return findFact(node.path)?.nameId ?? node.path;
}

/** A function's name in the language it was written in. */
export function calleeAsWritten(node: Extract<ExprNode, { kind: "Call" }>): string {
  return node.lang === "id" ? (findFunction(node.callee)?.nameId ?? node.callee) : node.callee;
}
