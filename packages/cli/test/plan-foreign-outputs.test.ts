import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OUTPUT_MANIFEST } from "../src/files/output-manifest.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, workspaceIn } from "./support/run.js";

const [starter] = workspaceTemplate("en");
const CLEAN = starter?.text ?? "";
const HORIZON = ["--from", "2026-01-01", "--to", "2026-03-31"];

describe("lontar plan --out: files lontar did not write", () => {
  it("refuses, before writing anything, a folder holding a calendar of the user's own in calendars/", async () => {
    const cwd = workspaceIn(CLEAN);
    mkdirSync(path.join(cwd, "dok", "calendars"), { recursive: true });
    writeFileSync(path.join(cwd, "dok", "calendars", "rapat_dinas.ics"), "y\n");
    const result = await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("calendars/rapat_dinas.ics");
    expect(result.stderr).toContain("nothing was written");
    expect(readFileSync(path.join(cwd, "dok", "calendars", "rapat_dinas.ics"), "utf8")).toBe("y\n");
    expect(readdirSync(path.join(cwd, "dok"))).toEqual(["calendars"]);
    const id = await run(["plan", "ws", "--out", "dok", "--lang", "id", ...HORIZON], cwd);
    expect(id.stderr).toContain("tidak ditulis lontar");
  });

  it("replaces what it wrote itself, keeps the user's other files, and lists its files in the manifest", async () => {
    const cwd = workspaceIn(CLEAN);
    mkdirSync(path.join(cwd, "dok"));
    writeFileSync(path.join(cwd, "dok", "laporan.docx"), "mine");
    expect((await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd)).code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(cwd, "dok", OUTPUT_MANIFEST), "utf8")) as { files: string[]; writing: boolean };
    expect(manifest.writing).toBe(false);
    expect(manifest.files).toContain("plan.json");
    expect(manifest.files.some((file) => file.startsWith("calendars/"))).toBe(true);
    expect(manifest.files).not.toContain("laporan.docx");
    // A second run replaces the first's outputs.
    expect((await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd)).code).toBe(0);
    expect(readFileSync(path.join(cwd, "dok", "laporan.docx"), "utf8")).toBe("mine");
    // A calendar added by hand after it is refused, and survives.
    writeFileSync(path.join(cwd, "dok", "calendars", "rapat_dinas.ics"), "BEGIN:VCALENDAR\r\nPRODID:-//Lontar//Lontar Planner//EN\r\n");
    const third = await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd);
    expect(third.code).toBe(2);
    expect(existsSync(path.join(cwd, "dok", "calendars", "rapat_dinas.ics"))).toBe(true);
  });

  it("takes a folder an earlier lontar wrote (no manifest) by the marks of its files, and refuses a foreign index.html there", async () => {
    const cwd = workspaceIn(CLEAN);
    expect((await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd)).code).toBe(0);
    rmSync(path.join(cwd, "dok", OUTPUT_MANIFEST));
    expect((await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd)).code).toBe(0);
    rmSync(path.join(cwd, "dok", OUTPUT_MANIFEST));
    writeFileSync(path.join(cwd, "dok", "index.html"), "<p>our library's page</p>\n");
    const result = await run(["plan", "ws", "--out", "dok", ...HORIZON], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("index.html");
    expect(readFileSync(path.join(cwd, "dok", "index.html"), "utf8")).toBe("<p>our library's page</p>\n");
  });
});

// Found by an SDK walk: a horizon of more than 100 years ran for minutes; now the planner refuses it, and
// `lontar plan` says so as the usage error it is, not as an internal error.
describe("lontar plan --from --to over more than 100 years", () => {
  it("is a usage error in the run's language, and nothing is written", async () => {
    const cwd = workspaceIn(CLEAN);
    const result = await run(["plan", "ws", "--out", "dok", "--from", "0001-01-01", "--to", "9999-12-31"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("lontar: the horizon 0001-01-01..9999-12-31 spans more than 100 years; a plan covers at most 100: check the years of --from and --to");
    expect(result.stderr).not.toContain("internal error");
    expect(existsSync(path.join(cwd, "dok"))).toBe(false);
    const id = await run(["plan", "ws", "--out", "dok", "--lang", "id", "--from", "1900-01-01", "--to", "2026-03-31"], cwd);
    expect(id.stderr).toContain("cakrawala 1900-01-01..2026-03-31 mencakup lebih dari 100 tahun");
  });
});

