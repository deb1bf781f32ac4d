import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { languageOption } from "../src/args/message-language.js";
import { parsePlanOptions } from "../src/commands/plan-options.js";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir, workspaceIn } from "./support/run.js";

const [starter] = workspaceTemplate("en");
const CLEAN = starter?.text ?? "";

describe("fmt and plan on a folder with no .lontar file", () => {
  it("stops with exit 2, as check and plan do, alone or beside a workspace", async () => {
    const cwd = workspaceIn(CLEAN);
    mkdirSync(path.join(cwd, "kosong"));
    writeFileSync(path.join(cwd, "kosong", "catatan.txt"), "x\n");
    for (const args of [["fmt", "--check", "kosong"], ["fmt", "--check", "ws", "kosong"], ["fmt", "kosong"]]) {
      const result = await run(args, cwd);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("no .lontar files in kosong");
    }
    expect((await run(["check", "kosong"], cwd)).code).toBe(2);
    const plan = await run(["plan", "ws", "kosong", "--out", "o"], cwd);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain("no .lontar files in kosong");
  });
});

describe("a .lontar file that is not there", () => {
  it("is named with the nearest .lontar file beside it", async () => {
    const cwd = workspaceIn(CLEAN);
    writeFileSync(path.join(cwd, "ws", "program.lontar"), "");
    const result = await run(["check", "ws/progam.lontar"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot read 'ws/progam.lontar': no such file or folder; did you mean `ws/program.lontar`?");
    const inside = await run(["check", "--lang", "id", "progam.lontar"], path.join(cwd, "ws"));
    expect(inside.stderr).toContain("maksud Anda `program.lontar`?");
    const far = await run(["check", "ws/zzzzzz.lontar"], cwd);
    expect(far.stderr).toContain("cannot read 'ws/zzzzzz.lontar': no such file or folder\n");
  });
});

describe("--lang", () => {
  it("reads a locale as LANG is read: ID, id_ID, id-ID, id_ID.UTF-8, en-US", () => {
    for (const value of ["id", "ID", "id_ID", "id-ID", "id_ID.UTF-8", "Id"]) expect(languageOption(value), value).toBe("id");
    for (const value of ["en", "EN", "en_US", "en-GB"]) expect(languageOption(value), value).toBe("en");
    for (const value of ["fr", "indonesia", "", "ws", "i"]) expect(languageOption(value), value).toBeUndefined();
    expect(parsePlanOptions(["ws", "--out", "o", "--lang", "id-ID"])).toMatchObject({ lang: "id" });
  });

  it.each([["--lang=ID"], ["--lang", "id_ID"], ["--lang", "id-ID"], ["-l", "ID"]])("%s checks in Bahasa Indonesia", async (...option) => {
    const cwd = workspaceIn(CLEAN.replace("and disdik", "and disdk"));
    const result = await run(["check", ...option, "ws"], cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("galat");
  });

  it("with no value does not take the next path silently: a usage error says so", async () => {
    const cwd = workspaceIn(CLEAN);
    const took = await run(["check", "--lang", "ws/workspace.lontar"], cwd);
    expect(took.code).toBe(2);
    expect(took.stderr).toContain("--lang expects en or id, got 'ws/workspace.lontar', a path: --lang was given no value and took the next argument");
    const last = await run(["check", "ws", "--lang"], cwd);
    expect(last.code).toBe(2);
    expect(last.stderr).toContain("option '-l, --lang' needs a value");
    const other = await run(["check", "--lang", "fr", "ws"], cwd);
    expect(other.stderr).toContain("--lang expects en or id, got 'fr'\n");
  });

  it("keeps the init keywords' language: --lang ID writes Indonesian keywords", async () => {
    const cwd = tempDir();
    const result = await run(["init", "baru", "--lang", "ID"], cwd);
    expect(result.code).toBe(0);
    const [file] = readdirSync(path.join(cwd, "baru")).filter((name) => name.endsWith(".lontar"));
    expect(readFileSync(path.join(cwd, "baru", file ?? ""), "utf8")).toMatch(/^perpustakaan /m);
  });
});

describe("a file named `.Lontar` in other letters (a CI walk: it was left out unseen)", () => {
  it("stops check, plan and fmt with exit 2, naming it and its lower-case name", async () => {
    const cwd = workspaceIn(CLEAN);
    writeFileSync(path.join(cwd, "ws", "mou.Lontar"), "// an agreement\n");
    for (const args of [["check", "ws"], ["fmt", "--check", "ws"], ["plan", "ws", "--out", "o"]]) {
      const result = await run(args, cwd);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain("'ws/mou.Lontar' is not read");
      expect(result.stderr).toContain("rename it 'ws/mou.lontar'");
    }
  });
});
