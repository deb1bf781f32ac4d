/**
 * A rotating route with a flexible schedule visits each stop while the stop is open. Found
 * by a TPBIS coordinator's walk (stop 54): a mobile library's route over village libraries
 * that open on different weekdays and mornings only was placed on the stops' closed days
 * and afternoons though free mornings were left, and `check` only warned (LON5111).
 * Expansion now keeps each visit to the slots its stop is open (its stop given in turn by
 * the default times), and the route's turns are taken by the final times unless that
 * would send more visits to a closed stop.
 */
import type { WorkspaceInput } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { visitsOutsideOpeningHours } from "../../src/diagnostics/opening-hours.js";
import { receivedVisit, sitesInTurn } from "../../src/allocate/sites-in-turn.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { workspaceOf } from "../expand/helpers.js";
import { occurrenceAt } from "./helpers.js";

type LibraryInput = NonNullable<WorkspaceInput["libraries"]>[number];
type ProgramInput = NonNullable<WorkspaceInput["programs"]>[number];

const QUARTER = { from: "2027-01-01", to: "2027-03-31" };
const region = { province: "DI Yogyakarta", regency: "Kabupaten Sleman" };
const mornings = (days: string[]) => days.map((day) => ({ days: [day], time: { start: "08:00", end: "12:00" } }));
const village = (id: string, days: string[], extra: Partial<LibraryInput> = {}): LibraryInput => ({ id, name: `Perpustakaan Desa ${id}`, tier: "desa", region, openingHours: mornings(days), ...extra }) as LibraryInput;
const stops = [village("desa_a", ["mon", "tue", "wed", "thu"]), village("desa_b", ["tue", "wed", "thu", "fri"]), village("desa_c", ["mon", "wed", "fri"])];
const pusling = {
  id: "pusling", title: "Perpustakaan Keliling", library: "dinas", category: "mobile_library", sites: ["desa_a", "desa_b", "desa_c"], siteMode: "rotating",
  schedules: [{ kind: "flexible", count: 6, per: "month", durationMinutes: 180, windows: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "15:00" } }] }],
} as ProgramInput & { readonly sites: readonly string[] };
const dinas: LibraryInput = { id: "dinas", name: "Dinas Perpustakaan Sleman", tier: "kabupaten", region, openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "15:00" } }] };

describe("a flexible rotating route", () => {
  it("visits every stop while it is open, in turn, when free mornings allow it", () => {
    const ws = workspaceOf({ libraries: [dinas, ...stops], programs: [pusling] });
    const plan = planWorkspace(ws, { horizon: QUARTER, seed: 1 });
    const held = plan.occurrences.filter((o) => o.status === "scheduled").sort((a, b) => (a.start < b.start ? -1 : 1));
    expect(held).toHaveLength(18);
    expect(visitsOutsideOpeningHours(new Map(ws.libraries.map((l) => [l.id, l])), plan).size).toBe(0);
    expect(held.map((o) => o.site)).toEqual(held.map((_, k) => pusling.sites[k % 3]));
  });

  it("drops the turns of a stop closed all month for renovation, with its reason, and keeps the others open", () => {
    const closed = village("desa_b", ["tue", "wed", "thu", "fri"], { closures: [{ kind: "range", range: { from: "2027-02-01", to: "2027-02-28" }, reason: "Renovasi" }] });
    const ws = workspaceOf({ libraries: [dinas, stops[0], closed, stops[2]].filter((l) => l !== undefined), programs: [pusling] });
    const plan = planWorkspace(ws, { horizon: QUARTER, seed: 1 });
    const cancelled = plan.occurrences.filter((o) => o.status === "cancelled");
    expect(cancelled.map((o) => [o.site, o.start.slice(0, 7), o.reasons?.[0]?.message.includes("Renovasi")])).toEqual([["desa_b", "2027-02", true], ["desa_b", "2027-02", true]]);
    expect(visitsOutsideOpeningHours(new Map(ws.libraries.map((l) => [l.id, l])), plan).size).toBe(0);
  });

  it("keeps the stops expansion gave when taking them in turn would send a visit to a closed stop", () => {
    const ws = workspaceOf({ libraries: [dinas, ...stops], programs: [pusling] });
    // Monday 2027-01-04 at desa_c (open Mondays), Tuesday 2027-01-05 at desa_b: in turn by date, desa_b would come first, on a Monday it is closed.
    const occurrences = [
      occurrenceAt("pusling", "dinas", "2027-01-05T08:00", 180, { site: "desa_b", candidates: ["2027-01-05T08:00"] }),
      occurrenceAt("pusling", "dinas", "2027-01-04T08:00", 180, { site: "desa_c", candidates: ["2027-01-04T08:00"] }),
    ];
    const libraries = new Map(ws.libraries.map((l) => [l.id, l]));
    const inTurn = sitesInTurn({ ...ws, programs: [{ ...ws.programs[0]!, sites: ["desa_b", "desa_c"] }] }, occurrences, (o) => occurrences[o]?.startMs ?? 0);
    expect([...inTurn]).toEqual([[1, "desa_b"], [0, "desa_c"]]);
    const received = receivedVisit(libraries, occurrences, (o) => occurrences[o]);
    expect(received(1, "desa_b")).toBe(false);
    expect([...sitesInTurn({ ...ws, programs: [{ ...ws.programs[0]!, sites: ["desa_b", "desa_c"] }] }, occurrences, (o) => occurrences[o]?.startMs ?? 0, received)]).toEqual([]);
  });
});
