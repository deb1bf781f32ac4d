import type { Workspace } from "@lontar/core";
import { stringify } from "csv-stringify/sync";
import type { Plan } from "../../plan/plan.js";
import { readInstant } from "../instant.js";
import { indexWorkspace, programTitle, sortedOccurrences } from "../plan-view.js";
import { wellFormed } from "../text.js";

/** The columns of occurrences.csv, in order. */
export const CSV_COLUMNS = ["id", "program", "program_title", "library", "site", "date", "start", "end", "status", "resources", "reasons"] as const;


/**
 * occurrences.csv: every occurrence of the plan (all statuses), one row each, in
 * chronological order, with local date and times as the plan carries them (the
 * library's offset). RFC 4180: comma-separated, CRLF records, fields quoted when they
 * hold a comma, quote or line break. `resources` lists resource ids and `reasons` the
 * justification messages, each joined by `; `.
 *
 * Starts with a UTF-8 byte-order mark: Excel, the spreadsheet most library offices use,
 * reads a CSV without one in the legacy code page and garbles Indonesian names and
 * emoji; LibreOffice, Google Sheets and csv parsers with a `bom` option read it fine.
 *
 * @example exportCsv(plan, workspace).split("\r\n")[0] // "\uFEFFid,program,program_title,…"
 */
export function exportCsv(plan: Plan, workspace: Workspace): string {
  return [...exportCsvChunks(plan, workspace)].join("");
}

/** Rows per piece of {@link exportCsvChunks}. */
const ROWS_PER_CHUNK = 5000;

/** {@link exportCsv} as pieces whose concatenation is its text, for a streaming writer. */
export function* exportCsvChunks(plan: Plan, workspace: Workspace): Generator<string> {
  const index = indexWorkspace(workspace);
  const occurrences = sortedOccurrences(plan.occurrences);
  const row = (o: (typeof occurrences)[number]): string[] =>
    [
    o.id,
    o.programId,
    programTitle(index, o),
    o.libraryId,
    o.site ?? "",
    readInstant(o.start)?.date ?? "",
    readInstant(o.start)?.time ?? "",
    readInstant(o.end)?.time ?? "",
    o.status,
    o.assignments.map((a) => a.resourceId).join("; "),
    (o.reasons ?? []).map((r) => r.message).join("; "),
    ].map(wellFormed);
  // One csv-stringify call per batch: the first with the byte-order mark and the header.
  for (let k = 0; k === 0 || k < occurrences.length; k += ROWS_PER_CHUNK) {
    const rows = occurrences.slice(k, k + ROWS_PER_CHUNK).map(row);
    yield stringify(rows, { bom: k === 0, header: k === 0, columns: [...CSV_COLUMNS], record_delimiter: "windows", eof: true });
  }
}
