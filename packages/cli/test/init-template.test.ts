import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classDays, workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir } from "./support/run.js";

describe.each(["en", "id"] as const)("the %s starter workspace of lontar init", (lang) => {
  it("checks clean and is already formatted (fmt --check finds nothing to change)", async () => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "ws"));
    for (const file of workspaceTemplate(lang)) writeFileSync(path.join(cwd, "ws", file.path), file.text);
    const check = await run(["check", "ws"], cwd);
    expect(check.stdout + check.stderr).toBe("");
    expect(check.code).toBe(0);
    const fmt = await run(["fmt", "--check", "ws"], cwd);
    expect(fmt.stdout + fmt.stderr).toBe("");
    expect(fmt.code).toBe(0);
  }, 60_000);
});

it("writes the Indonesian starter's values as an Indonesian planner does (opd, kelas)", () => {
  const [indonesian] = workspaceTemplate("id");
  expect(indonesian?.text).toMatch(/^ {2}jenis opd$/m);
  expect(indonesian?.text).toMatch(/^ {2}kategori kelas$/m);
});

// Found by a user walk (Sulawesi Selatan): `lontar init --year 2027` wrote `mulai 2027-01-06`, a Wednesday, for a class
// held on Tuesdays (2026's date moved by a year): its first session was a Wednesday.
describe("the starter's dates in another year", () => {
  const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
  const isRealDate = (date: string): boolean => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

  it("start the class on the year's first Tuesday and end it on its last Tuesday by 15 December, every date real, in every year", () => {
    // Leap years (2028, 2032, 2000) and not (2100), and years whose 1 January is each day of the week.
    for (let year = 2000; year <= 2110; year++) {
      for (const lang of ["en", "id"] as const) {
        const text = workspaceTemplate(lang, year)[0]?.text ?? "";
        const dates = text.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
        // The horizon's two dates (the whole year, since stop 58), the class's two and the agreement's two.
        expect(dates, `${year}`).toHaveLength(6);
        expect(text).toContain(lang === "id" ? `cakrawala ${year}-01-01..${year}-12-31\n` : `horizon ${year}-01-01..${year}-12-31\n`);
        for (const date of dates) {
          expect(isRealDate(date), date).toBe(true);
          expect(date.slice(0, 4)).toBe(String(year));
        }
        const [from, until] = (lang === "id" ? /mulai (\S+) sampai (\S+)/ : /from (\S+) until (\S+)/).exec(text)?.slice(1) ?? [];
        expect([weekday(from ?? ""), weekday(until ?? "")], `${year}`).toEqual([2, 2]);
        expect(Number(from?.slice(8)) <= 7 && from?.slice(5, 7) === "01", from).toBe(true);
        expect(until?.slice(5, 7) === "12" && Number(until.slice(8)) > 8 && Number(until.slice(8)) <= 15, until).toBe(true);
        expect(text).toContain(lang === "id" ? `berlaku ${year}-01-01..${year}-12-31` : `valid ${year}-01-01..${year}-12-31`);
      }
    }
    expect(classDays(2026)).toEqual({ from: "2026-01-06", until: "2026-12-15" });
    expect(classDays(2027)).toEqual({ from: "2027-01-05", until: "2027-12-14" });
    expect(classDays(2028)).toEqual({ from: "2028-01-04", until: "2028-12-12" });
  });

  // Clean but for the note that a year without a decree in Lontar's data has estimated holidays (LON4013).
  it.each([2027, 2028, 2030])("checks clean in %i", async (year) => {
    const cwd = tempDir();
    mkdirSync(path.join(cwd, "ws"));
    for (const file of workspaceTemplate("id", year)) writeFileSync(path.join(cwd, "ws", file.path), file.text);
    const check = await run(["check", "--format", "json", "ws"], cwd);
    const codes = (JSON.parse(check.stdout) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    expect(codes.filter((code) => code !== "LON4013")).toEqual([]);
    expect(check.code).toBe(0);
  }, 60_000);
});
