import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { workspaceTemplate } from "../src/init/templates.js";
import { run, tempDir } from "./support/run.js";

const EXAMPLES = path.resolve(import.meta.dirname, "../../../examples");

describe("lontar init", () => {
  it.each(["en", "id"] as const)("writes the %s starter workspace into a new folder", async (lang) => {
    const cwd = tempDir();
    const result = await run(["init", "perpustakaan", "--lang", lang], cwd);
    expect(result.code).toBe(0);
    for (const file of workspaceTemplate(lang)) {
      expect(readFileSync(path.join(cwd, "perpustakaan", file.path), "utf8")).toBe(file.text);
    }
    expect(result.stdout).toContain("lontar check perpustakaan");
  });

  it("uses each language's keywords", () => {
    const [english] = workspaceTemplate("en");
    const [indonesian] = workspaceTemplate("id");
    expect(english?.text).toMatch(/^library /m);
    expect(english?.text).toMatch(/^agreement /m);
    expect(indonesian?.text).toMatch(/^perpustakaan /m);
    expect(indonesian?.text).toMatch(/^kesepakatan /m);
  });

  it("refuses to overwrite an existing file (exit 2) and leaves it as it was", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "workspace.lontar"), "// mine\n");
    const result = await run(["init"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("workspace.lontar already exists");
    expect(readFileSync(path.join(cwd, "workspace.lontar"), "utf8")).toBe("// mine\n");
  });

  // A Sleman planner's walk (stop 55): Node's recursive mkdir retries ENOENT under /proc for ever; `init` and `plan --out` hung there.
  it.skipIf(!existsSync("/proc/self"))("says a folder that cannot be made under /proc (exit 2) rather than hang, for init and for plan's --out", async () => {
    const cwd = tempDir();
    const init = await run(["init", "/proc/lontar-test/rencana"], cwd);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain("ENOENT");
    const plan = await run(["plan", path.join(EXAMPLES, "langsa"), "--out", "/proc/lontar-test/rencana"], cwd);
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain("ENOENT");
  });

  it("names a file given as the folder for what it is (exit 2), and leaves it as it was", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "rencana.lontar"), "// mine\n");
    const result = await run(["init", "rencana.lontar"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("`rencana.lontar` is a file: lontar init makes a folder for a new workspace");
    expect(result.stderr).not.toContain("EEXIST");
    expect(readFileSync(path.join(cwd, "rencana.lontar"), "utf8")).toBe("// mine\n");
  });

  it("writes the environment's keywords when --lang is not given, and --lang's when it is", async () => {
    const indonesianShell = { LANG: "id_ID.UTF-8" };
    for (const [args, env, lang] of [
      [["init"], indonesianShell, "id"],
      [["init"], { LANG: "C.UTF-8" }, "en"],
      [["init"], {}, "en"],
      [["init", "--lang", "en"], indonesianShell, "en"],
      [["init", "--lang", "id"], {}, "id"],
    ] as const) {
      const cwd = tempDir();
      const result = await run(args, cwd, env);
      expect(result.code).toBe(0);
      for (const file of workspaceTemplate(lang)) expect(readFileSync(path.join(cwd, file.path), "utf8")).toBe(file.text);
    }
  });

  it("rejects an unknown language", async () => {
    const result = await run(["init", "--lang", "fr"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--lang expects en or id");
  });

  // Found by a user walk: in December 2026, planning 2027, the starter came with 2026's dates, its agreement outside the plan.
  it.each(["en", "id"] as const)("writes the starter's dates in --year (%s), and the template's year without it", async (lang) => {
    const cwd = tempDir();
    const result = await run(["init", "rencana", "--lang", lang, "--year", "2028"], cwd);
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(cwd, "rencana", "workspace.lontar"), "utf8");
    expect(text).toContain(lang === "id" ? "berlaku 2028-01-01..2028-12-31" : "valid 2028-01-01..2028-12-31");
    // The class meets on Tuesdays: from the first of the year (2027-01-06 was a Wednesday, a user walk), to the last by 15 December.
    expect(text).toContain(lang === "id" ? "mulai 2028-01-04 sampai 2028-12-12" : "from 2028-01-04 until 2028-12-12");
    expect(text).not.toContain("2027");
    // Without --year, the template's year: 2027 since December 2026, when planners plan 2027 (a walk of stop 57).
    expect(workspaceTemplate(lang)[0]?.text).toContain(lang === "id" ? "mulai 2027-01-05 sampai 2027-12-14" : "from 2027-01-05 until 2027-12-14");
  });

  it("rejects a year that is not one", async () => {
    for (const value of ["27", "2027-01-01", "tahun"]) {
      const result = await run(["init", "--year", value], tempDir(), { LANG: "id_ID.UTF-8" });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--year memerlukan tahun seperti 2027, bukan '${value}'`);
    }
  });

  // Found by the outputs walk: `lontar init "Perpustakaan Desa/Ruang Kerja"` suggested `lontar check Perpustakaan Desa/Ruang Kerja`,
  // which, pasted into a shell, checks three paths that do not exist.
  it("suggests a next command that a shell reads as one path, quoting a folder with spaces or quotes", async () => {
    for (const [folder, shown] of [
      ["Perpustakaan Desa/Ruang Kerja Ñ", '"Perpustakaan Desa/Ruang Kerja Ñ"'],
      ["rencana_2027", "rencana_2027"],
      ["Pak Yos's $HOME", "'Pak Yos'\\''s $HOME'"],
    ] as const) {
      const cwd = tempDir();
      const result = await run(["init", folder], cwd, { LANG: "id_ID.UTF-8" });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Berikutnya: lontar check ${shown}\n`);
    }
  });

  // Found by the outputs walk: `lontar init catatan.txt/baru` said "catatan.txt/baru: not a folder (ENOTDIR)", naming a path that is not there.
  it("names a file on the way to the folder for what it is (exit 2), and leaves it as it was", async () => {
    const cwd = tempDir();
    writeFileSync(path.join(cwd, "catatan.txt"), "// mine\n");
    for (const folder of ["catatan.txt/baru", "catatan.txt/a/b"]) {
      const result = await run(["init", folder], cwd, { LANG: "id_ID.UTF-8" });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("`catatan.txt` adalah berkas: lontar init membuat folder untuk ruang kerja baru");
      expect(result.stderr).not.toContain("ENOTDIR");
    }
    expect(readFileSync(path.join(cwd, "catatan.txt"), "utf8")).toBe("// mine\n");
  });
});
