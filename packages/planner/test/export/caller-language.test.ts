/**
 * A caller's mistakes with the exporters are named as the types would have: a language that
 * is not "en" or "id" (a locale such as "id-ID", or "fr") is a RangeError, as in core; exportIcs
 * without its options a TypeError. They crashed deep inside ("reading 'replace'") or wrote
 * English without a word (found by the SDK walk).
 */
import { describe, expect, it } from "vitest";
import { exportCalendars, exportCsv, exportHtml, exportIcs, exportXlsx, planOutputs, reportData } from "../../src/index.js";
import { samplePlan, sampleWorkspace } from "./fixtures.js";
import { writePlanOutputs } from "../../src/node.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("the exporters' language", () => {
  const plan = samplePlan();
  const workspace = sampleWorkspace();
  const exporters: readonly (readonly [string, (language: never) => unknown])[] = [
    ["planOutputs", (language) => planOutputs(plan, workspace, { language })],
    ["exportIcs", (language) => exportIcs(plan, workspace, { calendarName: "Kalender", language })],
    ["exportCalendars", (language) => exportCalendars(plan, workspace, { language })],
    ["exportCsv", (language) => exportCsv(plan, workspace, { language })],
    ["exportHtml", (language) => exportHtml(plan, workspace, { language })],
    ["reportData", (language) => reportData(plan, workspace, { language })],
  ];

  it.each(exporters)("%s: a locale or another language is a RangeError that names the function and localeLanguage", (name, run) => {
    for (const language of ["fr", "id-ID", "id_ID.UTF-8"]) {
      expect(() => run(language as never)).toThrow(RangeError);
      expect(() => run(language as never)).toThrow(new RegExp(`^${name}: language must be "en" or "id", not "${language.replace(".", "\\.")}"; localeLanguage`));
    }
    expect(() => run("id" as never)).not.toThrow();
  });

  // exportXlsx returns a promise: a caller catches where it awaits, so the mistake rejects it (it threw at once before).
  it("exportXlsx: a locale or another language rejects with a RangeError that names the function and localeLanguage", async () => {
    for (const language of ["fr", "id-ID", "id_ID.UTF-8"]) {
      let given: Promise<unknown> | undefined;
      expect(() => (given = exportXlsx(plan, workspace, { language: language as never }))).not.toThrow();
      await expect(given).rejects.toThrow(RangeError);
      await expect(given).rejects.toThrow(new RegExp(`^exportXlsx: language must be "en" or "id", not "${language.replace(".", "\\.")}"; localeLanguage`));
    }
    await expect(exportXlsx(plan, workspace, { language: "id" })).resolves.toBeInstanceOf(Uint8Array);
  });

  // Stop 57: without options, the calendar is named after the workspace (as calendar.ics is); options that are no object are a TypeError naming them.
  it("exportIcs without its options names the calendar after the workspace; options of another shape are a TypeError that names them", () => {
    expect(exportIcs(plan, workspace)).toContain("BEGIN:VCALENDAR");
    expect(() => (exportIcs as (...args: unknown[]) => unknown)(plan, workspace, null)).toThrow(/^exportIcs: options must be \{ calendarName\?, language\?, filter\? \}/);
    expect(() => (exportIcs as (...args: unknown[]) => unknown)(plan, workspace, "Solok")).toThrow(TypeError);
  });
});

// A developer's walk (stop 55): from JavaScript, `csvSeparator: "tab"` wrote `idtabprogramtab…`, `""` quoted every field together.
describe("the CSV separator given from JavaScript", () => {
  const plan = samplePlan();
  const workspace = sampleWorkspace();
  it.each(["tab", "", 5, "|", ", "])("%j is a RangeError naming the function and the option, for each way in", async (separator) => {
    expect(() => planOutputs(plan, workspace, { csvSeparator: separator as never })).toThrow(/^planOutputs: csvSeparator must be "," or ";" or a tab/);
    expect(() => exportCsv(plan, workspace, { separator: separator as never })).toThrow(/^exportCsv: separator must be/);
    await expect(writePlanOutputs(mkdtempSync(join(tmpdir(), "lontar-sep-")), plan, workspace, { csvSeparator: separator as never })).rejects.toThrow(RangeError);
  });
  it("takes the three separators", () => {
    for (const separator of [",", ";", "\t"] as const) expect(planOutputs(plan, workspace, { csvSeparator: separator }).get("occurrences.csv")).toContain(`id${separator}program${separator}`);
  });
});
