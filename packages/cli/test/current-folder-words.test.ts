/**
 * The folder a command runs in is "this folder" / "folder ini" in the CLI's sentences, never a
 * bare `.`. Found by a user walk (Sulawesi Selatan, LANG=id_ID.UTF-8): `lontar check` in the
 * workspace's folder printed "catatan: rencana dan kesepakatan . tidak diperiksa, karena …".
 */
import fs, { mkdirSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { unwrittenSummary } from "../src/files/unwritten.js";
import { folderWords, isCurrentFolder, pathWords } from "../src/text/path-words.js";
import { run, tempDir } from "./support/run.js";

// A workspace with an error: the plan is not checked, and the note says of which workspace.
const BROKEN = `horizon 2027-01-01..2027-12-31

library perpus { tier city region "Sulawesi Selatan" / "Kota Makassar" }

program x at nope { category storytelling }
`;

function workspace(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, "ws"));
  writeFileSync(path.join(dir, "ws", "main.lontar"), BROKEN);
  return path.join(dir, "ws");
}

describe("the current folder in the CLI's sentences", () => {
  it("`lontar check` with no path, `.` or `./` says the plan of this folder / folder ini was not checked", async () => {
    const ws = workspace();
    for (const paths of [[], ["."], ["./"]]) {
      const id = await run(["check", ...paths, "--lang", "id"], ws);
      expect(id.stderr, paths.join(" ")).toContain("catatan: rencana dan kesepakatan folder ini tidak diperiksa, karena ruang kerjanya memiliki galat");
      const en = await run(["check", ...paths, "--lang", "en"], ws);
      expect(en.stderr).toContain("note: the plan and the agreements of this folder were not checked");
      expect(`${id.stderr}${en.stderr}`).not.toMatch(/ \.\/? (?:tidak|were)/);
    }
    // A folder named is named as written.
    expect((await run(["check", "ws"], path.dirname(ws))).stderr).toContain("the plan and the agreements of ws were not checked");
  });

  it("names the current folder as words among other paths and where a folder cannot be read", async () => {
    const ws = workspace();
    mkdirSync(path.join(ws, "kosong"));
    expect((await run(["check", ".", "kosong", "--lang", "id"], ws)).stderr).toContain("tidak ada berkas .lontar di kosong");
    const readdir = fs.readdirSync;
    const spy = vi.spyOn(fs, "readdirSync").mockImplementation(((folder: fs.PathLike, options: { withFileTypes: true }) => {
      if (path.resolve(String(folder)) === ws) throw Object.assign(new Error("EACCES: permission denied, scandir"), { code: "EACCES" });
      return readdir(folder, options);
    }) as typeof fs.readdirSync);
    syncBuiltinESMExports();
    try {
      expect((await run(["check"], ws)).stderr).toBe("lontar: cannot read this folder: permission denied (EACCES); the .lontar files in it would be left out\n");
      expect((await run(["check", "--lang", "id"], ws)).stderr).toBe("lontar: tidak dapat membaca folder ini: akses ditolak (EACCES); berkas .lontar di dalamnya akan terlewat\n");
      expect((await run(["check", "ws"], path.dirname(ws))).stderr).toMatch(/^lontar: cannot read the folder 'ws': /);
    } finally {
      spy.mockRestore();
      syncBuiltinESMExports();
    }
  });

  it("says which folder refused the fixes: this folder for files in it", () => {
    const error = Object.assign(new Error("EACCES"), { code: "EACCES" });
    expect(unwrittenSummary([{ file: "main.lontar", error }], "fixes", "id")).toContain("tidak dapat menulis perbaikan ke main.lontar: folder ini: akses ditolak (EACCES)");
    expect(unwrittenSummary([{ file: "main.lontar", error }], "formatted", "en")).toContain("could not write the formatted text to main.lontar: this folder: permission denied (EACCES)");
    expect(unwrittenSummary([{ file: "ws/main.lontar", error }, { file: "main.lontar", error }], "fixes", "en")).toContain(": the folder ws, this folder: permission denied");
  });

  it("tells the current folder however it is written", () => {
    expect([".", "./", "./.", ".//"].map(isCurrentFolder)).toEqual([true, true, true, true]);
    expect(["", "..", "ws", ".lontar", "/"].map(isCurrentFolder)).toEqual([false, false, false, false, false]);
    expect(pathWords([".", "ws"])).toEqual({ en: "this folder, ws", id: "folder ini, ws" });
    expect(folderWords(["ws"], true)).toEqual({ en: "the folder 'ws'", id: "folder 'ws'" });
  });
});
