import { type Language, type Workspace, budgetCategoryLabels, labelOf, libraryTierLabels, periodLabels } from "@lontar/core";
import { unzipSync, zipSync } from "fflate";
import writeXlsxFile, { type Cell, type Row, type Sheet } from "write-excel-file/node";
import type { Plan, PlannedOccurrence } from "../../src/plan/plan.js";
import { pushTo } from "../../src/collections/group.js";
import { readInstant } from "../../src/export/instant.js";
import { factsReader, type OccurrenceFacts } from "../../src/export/occurrence-facts.js";
import { idAsWords, indexWorkspace, nameOf, sortedOccurrences } from "../../src/export/plan-view.js";
import { obligationText } from "../../src/export/obligation-text.js";
import { indicatorLabel } from "../../src/export/html/kpi-section.js";
import { agreementStatusWord } from "../../src/export/agreement-status.js";
import { expectedText } from "../../src/compliance/expected-text.js";
import { isOutsideWindow, isPartialFinding } from "../../src/compliance/check-compliance.js";
import { wellFormed } from "../../src/export/text.js";
import { sheetNames } from "../../src/export/xlsx/sheet-name.js";
import { filterRange } from "../../src/export/xlsx/workbook-writer.js";
import { reportWord } from "../../src/export/html/report-words.js";
import { sessionProblems } from "../../src/export/html/session-problems.js";
import { word as wordIn, type WORDS } from "../../src/export/words.js";

/**
 * The test oracle of plan.xlsx: the workbook as it was written with write-excel-file
 * before the sheets' XML was written directly (src/export/xlsx/workbook-writer.ts). The
 * two must give the same bytes.
 */
interface XlsxOptions {
  readonly language?: Language;
}

const SESSION_COLUMNS = ["date", "start", "end", "program", "category", "library", "place", "status", "staff", "vehicles", "rooms", "otherResources", "partners", "participants", "costRupiah", "reasons"] as const;
const WIDTHS: Readonly<Record<(typeof SESSION_COLUMNS)[number], number>> = {
  date: 11, start: 6, end: 6, program: 36, category: 22, library: 30, place: 28, status: 14, staff: 24, vehicles: 18, rooms: 18, otherResources: 24, partners: 30, participants: 9, costRupiah: 13, reasons: 50,
};
const PEOPLE = new Set(["staff", "volunteer"]);
const MONEY = "#,##0";

const text = (value: string): Cell => ({ value: wellFormed(value), type: String });
const header = (value: string): Cell => ({ value, type: String, fontWeight: "bold" });
/** A time of day (`HH:MM`) as write-excel-file writes a number shown as `hh:mm`: the fraction of a day. */
const timeOfDay = (time: string | undefined): Cell => (time === undefined ? null : { value: (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) / 1440, type: Number, format: "hh:mm" });
const names = (facts: OccurrenceFacts, keep: (kind: string) => boolean): string => facts.resources.filter((r) => keep(r.kind)).map((r) => r.name).join(", ");

/** The fixed time written into the archive, so that the same plan gives the same bytes (fflate would stamp the clock). */
// The same local time as export-xlsx.ts: a zip stores local fields.
const ARCHIVE_TIME = new Date(1980, 0, 1, 12, 0, 0);

/** plan.xlsx as write-excel-file wrote it (see the top of this file). */
export async function exportXlsxWithLibrary(plan: Plan, workspace: Workspace, options: XlsxOptions = {}): Promise<Uint8Array> {
  const language = options.language ?? "en";
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const index = indexWorkspace(workspace);
  const facts = factsReader(index, language);
  const occurrences = sortedOccurrences(plan.occurrences);
  const rows = new Map<PlannedOccurrence, Row>();
  const problemsOf = sessionProblems(plan, index, language);
  const status = (o: PlannedOccurrence): string => word(o.status === "scheduled" ? "scheduled" : o.status === "unassigned" ? "unassigned" : "cancelled");
  for (const o of occurrences) {
    const f = facts(o);
    const start = readInstant(o.start);
    rows.set(o, [
      start === undefined ? null : { value: new Date(`${start.date}T00:00Z`), type: Date, format: "yyyy-mm-dd" },
      timeOfDay(start?.time),
      timeOfDay(readInstant(o.end)?.time),
      text(f.title),
      text(f.category ?? ""),
      text(f.library),
      text(f.place),
      text(status(o)),
      text(names(f, (k) => PEOPLE.has(k))),
      text(names(f, (k) => k === "vehicle")),
      text(names(f, (k) => k === "room")),
      text(names(f, (k) => !PEOPLE.has(k) && k !== "vehicle" && k !== "room")),
      text(f.partners.join(", ")),
      f.participants === undefined ? null : { value: f.participants, type: Number },
      f.cost === undefined ? null : { value: f.cost, type: Number, format: MONEY },
      text([...f.reasons, ...(o.status === "scheduled" && problemsOf(o.id).problems !== undefined ? [`${reportWord("problem", language)}: ${(problemsOf(o.id).problems ?? []).join("; ")}`] : [])].join("; ")),
    ]);
  }
  const sheetName = sheetNames();
  const sessionSheet = (name: string, list: readonly PlannedOccurrence[]): Sheet<never> => ({
    sheet: sheetName(name),
    data: [SESSION_COLUMNS.map((c) => header(word(c))), ...list.map((o) => rows.get(o) ?? [])],
    columns: SESSION_COLUMNS.map((c) => ({ width: WIDTHS[c] })),
    stickyRowsCount: 1,
  });
  const byLibrary = new Map<string, PlannedOccurrence[]>();
  const byResource = new Map<string, PlannedOccurrence[]>();
  for (const o of occurrences) {
    pushTo(byLibrary, o.libraryId, o);
    for (const id of new Set(o.assignments.map((a) => a.resourceId))) pushTo(byResource, id, o);
  }
  // Every session, then the summaries, then a sheet per library, vehicle and person (as exportXlsx orders them).
  const sheets: Sheet<never>[] = [sessionSheet(word("sessions"), occurrences)];
  sheets.push(budgetSheet(plan, workspace, language, sheetName(word("budget"))));
  sheets.push(librarySheet(plan, workspace, language, sheetName(word("libraries"))));
  if (plan.agreements.length > 0) sheets.push(agreementSheet(plan, workspace, language, sheetName(reportWord("agreements", language))));
  if (plan.kpis.length > 0) sheets.push(kpiSheet(plan, workspace, language, sheetName(word("kpi"))));
  for (const library of workspace.libraries) if (byLibrary.has(library.id)) sheets.push(sessionSheet(library.name, byLibrary.get(library.id) ?? []));
  for (const kinds of [new Set(["vehicle"]), PEOPLE]) {
    for (const resource of workspace.resources) {
      if (kinds.has(resource.kind) && byResource.has(resource.id)) sheets.push(sessionSheet(nameOf(index, resource.id), byResource.get(resource.id) ?? []));
    }
  }
  const archive = new Uint8Array(await writeXlsxFile(sheets).toBuffer());
  return zipSync(withFilters(unzipSync(archive), sheets), { mtime: ARCHIVE_TIME, level: 6 });
}

/** The budget sheet: each budget's name, category, amount, planned cost and what remains. */
function budgetSheet(plan: Plan, workspace: Workspace, language: Language, sheet: string): Sheet<never> {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const budgets = new Map(workspace.resources.flatMap((r) => (r.kind === "budget" ? [[r.id, r] as const] : [])));
  const money = (value: number): Cell => ({ value, type: Number, format: MONEY });
  return {
    sheet,
    data: [
      [header(word("budget")), header(word("category")), header(word("amount")), header(word("planned")), header(word("remaining"))],
      ...plan.budget.map((b): Row => {
        const budget = budgets.get(b.budgetId);
        return [text(budget?.name ?? b.budgetId), text(budget === undefined ? "" : labelOf(budgetCategoryLabels, budget.category, language)), money(b.amount), money(b.planned), money(b.remaining)];
      }),
    ],
    columns: [{ width: 36 }, { width: 24 }, { width: 16 }, { width: 16 }, { width: 16 }],
    stickyRowsCount: 1,
  };
}

/** The agreements sheet: each obligation in each period, expected against planned, and whether it is met. */
function agreementSheet(plan: Plan, workspace: Workspace, language: Language, sheet: string): Sheet<never> {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const index = indexWorkspace(workspace);
  const declared = new Map(workspace.agreements.map((a) => [a.id, a]));
  const date = (day: string): Cell => ({ value: new Date(`${day}T00:00Z`), type: Date, format: "yyyy-mm-dd" });
  const heads = [word("agreement"), word("partners"), word("status"), reportWord("obligation", language), word("periodFrom"), word("periodTo"), reportWord("expected", language), reportWord("plannedCount", language), word("met")];
  const rows: Row[] = plan.agreements.flatMap((a) => {
    const agreement = declared.get(a.agreementId);
    return a.findings.map((f): Row => {
      const obligation = agreement?.obligations[f.obligationIndex];
      // A finding missed only as a risk (a budget share, a period the horizon cuts) says "at risk", as its agreement's status.
      const met = isOutsideWindow(f) ? reportWord("outsideWindow", language) : f.ok ? word("yes") : agreement !== undefined && isPartialFinding(f, plan.horizon, agreement) ? agreementStatusWord("at_risk", language) : word("no");
      const planned: Cell = obligation?.kind === "budget_share" ? { value: f.planned, type: Number, format: MONEY } : { value: f.planned, type: Number };
      return [text(agreement?.title ?? idAsWords(a.agreementId)), text(agreement === undefined ? "" : nameOf(index, agreement.partner)), text(agreementStatusWord(a.status, language)), text(obligationText(obligation, f.kind, index, language)), date(f.period.from), date(f.period.to), text(expectedText(f.expected, language)), planned, text(met)];
    });
  });
  return { sheet, data: [heads.map(header), ...rows], columns: [36, 30, 16, 40, 12, 12, 14, 14, 16].map((width) => ({ width })), stickyRowsCount: 1 };
}

/** The KPI sheet: each indicator of each library's KPI, projected against its target, and the score. */
function kpiSheet(plan: Plan, workspace: Workspace, language: Language, sheet: string): Sheet<never> {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const index = indexWorkspace(workspace);
  const definitions = new Map(workspace.kpis.map((k) => [k.id, k]));
  const number = (value: number): Cell => ({ value, type: Number });
  const heads = [word("library"), word("kpi"), reportWord("indicator", language), reportWord("projected", language), reportWord("target", language), word("per"), word("weight"), reportWord("score", language)];
  const rows: Row[] = plan.kpis.flatMap((k) => {
    const kpi = definitions.get(k.kpiId);
    return (kpi?.indicators ?? []).map((indicator): Row => {
      const projected = k.projected[indicator.id];
      return [text(nameOf(index, k.libraryId)), text(kpi?.name ?? idAsWords(k.kpiId)), text(indicatorLabel(indicator, language)), projected === undefined ? null : number(projected), number(indicator.target), text(labelOf(periodLabels, indicator.per, language)), number(indicator.weight), number(k.score)];
    });
  });
  return { sheet, data: [heads.map(header), ...rows], columns: [30, 30, 36, 12, 12, 12, 10, 10].map((width) => ({ width })), stickyRowsCount: 1 };
}

/** The libraries sheet: tier, region, TPBIS stage, sessions scheduled, and sessions of other libraries' programs held at it. */
function librarySheet(plan: Plan, workspace: Workspace, language: Language, sheet: string): Sheet<never> {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const stages = new Map(workspace.stageModel.stages.map((s) => [s.id, s.labels[language]]));
  const rows: Row[] = workspace.libraries.map((library): Row => {
    const region = [library.region.province, library.region.regency, library.region.district, library.region.village].filter((part) => part !== undefined).join(" / ");
    const count = plan.occurrences.filter((o) => o.status === "scheduled" && o.libraryId === library.id).length;
    const hosted = plan.occurrences.filter((o) => o.status === "scheduled" && o.libraryId !== library.id && (o.site === library.id || (o.sites ?? []).includes(library.id))).length;
    return [text(library.name), text(labelOf(libraryTierLabels, library.tier, language)), text(region), text(library.stage === undefined ? "" : (stages.get(library.stage) ?? library.stage)), { value: count, type: Number }, { value: hosted, type: Number }];
  });
  return { sheet, data: [[word("library"), word("tier"), word("region"), word("stage"), word("scheduledSessions"), word("hostedHere")].map(header), ...rows], columns: [40, 24, 40, 28, 12, 16].map((width) => ({ width })), stickyRowsCount: 1 };
}

/**
 * The parts with the header filters plan.xlsx adds to write-excel-file's markup (which has
 * none): an `autoFilter` after each sheet's data, and its hidden name in the workbook.
 */
function withFilters(parts: Record<string, Uint8Array>, sheets: readonly Sheet<never>[]): Record<string, Uint8Array> {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const names: string[] = [];
  sheets.forEach((sheet, i) => {
    const range = filterRange({ name: sheet.sheet ?? "", widths: (sheet.columns ?? []).map((c) => c.width ?? 0), rows: sheet.data.map(() => "") });
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = parts[path];
    if (range === undefined || xml === undefined) return;
    parts[path] = encoder.encode(decoder.decode(xml).replace("</sheetData></worksheet>", `</sheetData><autoFilter ref="${range.replaceAll("$", "")}"/></worksheet>`));
    names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${(sheet.sheet ?? "").replaceAll("'", "''").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")}'!${range}</definedName>`);
  });
  const workbook = parts["xl/workbook.xml"];
  if (workbook !== undefined && names.length > 0) parts["xl/workbook.xml"] = encoder.encode(decoder.decode(workbook).replace("<definedNames/>", `<definedNames>${names.join("")}</definedNames>`));
  return parts;
}
