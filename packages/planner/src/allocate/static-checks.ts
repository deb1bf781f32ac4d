import type { FactValue, Library, Program, Rule, Workspace } from "@lontar/core";
import { compareStages, evaluateCondition } from "@lontar/core";
import type { Occurrence, Slot } from "../expand/occurrence.js";
import type { Justification } from "../plan/plan.js";
import { libraryFacts, occurrenceFacts, programFacts, stageComparer } from "./facts.js";
import { NEEDS_STAGE } from "../plan/cancel-reasons.js";
import { evenly } from "../collections/group.js";

/**
 * What the static checks decide about one occurrence before any resource is assigned:
 * whether it is cancelled (and why), the rule warnings it raises, and the slots it may
 * take (one for a fixed occurrence; the allowed candidates for a flexible one).
 */
export interface StaticOutcome {
  /** Set when a stage gate or a forbid/require rule cancels the occurrence. */
  readonly cancelled?: Justification;
  /** Soft findings of `warn` rules. */
  readonly warnings: readonly Justification[];
  /** Slots the occurrence may take, the default first. */
  readonly choices: readonly Slot[];
}

/** Why a program's gate stops it at its library, or undefined when it may run. */
export function gateFailure(workspace: Workspace, program: Program, library: Library | undefined): string | undefined {
  const gate = program.gate;
  if (gate === undefined) return undefined;
  if (gate.minStage !== undefined) {
    const stage = library?.stage;
    const order = stage === undefined ? undefined : compareStages(workspace.stageModel, stage, gate.minStage);
    if (order === undefined || order < 0) {
      return `program ${program.id} ${NEEDS_STAGE} ${gate.minStage}; library ${program.library} is at ${stage ?? "no stage"}`;
    }
  }
  if (gate.condition !== undefined) {
    const facts = { ...programFacts(program), ...libraryFacts(library) };
    if (!evaluateCondition(gate.condition, { facts, compareStages: stageComparer(workspace) })) {
      return `the gate condition of program ${program.id} does not hold at library ${program.library}`;
    }
  }
  return undefined;
}

/** The rule that stops an occurrence at a slot (forbid matched, or require in scope not met). */
function blockingRule(rules: readonly Rule[], facts: Readonly<Record<string, FactValue | undefined>>, compare: (a: string, b: string) => number | undefined): Rule | undefined {
  const context = { facts, compareStages: compare };
  return rules.find((rule) => {
    if (rule.effect === "forbid") return evaluateCondition(rule.when, context);
    if (rule.effect === "require") return (rule.scope === undefined || evaluateCondition(rule.scope, context)) && !evaluateCondition(rule.when, context);
    return false;
  });
}

/**
 * Applies stage gates and rules to each occurrence. Forbidding and requiring rules are
 * hard: an occurrence they stop is cancelled (it does not take place), with a
 * justification naming the rule, rather than kept as a violation — a plan that runs a
 * forbidden session is never what a planner wants. A flexible occurrence is cancelled only
 * when every candidate slot is stopped; otherwise its choices shrink to the allowed ones.
 */
export function staticChecks(workspace: Workspace, occurrences: readonly Occurrence[], zones: ReadonlyMap<string, string>): StaticOutcome[] {
  const programs = new Map(workspace.programs.map((p) => [p.id, p]));
  const libraries = new Map(workspace.libraries.map((l) => [l.id, l]));
  const compare = stageComparer(workspace);
  const gates = new Map<string, string | undefined>();
  const hardRules = workspace.rules.filter((r) => r.effect !== "warn");
  const warnRules = workspace.rules.filter((r) => r.effect === "warn");
  const none: readonly Justification[] = [];
  const staticFactsOf = new Map<string, Record<string, FactValue | undefined>>();
  return occurrences.map((occurrence) => {
    const program = programs.get(occurrence.programId);
    const simple = occurrence.flexible === undefined && workspace.rules.length === 0;
    const library = libraries.get(occurrence.libraryId);
    const zone = zones.get(occurrence.libraryId) ?? occurrence.zone;
    const choices = occurrence.flexible === undefined ? [occurrence] : dedupeChoices(occurrence);
    if (program === undefined) {
      return { cancelled: { constraint: "unknown-program", level: "info", occurrenceId: occurrence.id, message: `${occurrence.id}: program ${occurrence.programId} is not declared` }, warnings: [], choices };
    }
    if (!gates.has(program.id)) gates.set(program.id, gateFailure(workspace, program, library));
    const gate = gates.get(program.id);
    if (gate !== undefined) return { cancelled: { constraint: "stage-gate", level: "info", occurrenceId: occurrence.id, message: `${occurrence.id} cancelled: ${gate}` }, warnings: [], choices };
    if (simple) return { warnings: none, choices };
    let staticFacts = staticFactsOf.get(program.id);
    if (staticFacts === undefined) {
      staticFacts = { ...programFacts(program), ...libraryFacts(library) };
      staticFactsOf.set(program.id, staticFacts);
    }
    const known = staticFacts;
    const factsAt = (slot: Slot): Record<string, FactValue | undefined> => ({ ...known, ...occurrenceFacts(slot, zone, occurrence.site) });
    let firstBlock: Rule | undefined;
    const allowed = choices.filter((slot) => {
      const rule = hardRules.length === 0 ? undefined : blockingRule(hardRules, factsAt(slot), compare);
      firstBlock ??= rule;
      return rule === undefined;
    });
    if (allowed.length === 0 && firstBlock !== undefined) {
      const constraint = firstBlock.effect === "forbid" ? "forbidden-by-rule" : "required-by-rule";
      return { cancelled: { constraint, level: "info", occurrenceId: occurrence.id, ruleId: firstBlock.id, message: `${occurrence.id} cancelled by rule ${firstBlock.id}: ${firstBlock.message}` }, warnings: [], choices };
    }
    const first = allowed[0] ?? occurrence;
    const facts = warnRules.length === 0 ? {} : factsAt(first);
    const warnings = warnRules
      .filter((rule) => evaluateCondition(rule.when, { facts, compareStages: compare }))
      .map((rule): Justification => ({ constraint: "rule-warning", level: "soft", occurrenceId: occurrence.id, ruleId: rule.id, message: `${occurrence.id}: ${rule.message} (rule ${rule.id})` }));
    return { warnings, choices: allowed };
  });
}

/** The most slot choices a flexible occurrence holds (its default among them). */
export const MAX_SLOT_CHOICES = 200;

/**
 * The default slot, then the flexible candidates at other start times, in time order. Where the
 * period has more than {@link MAX_SLOT_CHOICES}, the choices reach over all of it: the first start
 * of every day, then other starts spread evenly; or, when it has more days than choices, every
 * start spread evenly through it. The first 199 alone were the first days of a semester or a year: 45
 * sessions a semester in a room full until April could never move to May or June, and `check`
 * failed a plan that fits (a walk).
 */
function dedupeChoices(occurrence: Occurrence): Slot[] {
  // The candidates are in time order, one per start (expand/flexible.ts); the default is among them.
  const others: Slot[] = [];
  let last = occurrence.startMs;
  for (const slot of occurrence.flexible?.candidates ?? []) {
    if (slot.startMs === occurrence.startMs || slot.startMs === last) continue;
    last = slot.startMs;
    others.push(slot);
  }
  const room = MAX_SLOT_CHOICES - 1;
  if (others.length <= room) return [occurrence, ...others];
  const firstOfDay = others.filter((slot, i) => i === 0 || others[i - 1]?.localDate !== slot.localDate);
  // More days than choices (a year's weekdays): every start spread evenly, so the days reached hold each time of the
  // day in turn; the first start of each alone put every session at 08:00 in a room busy every morning (a review).
  if (firstOfDay.length >= room) return [occurrence, ...evenly(others, room)];
  const taken = new Set(firstOfDay);
  const picked = [...firstOfDay, ...evenly(others.filter((slot) => !taken.has(slot)), room - firstOfDay.length)];
  return [occurrence, ...picked.sort((a, b) => a.startMs - b.startMs)];
}
