/**
 * A flexible session looks past its period's first days for a slot (a walk of stop 41: 150
 * monthly classes in three rooms were refused with "no room is free then" while the month's
 * later slots stayed empty: the construction had tried its first 64 slot choices alone, the
 * first days of each month), and past a long period's first months (a walk of stop 53: a
 * semester's sessions held only its first 199 slot choices, January to March).
 */
import { describe, expect, it } from "vitest";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "./helpers.js";

const window = [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "14:00" } }];
const open = [{ days: ["mon", "tue", "wed", "thu"], time: { start: "08:00", end: "15:30" } }, { days: ["fri"], time: { start: "08:00", end: "11:30" } }];
/** `n` programs of one two-hour session a month, each needing a room for 10. */
const classes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `kelas_${i}`, title: `kelas ${i}`, library: "lib", category: "class", expectedParticipants: 10,
    schedules: [{ kind: "flexible", count: 1, per: "month", windows: window, durationMinutes: 120 }],
    needs: [{ kind: "room", minCapacity: 10 }],
  }));
const rooms = ["aula", "ruang_anak", "lab"].map((id) => ({ kind: "room", id, capacity: 30, library: "lib" }));

describe("a month whose first days are full", () => {
  // March to May 2027 hold 411 two-hour slots in the three rooms (three a room on Monday to Thursday, one on Friday, less the
  // holidays and cuti bersama): of 450 sessions at least 57 cannot be placed (27 in March, 30 in May). Trying the first 64
  // choices alone left 91 unplaced; 64 now.
  it("places sessions on its later days: 150 monthly classes in three rooms, March to May 2027", () => {
    const workspace = workspaceOf({ libraries: [library("lib", { openingHours: open })], resources: rooms, programs: classes(150) });
    const plan = planWorkspace(workspace, { horizon: { from: "2027-03-01", to: "2027-05-31" }, seed: 1 });
    const unplaced = plan.occurrences.filter((o) => o.status !== "scheduled").length;
    expect(plan.occurrences).toHaveLength(450);
    expect(unplaced).toBeGreaterThanOrEqual(57);
    expect(unplaced).toBeLessThanOrEqual(64);
  });
});

const weekdays = ["mon", "tue", "wed", "thu", "fri"];

/**
 * A library open on weekdays 08:00-16:00 with one room, `aula`: a daily class `rutin` in it on weekday mornings
 * (`rule`, `minutes` long, holidays kept or not), and `visits` flexible sessions `per` period, two hours each, in it
 * between 08:00 and `windowEnd`, in a plan of `horizon`.
 */
function roomShared(rutin: { rule: string; minutes: number; skipClosures?: boolean }, visits: { count: number; per: string; windowEnd: string }, horizon: { from: string; to: string }) {
  const workspace = workspaceOf({
    libraries: [library("lib", { openingHours: [{ days: weekdays, time: { start: "08:00", end: "16:00" } }] })],
    resources: [{ kind: "room", id: "aula", capacity: 30, library: "lib" }],
    programs: [
      { id: "rutin", title: "rutin", library: "lib", category: "class", schedules: [{ kind: "rrule", dtstart: "2027-01-01T08:00", rrule: rutin.rule, durationMinutes: rutin.minutes, ...(rutin.skipClosures === undefined ? {} : { skipClosures: rutin.skipClosures }) }], needs: [{ kind: "room", resource: "aula" }] },
      { id: "kunjungan", title: "kunjungan", library: "lib", category: "school_visit", schedules: [{ kind: "flexible", count: visits.count, per: visits.per, windows: [{ days: weekdays, time: { start: "08:00", end: visits.windowEnd } }], durationMinutes: 120 }], needs: [{ kind: "room", resource: "aula" }] },
    ],
  });
  const plan = planWorkspace(workspace, { horizon, seed: 1 });
  return { plan, visits: plan.occurrences.filter((o) => o.programId === "kunjungan" && o.status === "scheduled"), unassigned: plan.occurrences.filter((o) => o.status === "unassigned").map((o) => o.id) };
}

describe("a semester whose first months are full", () => {
  // The room holds a daily class every weekday morning until the end of April 2027; the 20 visits a semester fit only in May
  // and June (38 weekdays free). The choices of a semester's session were its period's first 199 slots (three starts a day:
  // January to mid-March), so all 20 stayed unplaced; they now reach every day of the period.
  it("places a semester's sessions in its last months: 20 visits after a room's four busy months", () => {
    const { visits, unassigned } = roomShared({ rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270430T235959", minutes: 180 }, { count: 20, per: "semester", windowEnd: "11:00" }, { from: "2027-01-01", to: "2027-06-30" });
    expect(visits).toHaveLength(20);
    // Before: a visit kept a slot of January to April, and a daily class it displaced stayed unplaced.
    expect(unassigned).toEqual([]);
    expect(visits.filter((o) => o.start < "2027-05").map((o) => o.start)).toEqual([]);
  });
});

describe("a year whose mornings are full", () => {
  // A review (stop 53): with more days than slot choices, the first version kept each day's first start alone, so the visits
  // took 08:00 and pushed four sessions of a daily morning class out; before it, they went to the afternoon.
  it("keeps other times of the day among a year's choices: 4 visits in the afternoons of a room busy every morning", () => {
    const { visits, unassigned } = roomShared({ rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", minutes: 240, skipClosures: false }, { count: 4, per: "year", windowEnd: "16:00" }, { from: "2027-01-01", to: "2027-12-31" });
    expect(unassigned).toEqual([]);
    expect(visits).toHaveLength(4);
    expect(visits.every((o) => o.start.slice(11, 16) >= "12:00")).toBe(true);
  });
});
