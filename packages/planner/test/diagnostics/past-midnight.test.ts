/**
 * A session that runs past midnight (`for 30h`): every message that prints its span or its
 * end writes the end's date, so it does not read as ending before it starts.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { openingHoursDiagnostics } from "../../src/diagnostics/opening-hours.js";
import { unassignedDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { sessionTimes } from "../../src/export/html/browser/session-facts.js";
import { rostersSection } from "../../src/export/html/rosters-section.js";
import { sessionProblems } from "../../src/export/html/session-problems.js";
import { reasonsReader } from "../../src/export/occurrence-facts.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { sessionSpan, timeSpan } from "../../src/export/session-span.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2026-02-01", to: "2026-02-28" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
// Tuesday 2026-02-03 09:00 for 30 hours: it ends on Wednesday at 15:00.
const once = [{ kind: "rrule", dtstart: "2026-02-03T09:00", rrule: "FREQ=DAILY;COUNT=1", durationMinutes: 1800 }];
const workspace = workspaceOf({
  libraries: [library("lib", { name: "Perpustakaan Kota", openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] })],
  resources: [
    { kind: "room", id: "ruang_rapat", capacity: 40, library: "lib" },
    { kind: "staff", id: "budi", name: "Budi", library: "lib" },
  ],
  programs: [
    { id: "rapat", title: "Rapat", library: "lib", category: "coordination_meeting", source: span(1), schedules: once, needs: [{ kind: "room", resource: "ruang_rapat", source: span(2) }] },
    { id: "jaga", title: "Jaga Malam", library: "lib", category: "coordination_meeting", source: span(3), schedules: once, needs: [{ kind: "staff", resource: "budi" }] },
  ],
});
const plan = planWorkspace(workspace, { horizon, seed: 1 });
const index = indexWorkspace(workspace);
const byId = (id: string) => plan.occurrences.find((o) => o.id === id);

describe("a session past midnight is told with its end's date", () => {
  it("writes the span with the end's date only when it is another day", () => {
    expect(timeSpan("2026-02-03T09:00:00+07:00", "2026-02-04T15:00:00+07:00")).toBe("09:00–2026-02-04 15:00");
    expect(sessionSpan("2026-02-03T09:00:00+07:00", "2026-02-04T15:00:00+07:00")).toBe("2026-02-03 09:00–2026-02-04 15:00");
    expect(sessionSpan("2026-02-03T09:00:00+07:00", "2026-02-03T15:00:00+07:00")).toBe("2026-02-03 09:00–15:00");
  });

  it("LON5105 names the first session's span with the end's date, in each language (of a session held: `rapat`'s, left unplaced, is LON5103's)", () => {
    expect(byId("rapat@2026-02-03T09:00")?.status).toBe("unassigned");
    const messages = openingHoursDiagnostics(workspace, plan).map((d) => [localizeDiagnostic(d, "en").message, localizeDiagnostic(d, "id").message]);
    expect(messages).toEqual([
      [
        "one of `jaga`'s sessions in the horizon falls outside the opening hours of Perpustakaan Kota (2026-02-03 09:00–2026-02-04 15:00); hold it while it is open, or widen its `open` hours",
        "satu sesi `jaga` dalam cakrawala perencanaan berada di luar jam buka Perpustakaan Kota (2026-02-03 09:00–2026-02-04 15:00); adakan saat perpustakaan buka, atau perluas jam `buka`-nya",
      ],
    ]);
  });

  it("LON5103 sets the closing time against the end with its date, in each language", () => {
    const [d] = unassignedDiagnostics(workspace, plan);
    expect(localizeDiagnostic(d!, "en").message).toBe(
      "`rapat` cannot take place on 2026-02-03 at 09:00: no room available then: ruang_rapat is in Perpustakaan Kota, which closes at 16:00, and the session does not end until 2026-02-04 15:00",
    );
    expect(localizeDiagnostic(d!, "id").message).toBe(
      "`rapat` tidak dapat berlangsung pada 2026-02-03 pukul 09:00: tidak ada ruang yang tersedia saat itu: ruang_rapat berada di Perpustakaan Kota, yang tutup pukul 16:00, padahal sesinya baru selesai pada 2026-02-04 15:00",
    );
  });

  it("the report and the spreadsheets say the same of the session not placed and of the one held while the library is closed", () => {
    expect(reasonsReader(index, "id", plan.occurrences)(byId("rapat@2026-02-03T09:00")!)).toEqual([
      "Tidak satu pun ruang yang sesuai tersedia saat itu: Ruang Rapat tidak dapat dipakai: Perpustakaan Kota tutup pukul 16:00, padahal kegiatan baru selesai pada 2026-02-04 15:00.",
    ]);
    expect(sessionProblems(plan, index, "en")("jaga@2026-02-03T09:00")).toEqual({ problems: ["Perpustakaan Kota closes at 16:00, and the session does not end until 2026-02-04 15:00"] });
  });

  it("the rosters and the calendar's session titles write the end's date", () => {
    expect(rostersSection(plan, index, "id")).toContain("<td>Selasa, 3 Februari 2026</td><td>09:00–2026-02-04 15:00</td><td>Jaga Malam</td>");
    const data = { language: "id", zones: ["WIB"] } as const;
    expect(sessionTimes(data, { start: "2026-02-03 09:00", end: "2026-02-04 15:00", library: 0 }, false)).toBe("09:00–4 Februari 2026 15:00");
    expect(sessionTimes(data, { start: "2026-02-03 09:00", end: "2026-02-03 15:00", library: 0 }, false)).toBe("09:00–15:00");
    expect(sessionTimes(data, { start: "2026-02-03 09:00", end: "2026-02-04 15:00", library: 0 }, true)).toBe("Selasa, 3 Februari 2026 09:00–4 Februari 2026 15:00 WIB");
  });
});
