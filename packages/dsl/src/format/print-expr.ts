/** Prints conditions with canonical spacing; parentheses only where written. */
import type { ExprNode, KeywordLanguage } from "../syntax/ast.js";
import { quoteString } from "../syntax/ast-builder/values.js";
import { calleeAsWritten, factAsWritten } from "../syntax/condition-names.js";
import { w } from "./words.js";

/** One condition on one line. Depth is bounded by the parser's nesting limit. */
export function expr(e: ExprNode, lang: KeywordLanguage): string {
  switch (e.kind) {
    case "Literal":
      if (typeof e.value === "string") return quoteString(e.value);
      if (typeof e.value === "boolean") return w(e.value ? "True" : "False", lang);
      return String(e.value);
    case "TimeValue":
      return e.text;
    case "Fact":
      return factAsWritten(e);
    case "Not":
      return `!${expr(e.operand, lang)}`;
    case "Binary":
      return `${expr(e.left, lang)} ${e.op} ${expr(e.right, lang)}`;
    case "Compare":
      return `${expr(e.left, lang)} ${e.op} ${expr(e.right, lang)}`;
    case "Match":
      return `${expr(e.subject, lang)} =~ /${e.pattern}/${e.flags}`;
    case "In":
      return `${expr(e.subject, lang)} ${e.negated ? `${w("Not", lang)} ` : ""}${w("In", lang)} ${expr(e.collection, lang)}`;
    case "ListExpr":
      return `[${e.items.map((i) => expr(i, lang)).join(", ")}]`;
    case "Call":
      return `${calleeAsWritten(e)}(${e.args.map((a) => expr(a, lang)).join(", ")})`;
    case "Paren":
      return `(${expr(e.inner, lang)})`;
  }
}
