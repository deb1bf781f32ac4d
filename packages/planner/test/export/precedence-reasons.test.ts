/**
 * A broken order between programs in the outputs: the planner's English words (plan.json)
 * are read back and told in the reader's language, whole, with both programs' titles and
 * the two dates.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv, planWorkspace, reportSectionsHtml, type Plan } from "@lontar/planner";
import { precedenceDetail } from "../../src/plan/precedence-reasons.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const once = (start: string) => [{ kind: "rrule", dtstart: start, rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 120 }];
const walk = workspaceOf({
  libraries: [library("p")],
  programs: [
    { id: "lomba_kota", title: "Lomba Kota", library: "p", category: "reading_contest", schedules: once("2026-04-20T08:00"), precedences: [{ relation: "before", program: "lomba_provinsi", gapDays: 30 }] },
    { id: "lomba_provinsi", title: "Lomba Provinsi", library: "p", category: "reading_contest", schedules: once("2026-05-05T08:00") },
  ],
});
const plan = planWorkspace(walk, { horizon: { from: "2026-01-01", to: "2026-12-31" }, seed: 1 });

/** The reasons column of occurrences.csv in `language`, by occurrence id. */
function csvReasons(of: Plan, workspace: typeof walk, language: "en" | "id"): Map<string, string> {
  const delimiter = language === "id" ? ";" : ",";
  const rows = parse(exportCsv(of, workspace, { language }), { bom: true, delimiter, record_delimiter: "\r\n" }) as string[][];
  return new Map(rows.slice(1).map((row) => [row[0] ?? "", row[CSV_COLUMNS.indexOf("reasons")] ?? ""]));
}

const TOLD = {
  en: "Lomba Kota must end 30 days before Lomba Provinsi starts, but its last session ends 2026-04-20 and Lomba Provinsi starts 2026-05-05 (15 days later).",
  id: "Lomba Kota harus selesai 30 hari sebelum Lomba Provinsi dimulai, tetapi sesi terakhirnya selesai 2026-04-20 dan Lomba Provinsi dimulai 2026-05-05 (15 hari kemudian).",
} as const;

describe("a broken order between programs in the outputs", () => {
  it("is one hard violation whose words name both sessions and are read back whole", () => {
    const [violation, ...rest] = plan.violations;
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({ constraint: "precedence", level: "hard", occurrenceId: "lomba_provinsi@2026-05-05T08:00" });
    expect(precedenceDetail(violation!)).toEqual({
      earlier: "lomba_kota",
      later: "lomba_provinsi",
      gapDays: 30,
      lastId: "lomba_kota@2026-04-20T08:00",
      end: "2026-04-20T10:00:00+07:00",
      firstId: "lomba_provinsi@2026-05-05T08:00",
      start: "2026-05-05T08:00:00+07:00",
    });
  });

  it.each(["en", "id"] as const)("is told whole in occurrences.csv in %s, by the programs' titles", (language) => {
    const reasons = csvReasons(plan, walk, language);
    expect(reasons.get("lomba_provinsi@2026-05-05T08:00")).toBe(TOLD[language]);
    expect(reasons.get("lomba_kota@2026-04-20T08:00")).toBe("");
  });

  it("is told in Bahasa Indonesia among the report's broken firm rules, with no English word of the planner's", () => {
    const [summary] = reportSectionsHtml(plan, walk, ["summary"], "id");
    expect(summary).toContain(`<li>${TOLD.id}</li>`);
    expect(summary).not.toMatch(/must end|day\(s\)|starts/);
    expect(reportSectionsHtml(plan, walk, ["summary"], "en")[0]).toContain(`<li>${TOLD.en}</li>`);
  });
});
