/**
 * A vehicle carries the books of the collections its program takes (stop 43's walk: a boat of
 * 500 books planned with 12 packages of 50, and `check` passed): a named vehicle too small
 * leaves the sessions unplaced, saying how many books and how many the largest vehicle holds;
 * an unnamed one is chosen among those large enough.
 */
import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planWorkspace } from "../../src/plan-workspace.js";
import { unassignedFindings } from "../../src/diagnostics/unassigned-findings.js";
import { booksCarried } from "../../src/allocate/candidates.js";
import { workspaceOf } from "../expand/helpers.js";

type Resources = NonNullable<WorkspaceInput["resources"]>;
const JANUARY = { from: "2027-01-01", to: "2027-01-31" };
const boat = (capacityBooks: number, id = "kapal"): Resources[number] => ({ kind: "vehicle", id, library: "maluku", capacityBooks });
const PACKAGES: Resources[number] = { kind: "collection", id: "paket_rotasi", library: "maluku", packages: 12, copiesPerPackage: 50 };

function workspace(vehicles: Resources, named: string | undefined) {
  return workspaceOf({
    libraries: [{ id: "maluku", name: "Dispusip Maluku", tier: "provinsi", region: { province: "Maluku", regency: "Kota Ambon" }, openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "07:00", end: "16:00" } }] }],
    resources: [...vehicles, PACKAGES],
    programs: [{
      id: "perahu", title: "Perahu Pustaka", library: "maluku", category: "mobile_library",
      schedules: [{ kind: "rrule", dtstart: "2027-01-12T08:00", rrule: "FREQ=WEEKLY;BYDAY=TU;COUNT=3", durationMinutes: 360 }],
      needs: [{ kind: "vehicle", ...(named === undefined ? {} : { resource: named }) }, { kind: "collection", resource: "paket_rotasi", quantity: 12 }],
    }],
  });
}

describe("a vehicle and the books its program carries", () => {
  it("counts the packages of each named collection times their books", () => {
    const ws = workspace([boat(500)], "kapal");
    expect(booksCarried(ws.programs[0]!, new Map(ws.resources.map((r) => [r.id, r])))).toBe(600);
  });

  it("leaves the sessions unplaced when the named vehicle holds fewer, and says so in both languages", () => {
    const ws = workspace([boat(500)], "kapal");
    const plan = planWorkspace(ws, { horizon: JANUARY, seed: 1 });
    expect(plan.occurrences.map((o) => o.status)).toEqual(["unassigned", "unassigned", "unassigned"]);
    const [finding] = unassignedFindings(ws, plan);
    expect(finding?.message).toContain("no vehicle carries 600 books; the largest carries 500");
    expect(finding?.count).toBe(3);
  });

  it("holds them in a vehicle large enough, and chooses one among those when none is named", () => {
    expect(planWorkspace(workspace([boat(600)], "kapal"), { horizon: JANUARY, seed: 1 }).occurrences.map((o) => o.status)).toEqual(["scheduled", "scheduled", "scheduled"]);
    const plan = planWorkspace(workspace([boat(300, "sampan"), boat(700)], undefined), { horizon: JANUARY, seed: 1 });
    expect(plan.occurrences.map((o) => [o.status, o.assignments.map((a) => a.resourceId).filter((r) => r === "kapal" || r === "sampan")])).toEqual([["scheduled", ["kapal"]], ["scheduled", ["kapal"]], ["scheduled", ["kapal"]]]);
  });
});
