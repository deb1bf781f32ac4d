import type { Obligation, WorkspaceInput } from "@lontar/core";
import { allowedValue } from "../../language/table.js";
import type { Declaration, ObligationNode } from "../../syntax/ast.js";
import { compileCondition } from "./condition.js";
import { type Building, textOf, valueOf, wordOf } from "./read.js";
import { added, exactList } from "./exact-array.js";
import { type SourceMap, spanOf } from "./source-map.js";

type AgreementInput = NonNullable<WorkspaceInput["agreements"]>[number];

/** An obligation in core's normal form (its schema's key order: kind, source, then the rest). */
function obligation(node: ObligationNode, file: string): Obligation {
  const source = spanOf(file, node.range);
  switch (node.kind) {
    case "Provides": {
      const provides = { kind: "provides" as const, source, party: node.party, resource: node.resource.name, quantity: node.quantity?.value ?? 1, per: node.per };
      // A recipient by name is also who receives it (`to`), as a description was before names were read.
      if (node.recipient !== undefined) return { ...provides, to: node.recipient.name, recipient: node.recipient.name };
      return node.to === undefined ? provides : { ...provides, to: node.to.value };
    }
    case "Hosts":
      return { kind: "hosts", source, party: node.party, program: node.program.name };
    case "Sessions": {
      const sessions = node.bound === "at_least"
        ? { kind: "sessions" as const, source, program: node.program.name, min: node.count.value, per: node.per }
        : { kind: "sessions" as const, source, program: node.program.name, max: node.count.value, per: node.per };
      // Each site once, as written: `di a, a` counts the sessions at `a`, not twice.
      return node.sites === undefined ? sessions : { ...sessions, sites: [...new Set(node.sites.map((s) => s.name))] };
    }
    case "BudgetShare": {
      const share = { kind: "budget_share", source, party: node.party, amount: node.amount.rupiah } as Building<Extract<Obligation, { kind: "budget_share" }>>;
      if (node.program !== undefined) share.program = node.program.name;
      if (node.budget !== undefined) share.budget = node.budget.name;
      return share;
    }
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
  let obligations: Obligation[] | undefined;
  for (const property of declaration.properties) {
    if (!OBLIGATIONS.has(property.value.kind)) continue;
    if (map.recording) map.record(["agreements", index, "obligations", obligations?.length ?? 0], file, property.range);
    obligations = added(obligations, obligation(property.value as ObligationNode, file));
  }
  const out = { id: declaration.name.text } as Building<AgreementInput>;
  const title = textOf(declaration, "title") ?? textOf(declaration, "name");
  if (title !== undefined) out.title = title;
  out.kind = kind === "pks" ? "pks" : "mou";
  out.library = between?.kind === "Between" ? between.library.name : "";
  out.partner = between?.kind === "Between" ? between.partner.name : "";
  out.validity = valid?.kind === "DateRange" ? { from: valid.from.text, to: valid.to.text } : { from: "", to: "" };
  out.obligations = exactList(obligations);
  out.conditions = when?.kind === "Expr" ? [compileCondition(when.expr)] : [];
  out.source = spanOf(file, declaration.range);
  return out;
}
