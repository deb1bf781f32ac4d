/**
 * A person not available when a session falls is said with when they do work: a first-hour
 * walk (stop 49) read "s is not available then" for a Saturday session and had to open the
 * file to learn that s works Monday to Friday; the room's message already gave its hours.
 * People who work the same hours are named together, the hours said once (four librarians
 * of solok-interaksi working Monday to Friday had the same hours said four times).
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { unassignedDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { indexWorkspace } from "../../src/export/plan-view.js";
import { unplacedReason } from "../../src/export/unplaced-reason.js";
import { availabilityWords } from "../../src/export/availability-words.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const source = { file: "p.lontar", start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 8, offset: 7 } };
const workspace = (availability: unknown[], others: readonly { id: string; name: string; availability: unknown[] }[] = []) =>
  workspaceOf({
    libraries: [library("p")],
    resources: [{ kind: "staff", id: "ani", name: "Ani", library: "p", roles: ["pustakawan"], availability }, ...others.map((o) => ({ kind: "staff", library: "p", roles: ["pustakawan"], ...o }))],
    programs: [
      {
        id: "dongeng",
        title: "Dongeng Sabtu",
        library: "p",
        category: "storytelling",
        source,
        schedules: [{ kind: "rrule", dtstart: "2027-01-02T09:00", rrule: "FREQ=WEEKLY;COUNT=1", durationMinutes: 120 }],
        needs: [{ kind: "staff", role: "pustakawan", source }],
      },
    ],
  });
const horizon = { from: "2027-01-01", to: "2027-01-31" };

describe("a person not available then", () => {
  it("is said with the days and hours they work, in the diagnostics and the report, in both languages", () => {
    const ws = workspace([{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const [d] = unassignedDiagnostics(ws, plan);
    expect(d && localizeDiagnostic(d, "en").message).toMatch(/: ani is not available then \(only Mon–Fri 08:00–16:00\)$/);
    expect(d && localizeDiagnostic(d, "id").message).toMatch(/: ani tidak tersedia saat itu \(hanya Senin–Jumat 08:00–16:00\)$/);
    const o = plan.occurrences.find((x) => x.status === "unassigned");
    const why = o?.reasons?.find((r) => r.level === "medium");
    const context = { index: indexWorkspace(ws), session: () => undefined };
    expect(o && unplacedReason(context, o, why, "id").reason).toContain("Ani tidak tersedia saat itu (hanya Senin–Jumat 08:00–16:00)");
  });

  it("names the people who work the same hours together, the hours once, and the others on their own", () => {
    const weekdays = [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }];
    const ws = workspace(weekdays, [
      { id: "budi", name: "Budi", availability: weekdays },
      { id: "citra", name: "Citra", availability: [{ days: ["sun"], time: { start: "08:00", end: "12:00" } }] },
      { id: "dewi", name: "Dewi", availability: weekdays },
    ]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const [d] = unassignedDiagnostics(ws, plan);
    expect(d && localizeDiagnostic(d, "en").message).toMatch(/: ani, budi and dewi are not available then \(each only Mon–Fri 08:00–16:00\); citra is not available then \(only Sun 08:00–12:00\)$/);
    expect(d && localizeDiagnostic(d, "id").message).toMatch(/: ani, budi dan dewi tidak tersedia saat itu \(masing-masing hanya Senin–Jumat 08:00–16:00\); citra tidak tersedia saat itu \(hanya Minggu 08:00–12:00\)$/);
    const o = plan.occurrences.find((x) => x.status === "unassigned");
    const why = o?.reasons?.find((r) => r.level === "medium");
    const context = { index: indexWorkspace(ws), session: () => undefined };
    expect(o && unplacedReason(context, o, why, "id").reason).toContain("Ani, Budi dan Dewi tidak tersedia saat itu (masing-masing hanya Senin–Jumat 08:00–16:00); Citra tidak tersedia saat itu (hanya Minggu 08:00–12:00)");
    expect(o && unplacedReason(context, o, why, "en").reason).toContain("Ani, Budi and Dewi are not available then (each only Mon–Fri 08:00–16:00)");
  });

  it("writes a few days apart and several windows as written", () => {
    const ws = workspace([
      { days: ["mon", "wed"], time: { start: "08:00", end: "12:00" } },
      { days: ["sun", "fri", "sat"], time: { start: "13:00", end: "17:00" } },
    ]);
    expect(availabilityWords(ws.resources[0])).toEqual({ en: "Mon, Wed 08:00–12:00; Fri–Sun 13:00–17:00", id: "Senin, Rabu 08:00–12:00; Jumat–Minggu 13:00–17:00" });
    // Available any time: nothing to add.
    expect(availabilityWords(workspace([]).resources[0])).toBeUndefined();
  });
});
