import type { Declaration } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";

/** The indicator names met so far in one kpi (reused: checks do not nest). */
const names: string[] = [];

/**
 * LON3011 at an indicator whose name an earlier indicator of the same kpi has: core's model
 * keys a kpi's indicators by name (its KpiDefinition refuses a duplicate).
 */
export function checkIndicatorNames(declaration: Declaration, reporter: FileReporter): void {
  names.length = 0;
  for (const property of declaration.properties) {
    const value = property.value;
    if (value.kind !== "Indicator") continue;
    const name = value.name.text;
    if (names.includes(name)) reporter.report("LON3011.indicatorTwice", { name }, value.name.range);
    else names.push(name);
  }
}
