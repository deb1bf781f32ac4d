import type { Declaration } from "../../syntax/ast.js";
import type { FileReporter } from "../report.js";

/**
 * LON3011 at an indicator whose name an earlier indicator of the same kpi has: core's model
 * keys a kpi's indicators by name (its KpiDefinition refuses a duplicate).
 */
export function checkIndicatorNames(declaration: Declaration, reporter: FileReporter): void {
  const names = new Set<string>();
  for (const property of declaration.properties) {
    const value = property.value;
    if (value.kind !== "Indicator") continue;
    const name = value.name.text;
    if (names.has(name)) reporter.report("LON3011.indicatorTwice", { name }, value.name.range);
    else names.add(name);
  }
}
