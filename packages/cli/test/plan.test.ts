import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Plan } from "@lontar/planner";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/io.js";
import { main } from "../src/main.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir, workspaceIn } from "./support/run.js";

// The dates below are 2026's: the starter written in that year (the template's own year is 2027 since stop 57).
const [starter] = workspaceTemplate("en", 2026);
const CLEAN = starter?.text ?? "";
// The starter with no horizon of its own (it declares the year since stop 58): planned over its agreements' validity.
const WITHOUT_HORIZON = CLEAN.replace(/^\/\/ The span[^\n]*\nhorizon [^\n]*\n\n/, "");

/** A folder holding a workspace in `ws/`. */
const workspace = (text: string): string => workspaceIn(text);

describe("lontar plan", () => {
  it("writes a valid plan.json, calendar.ics and index.html and prints a summary", async () => {
    const cwd = workspace(CLEAN);
    const result = await run(["plan", "ws", "--out", "out", "--from", "2026-01-01", "--to", "2026-06-30"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const plan = Plan.parse(JSON.parse(readFileSync(path.join(cwd, "out", "plan.json"), "utf8")));
    expect(plan.horizon).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(plan.occurrences.length).toBeGreaterThan(0);
    expect(plan.occurrences.every((o) => o.programId === "kelas_menulis" && o.start >= "2026-01-01" && o.start < "2026-07-01")).toBe(true);
    expect(readFileSync(path.join(cwd, "out", "calendar.ics"), "utf8")).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(existsSync(path.join(cwd, "out", "index.html"))).toBe(true);
    expect(result.stdout).toContain(`occurrences  ${plan.occurrences.length} (`);
    expect(result.stdout).toMatch(/calendar\.ics +out\/calendar\.ics/);
  });

  it("refuses an --out that is a file with a file-system message, not an internal error", async () => {
    const cwd = workspace(CLEAN);
    writeFileSync(path.join(cwd, "afile"), "notes\n");
    const result = await run(["plan", "ws", "--out", "afile", "--from", "2026-01-01", "--to", "2026-01-31"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/afile: .*\(ENOTDIR\)/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(readFileSync(path.join(cwd, "afile"), "utf8")).toBe("notes\n");
  });

  it("refuses a workspace past --max-occurrences: exit 1, the bound and the option named, nothing written", async () => {
    const cwd = workspace(CLEAN);
    const result = await run(["plan", "ws", "--out", "out", "--from", "2026-01-01", "--to", "2026-06-30", "--max-occurrences", "3"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("more than 3 occurrences in 2026-01-01..2026-06-30");
    expect(result.stderr).toContain("--max-occurrences");
    expect(existsSync(path.join(cwd, "out"))).toBe(false);
  });

  it("is deterministic for a seed", async () => {
    const cwd = workspace(CLEAN);
    await run(["plan", "ws", "-o", "a", "--seed", "3"], cwd);
    await run(["plan", "ws", "-o", "b", "--seed", "3"], cwd);
    expect(readFileSync(path.join(cwd, "a", "plan.json"), "utf8")).toBe(readFileSync(path.join(cwd, "b", "plan.json"), "utf8"));
  });

  it("writes the same files on one thread and on worker threads (ntt-plm-2019: ten independent parts)", async () => {
    const example = path.resolve(import.meta.dirname, "../../../examples/ntt-plm-2019");
    const out = tempDir();
    await run(["plan", example, "-o", path.join(out, "one"), "--threads", "1"], out);
    await run(["plan", example, "-o", path.join(out, "two"), "--threads", "2"], out);
    for (const file of ["plan.json", "calendar.ics", "occurrences.csv", "index.html"]) {
      expect(readFileSync(path.join(out, "two", file), "utf8"), file).toBe(readFileSync(path.join(out, "one", file), "utf8"));
    }
  });

  it("shows a bar per phase on a terminal: expanding, planning, writing", async () => {
    const example = path.resolve(import.meta.dirname, "../../../examples/ntt-plm-2019");
    const out = tempDir();
    let drawn = "";
    const progressStream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        drawn += chunk.toString();
        callback();
      },
    });
    Object.assign(progressStream, { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const io: CliIo = { stdout: () => undefined, stderr: () => undefined, cwd: out, env: {}, stdoutIsTTY: false, stderrIsTTY: true, progressStream };
    expect(await main(["plan", example, "-o", "o"], io)).toBe(0);
    const labels = ["expanding", "planning", "writing"].map((label) => drawn.indexOf(label));
    expect(labels.every((at) => at >= 0)).toBe(true);
    expect(labels).toEqual([...labels].sort((a, b) => a - b));
  });

  it("plans nothing when the workspace has errors (exit 1, diagnostics on stderr)", async () => {
    const cwd = workspace(CLEAN.replace("and disdik", "and disdk"));
    const result = await run(["plan", "ws", "--out", "out"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("LON2002");
    expect(existsSync(path.join(cwd, "out"))).toBe(false);
  });

  it("says when the horizon is taken from the agreements' validity, in the summary and in check's warnings, in each language", async () => {
    // The starter without its horizon; its MoU runs through 2026. A talk in 2027 is outside it.
    expect(WITHOUT_HORIZON).not.toContain("horizon 2026");
    const cwd = workspace(`${WITHOUT_HORIZON}\nprogram talk {\n  title "Talk"\n  category seminar\n  schedule once 2027-02-01 at 09:00 for 1h\n}\n`);
    const plan = await run(["plan", "ws", "--out", "out"], cwd);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toContain("Plan 2026-01-01 … 2026-12-31\n  horizon      taken from the agreements' validity, as the workspace declares no `horizon`; sessions outside it are not planned; write `horizon` to plan another span\n");
    const id = await run(["plan", "ws", "--out", "out-id", "--lang", "id"], cwd);
    expect(id.stdout).toContain("  cakrawala    diambil dari masa berlaku kesepakatan, karena ruang kerja tidak menyatakan `cakrawala`; sesi di luarnya tidak direncanakan; tulis `cakrawala` untuk merencanakan rentang lain\n");
    // Dates on the command line are the user's own: no such line.
    expect((await run(["plan", "ws", "--out", "out-given", "--from", "2026-01-01", "--to", "2026-12-31"], cwd)).stdout).not.toContain("horizon      ");
    const check = await run(["check", "ws", "--lang", "id"], cwd);
    expect(check.stdout + check.stderr).toContain("`talk` tidak pernah berjalan: jadwalnya tidak memberi sesi dalam cakrawala yang diambil dari masa berlaku kesepakatan, 2026-01-01..2026-12-31");
  });

  // Stop 58: `lontar plan` of a plan with an unmet agreement ended "no errors or warnings in the files"; it now names the check.
  it("names the check of the same paths when the plan cannot be carried out, with --lang, and not for dates given with --from/--to", async () => {
    const cwd = workspace(CLEAN.replace("at least 10 sessions of kelas_menulis per semester", "at least 30 sessions of kelas_menulis per semester"));
    const plan = await run(["plan", "ws", "--out", "out", "--lang", "id"], cwd);
    expect(plan.stdout).toContain("  berikutnya   `lontar check ws --lang id` menjelaskan tiap masalah rencana ini di barisnya");
    const given = await run(["plan", "ws", "--out", "out-given", "--from", "2026-01-01", "--to", "2026-12-31"], cwd);
    expect(given.stdout).toContain("agreements   1 not met");
    expect(given.stdout).not.toContain("lontar check");
    expect((await run(["plan", "ws", "--out", "out-clean"], workspace(CLEAN))).stdout).not.toContain("lontar check");
  });

  it("needs a horizon from the workspace, its agreements or the command line", async () => {
    const noAgreement = WITHOUT_HORIZON.slice(0, WITHOUT_HORIZON.indexOf("/// The MoU"));
    const cwd = workspace(noAgreement);
    const result = await run(["plan", "ws", "--out", "out"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no horizon");
    expect((await run(["plan", "ws", "--out", "out", "--from", "2026-01-01", "--to", "2026-01-31"], cwd)).code).toBe(0);
  });
});

describe("lontar demo", () => {
  it("plans an example into a temporary folder and says where the calendar and page are", async () => {
    const examples = path.resolve(import.meta.dirname, "../../../examples");
    const result = await run(["demo", "watualang"], examples);
    expect(result.code).toBe(0);
    const calendar = /calendar\.ics +(\S+)/.exec(result.stdout)?.[1] ?? "";
    const page = /index\.html +(\S+)/.exec(result.stdout)?.[1] ?? "";
    expect(path.isAbsolute(calendar)).toBe(true);
    expect(readFileSync(calendar, "utf8")).toMatch(/^BEGIN:VCALENDAR/);
    expect(readFileSync(page, "utf8")).toMatch(/<html/i);
    expect(calendar.startsWith(examples)).toBe(false);
  });

  it("plans an example shipped with lontar by its name, watualang when none is named, from any folder", async () => {
    for (const args of [["demo", "langsa"], ["demo"]]) {
      const result = await run(args, tempDir());
      expect(result.code, args.join(" ")).toBe(0);
      expect(readFileSync(/calendar\.ics +(\S+)/.exec(result.stdout)?.[1] ?? "", "utf8")).toMatch(/^BEGIN:VCALENDAR/);
    }
  });

  it("plans, when none is named, the example written in the reader's language: its report then speaks it too", async () => {
    const cwd = tempDir();
    const id = await run(["demo", "--out", "o"], cwd, { LANG: "id_ID.UTF-8" });
    expect(id.code).toBe(0);
    // solok-rakor-2019, written in Bahasa Indonesia: its plan's horizon and an Indonesian page.
    expect(id.stdout).toContain("Rencana 2019-01-01 … 2019-12-31");
    expect(readFileSync(path.join(cwd, "o", "index.html"), "utf8")).toContain('<html lang="id"');
    const en = await run(["demo", "--out", "o"], tempDir(), { LANG: "id_ID.UTF-8", LC_ALL: "en_US.UTF-8" });
    expect(en.stdout).toContain("Plan 2024-01-01 … 2024-12-31");
    expect((await run(["demo", "--out", "o", "--lang", "en"], tempDir(), { LANG: "id_ID.UTF-8" })).stdout).toContain("Plan 2024-01-01 … 2024-12-31");
  });

  it("takes a bare name or examples/<name> for a shipped example, never a mistyped path elsewhere", async () => {
    expect((await run(["demo", "examples/langsa", "--out", "o"], tempDir())).code).toBe(0);
    const typo = await run(["demo", "typo/watualang"], tempDir());
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("no folder `typo/watualang`");
  });

  it("refuses a name that is neither a folder nor an example, listing the examples", async () => {
    const result = await run(["demo", "langsaa"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no folder `langsaa`, and no example of that name; the examples shipped with lontar: langsa, ntt-plm-2019, solok-interaksi, solok-rakor-2019, watualang");
  });
});

describe("lontar plan --from … --to … on a workspace with no horizon", () => {
  const NO_HORIZON = `library perpus_nagari {
  tier village
  region "Sumatera Barat" / "Kota Solok"
}

program kelas_menulis {
  category class
  schedule every week on mon at 08:30 for 2h
}
`;

  it("takes both dates as the horizon: schedules without `from` start at --from (a September with no public holiday)", async () => {
    const cwd = workspace(NO_HORIZON);
    const result = await run(["plan", "ws", "--out", "out", "--from", "2027-09-01", "--to", "2027-09-30"], cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const plan = Plan.parse(JSON.parse(readFileSync(path.join(cwd, "out", "plan.json"), "utf8")));
    expect(plan.occurrences.map((o) => o.start.slice(0, 10))).toEqual(["2027-09-06", "2027-09-13", "2027-09-20", "2027-09-27"]);
  });

  it("without dates, LON4006 names `lontar plan --from … --to …` beside `from` and `horizon`, in both languages", async () => {
    const cwd = workspace(NO_HORIZON);
    const en = await run(["plan", "ws", "--out", "out"], cwd);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("this schedule has no start: add `from <date>`, declare a workspace `horizon`, or give `lontar plan` the dates (`--from <date> --to <date>`)");
    const id = await run(["plan", "ws", "--out", "out", "--lang", "id"], cwd);
    expect(id.stderr).toContain("jadwal ini tidak memiliki awal: tambahkan `mulai <tanggal>`, deklarasikan `cakrawala` ruang kerja, atau berikan tanggalnya kepada `lontar plan` (`--from <tanggal> --to <tanggal>`)");
  });

  it("with one date only, is still the schedule's missing start (LON4006), and nothing is planned", async () => {
    const cwd = workspace(NO_HORIZON);
    const result = await run(["plan", "ws", "--out", "out", "--from", "2027-03-01"], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("LON4006");
    expect(existsSync(path.join(cwd, "out"))).toBe(false);
  });
});

describe("lontar plan with one date past the workspace's other end", () => {
  const DECLARED = `library perpus_nagari {
  tier village
  region "Sumatera Barat" / "Kota Solok"
}
horizon 2027-01-01..2027-12-31
program kelas_menulis {
  category class
  schedule every week on mon at 08:30 for 2h
}
`;

  it.each([
    [["--from", "2028-01-01"], "--from 2028-01-01 is after the last day to plan, 2027-12-31", "--from 2028-01-01 jatuh setelah hari terakhir yang direncanakan, 2027-12-31"],
    [["--to", "2026-12-31"], "--to 2026-12-31 is before the first day to plan, 2027-01-01", "--to 2026-12-31 jatuh sebelum hari pertama yang direncanakan, 2027-01-01"],
  ])("%j says which end, not that there is no horizon (exit 2, nothing written)", async (dates, en, id) => {
    const cwd = workspace(DECLARED);
    const english = await run(["plan", "ws", "--out", "out", ...dates], cwd);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(en);
    expect(english.stderr).not.toContain("no horizon:");
    expect((await run(["plan", "ws", "--out", "out", "--lang", "id", ...dates], cwd)).stderr).toContain(id);
    expect(existsSync(path.join(cwd, "out"))).toBe(false);
  });
});
