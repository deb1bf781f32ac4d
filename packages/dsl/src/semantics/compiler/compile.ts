import { coreIssueMessage, diagnosticFromMessage, type Issue, type Workspace, type WorkspaceInput, validateWorkspace } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { coreIssueAtProperty } from "../checker/core-issue-place.js";
import type { ScheduleContext } from "../schedule/compile-schedule.js";
import { compileAgreement } from "./agreement.js";
import { FirstDeclarations } from "./first-declarations.js";
import { compileLibrary, compilePartner } from "./library.js";
import { compileProgram } from "./program.js";
import { compileResource } from "./resource.js";
import { compileKpi, compileRule } from "./rule-kpi.js";
import { SourceMap } from "./source-map.js";
import { validateByElement } from "./validate-elements.js";

type CollectionName = "libraries" | "partners" | "resources" | "programs" | "agreements" | "rules" | "kpis";

/** The collection of the core workspace each declaration kind compiles into. */
export const COLLECTION: Readonly<Record<Declaration["declarationKind"], CollectionName>> = {
  library: "libraries",
  partner: "partners",
  room: "resources",
  vehicle: "resources",
  staff: "resources",
  volunteer: "resources",
  collection: "resources",
  equipment: "resources",
  budget: "resources",
  program: "programs",
  agreement: "agreements",
  rule: "rules",
  kpi: "kpis",
};

/** The workspace as core input, and where each element came from. */
export interface CompiledInput {
  /** What goes to core's validateWorkspace. */
  readonly input: WorkspaceInput;
  /** Paths in `input` → source locations. */
  readonly sources: SourceMap;
}

/**
 * Compiles one declaration (`build`), or gives what an earlier run compiled from the same
 * declaration under the same context. The element never depends on its index, only the
 * source map does.
 */
export type ElementReuse = (declaration: Declaration, build: () => unknown) => unknown;

/**
 * Turns a bound, checked workspace into core's input shape (no validation yet). With
 * `reuse`, elements come through it and the source map is left empty; with `sources`
 * false it is left empty too (no issue will be placed).
 */
export function compileInput(bound: BoundWorkspace, context: ScheduleContext, reuse?: ElementReuse, sources = reuse === undefined): CompiledInput {
  const map = new SourceMap(sources);
  const first = new FirstDeclarations(bound);
  const libraries = first.libraryNames();
  const out: Record<CollectionName, unknown[]> = { libraries: [], partners: [], resources: [], programs: [], agreements: [], rules: [], kpis: [] };
  for (const file of bound.files) {
    for (const item of file.items) {
      // Only the first declaration of a name is compiled (LON2001 reports the rest).
      if (item.kind !== "Declaration" || !first.has(item)) continue;
      const collection = COLLECTION[item.declarationKind];
      const list = out[collection];
      const index = list.length;
      // With `reuse` the map is not used (any issue sends the caller back to compileWorkspace), so it records nothing.
      if (reuse === undefined) {
        map.record([collection, index], file.path, item.name.range);
        list.push(compileElement(item, file.path, index, libraries, context, map));
      } else list.push(reuse(item, () => compileElement(item, file.path, index, libraries, context, map)));
    }
  }
  // The element compilers build core's input types; the lists are gathered untyped by collection.
  const input = { version: 1, ...(context.horizon === undefined ? {} : { horizon: context.horizon }), ...out } as unknown as WorkspaceInput;
  return { input, sources: map };
}

/**
 * Compiles one declaration of `file` into its element of core's input (what
 * {@link compileInput} puts at `index` of its collection). `libraries` are the workspace's
 * library names in the symbol table's order; the element depends on `index` only through `map`.
 */
export function compileElement(item: Declaration, file: string, index: number, libraries: readonly string[], context: ScheduleContext, map: SourceMap): unknown {
  switch (item.declarationKind) {
    case "library":
      return compileLibrary(item, file);
    case "partner":
      return compilePartner(item, file);
    case "program":
      return compileProgram(item, file, index, libraries, context, map);
    case "agreement":
      return compileAgreement(item, file, index, map);
    case "rule":
      return compileRule(item, file);
    case "kpi":
      return compileKpi(item, file, index, map);
    default:
      return compileResource(item, file);
  }
}

function issueDiagnostic(issue: Issue, sources: SourceMap, fallback: string): Diagnostic {
  const location = sources.nearest(issue.path);
  const zero = { line: 1, column: 1, offset: 0 };
  return diagnosticFromMessage(coreIssueMessage(issue), { file: location?.file ?? fallback, range: location?.range ?? { start: zero, end: zero } });
}

/**
 * Compiles a checked workspace to a validated core {@link Workspace}. Any issue core's
 * `validateWorkspace` raises becomes a diagnostic with its own LON code (see
 * diagnostics/core-issues.ts) at the nearest source range: never thrown.
 *
 * The compiler builds core's normal form, so a clean workspace is validated element by
 * element without a parse (see {@link validateByElement}) and no source map is kept;
 * only when that finds an issue is the workspace compiled again with its source map and
 * given to core's `validateWorkspace` whole, for core's own issues.
 */
export function compileWorkspace(bound: BoundWorkspace, context: ScheduleContext, diagnostics: Diagnostic[]): Workspace | undefined {
  const clean = validateByElement(compileInput(bound, context, undefined, false).input);
  if (clean !== undefined) return clean;
  const { input, sources } = compileInput(bound, context);
  const result = validateWorkspace(input);
  if (result.ok) return result.value;
  const fallback = bound.files[0]?.path ?? "";
  diagnostics.push(...result.issues.map((issue) => coreIssueAtProperty(issue, input, bound) ?? issueDiagnostic(issue, sources, fallback)));
  return undefined;
}
