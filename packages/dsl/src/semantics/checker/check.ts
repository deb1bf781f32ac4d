import { messageLabels } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode, HorizonNode } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { fileReporter, makeDiagnostic, type FileReporter } from "../report.js";
import type { ScheduleContext } from "../schedule/compile-schedule.js";
import { checkAgreement, validityRanges } from "./agreements.js";
import { checkCondition } from "./conditions.js";
import { checkEnumValues } from "./enums.js";
import { checkLiterals, isValidDateText } from "./literals.js";
import { checkPrecedences } from "./precedences.js";
import { checkProperties } from "./properties.js";
import { SCHEDULE_KINDS } from "./property-table.js";
import { checkRequirements } from "./requirements.js";
import { checkSchedule } from "./schedules.js";

/** The workspace horizon: the first `horizon` declared (a second one is LON3008), when its dates are valid. */
export function findHorizon(files: readonly FileNode[], diagnostics?: Diagnostic[]): ScheduleContext["horizon"] {
  const horizons: { file: string; node: HorizonNode }[] = files.flatMap((f) => f.items.filter((i): i is HorizonNode => i.kind === "Horizon").map((node) => ({ file: f.path, node })));
  const first = horizons[0];
  for (const extra of horizons.slice(1)) {
    diagnostics?.push(makeDiagnostic("LON3008.horizonTwice", {}, extra.file, extra.node.range));
  }
  if (first === undefined) return undefined;
  const { from, to } = first.node.dates;
  if (!isValidDateText(from.text) || !isValidDateText(to.text) || to.text < from.text) return undefined;
  return { from: from.text.slice(0, 10), to: to.text.slice(0, 10) };
}

/** The library a program belongs to: its `library` property, its `at`, or the only library. */
export function programLibrary(program: Declaration, libraries: readonly string[]): string | undefined {
  const property = program.properties.find((p) => p.key === "library")?.value;
  if (property?.kind === "Reference") return property.name;
  if (program.at !== undefined) return program.at.name;
  return libraries.length === 1 ? libraries[0] : undefined;
}

function checkDeclaration(declaration: Declaration, context: ScheduleContext, libraries: readonly string[], reporter: FileReporter): void {
  checkProperties(declaration, reporter);
  checkEnumValues(declaration, reporter);
  const kind = declaration.declarationKind;
  for (const property of declaration.properties) {
    const value = property.value;
    if ((SCHEDULE_KINDS as readonly string[]).includes(value.kind) && kind === "program") checkSchedule(value as Parameters<typeof checkSchedule>[0], context, reporter);
    if (value.kind === "Expr") checkCondition(value.expr, kind === "rule" ? "occurrence" : "static", reporter);
  }
  if (kind === "program" && programLibrary(declaration, libraries) === undefined) {
    const why = libraries.length === 0 ? messageLabels({ key: "LON2004.noLibrary", args: {} }) : messageLabels({ key: "LON2004.severalLibraries", args: { count: libraries.length } });
    reporter.report("LON2004.whichLibrary", { name: declaration.name.text, why }, declaration.name.range);
  }
  if (kind === "agreement") checkAgreement(declaration, context.horizon, reporter);
}

/**
 * Checks a bound workspace: values (LON3xxx), schedules (LON4xxx), agreements (LON5xxx),
 * and the workspace-wide checks (requirements no resource can meet, cyclic precedences).
 * Appends diagnostics; never throws on any tree the parser can build.
 */
export function checkWorkspace(bound: BoundWorkspace, diagnostics: Diagnostic[]): ScheduleContext {
  const horizon = findHorizon(bound.files, diagnostics);
  const context: ScheduleContext = horizon === undefined ? {} : { horizon };
  const libraries = [...bound.symbols.values()].filter((s) => s.kind === "library").map((s) => s.name);
  for (const file of bound.files) {
    const reporter = fileReporter(file.path, diagnostics);
    const declarations = file.items.filter((i): i is Declaration => i.kind === "Declaration");
    checkLiterals(file, reporter, new Set(declarations.flatMap(validityRanges)));
    // A declaration with a syntax error is only partly read: its error is the one reported, so its properties are not checked.
    for (const declaration of declarations) if (declaration.broken === undefined) checkDeclaration(declaration, context, libraries, reporter);
  }
  checkRequirements(bound, diagnostics);
  checkPrecedences(bound, diagnostics);
  return context;
}
