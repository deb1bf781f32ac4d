/**
 * programsAllCancelled: the programs the plan has sessions of, every one cancelled, in the
 * order of their first session; none with a session scheduled or not placed.
 */
import { describe, expect, it } from "vitest";
import { programsAllCancelled, type Plan } from "../../src/index.js";

const session = (programId: string, status: "scheduled" | "unassigned" | "cancelled") => ({ programId, status });
const plan = (occurrences: ReturnType<typeof session>[]): Plan => ({ occurrences } as unknown as Plan);

describe("programsAllCancelled", () => {
  it("names each program whose every session is cancelled once, in the order of its first session", () => {
    const sessions = [session("lomba", "cancelled"), session("kelas", "scheduled"), session("rapat", "cancelled"), session("lomba", "cancelled"), session("kelas", "cancelled"), session("tamu", "unassigned"), session("rapat", "cancelled")];
    expect(programsAllCancelled(plan(sessions))).toEqual(["lomba", "rapat"]);
  });

  it("is empty for a plan with no session, and for one whose programs each hold or wait for one", () => {
    expect(programsAllCancelled(plan([]))).toEqual([]);
    expect(programsAllCancelled(plan([session("a", "cancelled"), session("a", "unassigned")]))).toEqual([]);
  });

  it("reads a province's plan in one pass (200,000 sessions of 5,000 programs)", () => {
    const sessions = Array.from({ length: 200_000 }, (_, i) => session(`p${i % 5000}`, i % 5000 === 7 ? "cancelled" : "scheduled"));
    expect(programsAllCancelled(plan(sessions))).toEqual(["p7"]);
  });
});
