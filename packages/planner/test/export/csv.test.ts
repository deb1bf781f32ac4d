import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, exportCsv } from "@lontar/planner";
import { sampleWorkspace, samplePlan } from "./fixtures.js";

/** A small RFC 4180 reader: CRLF records, double-quoted fields with "" for a quote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("the last record is not terminated by CRLF");
  return rows;
}

describe("exportCsv", () => {
  const csv = exportCsv(samplePlan(), sampleWorkspace());

  it("starts with a BOM and the header, one row per occurrence in time order", () => {
    expect(csv.startsWith("\uFEFFid,program,program_title,library,site,date,start,end,status,resources,reasons\r\n")).toBe(true);
    const rows = readCsv(csv.slice(1));
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

  it("writes local dates and times, resources and reasons", () => {
    const rows = readCsv(csv.slice(1));
    expect(rows[1]).toEqual([
      "dongeng@2019-02-12T09:00",
      "dongeng",
      'Dongeng, cerita; dan "sastra" anak',
      "solok",
      "sd1",
      "2019-02-12",
      "09:00",
      "11:00",
      "scheduled",
      "siti; proyektor",
      "",
    ]);
    expect(rows[3]?.[8]).toBe("unassigned");
    expect(rows[3]?.[10]).toBe("Aula Utama is <booked> by another program");
    expect(rows[5]?.slice(5, 8)).toEqual(["2019-03-05", "10:00", "11:00"]);
  });

  it("quotes any title so that it reads back the same (RFC 4180)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0),
        fc.array(fc.constantFrom(",", '"', "\r\n", "\n", ";", "📚", "Perpustakaan"), { maxLength: 6 }),
        (text, extra) => {
          const title = text + extra.join("");
          const a = exportCsv(samplePlan(), sampleWorkspace(title));
          expect(exportCsv(samplePlan(), sampleWorkspace(title))).toBe(a);
          const rows = readCsv(a.slice(1));
          expect(rows).toHaveLength(8);
          for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
          expect(rows[1]?.[2]).toBe(title);
        },
      ),
      { numRuns: 100 },
    );
  });
});
