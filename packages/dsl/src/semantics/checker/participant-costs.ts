import { rupiahLabels } from "@lontar/core";
import type { Declaration } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";

/**
 * LON3016 at each cost of a program charged `per participant` when the program declares no
 * `participants`: the planner multiplies the amount by the participants expected, none, so
 * the cost was Rp 0 in the plan, its budgets and a bank's cap, and nothing said so (a walk:
 * `biaya Rp 1.500.000 per peserta` in a class with no `peserta`).
 */
export function checkParticipantCosts(program: Declaration, reporter: FileReporter): void {
  if (program.declarationKind !== "program" || program.properties.some((p) => p.key === "participants")) return;
  for (const property of program.properties) {
    const cost = property.key === "costs" && property.value.kind === "Cost" ? property.value : undefined;
    if (cost?.per !== "participant") continue;
    reporter.report("LON3016.noParticipants", { program: program.name.text, amount: rupiahLabels(cost.amount.rupiah) }, cost.range);
  }
}
