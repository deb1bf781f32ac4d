import { agreementStatusWord } from "@lontar/planner";
import type { CodeLens } from "vscode-languageserver";
import type { PlanCache, PlanDates } from "../analysis/planning.js";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { declarationsOf } from "../analysis/syntax-walk.js";
import type { Lang } from "../language/language.js";
import { say, sayCount } from "../words.js";

/**
 * Code lenses from the plan: per program, its occurrences in the horizon that take place,
 * how many of those are unassigned, and how many were cancelled (a holiday, a closure, a
 * rule), when any; per agreement, its status in words (`not met`, as `lontar plan` says it)
 * and how many of its obligations hold in every period (`not met · 1 of 2 obligations kept`,
 * `tidak terpenuhi · 1 dari 2 kewajiban ditepati`: not the status's word twice). None while the
 * workspace has errors, or is too large to plan while the user types.
 */
export function codeLenses(snapshot: Snapshot, path: string, plans: PlanCache, dates: PlanDates, lang: Lang): CodeLens[] {
  const file = snapshot.files.get(path);
  if (file === undefined) return [];
  // Asked for while the user types: not for a workspace too large to plan then (see planWhileTyping).
  const plan = plans.planWhileTyping(snapshot, dates);
  if (plan === undefined) return [];
  const counts = new Map<string, { held: number; unassigned: number; cancelled: number }>();
  for (const o of plan.occurrences) {
    const c = counts.get(o.programId) ?? { held: 0, unassigned: 0, cancelled: 0 };
    if (o.status === "cancelled") c.cancelled++;
    else c.held++;
    if (o.status === "unassigned") c.unassigned++;
    counts.set(o.programId, c);
  }
  return declarationsOf(file).flatMap((d): CodeLens[] => {
    const range = toRange(d.name.range);
    if (d.declarationKind === "program") {
      const c = counts.get(d.name.text) ?? { held: 0, unassigned: 0, cancelled: 0 };
      const cancelled = c.cancelled > 0 ? ` · ${c.cancelled} ${say("cancelled", lang)}` : "";
      return [{ range, command: { title: `${sayCount(c.held, "occurrence", "occurrences", lang)} · ${c.unassigned} ${say("unassigned", lang)}${cancelled}`, command: "" } }];
    }
    if (d.declarationKind === "agreement") {
      const report = plan.agreements.find((a) => a.agreementId === d.name.text);
      if (report === undefined) return [];
      // An obligation holds when it holds in each of its periods: counted by obligation (as the file writes them), not by period.
      const obligations = new Map<number, boolean>();
      for (const f of report.findings) obligations.set(f.obligationIndex, (obligations.get(f.obligationIndex) ?? true) && f.ok);
      const held = [...obligations.values()].filter(Boolean).length;
      const kept = `${held} ${say("countOf", lang)} ${obligations.size} ${say(obligations.size === 1 ? "obligationKept" : "obligationsKept", lang)}`;
      return [{ range, command: { title: `${agreementStatusWord(report.status, lang)} · ${kept}`, command: "" } }];
    }
    return [];
  });
}
