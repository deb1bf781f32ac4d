import { type Language, type Workspace, labelOf, programCategoryLabels, expectLanguage } from "@lontar/core";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import { factsReader, type AssignedResource } from "../occurrence-facts.js";
import { indexWorkspace, programTitle, sortedOccurrences, workspaceTitle } from "../plan-view.js";
import { closedDays } from "./closed-days.js";
import { zoneName } from "../zone-name.js";
import { sessionProblems } from "./session-problems.js";
import type { ReportData, ReportPlace, ReportProgram, ReportResource, ReportSession } from "./report-model.js";
import { expectWorkspace } from "../../plan/workspace-shape.js";
import { expectPlanOfWorkspace } from "../plan-of-workspace.js";

/**
 * The most sessions the report's calendar holds: a browser draws a library's or a
 * regency's year at ease, not a province's million. Past it the first ones in time are
 * kept and the page says how many it holds.
 */
export const MAX_REPORT_SESSIONS = 20_000;

/** Options of {@link reportData}. */
export interface ReportOptions {
  /** The report's language (default English). */
  readonly language?: Language | undefined;
}

/** Index of `key` in a table, added the first time. */
function interner<T>(): { readonly items: T[]; at(key: string, make: () => T): number } {
  const positions = new Map<string, number>();
  const items: T[] = [];
  return {
    items,
    at(key, make) {
      let position = positions.get(key);
      if (position === undefined) {
        position = items.length;
        items.push(make());
        positions.set(key, position);
      }
      return position;
    },
  };
}

const wallClock = (iso: string): string | undefined => {
  const instant = readInstant(iso);
  return instant === undefined ? undefined : `${instant.date} ${instant.time}`;
};

/**
 * The data of the report's calendar (see {@link ReportData}): the plan's scheduled and
 * unplaced sessions (cancelled ones are left out) with names in `language`, and the days
 * holidays, cuti bersama and closures shut libraries. Pure and browser-safe: the docs
 * site's playground passes it to `renderReport`. Same input, same data.
 *
 * @example reportData(plan, workspace, { language: "id" }).sessions.length
 * @throws TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function reportData(plan: Plan, workspace: Workspace, options: ReportOptions = {}): ReportData {
  if (options.language !== undefined) expectLanguage(options.language, "reportData");
  expectWorkspace(workspace, "reportData");
  expectPlanOfWorkspace(plan, workspace, "reportData");
  const language = options.language ?? "en";
  const index = indexWorkspace(workspace);
  const facts = factsReader(index, language, plan.occurrences);
  const interned = interner<string>();
  const zones: string[] = [];
  // Each library's zone beside its name, at the same index.
  const libraries = {
    items: interned.items,
    at: (id: string, name: () => string): number =>
      interned.at(id, () => {
        zones.push(zoneName(index.libraries.get(id)) ?? "");
        return name();
      }),
  };
  workspace.libraries.forEach((library) => libraries.at(library.id, () => library.name));
  const programs = interner<ReportProgram>();
  const places = interner<ReportPlace>();
  const resources = interner<ReportResource>();
  const shown = sortedOccurrences(plan.occurrences.filter((o) => o.status !== "cancelled"));
  const problemsOf = sessionProblems(plan, index, language);
  const sessions: ReportSession[] = [];
  for (const o of shown.slice(0, MAX_REPORT_SESSIONS)) {
    const session = sessionOf(o, facts(o));
    if (session !== undefined) sessions.push(session);
  }
  function sessionOf(o: PlannedOccurrence, f: ReturnType<typeof facts>): ReportSession | undefined {
    const start = wallClock(o.start);
    const end = wallClock(o.end);
    if (start === undefined || end === undefined) return undefined;
    const program = programs.at(o.programId, () => ({
      title: f.title,
      ...(programTitle(index, o) === f.title ? {} : { name: programTitle(index, o) }),
      category: f.category ?? categoryOf(o.programId),
      partners: f.partners,
      ...(f.participants === undefined ? {} : { participants: f.participants }),
      cost: f.costPerSession,
    }));
    return {
      id: o.id,
      program,
      library: libraries.at(o.libraryId, () => f.library),
      place: places.at(`${f.place}\u0000${f.address ?? ""}`, () => ({ name: f.place, ...(f.address === undefined ? {} : { address: f.address }) })),
      start,
      end,
      status: o.status === "unassigned" ? "unassigned" : "scheduled",
      resources: f.resources.map((r) => resources.at(r.id, () => resourceOf(r))),
      reasons: f.reasons,
      ...(f.cost === undefined || f.cost === f.costPerSession ? {} : { cost: f.cost }),
      ...problemsOf(o.id),
    };
  }
  function resourceOf(r: AssignedResource): ReportResource {
    const library = index.resources.get(r.id)?.library;
    const resource = { name: r.name, kind: r.kind, kindLabel: r.kindLabel };
    return library === undefined ? resource : { ...resource, library: libraries.at(library, () => library) };
  }
  function categoryOf(programId: string): string {
    const program = index.programs.get(programId);
    return program === undefined ? "" : labelOf(programCategoryLabels, program.category, language);
  }
  return {
    version: 1,
    language,
    title: workspaceTitle(workspace),
    horizon: { from: plan.horizon.from, to: plan.horizon.to },
    initialDate: sessions[0]?.start.slice(0, 10) ?? plan.horizon.from,
    libraries: libraries.items,
    zones,
    programs: programs.items,
    places: places.items,
    resources: resources.items,
    sessions,
    totalSessions: shown.length,
    closedDays: closedDays(plan, workspace, language, (libraryId) => libraries.at(libraryId, () => libraryId)),
  };
}
