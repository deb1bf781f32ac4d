import type { Audience, Cost, Need, Precedence, Schedule, StageGate, WorkspaceInput } from "@lontar/core";
import type { Declaration, NeedNode } from "../../syntax/ast.js";
import { programLibrary } from "../checker/check.js";
import { SCHEDULE_KINDS } from "../checker/property-table.js";
import { compileSchedule, type ScheduleContext } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { SCHOOL_LEVEL_VALUES } from "../../language/values.js";
import { lookupWord } from "../vocabulary.js";
import { compileCondition } from "./condition.js";
import { type Building, namesOf, numberOf, textOf, valueOf, wordOf } from "./read.js";
import { type SourceMap, spanOf } from "./source-map.js";

const SCHEDULE_KIND_SET: ReadonlySet<string> = new Set(SCHEDULE_KINDS);

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

function audiences(declaration: Declaration): Audience[] {
  const out: Audience[] = [];
  for (const p of declaration.properties) {
    if (p.key !== "audience") continue;
    const v = p.value;
    const group = v.kind === "Audience" ? v.group.name : v.kind === "Reference" ? v.name : undefined;
    if (group === undefined) continue;
    const audience = { group: allowedValue("program", "audience", group) as Audience["group"] } as Building<Audience>;
    const level = v.kind === "Audience" ? v.level?.value : undefined;
    if (level !== undefined) {
      const schoolLevel = lookupWord(SCHOOL_LEVEL_VALUES.vocabulary, level) as Audience["schoolLevel"];
      if (schoolLevel !== undefined) audience.schoolLevel = schoolLevel;
    }
    out.push(audience);
  }
  return out;
}

function compileNeed(need: NeedNode, file: string): Need {
  const out = { kind: need.resourceKind } as Building<Need>;
  if (need.resource !== undefined) out.resource = need.resource.name;
  out.quantity = need.quantity?.value ?? 1;
  if (need.role !== undefined) out.role = need.role.name;
  if (need.skill !== undefined) out.skill = need.skill.name;
  out.features = need.features.map((f) => f.name);
  if (need.minCapacity !== undefined) out.minCapacity = need.minCapacity.value;
  if (need.preferred !== undefined) out.preferred = need.preferred.name;
  out.source = spanOf(file, need.range);
  return out;
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
        needs.push(compileNeed(need, file));
      }
    } else if (v.kind === "Cost") {
      if (map.recording) map.record([...at, "costs", costs.length], file, v.range);
      const cost = { amount: v.amount.rupiah, per: v.per } as Building<Cost>;
      if (v.budget !== undefined) cost.budget = v.budget.name;
      cost.source = spanOf(file, v.range);
      costs.push(cost);
    } else if (v.kind === "Precedence") {
      if (map.recording) map.record([...at, "precedences", precedences.length], file, v.range);
      precedences.push({ relation: v.relation, program: v.program.name, gapDays: v.gap?.value ?? 0, source: spanOf(file, v.range) });
    }
  }
  const route = valueOf(declaration, "route");
  const category = wordOf(declaration, "category");
  const description = textOf(declaration, "description");
  const participants = numberOf(declaration, "participants");
  const out = { id: declaration.name.text, title: textOf(declaration, "title") ?? textOf(declaration, "name") ?? declaration.name.text } as Building<ProgramInput>;
  if (description !== undefined) out.description = description;
  out.library = programLibrary(declaration, libraries) ?? "";
  out.category = (category === undefined ? undefined : allowedValue("program", "category", category)) as ProgramInput["category"];
  out.audience = audiences(declaration);
  out.schedules = schedules;
  out.sites = route?.kind === "Route" ? route.sites.map((s) => s.name) : namesOf(declaration, "sites");
  out.siteMode = route?.kind === "Route" && route.rotating ? "rotating" : "fixed";
  if (participants !== undefined) out.expectedParticipants = participants;
  out.needs = needs;
  out.costs = costs;
  out.partners = namesOf(declaration, "partners");
  const gate = stageGate(declaration);
  if (gate !== undefined) out.gate = gate;
  out.precedences = precedences;
  out.source = spanOf(file, declaration.range);
  return out;
}

/** A program's gate: its `requires` stage and its `when` condition, when it has either. */
function stageGate(declaration: Declaration): StageGate | undefined {
  const minStage = wordOf(declaration, "requires");
  const when = valueOf(declaration, "when");
  if (minStage === undefined && when?.kind !== "Expr") return undefined;
  const gate: Building<StageGate> = {};
  const stage = minStage === undefined ? undefined : allowedValue("program", "requires", minStage);
  if (stage !== undefined) gate.minStage = stage;
  if (when?.kind === "Expr") gate.condition = compileCondition(when.expr);
  return Object.keys(gate).length > 0 ? gate : undefined;
}
