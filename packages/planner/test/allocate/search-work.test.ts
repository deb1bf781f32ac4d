/**
 * The local search's work is bounded as its steps are: a need with hundreds of candidates
 * makes a step weigh thousands of them (a program needing 1,000 of 1,000 staff weighed
 * ~55,000 a step, a year's search over an hour), so a walk stops once it has weighed
 * PROBES_PER_STEP (local-search.ts) candidates per step of its budget. Workspaces of a few candidates a need
 * never reach it.
 */
import { describe, expect, it } from "vitest";
import { allocate } from "../../src/allocate/allocate.js";
import { library, occurrenceAt, workspaceOf } from "./helpers.js";

const staff = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: "staff", id: `s${i}`, library: "lib" }));
const weekly = (program: string, weeks: number) => Array.from({ length: weeks }, (_, w) => occurrenceAt(program, "lib", `2025-03-${String(3 + 7 * (w % 4)).padStart(2, "0")}T${String(9 + Math.floor(w / 4)).padStart(2, "0")}:00`, 60));

describe("the search's work", () => {
  it("stops a walk whose steps each weigh hundreds of candidates before its step budget, with every session placed, the same on every run", () => {
    const ws = workspaceOf({ libraries: [library("lib")], resources: staff(150), programs: [{ id: "semua", title: "Semua", library: "lib", category: "class", schedules: [], needs: [{ kind: "staff", quantity: 150 }] }] });
    const run = () => allocate(ws, weekly("semua", 8), { seed: 1, maxSteps: 2_000 });
    const result = run();
    expect(result.stats.steps).toBeGreaterThan(0);
    expect(result.stats.steps).toBeLessThan(2_000);
    expect(result.occurrences.every((o) => o.status === "scheduled")).toBe(true);
    expect(run().stats.steps).toBe(result.stats.steps);
  });

  it("leaves a walk of a few candidates a need its whole step budget", () => {
    const ws = workspaceOf({ libraries: [library("lib")], resources: staff(3), programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [], needs: [{ kind: "staff" }] }] });
    expect(allocate(ws, weekly("kelas", 8), { seed: 1, maxSteps: 2_000 }).stats.steps).toBe(2_000);
  });
});
