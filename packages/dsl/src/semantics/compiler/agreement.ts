import type { Obligation, WorkspaceInput } from "@lontar/core";
import { allowedValue } from "../../language/table.js";
import type { Declaration, ObligationNode } from "../../syntax/ast.js";
import { compileCondition } from "./condition.js";
import { optional, textOf, valueOf, wordOf } from "./read.js";
import { type SourceMap, spanOf } from "./source-map.js";

type AgreementInput = NonNullable<WorkspaceInput["agreements"]>[number];

/** An obligation in core's normal form (its schema's key order: kind, source, then the rest). */
function obligation(node: ObligationNode, file: string): Obligation {
  const source = spanOf(file, node.range);
  switch (node.kind) {
    case "Provides":
      return { kind: "provides", source, party: node.party, resource: node.resource.name, quantity: node.quantity?.value ?? 1, per: node.per, ...optional("to", node.to?.value) };
    case "Hosts":
      return { kind: "hosts", source, party: node.party, program: node.program.name };
    case "Sessions":
      return { kind: "sessions", source, program: node.program.name, ...(node.bound === "at_least" ? { min: node.count.value } : { max: node.count.value }), per: node.per };
    case "BudgetShare":
      return { kind: "budget_share", source, party: node.party, amount: node.amount.rupiah, ...optional("program", node.program?.name), ...optional("budget", node.budget?.name) };
  }
}

const OBLIGATIONS = new Set(["Provides", "Hosts", "Sessions", "BudgetShare"]);

/** An `agreement` declaration as core input; each obligation carries its own source span. */
export function compileAgreement(declaration: Declaration, file: string, index: number, map: SourceMap): AgreementInput {
  const between = valueOf(declaration, "between");
  const valid = valueOf(declaration, "valid");
  const when = valueOf(declaration, "when");
  const written = wordOf(declaration, "kind");
  const kind = written === undefined ? undefined : allowedValue("agreement", "kind", written);
  const obligations: Obligation[] = [];
  for (const property of declaration.properties) {
    if (!OBLIGATIONS.has(property.value.kind)) continue;
    if (map.recording) map.record(["agreements", index, "obligations", obligations.length], file, property.range);
    obligations.push(obligation(property.value as ObligationNode, file));
  }
  return {
    id: declaration.name.text,
    ...optional("title", textOf(declaration, "title") ?? textOf(declaration, "name")),
    kind: kind === "pks" ? "pks" : "mou",
    library: between?.kind === "Between" ? between.library.name : "",
    partner: between?.kind === "Between" ? between.partner.name : "",
    validity: valid?.kind === "DateRange" ? { from: valid.from.text, to: valid.to.text } : { from: "", to: "" },
    obligations,
    conditions: when?.kind === "Expr" ? [compileCondition(when.expr)] : [],
    source: spanOf(file, declaration.range),
  };
}
