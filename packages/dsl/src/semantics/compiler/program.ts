import type { Audience, Cost, Need, Precedence, Schedule, WorkspaceInput } from "@lontar/core";
import type { Declaration } from "../../syntax/ast.js";
import { programLibrary } from "../checker/check.js";
import { SCHEDULE_KINDS } from "../checker/property-table.js";
import { compileSchedule, type ScheduleContext } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { SCHOOL_LEVEL_VALUES } from "../../language/values.js";
import { lookupWord } from "../vocabulary.js";
import { compileCondition } from "./condition.js";
import { namesOf, numberOf, optional, textOf, valueOf, wordOf } from "./read.js";
import { type SourceMap, spanOf } from "./source-map.js";

const SCHEDULE_KIND_SET: ReadonlySet<string> = new Set(SCHEDULE_KINDS);

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

function audiences(declaration: Declaration): Audience[] {
  return declaration.properties.flatMap((p): Audience[] => {
    if (p.key !== "audience") return [];
    const v = p.value;
    const words = v.kind === "Audience" ? [{ group: v.group.name, level: v.level?.value }] : v.kind === "Reference" ? [{ group: v.name, level: undefined }] : [];
    return words.map((w) => ({
      group: allowedValue("program", "audience", w.group) as Audience["group"],
      ...optional("schoolLevel", w.level === undefined ? undefined : (lookupWord(SCHOOL_LEVEL_VALUES.vocabulary, w.level) as Audience["schoolLevel"])),
    }));
  });
}

/** A `program` declaration as core input; records where each schedule, need and cost came from. */
export function compileProgram(declaration: Declaration, file: string, index: number, libraries: readonly string[], context: ScheduleContext, map: SourceMap): ProgramInput {
  const at = ["programs", index];
  const schedules: Schedule[] = [];
  const needs: Need[] = [];
  const costs: Cost[] = [];
  const precedences: Precedence[] = [];
  for (const property of declaration.properties) {
    const v = property.value;
    if (SCHEDULE_KIND_SET.has(v.kind)) {
      const schedule = compileSchedule(v as Parameters<typeof compileSchedule>[0], context);
      if (map.recording) map.record([...at, "schedules", schedules.length], file, v.range);
      if (schedule !== undefined) schedules.push(schedule);
    } else if (v.kind === "Needs") {
      for (const need of v.needs) {
        if (map.recording) map.record([...at, "needs", needs.length], file, need.range);
        needs.push({
          kind: need.resourceKind,
          ...optional("resource", need.resource?.name),
          quantity: need.quantity?.value ?? 1,
          ...optional("role", need.role?.name),
          ...optional("skill", need.skill?.name),
          features: need.features.map((f) => f.name),
          ...optional("minCapacity", need.minCapacity?.value),
          ...optional("preferred", need.preferred?.name),
          source: spanOf(file, need.range),
        });
      }
    } else if (v.kind === "Cost") {
      if (map.recording) map.record([...at, "costs", costs.length], file, v.range);
      costs.push({ amount: v.amount.rupiah, per: v.per, ...optional("budget", v.budget?.name), source: spanOf(file, v.range) });
    } else if (v.kind === "Precedence") {
      if (map.recording) map.record([...at, "precedences", precedences.length], file, v.range);
      precedences.push({ relation: v.relation, program: v.program.name, gapDays: v.gap?.value ?? 0, source: spanOf(file, v.range) });
    }
  }
  const route = valueOf(declaration, "route");
  const category = wordOf(declaration, "category");
  const minStage = wordOf(declaration, "requires");
  const when = valueOf(declaration, "when");
  const gate = {
    ...optional("minStage", minStage === undefined ? undefined : allowedValue("program", "requires", minStage)),
    ...optional("condition", when?.kind === "Expr" ? compileCondition(when.expr) : undefined),
  };
  return {
    id: declaration.name.text,
    title: textOf(declaration, "title") ?? textOf(declaration, "name") ?? declaration.name.text,
    ...optional("description", textOf(declaration, "description")),
    library: programLibrary(declaration, libraries) ?? "",
    category: (category === undefined ? undefined : allowedValue("program", "category", category)) as ProgramInput["category"],
    audience: audiences(declaration),
    schedules,
    sites: route?.kind === "Route" ? route.sites.map((s) => s.name) : namesOf(declaration, "sites"),
    siteMode: route?.kind === "Route" && route.rotating ? "rotating" : "fixed",
    ...optional("expectedParticipants", numberOf(declaration, "participants")),
    needs,
    costs,
    partners: namesOf(declaration, "partners"),
    ...optional("gate", Object.keys(gate).length > 0 ? gate : undefined),
    precedences,
    source: spanOf(file, declaration.range),
  };
}
