import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode, HorizonNode } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { fileReporter, makeDiagnostic, type FileReporter } from "../report.js";
import type { ScheduleContext } from "../schedule/compile-schedule.js";
import { checkAgreement, validityRanges } from "./agreements.js";
import { checkCondition } from "./conditions.js";
import { checkEnumValues } from "./enums.js";
import { libraryZone } from "./library-zone.js";
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
    diagnostics?.push(makeDiagnostic("LON3008", "the horizon is declared more than once; the first one is used", extra.file, extra.node.range));
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

function checkDeclaration(declaration: Declaration, context: ScheduleContext, zones: ReadonlyMap<string, string>, reporter: FileReporter): void {
  checkProperties(declaration, reporter);
  checkEnumValues(declaration, reporter);
  const kind = declaration.declarationKind;
  const libraries = [...zones.keys()];
  const library = kind === "program" ? programLibrary(declaration, libraries) : undefined;
  // Schedules are expanded in the zone the planner uses for the program's library.
  const zone = library === undefined ? undefined : zones.get(library);
  for (const property of declaration.properties) {
    const value = property.value;
    if ((SCHEDULE_KINDS as readonly string[]).includes(value.kind) && kind === "program") checkSchedule(value as Parameters<typeof checkSchedule>[0], context, reporter, zone);
    if (value.kind === "Expr") checkCondition(value.expr, kind === "rule" ? "occurrence" : "static", reporter);
  }
  if (kind === "program" && library === undefined) {
    const why = libraries.length === 0 ? "the workspace declares no library" : `the workspace declares ${libraries.length} libraries`;
    reporter.report("LON2004", `which library runs \`${declaration.name.text}\`? ${why}; add \`library <name>\` or \`at <library>\``, declaration.name.range);
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
  const zones = new Map([...bound.symbols.values()].filter((s) => s.kind === "library").map((s) => [s.name, libraryZone(s.declaration)] as const));
  for (const file of bound.files) {
    const reporter = fileReporter(file.path, diagnostics);
    const declarations = file.items.filter((i): i is Declaration => i.kind === "Declaration");
    checkLiterals(file, reporter, new Set(declarations.flatMap(validityRanges)));
    // A declaration with a syntax error is only partly read: its error is the one reported, so its properties are not checked.
    for (const declaration of declarations) if (declaration.broken === undefined) checkDeclaration(declaration, context, zones, reporter);
  }
  checkRequirements(bound, diagnostics);
  checkPrecedences(bound, diagnostics);
  return context;
}
