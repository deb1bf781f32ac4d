/**
 * A count short of its minimum because a session fell on a holiday names the session, its
 * date and the holiday, and suggests another day (a walk: LON5101 said "(1 dibatalkan atau
 * belum ditempatkan)" with no date and no reason; 2027-03-09 is cuti bersama Idul Fitri).
 * When every session missed fell on a holiday, holding it on the day (`termasuk libur`) is
 * offered too: LON5104 alone said so, after this error (a 2027 planning walk).
 */
import { localizeDiagnostic } from "@lontar/core";
import { describe, expect, it } from "vitest";
import { planDiagnostics } from "../../src/diagnostics/plan-diagnostics.js";
import { planWorkspace } from "../../src/plan-workspace.js";
import { library, workspaceOf } from "../allocate/helpers.js";

const span = (line: number) => ({ file: "mou.lontar", start: { line, column: 3, offset: line * 10 }, end: { line, column: 9, offset: line * 10 + 6 } });
const horizon = { from: "2027-01-01", to: "2027-12-31" };
// Every second Tuesday: 2027-03-09 is cuti bersama Idul Fitri.
const secondTuesday = [{ kind: "rrule", dtstart: "2027-01-12T09:00", rrule: "FREQ=MONTHLY;BYDAY=2TU", durationMinutes: 120 }];

const workspace = (schedules: unknown) =>
  workspaceOf({
    libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
    partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
    programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules }],
    agreements: [{ id: "pks", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "sessions", program: "kelas", min: 1, per: "month", source: span(4) }], source: span(1) }],
  });

describe("LON5101 names the sessions not held and suggests another day", () => {
  it("names the cancelled session with its date and holiday, in each language, and suggests `also` a week later", () => {
    const ws = workspace(secondTuesday);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const [d] = planDiagnostics(ws, plan, horizon).filter((x) => x.code === "LON5101");
    expect(localizeDiagnostic(d!, "en").message).toMatch(/^pks obligation 1: kelas has 0 scheduled session\(s\) in 2027-03-01\.\.2027-03-31, expected at least 1 \(1 cancelled or not placed: 2027-03-09 09:00, cancelled: public holiday, .*Idul Fitri.*\)$/);
    const id = localizeDiagnostic(d!, "id");
    expect(id.message).toMatch(/\(1 dibatalkan atau belum ditempatkan: 2027-03-09 09:00, dibatalkan: hari libur, .*Idul Fitri.*\)$/);
    expect(id.suggestions.map((s) => s.message)).toEqual(["adakan `kelas` pada hari lain dalam 2027-03-01..2027-03-31: tambahkan `juga 2027-03-16T09:00` pada jadwalnya (hari perpustakaan buka), atau pindahkan sesinya; atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya"]);
    // Deterministic: the same words twice.
    expect(planDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon)).toEqual(planDiagnostics(ws, plan, horizon));
  });

  it("sends a session no budget pays for to the budget, not to another day, which would not be paid either (a walk of stop 57)", () => {
    const one = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
      partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
      resources: [{ kind: "budget", id: "dana", amount: 100_000, period: horizon, library: "lib" }],
      programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [{ kind: "once", start: "2027-08-10T09:00", durationMinutes: 120 }], costs: [{ amount: 500_000, per: "session", budget: "dana" }] }],
      agreements: [{ id: "pks", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "hosts", party: "partner", program: "kelas", source: span(4) }], source: span(1) }],
    });
    const [d] = planDiagnostics(one, planWorkspace(one, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101");
    expect(localizeDiagnostic(d!, "id").suggestions.map((x) => x.message)).toEqual(["anggaran dana tidak membiayai sesi `kelas` ini: naikkan anggarannya seperti disebut LON5103, atau turunkan biaya programnya (hari lain pun tidak akan terbiayai)"]);
    expect(localizeDiagnostic(d!, "en").suggestions.map((x) => x.message)).toEqual(["budget dana does not pay for these sessions of `kelas`: raise it as LON5103 says, or lower the program's cost (another day would not be paid for either)"]);
  });

  it("leaves a session a budget's cap left unpaid to another day, which another cap period may pay for (the review of stop 57)", () => {
    const capped = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
      partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
      resources: [{ kind: "budget", id: "dana", amount: 10_000_000, cap: { amount: 100_000, per: "month" }, period: horizon, library: "lib" }],
      programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [{ kind: "once", start: "2027-01-12T09:00", durationMinutes: 120 }, { kind: "once", start: "2027-01-19T09:00", durationMinutes: 120 }], costs: [{ amount: 100_000, per: "session", budget: "dana" }] }],
      agreements: [{ id: "pks", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "sessions", program: "kelas", min: 2, per: "semester", source: span(4) }], source: span(1) }],
    });
    const [d] = planDiagnostics(capped, planWorkspace(capped, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101");
    const said = localizeDiagnostic(d!, "en").suggestions.map((x) => x.message);
    // The second semester's own shortfall aside, the first's unpaid session is sent to another day, not to the budget.
    expect(said.filter((m) => m.includes("2027-01-01..2027-06-30"))).toEqual(["hold `kelas` on another day of 2027-01-01..2027-06-30: move the session, or add one to its schedule"]);
    expect(said.some((m) => m.includes("does not pay"))).toBe(false);
  });

  it("the suggested date, added with `also`, meets the obligation", () => {
    const fixed = workspace([{ ...secondTuesday[0], rdates: ["2027-03-16T09:00"] }]);
    expect(planDiagnostics(fixed, planWorkspace(fixed, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101")).toEqual([]);
  });

  it("an obligation missed in several months names each session not held there and why, and suggests a day of the first (a walk: `tidak terpenuhi dalam 2 dari 12 bulan (Feb 2027, Mei 2027)` said no more)", () => {
    // The first Saturday: 2027-02-06 is Imlek, 2027-05-01 Labour Day.
    const ws = workspace([{ kind: "rrule", dtstart: "2027-01-02T09:00", rrule: "FREQ=MONTHLY;BYDAY=1SA", durationMinutes: 120 }]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const [d] = planDiagnostics(ws, plan, horizon).filter((x) => x.code === "LON5101");
    const id = localizeDiagnostic(d!, "id");
    expect(id.message).toMatch(/^pks kewajiban 1 tidak terpenuhi dalam 2 dari 12 bulan \(Feb 2027, Mei 2027\): .* \(2 dibatalkan atau belum ditempatkan: 2027-02-06 09:00, dibatalkan: hari libur, [^;]*Imlek[^;]*; 2027-05-01 09:00, dibatalkan: hari libur, [^)]*Buruh[^)]*\)$/);
    // A day for each session not held, in its own month (stop 56: one date, for February, left May short).
    expect(id.suggestions.map((s) => s.message)).toEqual(["adakan 2 sesi `kelas` itu pada hari lain dalam periodenya: tambahkan `juga 2027-02-13T09:00, 2027-05-08T09:00` pada jadwalnya (hari perpustakaan buka), atau pindahkan sesinya; atau, agar tetap diadakan pada hari libur itu, seperti lomba 17 Agustus, tulis `termasuk libur` setelah jadwalnya"]);
    expect(localizeDiagnostic(d!, "en").message).toContain("(2 cancelled or not placed: 2027-02-06 09:00, cancelled: public holiday, ");
    // The days suggested, added with `also`, meet the obligation.
    const fixed = workspace([{ kind: "rrule", dtstart: "2027-01-02T09:00", rrule: "FREQ=MONTHLY;BYDAY=1SA", durationMinutes: 120, rdates: ["2027-02-13T09:00", "2027-05-08T09:00"] }]);
    expect(planDiagnostics(fixed, planWorkspace(fixed, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101")).toEqual([]);
  });

  // helper-140 (a planner's walk): a weekly Saturday class and 30 a semester was told only to add one session on another day.
  it("a minimum the schedule cannot reach even with every session held says so first, with the most it gives; holding one more is offered after it", () => {
    const agreed = (min: number) =>
      workspaceOf({
        libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
        partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
        programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [{ kind: "rrule", dtstart: "2027-01-02T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA", durationMinutes: 120 }] }],
        agreements: [{ id: "pks", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "sessions", program: "kelas", min, per: "semester", source: span(4) }], source: span(1) }],
      });
    const ws = agreed(30);
    const [d] = planDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101");
    const [sparse, another] = localizeDiagnostic(d!, "id").suggestions.map((s) => s.message);
    // 26 Saturdays from 2 January to 26 June, 26 from 3 July to 25 December.
    expect(sparse).toBe("sekalipun semua sesinya diadakan, jadwal `kelas` memberi paling banyak 26 sesi per semester pada 2027-01-01..2027-12-31, kurang dari 30 yang disepakati: tambahkan hari atau sesi pada jadwalnya, atau sepakati minimum yang lebih rendah");
    // A Saturday class: the Saturdays near are its own, so the nearest open days (the library declares no hours), one for each session not held.
    expect(another).toMatch(/^adakan 3 sesi `kelas` itu pada hari lain dalam periodenya: tambahkan `juga 2027-02-07T09:00, 2027-05-02T09:00, 2027-12-27T09:00` /);
    expect(localizeDiagnostic(d!, "en").suggestions[0]?.message).toBe("even with every session held, `kelas`'s schedule gives at most 26 session(s) per semester in 2027-01-01..2027-12-31, short of the 30 agreed: add days or sessions to its schedule, or agree on a lower minimum");
    // helper-142: the hint names the periods the schedule cannot reach, not those it reaches once their sessions on holidays are held.
    // Five a month: every month of four Saturdays is out of reach; May's five (1 May, Labour Day) are not.
    const monthly = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
      partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
      programs: [{ id: "kelas", title: "Kelas", library: "lib", category: "class", schedules: [{ kind: "rrule", dtstart: "2027-01-02T09:00", rrule: "FREQ=WEEKLY;BYDAY=SA", durationMinutes: 120 }] }],
      agreements: [{ id: "pks", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "sessions", program: "kelas", min: 5, per: "month", source: span(4) }], source: span(1) }],
    });
    const [fiveAMonth] = planDiagnostics(monthly, planWorkspace(monthly, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101");
    const hint = localizeDiagnostic(fiveAMonth!, "en").suggestions[0]?.message ?? "";
    expect(hint).toMatch(/^even with every session held, `kelas`'s schedule gives at most 4 session\(s\) per month in Feb–Apr 2027, Jun 2027, /);
    expect(hint).not.toContain("May");
    // A minimum the Saturdays reach once the ones on holidays are held: only another day is suggested.
    const reachable = agreed(26);
    const [met] = planDiagnostics(reachable, planWorkspace(reachable, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101");
    expect(localizeDiagnostic(met!, "en").suggestions.map((s) => s.message.slice(0, 20))).toEqual(["hold the 3 sessions "]);
  });

  it("a single session (`once`) cannot take `also`: the suggestion is to move it", () => {
    const ws = workspace([{ kind: "once", start: "2027-03-09T09:00", durationMinutes: 120 }]);
    const plan = planWorkspace(ws, { horizon: { from: "2027-03-01", to: "2027-03-31" }, seed: 1 });
    const [d] = planDiagnostics(ws, plan, plan.horizon).filter((x) => x.code === "LON5101");
    expect(localizeDiagnostic(d!, "en").suggestions.map((s) => s.message)).toEqual(["hold `kelas` on another day of 2027-03-01..2027-03-31: move the session, or add one to its schedule; or, to hold it on the holiday itself, as a 17 August contest is, write `including holidays` after its schedule"]);
  });

  // Stop 56 (a Langsa walk): `perpustakaan menyediakan paket setiap bulan kepada sd1` short in three months said only "0 sessions",
  // where a count of the same sessions named the holidays that cancelled them.
  it("a resource provided short names the sessions that would have used it, cancelled or not placed, and a day for each", () => {
    const provided = (rdates: readonly string[]) =>
      workspaceOf({
        libraries: [library("lib", { closures: [{ kind: "public_holidays" }], openingHours: [{ days: ["mon", "tue", "wed", "thu", "fri"], time: { start: "08:00", end: "16:00" } }] })],
        partners: [{ id: "sd1", name: "SD 1", kind: "school" }],
        resources: [{ kind: "collection", id: "paket", library: "lib", packages: 4, copiesPerPackage: 20 }],
        programs: [{ id: "kirim", title: "Kirim paket", library: "lib", category: "class", partners: ["sd1"], needs: [{ kind: "collection", resource: "paket" }], schedules: [{ kind: "rrule", dtstart: "2027-01-01T09:00", rrule: "FREQ=MONTHLY;BYMONTHDAY=1", durationMinutes: 120, rdates }] }],
        agreements: [{ id: "mou", library: "lib", partner: "sd1", validity: horizon, obligations: [{ kind: "provides", party: "library", resource: "paket", quantity: 1, per: "month", recipient: "sd1", source: span(4) }], source: span(1) }],
      });
    const ws = provided([]);
    const plan = planWorkspace(ws, { horizon, seed: 1 });
    const [d, ...rest] = planDiagnostics(ws, plan, horizon).filter((x) => x.code === "LON5101");
    expect(rest).toEqual([]);
    // 1 January, 1 May and 1 June 2027 are holidays; 1 August is a Sunday, held outside the opening hours (LON5105), so it counts.
    const id = localizeDiagnostic(d!, "id");
    expect(id.message).toMatch(/^mou kewajiban 1 tidak terpenuhi dalam 3 dari 12 bulan \(Jan 2027, Mei–Jun 2027\): paket dipakai oleh 0 sesi terjadwal untuk sd1 per bulan, diharapkan paling sedikit 1 \(3 dibatalkan atau belum ditempatkan: 2027-01-01 09:00, dibatalkan: hari libur, [^;]*; 2027-05-01 09:00, [^;]*; 2027-06-01 09:00, [^)]*\)$/);
    expect(localizeDiagnostic(d!, "en").message).toContain("for sd1 per month, expected at least 1 (3 cancelled or not placed: 2027-01-01 09:00, cancelled: public holiday, ");
    // A weekday the library opens for each (1 May is a Saturday: not 8 May, the library is closed on Saturdays).
    const [hint] = id.suggestions.map((s) => s.message);
    expect(hint).toContain("tambahkan `juga 2027-01-08T09:00, 2027-05-03T09:00, 2027-06-08T09:00` pada jadwalnya");
    const fixed = provided(["2027-01-08T09:00", "2027-05-03T09:00", "2027-06-08T09:00"]);
    expect(planDiagnostics(fixed, planWorkspace(fixed, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101")).toEqual([]);
    // The plan's finding counts them too.
    expect(plan.agreements[0]?.findings.filter((f) => !f.ok).map((f) => [f.period.from, f.notScheduled])).toEqual([["2027-01-01", 1], ["2027-05-01", 1], ["2027-06-01", 1]]);
  });

  // The review of stop 56: two programs using the laptops, both on Idul Fitri (2027-03-10), were offered a day for the first alone.
  it("a resource provided to several programs gives a day for each session, in its own program's schedule", () => {
    const secondWednesday = (time: string) => [{ kind: "rrule", dtstart: `2027-01-13T${time}`, rrule: "FREQ=MONTHLY;BYDAY=2WE", durationMinutes: 120 }];
    const ws = workspaceOf({
      libraries: [library("lib", { closures: [{ kind: "public_holidays" }] })],
      partners: [{ id: "pkk", name: "PKK", kind: "pkk" }],
      resources: [{ kind: "equipment", id: "laptop", library: "lib", quantity: 10 }],
      programs: ["kelas", "kelas2"].map((id, i) => ({ id, title: id, library: "lib", category: "class", needs: [{ kind: "equipment", resource: "laptop" }], schedules: secondWednesday(i === 0 ? "09:00" : "13:00") })),
      agreements: [{ id: "mou", library: "lib", partner: "pkk", validity: horizon, obligations: [{ kind: "provides", party: "partner", resource: "laptop", quantity: 2, per: "month", source: span(4) }], source: span(1) }],
    });
    const [d] = planDiagnostics(ws, planWorkspace(ws, { horizon, seed: 1 }), horizon).filter((x) => x.code === "LON5101");
    const [hint] = localizeDiagnostic(d!, "en").suggestions.map((x) => x.message);
    expect(hint).toBe("hold the sessions on other days of their periods: add `also 2027-03-17T09:00` to `kelas`; `also 2027-03-17T13:00` to `kelas2` (days the library is open), or move the sessions");
    expect(localizeDiagnostic(d!, "id").suggestions[0]?.message).toContain("tambahkan `juga 2027-03-17T09:00` pada `kelas`; `juga 2027-03-17T13:00` pada `kelas2`");
  });
});
