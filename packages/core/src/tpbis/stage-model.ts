import { z } from "zod";
import { Identifier } from "../primitives/identifier.js";

/** One TPBIS stage: an id, labels, and its place in the order. */
export const Stage = z
  .object({
    id: Identifier,
    labels: z.object({ id: z.string().min(1), en: z.string().min(1) }),
    /** The English keyword a rule file may use for it (`implementation`). */
    keyword: Identifier,
  })
  .describe("A TPBIS transformation stage.");
/** See {@link Stage}. */
export type Stage = z.infer<typeof Stage>;

/** A move from one stage to another, and the evidence it needs. */
export const StageTransition = z
  .object({ from: Identifier, to: Identifier, evidence: z.array(z.string().min(1)).default([]) })
  .describe("An allowed stage transition.");
/** See {@link StageTransition}. */
export type StageTransition = z.infer<typeof StageTransition>;

/**
 * Stages as data: an ordered list (earliest first) and the transitions allowed between
 * them. No official maturity scheme exists, so a deployment may supply its own.
 */
export const StageModel = z
  .object({ stages: z.array(Stage).min(1), transitions: z.array(StageTransition) })
  .superRefine((model, ctx) => {
    const ids = new Set<string>();
    model.stages.forEach((stage, i) => {
      if (ids.has(stage.id)) ctx.addIssue({ code: "custom", path: ["stages", i, "id"], message: `duplicate stage ${stage.id}` });
      ids.add(stage.id);
    });
    // findStage accepts an id or a keyword, so a keyword may not name a different stage.
    const names = new Map<string, number>();
    model.stages.forEach((stage, i) => names.has(stage.id) || names.set(stage.id, i));
    model.stages.forEach((stage, i) => {
      const owner = names.get(stage.keyword);
      if (owner !== undefined && owner !== i) {
        ctx.addIssue({ code: "custom", path: ["stages", i, "keyword"], message: `keyword ${stage.keyword} already names another stage` });
      } else names.set(stage.keyword, i);
    });
    model.transitions.forEach((t, i) => {
      for (const end of ["from", "to"] as const) {
        if (!ids.has(t[end])) ctx.addIssue({ code: "custom", path: ["transitions", i, end], message: `unknown stage ${t[end]}` });
      }
    });
  })
  .describe("TPBIS stages and allowed transitions.");
/** See {@link StageModel}. */
export type StageModel = z.infer<typeof StageModel>;

/**
 * The default TPBIS path seen for a participating library: sosialisasi → bimtek →
 * implementasi → pendampingan → monitoring-evaluasi → replikasi, with one step back from
 * monitoring to mentoring when an evaluation asks for it.
 */
export const DEFAULT_STAGE_MODEL: StageModel = {
  stages: [
    { id: "sosialisasi", keyword: "socialisation", labels: { id: "Sosialisasi", en: "Socialisation" } },
    { id: "bimtek", keyword: "training", labels: { id: "Bimbingan teknis (SPP-TIK)", en: "Technical training (SPP-TIK)" } },
    { id: "implementasi", keyword: "implementation", labels: { id: "Implementasi", en: "Implementation" } },
    { id: "pendampingan", keyword: "mentoring", labels: { id: "Pendampingan", en: "Mentoring" } },
    { id: "monitoring_evaluasi", keyword: "monitoring", labels: { id: "Monitoring dan evaluasi", en: "Monitoring and evaluation" } },
    { id: "replikasi", keyword: "replication", labels: { id: "Replikasi mandiri", en: "Self-funded replication" } },
  ],
  transitions: [
    { from: "sosialisasi", to: "bimtek", evidence: ["berita_acara_sosialisasi"] },
    { from: "bimtek", to: "implementasi", evidence: ["sertifikat_bimtek", "rencana_kerja"] },
    { from: "implementasi", to: "pendampingan", evidence: ["laporan_kegiatan"] },
    { from: "pendampingan", to: "monitoring_evaluasi", evidence: ["laporan_pendampingan"] },
    { from: "monitoring_evaluasi", to: "pendampingan", evidence: ["hasil_evaluasi"] },
    { from: "monitoring_evaluasi", to: "replikasi", evidence: ["hasil_evaluasi", "komitmen_anggaran_daerah"] },
  ],
};
