/**
 * LON5109: a need naming no resource met by another library's resource (the allocator's
 * last resort). Found by the 2027 planner walk: a seminar of desa Kendal needing a room for
 * 40 was planned in desa Watualang's hall, another village, without a word.
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { borrowedResourceDiagnostics } from "../../src/diagnostics/borrowed-resources.js";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const horizon = { from: "2027-04-01", to: "2027-04-30" };
const span = (line: number) => ({ file: "p.lontar", start: { line, column: 1, offset: line * 10 }, end: { line, column: 2, offset: line * 10 + 1 } });
const weekly = (first: string) => [{ kind: "rrule", dtstart: `${first}T09:00`, rrule: "FREQ=WEEKLY", durationMinutes: 120 }];
const program = (id: string, line: number, needs: unknown[], extra: Record<string, unknown> = {}) => ({ id, title: id, library: "kendal", category: "seminar", source: span(line), schedules: weekly("2027-04-01"), needs, ...extra });

const workspace = workspaceOf({
  libraries: [library("kendal", { name: "Perpustakaan Desa Kendal" }), library("watualang", { name: "Perpustakaan Desa Watualang" })],
  resources: [
    { kind: "room", id: "ruang_baca_kendal", capacity: 15, library: "kendal" },
    { kind: "room", id: "balai_watualang", capacity: 40, library: "watualang" },
  ],
  programs: [
    program("seminar", 1, [{ kind: "room", minCapacity: 40, source: span(7) }]),
    program("diskusi", 2, [{ kind: "room" }], { schedules: weekly("2027-04-06") }),
    program("rapat", 3, [{ kind: "room", resource: "balai_watualang" }], { schedules: weekly("2027-04-07") }),
  ],
});

describe("LON5109: a need met by another library's resource", () => {
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  const diagnostics = borrowedResourceDiagnostics(workspace, plan);

  it("warns at the need of the program that borrows, not at one using its own room or naming the other's", () => {
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.range.start.line])).toEqual([["LON5109", "warning", 7]]);
    expect(planDiagnostics(workspace, plan, horizon).filter((d) => d.code === "LON5109")).toEqual(diagnostics);
  });

  it("names the resource, its library, the sessions and the first, in each language", () => {
    const [d] = diagnostics;
    expect(localizeDiagnostic(d!, "en").message).toBe(
      "`seminar` of Perpustakaan Desa Kendal uses balai_watualang (Perpustakaan Desa Watualang) of another library in 5 sessions (the first: 2027-04-01 09:00), as Perpustakaan Desa Kendal has none that fits; name it in `needs` if that is meant, or declare one at Perpustakaan Desa Kendal",
    );
    expect(localizeDiagnostic(d!, "id").message).toBe(
      "`seminar` milik Perpustakaan Desa Kendal memakai balai_watualang (Perpustakaan Desa Watualang) milik perpustakaan lain dalam 5 sesi (yang pertama: 2027-04-01 09:00), karena Perpustakaan Desa Kendal tidak punya yang sesuai; sebut namanya di `butuh` bila memang begitu, atau deklarasikan satu di Perpustakaan Desa Kendal",
    );
  });
});
