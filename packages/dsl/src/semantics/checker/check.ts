import { messageLabels, suggestion, type Suggestion } from "@lontar/core";
import type { Diagnostic } from "../../diagnostics/diagnostic.js";
import type { Declaration, FileNode, HorizonNode } from "../../syntax/ast.js";
import type { BoundWorkspace } from "../binder/bind.js";
import { DeferredReporter, fileReporter, makeDiagnostic, type FileReporter } from "../report.js";
import type { HorizonDates, ScheduleContext } from "../schedule/compile-schedule.js";
import { checkAgreement } from "./agreements.js";
import { countedSitesChecker } from "./counted-sites.js";
import { hostsChecker } from "./hosts.js";
import { shareBudgetChecker } from "./share-budget.js";
import { programLibrary } from "./program-library.js";
import { checkParticipantCosts } from "./participant-costs.js";
import { checkCondition } from "./conditions.js";
import { checkEnumValues } from "./enums.js";
import { libraryZone } from "./library-zone.js";
import { isValidDateText, LiteralChecker } from "./literals.js";
import { checkPrecedences, PrecedenceGraph } from "./precedences.js";
import { checkBrokenKeywords, checkProperties } from "./properties.js";
import { SCHEDULE_KINDS } from "./property-table.js";
import { checkRequirements, requirementsChecker } from "./requirements.js";
import { checkSchedule, MAX_WINDOW_YEARS, yearsTooMany } from "./schedules.js";
import { checkIndicatorMetrics, checkIndicatorNames } from "./indicators.js";
import { checkValueBounds } from "./value-bounds.js";
import { countText } from "../message-words.js";
import { daySet } from "../../format/print-schedule.js";

/**
 * The schedules' context of the workspace horizon: the first `horizon` declared (a second one
 * is LON3008), when its dates are valid (LON4012 when it spans more than a hundred years);
 * `horizonUnread` when one is written but its dates are no span, or could not be read at all.
 */
export function horizonContext(files: readonly FileNode[], diagnostics?: Diagnostic[], fallback?: HorizonDates): ScheduleContext {
  const horizons: { file: string; node: HorizonNode }[] = files.flatMap((f) => f.items.filter((i): i is HorizonNode => i.kind === "Horizon").map((node) => ({ file: f.path, node })));
  const first = horizons[0];
  for (const extra of horizons.slice(1)) {
    diagnostics?.push(makeDiagnostic("LON3008.horizonTwice", {}, extra.file, extra.node.range));
  }
  if (first === undefined && files.some((f) => f.unreadHorizon === true)) return { horizonUnread: true };
  if (first === undefined) return fallback === undefined ? {} : { horizon: { from: fallback.from, to: fallback.to } };
  const { from, to } = first.node.dates;
  if (!isValidDateText(from.text) || !isValidDateText(to.text) || to.text < from.text) return { horizonUnread: true };
  const horizon = { from: from.text.slice(0, 10), to: to.text.slice(0, 10) };
  const years = yearsTooMany(horizon.from, horizon.to);
  if (years !== undefined) diagnostics?.push(makeDiagnostic("LON4012.horizon", { years: countText(years), ...horizon, max: MAX_WINDOW_YEARS }, first.file, first.node.range));
  return { horizon };
}


/** A program's choices of library, at most this many (a province declares hundreds). */
const MAX_LIBRARY_CHOICES = 5;

/**
 * The fixes of a program that does not say which library runs it: `at <library>` after its
 * name (`di` in Indonesian), one per library in declaration order, none preferred (only the
 * planner knows which).
 */
function libraryChoices(program: Declaration, libraries: readonly string[], file: string): Suggestion[] {
  // `program` is spelled alike in both languages: its properties' language says which `at` the planner writes.
  const lang = program.properties[0]?.lang ?? program.lang;
  const at = lang === "id" ? "di" : "at";
  const location = { file, range: program.name.range };
  return libraries.slice(0, MAX_LIBRARY_CHOICES).map((library) => {
    const text = `${program.name.text} ${at} ${library}`;
    return suggestion("note.replaceWith", { text }, [{ location, text }]);
  });
}

function checkDeclaration(declaration: Declaration, context: ScheduleContext, libraries: readonly string[], reporter: FileReporter): void {
  checkProperties(declaration, reporter);
  checkPropertyValues(declaration, reporter);
  const kind = declaration.declarationKind;
  if (kind === "program" && programLibrary(declaration, libraries) === undefined) {
    const why = libraries.length === 0 ? messageLabels({ key: "LON2004.noLibrary", args: {} }) : messageLabels({ key: "LON2004.severalLibraries", args: { count: libraries.length } });
    reporter.report("LON2004.whichLibrary", { name: declaration.name.text, why }, declaration.name.range, { suggestions: libraryChoices(declaration, libraries, reporter.file) });
  }
  if (kind === "agreement") checkAgreement(declaration, context.horizon, reporter);
  if (kind === "program") checkParticipantCosts(declaration, reporter);
  if (kind === "kpi") {
    checkIndicatorNames(declaration, reporter);
    checkIndicatorMetrics(declaration, reporter);
  }
}

/**
 * The checks of each property's own value: words against the allowed values, bounds,
 * conditions. They read no other property, so they hold for the properties a broken
 * declaration kept as well (a misspelt keyword on one line hides no wrong value on the next).
 */
function checkPropertyValues(declaration: Declaration, reporter: FileReporter): void {
  checkEnumValues(declaration, reporter);
  checkValueBounds(declaration, reporter);
  const kind = declaration.declarationKind;
  for (const property of declaration.properties) {
    const value = property.value;
    if (value.kind === "Expr") checkCondition(value.expr, kind === "rule" ? "occurrence" : "static", reporter, property.lang);
    // A library's day without hours would be open all day (as a person's `available` day is a whole day): a day meant closed.
    if (kind === "library" && property.key === "open" && value.kind === "Windows") {
      for (const window of value.windows) if (window.allDay === true) reporter.report("LON3009.openDayNoHours", { days: daySet(window.days) }, window.range);
    }
  }
}

/** What the per-file checks read of the whole workspace: its horizon and its libraries. */
export interface CheckContext {
  /** The schedule context (the horizon, when declared and valid). */
  readonly schedule: ScheduleContext;
  /** The names of the declared libraries. */
  readonly libraries: readonly string[];
  /** Each library's time zone: schedules are expanded in the zone the planner uses for the program's library. */
  readonly zones: ReadonlyMap<string, string>;
}

/** The horizon (LON3008 for a second one) and the libraries: what every file's checks depend on. */
export function checkContext(bound: BoundWorkspace, diagnostics: Diagnostic[], fallbackHorizon?: HorizonDates): CheckContext {
  const schedule = horizonContext(bound.files, diagnostics, fallbackHorizon);
  const zones = new Map<string, string>();
  for (const symbol of bound.symbols.values()) if (symbol.kind === "library") zones.set(symbol.name, libraryZone(symbol.declaration));
  return { schedule, libraries: [...zones.keys()], zones };
}

const SCHEDULES: ReadonlySet<string> = new Set(SCHEDULE_KINDS);

/** The fast checks of one file: literals, properties, values, conditions, libraries, agreements (no schedule expansion). */
export function checkFile(file: FileNode, context: CheckContext, diagnostics: Diagnostic[]): void {
  const reporter = fileReporter(file.path, diagnostics);
  // One pass over the items, each checked while its nodes are at hand; the literals of every
  // item are reported first and the declarations' checks after them, as when each ran alone.
  const literals = new LiteralChecker(reporter);
  const declarations = new DeferredReporter(file.path);
  for (const item of file.items) {
    literals.item(item);
    // A declaration with a syntax error is only partly read: what the whole declaration must
    // have (required properties, its library) is not checked, but the values it kept are.
    if (item.kind === "Declaration" && item.broken === undefined) checkDeclaration(item, context.schedule, context.libraries, declarations);
    else if (item.kind === "Declaration") {
      checkBrokenKeywords(item, declarations);
      checkPropertyValues(item, declarations);
    }
  }
  declarations.replay(reporter);
  reporter.finish();
}

/** The slow checks of one file: each program's schedules, expanded over the horizon (LON3xxx, LON4xxx). */
export function checkFileSchedules(file: FileNode, context: CheckContext, diagnostics: Diagnostic[]): void {
  const reporter = fileReporter(file.path, diagnostics);
  for (const declaration of file.items) {
    // Programs without a syntax error (a broken declaration's error is the one reported).
    if (declaration.kind !== "Declaration" || declaration.declarationKind !== "program" || declaration.broken !== undefined) continue;
    let zone: string | undefined;
    let zoneKnown = false;
    for (const property of declaration.properties) {
      const value = property.value;
      if (!SCHEDULES.has(value.kind)) continue;
      if (!zoneKnown) {
        const library = programLibrary(declaration, context.libraries);
        zone = library === undefined ? undefined : context.zones.get(library);
        zoneKnown = true;
      }
      checkSchedule(value as Parameters<typeof checkSchedule>[0], context.schedule, reporter, zone);
    }
  }
  reporter.finish();
}

/** The workspace-wide checks: requirements no resource can meet, cyclic precedences, hosts and counted sites against their programs, shares against their budgets. */
export function checkAcrossFiles(bound: BoundWorkspace, diagnostics: Diagnostic[]): void {
  checkRequirements(bound, diagnostics);
  checkPrecedences(bound, diagnostics);
  const hosts = hostsChecker(bound, declaredLibraries(bound));
  const sites = countedSitesChecker(bound);
  const shares = shareBudgetChecker(bound);
  for (const file of bound.files) {
    hosts(file, diagnostics);
    sites(file, diagnostics);
    shares(file, diagnostics);
  }
}

/** The names of a bound workspace's libraries. */
function declaredLibraries(bound: BoundWorkspace): string[] {
  const libraries: string[] = [];
  for (const symbol of bound.symbols.values()) if (symbol.kind === "library") libraries.push(symbol.name);
  return libraries;
}

/** {@link checkAcrossFiles} as a generator that stops after each file (the same diagnostics, in the same order). */
export function* checkAcrossFilesSteps(bound: BoundWorkspace, diagnostics: Diagnostic[]): Generator<void, void, void> {
  const requirements = requirementsChecker(bound);
  const precedences = new PrecedenceGraph(bound);
  const hosts = hostsChecker(bound, declaredLibraries(bound));
  for (const file of bound.files) {
    requirements(file, diagnostics);
    precedences.add(file);
    yield;
  }
  precedences.check(diagnostics);
  const sites = countedSitesChecker(bound);
  const shares = shareBudgetChecker(bound);
  for (const file of bound.files) {
    hosts(file, diagnostics);
    sites(file, diagnostics);
    shares(file, diagnostics);
  }
}

/**
 * Checks a bound workspace: values (LON3xxx), schedules (LON4xxx), agreements (LON5xxx),
 * and the workspace-wide checks (requirements no resource can meet, cyclic precedences).
 * Appends diagnostics; never throws on any tree the parser can build. The workspace
 * session runs the same steps with each file's results cached.
 */
export function checkWorkspace(bound: BoundWorkspace, diagnostics: Diagnostic[]): ScheduleContext {
  const context = checkContext(bound, diagnostics);
  for (const file of bound.files) checkFile(file, context, diagnostics);
  checkAcrossFiles(bound, diagnostics);
  for (const file of bound.files) checkFileSchedules(file, context, diagnostics);
  return context.schedule;
}
