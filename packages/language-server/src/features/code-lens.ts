import type { CodeLens } from "vscode-languageserver";
import type { PlanCache, PlanDates } from "../analysis/planning.js";
import { toRange } from "../analysis/positions.js";
import type { Snapshot } from "../analysis/snapshot.js";
import { declarationsOf } from "../analysis/syntax-walk.js";
import type { Lang } from "../language/language.js";
import { say } from "../words.js";

/**
 * Code lenses from the plan: per program, its occurrences in the horizon and how many are
 * unassigned; per agreement, how many obligations hold (per period). None while the
 * workspace has errors.
 */
export function codeLenses(snapshot: Snapshot, path: string, plans: PlanCache, dates: PlanDates, lang: Lang): CodeLens[] {
  const file = snapshot.files.get(path);
  if (file === undefined) return [];
  const plan = plans.planOf(snapshot, dates);
  if (plan === undefined) return [];
  const counts = new Map<string, { all: number; unassigned: number }>();
  for (const o of plan.occurrences) {
    const c = counts.get(o.programId) ?? { all: 0, unassigned: 0 };
    c.all++;
    if (o.status === "unassigned") c.unassigned++;
    counts.set(o.programId, c);
  }
  return declarationsOf(file).flatMap((d): CodeLens[] => {
    const range = toRange(d.name.range);
    if (d.declarationKind === "program") {
      const c = counts.get(d.name.text) ?? { all: 0, unassigned: 0 };
      return [{ range, command: { title: `${c.all} ${say("occurrences", lang)} · ${c.unassigned} ${say("unassigned", lang)}`, command: "" } }];
    }
    if (d.declarationKind === "agreement") {
      const report = plan.agreements.find((a) => a.agreementId === d.name.text);
      if (report === undefined) return [];
      const held = report.findings.filter((f) => f.ok).length;
      return [{ range, command: { title: `${held}/${report.findings.length} ${say("obligationsHold", lang)} (${report.status})`, command: "" } }];
    }
    return [];
  });
}
