import { type Language, type Workspace, budgetCategoryLabels, labelOf, expectKnownOptions, expectLanguage, libraryTierLabels, periodLabels } from "@lontar/core";
import { strToU8, zipSync } from "fflate";
import type { Plan, PlannedOccurrence } from "../../plan/plan.js";
import { pushTo } from "../../collections/group.js";
import { readInstant } from "../instant.js";
import { factsReader, type OccurrenceFacts } from "../occurrence-facts.js";
import { hostedSessionCounts, idAsWords, indexWorkspace, nameOf, sortedOccurrences, type WorkspaceIndex } from "../plan-view.js";
import { obligationText } from "../obligation-text.js";
import { indicatorLabel } from "../html/kpi-section.js";
import { agreementStatusWord, findingStatus, shareCounted } from "../agreement-status.js";
import { kpiTitles } from "../kpi-titles.js";
import { expectedText } from "../../compliance/expected-text.js";
import { isOutsideWindow } from "../../compliance/check-compliance.js";
import { wellFormed } from "../text.js";
import { sheetNames } from "./sheet-name.js";
import { reportWord } from "../html/report-words.js";
import { sessionNotes } from "../html/session-problems.js";
import { partnerShares, unpaidSentences } from "../html/budget-section.js";
import { unpaidCosts } from "../../diagnostics/budget-periods.js";
import { word as wordIn, type WORDS } from "../words.js";
import { WorkbookWriter, type XlsxCell, type XlsxSheet } from "./workbook-writer.js";
import { expectWorkspace } from "../../plan/workspace-shape.js";
import { expectPlanOfWorkspace } from "../plan-of-workspace.js";

/** Occurrences above which no workbook is written: a spreadsheet of more rows is not one people open (occurrences.csv has them all). */
export const MAX_WORKBOOK_OCCURRENCES = 100_000;

/** Options of {@link exportXlsx}. */
export interface XlsxOptions {
  /** Language of the sheet names, headers and labels (default English). */
  readonly language?: Language | undefined;
}

const SESSION_COLUMNS = ["date", "start", "end", "program", "category", "library", "place", "status", "staff", "vehicles", "rooms", "otherResources", "partners", "participants", "costRupiah", "reasons"] as const;
const WIDTHS: Readonly<Record<(typeof SESSION_COLUMNS)[number], number>> = {
  date: 11, start: 6, end: 6, program: 36, category: 22, library: 30, place: 28, status: 14, staff: 24, vehicles: 18, rooms: 18, otherResources: 24, partners: 30, participants: 9, costRupiah: 13, reasons: 50,
};
const PEOPLE = new Set(["staff", "volunteer"]);

const text = (value: string): XlsxCell => ({ text: wellFormed(value) });
const header = (value: string): XlsxCell => ({ text: value, bold: true });
const money = (value: number): XlsxCell => ({ number: value, format: "money" });
/** Excel's day serial of 1970-01-01 (days since its day 0, 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;
/** A local date (`YYYY-MM-DD`) as a date cell: Excel's day serial, a whole number. */
const dateCell = (date: string | undefined): XlsxCell => (date === undefined ? null : { number: Date.parse(`${date}T00:00Z`) / 86_400_000 + UNIX_EPOCH_SERIAL, format: "date" });
/** A local time (`HH:MM`) as a time-of-day cell: the fraction of a day. */
const timeCell = (time: string | undefined): XlsxCell => (time === undefined ? null : { number: (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) / 1440, format: "time" });
const names = (facts: OccurrenceFacts, keep: (kind: string) => boolean): string => facts.resources.filter((r) => keep(r.kind)).map((r) => r.name).join(", ");

/**
 * The fixed time written into the archive, so that the same plan gives the same bytes
 * (fflate would stamp the clock). A zip stores a local date and time, which fflate reads
 * from the Date's local fields: the time is made from local fields too (1980-01-01 12:00
 * wherever the host is), never from UTC, which west of Greenwich falls in 1979, outside
 * what a zip can store, and elsewhere gives other bytes in each zone.
 */
const archiveTime = (): Date => new Date(1980, 0, 1, 12, 0, 0);

/**
 * plan.xlsx: a workbook of the plan for people, in one language — a sheet of every
 * session; then one of the budgets (amount, planned, remaining, category; below them, what the partners'
 * shares pay and what no budget pays, so the sessions' costs add up to it: see budgetSheet), one of the
 * libraries (tier, region, TPBIS stage, sessions scheduled), and, when the workspace has them, one of the agreements' obligations
 * in each period (expected, planned, met) and one of the KPIs' indicators (projected, target, score); then one per
 * library, one per vehicle and one per person (staff and volunteers) with the sessions each takes part in. A session's notes say why it is not placed or is cancelled, or the
 * problems the plan records against it (held while its library is closed). Dates and times are the library's local ones, as a date
 * (`yyyy-mm-dd`) and times of day (`hh:mm`) a spreadsheet filters, sorts and counts with;
 * participants and costs are numbers (rupiah) a spreadsheet can sum (a cancelled session's cost is empty: it costs nothing). The sheets' XML is written directly
 * (WorkbookWriter, the markup write-excel-file wrote) and zipped once with a fixed time, so
 * the same plan gives the same bytes.
 * Undefined for a plan of more than {@link MAX_WORKBOOK_OCCURRENCES} occurrences.
 *
 * @example const bytes = await exportXlsx(plan, workspace, { language: "id" });
 * @returns A promise that rejects (it never throws) with a RangeError for a language other than `"en"` or `"id"`, or a TypeError when `workspace` is plainly not a validated one (raw JSON: validate it with `validateWorkspace` first).
 */
export function exportXlsx(plan: Plan, workspace: Workspace, options: XlsxOptions = {}): Promise<Uint8Array | undefined> {
  // A caller awaits the promise, and may only catch there: a mistake rejects it, never throws.
  try {
    expectKnownOptions(options, ["language"], "exportXlsx");
    return Promise.resolve(workbookBytes(plan, workspace, options));
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/** The bytes of {@link exportXlsx}'s workbook, built at once (undefined past {@link MAX_WORKBOOK_OCCURRENCES}); throws for a caller's mistake. */
function workbookBytes(plan: Plan, workspace: Workspace, options: XlsxOptions): Uint8Array | undefined {
  if (options.language !== undefined) expectLanguage(options.language, "exportXlsx");
  expectWorkspace(workspace, "exportXlsx");
  expectPlanOfWorkspace(plan, workspace, "exportXlsx");
  if (plan.occurrences.length > MAX_WORKBOOK_OCCURRENCES) return undefined;
  const language = options.language ?? "en";
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const index = indexWorkspace(workspace);
  const facts = factsReader(index, language, plan.occurrences);
  const occurrences = sortedOccurrences(plan.occurrences);
  const book = new WorkbookWriter();
  // What the plan records against a scheduled session (held while its library is closed…), in its notes.
  const notesOf = sessionNotes(plan, index, language);
  const notes = (o: PlannedOccurrence, f: OccurrenceFacts): string => notesOf(o, f.reasons).join("; ");
  const status = (o: PlannedOccurrence): string => word(o.status === "scheduled" ? "scheduled" : o.status === "unassigned" ? "unassigned" : "cancelled");
  // Each occurrence's cells are turned into markup once, in the order of the first sheet
  // (all sessions), and placed in every sheet it appears in.
  const tails = new Map<PlannedOccurrence, string[]>();
  const tailsOf = (o: PlannedOccurrence): string[] => {
    let cells = tails.get(o);
    if (cells !== undefined) return cells;
    const f = facts(o);
    const start = readInstant(o.start);
    cells = [
      dateCell(start?.date),
      timeCell(start?.time),
      timeCell(readInstant(o.end)?.time),
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
      f.participants === undefined ? null : { number: f.participants },
      // A cancelled session costs nothing: an empty cell, so the column sums to what the budgets plan.
      f.cost === undefined ? null : money(f.cost),
      text(notes(o, f)),
    ].map((cell) => book.cellTail(cell));
    tails.set(o, cells);
    return cells;
  };
  const sheetName = sheetNames();
  const widths = SESSION_COLUMNS.map((c) => WIDTHS[c]);
  const sessionSheet = (name: string, list: readonly PlannedOccurrence[]): XlsxSheet => {
    const sheet = sheetName(name);
    const rows = [book.row(1, SESSION_COLUMNS.map((c) => book.cellTail(header(word(c)))))];
    for (const o of list) rows.push(book.row(rows.length + 1, tailsOf(o)));
    return { name: sheet, widths, rows };
  };
  const byLibrary = new Map<string, PlannedOccurrence[]>();
  const byResource = new Map<string, PlannedOccurrence[]>();
  for (const o of occurrences) {
    pushTo(byLibrary, o.libraryId, o);
    for (const id of new Set(o.assignments.map((a) => a.resourceId))) pushTo(byResource, id, o);
  }
  // Every session, then the summaries (budgets, libraries, agreements, KPIs), then a sheet per library, vehicle and
  // person: a province's 340 of those came before its summaries, which a Kepala Bidang opens first (a province walk).
  const sheets: XlsxSheet[] = [sessionSheet(word("sessions"), occurrences)];
  sheets.push(budgetSheet(book, plan, workspace, language, sheetName(word("budget"))));
  sheets.push(librarySheet(book, plan, workspace, language, sheetName(word("libraries"))));
  if (plan.agreements.length > 0) sheets.push(agreementSheet(book, plan, workspace, index, language, sheetName(reportWord("agreements", language))));
  if (plan.kpis.length > 0) sheets.push(kpiSheet(book, plan, workspace, index, language, sheetName(word("kpi"))));
  for (const library of workspace.libraries) if (byLibrary.has(library.id)) sheets.push(sessionSheet(library.name, byLibrary.get(library.id) ?? []));
  for (const kinds of [new Set(["vehicle"]), PEOPLE]) {
    for (const resource of workspace.resources) {
      if (kinds.has(resource.kind) && byResource.has(resource.id)) sheets.push(sessionSheet(nameOf(index, resource.id), byResource.get(resource.id) ?? []));
    }
  }
  const parts = book.parts(sheets);
  return zipSync(Object.fromEntries([...parts].map(([path, xml]) => [path, strToU8(xml)])), { mtime: archiveTime(), level: 6 });
}

/**
 * The budget sheet: each budget's name, category, amount, planned cost and what remains; then,
 * so that the sessions' costs add up to it, a row for each partner's share from outside the
 * budgets (what it paid, in the planned column, and the report's sentence: who pays how much
 * towards what) and for each cost no budget pays (its sessions outside their budget's period:
 * `lontar check`'s LON5107), in the report's words (partnerShares, unpaidSentences).
 */
function budgetSheet(book: WorkbookWriter, plan: Plan, workspace: Workspace, language: Language, name: string): XlsxSheet {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const budgets = new Map(workspace.resources.flatMap((r) => (r.kind === "budget" ? [[r.id, r] as const] : [])));
  const rows = [book.rowOf(1, [header(word("budget")), header(word("category")), header(word("amount")), header(word("planned")), header(word("remaining"))])];
  for (const b of plan.budget) {
    const budget = budgets.get(b.budgetId);
    rows.push(book.rowOf(rows.length + 1, [text(budget?.name ?? idAsWords(b.budgetId)), text(budget === undefined ? "" : labelOf(budgetCategoryLabels, budget.category, language)), money(b.amount), money(b.planned), money(b.remaining)]));
  }
  // A reader summing the sessions' costs finds the budgets' planned amounts plus these: say who pays the rest, and what nobody pays.
  const beside = [
    ...partnerShares(plan, workspace, language).map((s) => ({ ...s, kind: reportWord("shareKind", language) })),
    ...unpaidSentences(unpaidCosts(workspace, plan.occurrences), language).map((s) => ({ ...s, kind: reportWord("unpaidKind", language) })),
  ];
  if (beside.length === 0) return { name, widths: [36, 24, 16, 16, 16], rows };
  // The filter covers the budgets' table, not the notes below it (a review: filtering on the category hid them, sorting mixed them in).
  const table = { rows: rows.length, columns: 5 };
  rows.push(book.rowOf(rows.length + 1, []));
  for (const line of beside) rows.push(book.rowOf(rows.length + 1, [text(line.kind), null, null, money(line.amount), null, text(line.sentence)]));
  return { name, widths: [36, 24, 16, 16, 16, 110], rows, table };
}

/**
 * The agreements sheet: a row for each obligation in each period, as the report's table has it
 * (the agreement, its partner and status, what is expected and what the plan holds, whether it
 * is met), so a Dinas filters the unmet ones or sends a partner its rows.
 */
function agreementSheet(book: WorkbookWriter, plan: Plan, workspace: Workspace, index: WorkspaceIndex, language: Language, name: string): XlsxSheet {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const declared = new Map(workspace.agreements.map((a) => [a.id, a]));
  const heads = [word("agreement"), word("partners"), word("status"), reportWord("obligation", language), word("periodFrom"), word("periodTo"), reportWord("expected", language), reportWord("plannedCount", language), word("met")];
  const rows = [book.rowOf(1, heads.map(header))];
  for (const a of plan.agreements) {
    const agreement = declared.get(a.agreementId);
    const title = agreement?.title ?? idAsWords(a.agreementId);
    const partner = agreement === undefined ? "" : nameOf(index, agreement.partner);
    for (const f of a.findings) {
      const obligation = agreement?.obligations[f.obligationIndex];
      // A share: what it pays of the planned cost (the report says of which cost), as a sum a spreadsheet adds up.
      const planned: XlsxCell = obligation?.kind === "budget_share" ? money(shareCounted(f, obligation.amount)) : { number: f.planned };
      // An event elsewhere in the validity than the plan's window is not judged: neither met nor missed.
      // A risk (a period the horizon cuts, a budget share) says so, as the agreement's status does.
      const status = findingStatus(f, plan.horizon, agreement);
      const met = isOutsideWindow(f) ? reportWord("outsideWindow", language) : status === "at_risk" ? agreementStatusWord("at_risk", language) : word(status === "ok" ? "yes" : "no");
      const row: XlsxCell[] = [text(title), text(partner), text(agreementStatusWord(a.status, language)), text(obligationText(obligation, f.kind, index, language)), dateCell(f.period.from), dateCell(f.period.to), text(expectedText(f.expected, language)), planned, text(met)];
      rows.push(book.rowOf(rows.length + 1, row));
    }
  }
  return { name, widths: [36, 30, 16, 40, 12, 12, 14, 14, 16], rows };
}

/**
 * The KPI sheet: a row for each indicator of each library's KPI, its projected value against
 * its target per period and weight, and the library's score out of 100, as numbers a
 * spreadsheet sums and charts.
 */
function kpiSheet(book: WorkbookWriter, plan: Plan, workspace: Workspace, index: WorkspaceIndex, language: Language, name: string): XlsxSheet {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const definitions = new Map(workspace.kpis.map((k) => [k.id, k]));
  const titles = kpiTitles(workspace.kpis);
  const heads = [word("library"), word("kpi"), reportWord("indicator", language), reportWord("projected", language), reportWord("target", language), word("per"), word("weight"), reportWord("score", language)];
  const rows = [book.rowOf(1, heads.map(header))];
  for (const k of plan.kpis) {
    const kpi = definitions.get(k.kpiId);
    for (const indicator of kpi?.indicators ?? []) {
      const projected = k.projected[indicator.id];
      const row: XlsxCell[] = [text(nameOf(index, k.libraryId)), text(titles.get(k.kpiId) ?? idAsWords(k.kpiId)), text(indicatorLabel(indicator, language)), projected === undefined ? null : { number: projected }, { number: indicator.target }, text(labelOf(periodLabels, indicator.per, language)), { number: indicator.weight }, { number: k.score }];
      rows.push(book.rowOf(rows.length + 1, row));
    }
  }
  return { name, widths: [30, 30, 36, 12, 12, 12, 10, 10], rows };
}

/**
 * The libraries sheet: each library's tier, region and TPBIS stage (in the workspace's stage
 * model's words), how many of its sessions the plan schedules, and how many sessions other
 * libraries' programs hold at it (a provincial route's visits to a village library, which has
 * none of its own: a walk read its 0 as "not visited"): what a provincial library monitoring
 * its villages' transformation reads first.
 */
function librarySheet(book: WorkbookWriter, plan: Plan, workspace: Workspace, language: Language, name: string): XlsxSheet {
  const word = (key: keyof typeof WORDS): string => wordIn(key, language);
  const scheduled = new Map<string, number>();
  for (const o of plan.occurrences) if (o.status === "scheduled") scheduled.set(o.libraryId, (scheduled.get(o.libraryId) ?? 0) + 1);
  const stages = new Map(workspace.stageModel.stages.map((s) => [s.id, s.labels[language]]));
  const hosted = hostedSessionCounts(plan, new Set(workspace.libraries.map((l) => l.id)));
  const rows = [book.rowOf(1, [word("library"), word("tier"), word("region"), word("stage"), word("scheduledSessions"), word("hostedHere")].map(header))];
  for (const library of workspace.libraries) {
    const { province, regency, district, village } = library.region;
    const region = [province, regency, district, village].filter((part) => part !== undefined).join(" / ");
    const stage = library.stage === undefined ? "" : (stages.get(library.stage) ?? library.stage);
    rows.push(book.rowOf(rows.length + 1, [text(library.name), text(labelOf(libraryTierLabels, library.tier, language)), text(region), text(stage), { number: scheduled.get(library.id) ?? 0 }, { number: hosted.get(library.id) ?? 0 }]));
  }
  return { name, widths: [40, 24, 40, 28, 12, 16], rows };
}
