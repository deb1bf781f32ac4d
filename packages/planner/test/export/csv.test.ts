import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv, type CsvSeparator, type Plan } from "@lontar/planner";
import { sampleWorkspace, samplePlan } from "./fixtures.js";

/** Reads a CSV as spreadsheets do: byte-order mark, the given separator, RFC 4180 quoting, CRLF records. */
function readCsv(text: string, delimiter: CsvSeparator): string[][] {
  expect(text.endsWith("\r\n")).toBe(true);
  return parse(text, { bom: true, delimiter, record_delimiter: "\r\n", relax_column_count: false });
}

describe("exportCsv", () => {
  const csv = exportCsv(samplePlan(), sampleWorkspace());

  it("starts with a BOM and the header, one row per occurrence in time order", () => {
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    const rows = readCsv(csv, ",");
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      "dongeng@2019-02-12T09:00",
      "klub@2019-02-14T14:00",
      "klub@2019-02-21T14:00",
      "klub@2019-02-28T14:00",
      "story_ny@2019-03-05T10:00",
      "story_ny@2019-03-12T10:00",
      "tea@2019-03-30T15:00",
    ]);
  });

  it("writes names beside ids, local dates and times, resources, partners, participants, cost and reasons", () => {
    const rows = readCsv(csv, ",");
    const column = (row: string[] | undefined, name: (typeof CSV_COLUMNS)[number]): string | undefined => row?.[CSV_COLUMNS.indexOf(name)];
    expect(Object.fromEntries(CSV_COLUMNS.map((name) => [name, column(rows[1], name)]))).toEqual({
      id: "dongeng@2019-02-12T09:00",
      program: "dongeng",
      program_title: 'Dongeng, cerita; dan "sastra" anak',
      category: "Storytelling",
      library: "solok",
      library_name: "Perpustakaan Kota Solok",
      site: "sd1",
      place: "SD Negeri 1 Solok",
      date: "2019-02-12",
      start: "09:00",
      end: "11:00",
      status: "scheduled",
      resources: "siti, proyektor",
      resource_names: "Siti Rahmah, Proyektor",
      partners: "SD Negeri 1 Solok, Bundo Kanduang",
      participants: "",
      cost: "0",
      reasons: "",
    });
    expect(column(rows[3], "status")).toBe("unassigned");
    expect(column(rows[3], "reasons")).toBe("Aula Utama is <booked> by another program");
    expect([column(rows[5], "date"), column(rows[5], "start"), column(rows[5], "end")]).toEqual(["2019-03-05", "10:00", "11:00"]);
  });

  it("uses semicolons and Indonesian labels for an Indonesian workspace, and any separator asked for", () => {
    const indonesian = exportCsv(samplePlan(), sampleWorkspace(), { language: "id" });
    expect(indonesian.startsWith(`\uFEFF${CSV_COLUMNS.join(";")}\r\n`)).toBe(true);
    expect(readCsv(indonesian, ";")[1]?.[CSV_COLUMNS.indexOf("category")]).toBe("Mendongeng / bercerita");
    for (const separator of [",", ";", "\t"] as const) {
      const rows = readCsv(exportCsv(samplePlan(), sampleWorkspace(), { language: "id", separator }), separator);
      expect(rows[1]?.[CSV_COLUMNS.indexOf("program_title")]).toBe('Dongeng, cerita; dan "sastra" anak');
    }
  });

  it("quotes any title so that it reads back the same with any separator (RFC 4180)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        fc.array(fc.constantFrom(",", '"', "\r\n", "\n", ";", "\t", "📚", "Perpustakaan"), { maxLength: 6 }),
        fc.constantFrom<CsvSeparator>(",", ";", "\t"),
        (text, extra, separator) => {
          const title = text + extra.join("");
          const a = exportCsv(samplePlan(), sampleWorkspace(title), { separator });
          expect(exportCsv(samplePlan(), sampleWorkspace(title), { separator })).toBe(a);
          const rows = readCsv(a, separator);
          expect(rows).toHaveLength(8);
          for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
          // A title that starts as a formula does is read back after an apostrophe (see below).
          expect(rows[1]?.[CSV_COLUMNS.indexOf("program_title")]).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
        },
      ),
      { numRuns: 100, seed: 12 },
    );
  });

  // Found by the outputs walk: a program titled `=HYPERLINK("http://x";"klik")` (or a partner named `+62 812 3456`)
  // became a formula when occurrences.csv was opened in Excel — with `;`, the Indonesian Excel's argument separator,
  // a working link. A text for people that starts as a formula does is written after an apostrophe, as OWASP
  // advises, so that a spreadsheet shows it as text; ids, dates and numbers are never touched.
  it("writes a name that starts like a formula (= + - @, tab, CR) after an apostrophe, so a spreadsheet shows it as text", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      const title = `${start}HYPERLINK("http://x";"klik")`;
      const rows = readCsv(exportCsv(samplePlan(), sampleWorkspace(title), { language: "id" }), ";");
      expect(rows[1]?.[CSV_COLUMNS.indexOf("program_title")]).toBe(`'${title}`);
      expect(rows[1]?.[CSV_COLUMNS.indexOf("program")]).toBe("dongeng");
    }
    const plain = readCsv(exportCsv(samplePlan(), sampleWorkspace("Dongeng = cerita + lagu")), ",");
    expect(plain[1]?.[CSV_COLUMNS.indexOf("program_title")]).toBe("Dongeng = cerita + lagu");
    for (const row of plain.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps both occurrence ids of a reason that names the row's session inside the sentence, and drops the id that heads one", () => {
    const base = samplePlan();
    const own = "klub@2019-02-14T14:00";
    const between = { constraint: "travel-buffer", level: "soft" as const, occurrenceId: own, resourceId: "siti", message: `siti has less than 30 minutes between dongeng@2019-02-12T09:00 and ${own} at different sites` };
    const headed = { constraint: "rule-warning", level: "soft" as const, occurrenceId: own, message: `${own}: bring the key (rule kunci)` };
    const withReasons: Plan = { ...base, occurrences: base.occurrences.map((o) => (o.id === own ? { ...o, reasons: [between, headed] } : o)) };
    const rows = readCsv(exportCsv(withReasons, sampleWorkspace()), ",");
    // Then what the plan records against the held session besides (its violations: here the room not preferred), as the workbook's notes.
    expect(rows.find((r) => r[0] === own)?.[CSV_COLUMNS.indexOf("reasons")]).toBe(`Siti Rahmah has less than 30 minutes between dongeng@2019-02-12T09:00 and ${own} at different sites; bring the key (rule kunci); Problem: not the preferred room`);
  });
});
