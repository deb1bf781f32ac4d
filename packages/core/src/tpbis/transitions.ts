import { fail, ok, type Issue, type Result } from "../primitives/result.js";
import type { Labels } from "../primitives/labels.js";
import type { Stage, StageModel, StageTransition } from "./stage-model.js";

/**
 * Finds a stage by id or keyword (`implementasi` or `implementation`).
 *
 * @example findStage(DEFAULT_STAGE_MODEL, "implementation")?.id // "implementasi"
 */
export function findStage(model: StageModel, idOrKeyword: string): Stage | undefined {
  return model.stages.find((s) => s.id === idOrKeyword || s.keyword === idOrKeyword);
}

/**
 * A stage's name in both languages, by id or keyword; the text as given, in both, when the
 * model has no such stage. What every output and message names a stage by.
 *
 * @example stageLabels(DEFAULT_STAGE_MODEL, "implementasi").en // "Implementation"
 */
export function stageLabels(model: StageModel, idOrKeyword: string): Labels {
  const stage = findStage(model, idOrKeyword);
  return stage === undefined ? { en: idOrKeyword, id: idOrKeyword } : { en: stage.labels.en, id: stage.labels.id };
}

/** The position of a stage in the model's order (0 = earliest), or -1 when unknown. */
export function stageRank(model: StageModel, idOrKeyword: string): number {
  const stage = findStage(model, idOrKeyword);
  return stage === undefined ? -1 : model.stages.indexOf(stage);
}

/**
 * Compares two stages by their order: negative when `a` comes before `b`, 0 when the same,
 * positive after. Unknown stages give `undefined`.
 */
export function compareStages(model: StageModel, a: string, b: string): number | undefined {
  const ra = stageRank(model, a);
  const rb = stageRank(model, b);
  return ra < 0 || rb < 0 ? undefined : ra - rb;
}

/**
 * Checks a move from `from` to `to` with the evidence given: the move must be an allowed
 * transition and every piece of evidence it needs must be present. Returns the transition,
 * or issues `TPBIS_UNKNOWN_STAGE`, `TPBIS_TRANSITION_NOT_ALLOWED`, `TPBIS_MISSING_EVIDENCE`.
 *
 * @example checkStageTransition(DEFAULT_STAGE_MODEL, "sosialisasi", "bimtek", ["berita_acara_sosialisasi"]).ok // true
 */
export function checkStageTransition(
  model: StageModel,
  from: string,
  to: string,
  evidence: readonly string[],
): Result<StageTransition> {
  const issues: Issue[] = [];
  const fromStage = findStage(model, from);
  const toStage = findStage(model, to);
  if (fromStage === undefined) issues.push({ code: "TPBIS_UNKNOWN_STAGE", path: ["from"], message: `unknown stage ${from}`, args: { stage: from } });
  if (toStage === undefined) issues.push({ code: "TPBIS_UNKNOWN_STAGE", path: ["to"], message: `unknown stage ${to}`, args: { stage: to } });
  if (fromStage === undefined || toStage === undefined) return fail(issues);
  const transition = model.transitions.find((t) => t.from === fromStage.id && t.to === toStage.id);
  if (transition === undefined) {
    const allowed = model.transitions.filter((t) => t.from === fromStage.id).map((t) => t.to);
    // The words in both languages (as args.detail), so that localizeIssue renders either.
    const detail: Labels = {
      en: `${fromStage.id} cannot move to ${toStage.id}; allowed: ${allowed.join(", ") || "none"}`,
      id: `${fromStage.id} tidak dapat berpindah ke ${toStage.id}; yang diizinkan: ${allowed.join(", ") || "tidak ada"}`,
    };
    return fail([{ code: "TPBIS_TRANSITION_NOT_ALLOWED", path: ["to"], message: detail.en, args: { detail } }]);
  }
  const missing = transition.evidence.filter((e) => !evidence.includes(e));
  if (missing.length > 0) {
    const detail: Labels = { en: `missing evidence: ${missing.join(", ")}`, id: `bukti yang belum ada: ${missing.join(", ")}` };
    return fail([{ code: "TPBIS_MISSING_EVIDENCE", path: ["evidence"], message: detail.en, args: { detail } }]);
  }
  return ok(transition);
}
