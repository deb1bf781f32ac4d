import { createDiagnostic, messageLabels, stageLabels, type Diagnostic, type Workspace } from "@lontar/core";
import type { Plan } from "../plan/plan.js";
import { stoppedByStage } from "../plan/cancel-reasons.js";
import { locationOf } from "./location.js";

/**
 * LON5104 at each program whose every session in the plan is cancelled, some by the TPBIS
 * stage it requires (`requires stage`), naming the stage and its library's: such a program
 * is otherwise missing from the plan without a word. The others may fall on holidays or
 * closures (a weekly program over a year always meets some). A program with any session
 * left, or none cancelled by its stage, or with no source, gets none.
 *
 * @example for (const d of gateDiagnostics(workspace, plan)) console.log(d.message);
 */
export function gateDiagnostics(workspace: Workspace, plan: Plan): Diagnostic[] {
  const counts = new Map<string, { all: number; cancelled: number; gated: number }>();
  for (const o of plan.occurrences) {
    const count = counts.get(o.programId) ?? { all: 0, cancelled: 0, gated: 0 };
    count.all++;
    if (o.status === "cancelled") count.cancelled++;
    // Cancelled by the stage itself, not by the gate's condition (never-runs.ts tells that one).
    if (o.status === "cancelled" && o.reasons?.some(stoppedByStage) === true) count.gated++;
    counts.set(o.programId, count);
  }
  const libraries = new Map(workspace.libraries.map((l) => [l.id, l]));
  return workspace.programs.flatMap((program) => {
    const count = counts.get(program.id);
    const stage = program.gate?.minStage;
    if (count === undefined || count.gated === 0 || count.cancelled < count.all || stage === undefined || program.source === undefined) return [];
    const library = libraries.get(program.library);
    const args = {
      program: program.id,
      stage: stageLabels(workspace.stageModel, stage),
      library: library?.name ?? program.library,
      sessions: count.all === 1 ? messageLabels({ key: "LON5104.oneSession", args: {} }) : messageLabels({ key: "LON5104.allSessions", args: { count: count.all } }),
    };
    const source = program.source;
    // A library with no stage is told to declare one (a walk read "berada pada tahap belum ada tahap (tidak dideklarasikan)").
    if (library?.stage === undefined) return [createDiagnostic("LON5104.stageNotDeclared", args, locationOf(source))];
    return [createDiagnostic("LON5104.stageNotReached", { ...args, current: stageLabels(workspace.stageModel, library.stage) }, locationOf(source))];
  });
}
