import type { Audience, Cost, Need, Precedence, Schedule, StageGate, WorkspaceInput } from "@lontar/core";
import type { Declaration, NeedNode, PropertyValue } from "../../syntax/ast.js";
import { programLibrary } from "../checker/program-library.js";
import { SCHEDULE_KINDS } from "../checker/property-table.js";
import { compileSchedule, type ScheduleContext } from "../schedule/compile-schedule.js";
import { allowedValue } from "../../language/table.js";
import { SCHOOL_LEVEL_VALUES } from "../../language/values.js";
import { lookupWord } from "../vocabulary.js";
import { compileCondition } from "./condition.js";
import { added, exact, exactList } from "./exact-array.js";
import { type Building, numberValue, pushNames, wordValue } from "./read.js";
import { type SourceMap, spanOf } from "./source-map.js";

const SCHEDULE_KIND_SET: ReadonlySet<string> = new Set(SCHEDULE_KINDS);

type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

/** A written audience (`audience students sd`) in core form, or undefined when it names no group. */
function audienceOf(v: PropertyValue): Audience | undefined {
  const group = v.kind === "Audience" ? v.group.name : v.kind === "Reference" ? v.name : undefined;
  if (group === undefined) return undefined;
  const audience = { group: allowedValue("program", "audience", group) as Audience["group"] } as Building<Audience>;
  const level = v.kind === "Audience" ? v.level?.value : undefined;
  if (level !== undefined) {
    const schoolLevel = lookupWord(SCHOOL_LEVEL_VALUES.vocabulary, level) as Audience["schoolLevel"];
    if (schoolLevel !== undefined) audience.schoolLevel = schoolLevel;
  }
  return audience;
}

function compileNeed(need: NeedNode, file: string): Need {
  const features = need.features.map((f) => f.name);
  // The usual needs (a resource named, or none) as one literal each, in the schema's key order.
  if (need.role === undefined && need.skill === undefined && need.minCapacity === undefined && need.preferred === undefined) {
    const quantity = need.quantity?.value ?? 1;
    const source = spanOf(file, need.range);
    return need.resource === undefined ? { kind: need.resourceKind, quantity, features, source } : { kind: need.resourceKind, resource: need.resource.name, quantity, features, source };
  }
  const out = { kind: need.resourceKind } as Building<Need>;
  if (need.resource !== undefined) out.resource = need.resource.name;
  out.quantity = need.quantity?.value ?? 1;
  if (need.role !== undefined) out.role = need.role.name;
  if (need.skill !== undefined) out.skill = need.skill.name;
  out.features = features;
  if (need.minCapacity !== undefined) out.minCapacity = need.minCapacity.value;
  if (need.preferred !== undefined) out.preferred = need.preferred.name;
  out.source = spanOf(file, need.range);
  return out;
}

/** A `program` declaration as core input; records where each schedule, need and cost came from. */
export function compileProgram(declaration: Declaration, file: string, index: number, libraries: readonly string[], context: ScheduleContext, map: SourceMap): ProgramInput {
  // Gathered one at a time (see added): undefined while empty.
  let schedules: Schedule[] | undefined;
  let needs: Need[] | undefined;
  let costs: Cost[] | undefined;
  let precedences: Precedence[] | undefined;
  let audience: Audience[] | undefined;
  const sites: string[] = [];
  const partners: string[] = [];
  // One pass over the properties: the last of a key wins (as valueOf reads it), lists gather in order.
  let route: PropertyValue | undefined;
  let category: PropertyValue | undefined;
  let description: PropertyValue | undefined;
  let participants: PropertyValue | undefined;
  let title: PropertyValue | undefined;
  let name: PropertyValue | undefined;
  let requires: PropertyValue | undefined;
  let when: PropertyValue | undefined;
  let library: PropertyValue | undefined;
  for (const property of declaration.properties) {
    const v = property.value;
    if (SCHEDULE_KIND_SET.has(v.kind)) {
      const schedule = compileSchedule(v as Parameters<typeof compileSchedule>[0], context);
      if (map.recording) map.record(["programs", index, "schedules", schedules?.length ?? 0], file, v.range);
      if (schedule !== undefined) schedules = added(schedules, schedule);
    } else if (v.kind === "Needs") {
      for (const need of v.needs) {
        if (map.recording) map.record(["programs", index, "needs", needs?.length ?? 0], file, need.range);
        needs = added(needs, compileNeed(need, file));
      }
    } else if (v.kind === "Cost") {
      if (map.recording) map.record(["programs", index, "costs", costs?.length ?? 0], file, v.range);
      costs = added(costs, v.budget === undefined ? { amount: v.amount.rupiah, per: v.per, source: spanOf(file, v.range) } : { amount: v.amount.rupiah, per: v.per, budget: v.budget.name, source: spanOf(file, v.range) });
    } else if (v.kind === "Precedence") {
      if (map.recording) map.record(["programs", index, "precedences", precedences?.length ?? 0], file, v.range);
      precedences = added(precedences, { relation: v.relation, program: v.program.name, gapDays: v.gap?.value ?? 0, source: spanOf(file, v.range) });
    }
    switch (property.key) {
      case "route":
        route = v;
        break;
      case "category":
        category = v;
        break;
      case "description":
        description = v;
        break;
      case "participants":
        participants = v;
        break;
      case "title":
        title = v;
        break;
      case "name":
        name = v;
        break;
      case "requires":
        requires = v;
        break;
      case "when":
        when = v;
        break;
      case "library":
        // The first one counts (as programLibrary reads it).
        library ??= v;
        break;
      case "audience": {
        const one = audienceOf(v);
        if (one !== undefined) audience = added(audience, one);
        break;
      }
      case "sites":
        pushNames(v, sites);
        break;
      case "partners":
        pushNames(v, partners);
    }
  }
  const categoryWord = wordValue(category);
  const descriptionText = description?.kind === "String" ? description.value : undefined;
  const participantCount = numberValue(participants);
  const gate = stageGate(wordValue(requires), when);
  const id = declaration.name.text;
  const programTitle = (title?.kind === "String" ? title.value : undefined) ?? (name?.kind === "String" ? name.value : undefined) ?? id;
  const programLibraryId = (library?.kind === "Reference" ? library.name : programLibrary(declaration, libraries)) ?? "";
  const programCategory = (categoryWord === undefined ? undefined : allowedValue("program", "category", categoryWord)) as ProgramInput["category"];
  const programSites = route?.kind === "Route" ? route.sites.map((s) => s.name) : exact(sites);
  const siteMode = route?.kind === "Route" && route.rotating ? "rotating" : "fixed";
  const source = spanOf(file, declaration.range);
  // The usual program (no description, participants or gate) as one literal, in the schema's key order.
  if (descriptionText === undefined && participantCount === undefined && gate === undefined) {
    return {
      id,
      title: programTitle,
      library: programLibraryId,
      category: programCategory,
      audience: exactList(audience),
      schedules: exactList(schedules),
      sites: programSites,
      siteMode,
      needs: exactList(needs),
      costs: exactList(costs),
      partners: exact(partners),
      precedences: exactList(precedences),
      source,
    };
  }
  const out = { id, title: programTitle } as Building<ProgramInput>;
  if (descriptionText !== undefined) out.description = descriptionText;
  out.library = programLibraryId;
  out.category = programCategory;
  out.audience = exactList(audience);
  out.schedules = exactList(schedules);
  out.sites = programSites;
  out.siteMode = siteMode;
  if (participantCount !== undefined) out.expectedParticipants = participantCount;
  out.needs = exactList(needs);
  out.costs = exactList(costs);
  out.partners = exact(partners);
  if (gate !== undefined) out.gate = gate;
  out.precedences = exactList(precedences);
  out.source = source;
  return out;
}

/** A program's gate: its `requires` stage and its `when` condition, when it has either. */
function stageGate(minStage: string | undefined, when: PropertyValue | undefined): StageGate | undefined {
  if (minStage === undefined && when?.kind !== "Expr") return undefined;
  const stage = minStage === undefined ? undefined : allowedValue("program", "requires", minStage);
  const condition = when?.kind === "Expr" ? compileCondition(when.expr) : undefined;
  if (stage === undefined) return condition === undefined ? undefined : { condition };
  return condition === undefined ? { minStage: stage } : { minStage: stage, condition };
}
