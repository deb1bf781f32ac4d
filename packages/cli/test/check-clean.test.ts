import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/io.js";
import { main } from "../src/main.js";
import { tempDir } from "./support/run.js";

const SOURCE = 'perpustakaan p {\n  nama "P"\n  jenjang desa\n  wilayah "Jawa Timur" / "Kabupaten Ngawi"\n}\n';

async function check(stdoutIsTTY: boolean, args: readonly string[]): Promise<{ code: number; stdout: string }> {
  const dir = tempDir();
  writeFileSync(path.join(dir, "a.lontar"), SOURCE);
  writeFileSync(path.join(dir, "b.lontar"), 'mitra m {\n  jenis sekolah\n}\n');
  let stdout = "";
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: dir, env: {}, stdoutIsTTY, stderrIsTTY: false };
  const code = await main(["check", "--static", ...args, "."], io);
  return { code, stdout };
}

// A planner who ran `lontar check` at a terminal saw nothing at all when nothing was wrong.
describe("a check that finds nothing", () => {
  it("says so at a terminal, in the reader's language", async () => {
    expect(await check(true, ["--lang", "id"])).toEqual({ code: 0, stdout: "✔ tidak ada masalah dalam 2 berkas\n" });
    expect((await check(true, ["--lang", "en"])).stdout).toBe("✔ no problems in 2 files\n");
  });

  it("prints nothing to a pipe, nor in a machine format", async () => {
    expect(await check(false, [])).toEqual({ code: 0, stdout: "" });
    expect((await check(true, ["--format", "json"])).stdout).not.toContain("✔");
  });
});

// A CI walk's question: an emptied file, or the wrong folder, passed `lontar check` in silence.
describe("a workspace that declares nothing", () => {
  it("is LON2006, a warning: exit 0, and 1 with --max-warnings 0", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.lontar"), "// rencana 2027: belum ditulis\n");
    let stdout = "";
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    expect(await main(["check", "--format", "json", "."], io)).toBe(0);
    const [file] = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>;
    expect(file?.messages.map((m) => [m.ruleId, m.severity])).toEqual([["LON2006", 1]]);
    stdout = "";
    expect(await main(["check", "--max-warnings", "0", "."], io)).toBe(1);
    expect(stdout).toContain("LON2006");
  });
});

// Found by a CI walk: `check -q --max-warnings 0` on a workspace with one warning exited 1 with no output at all.
describe("warnings past --max-warnings", () => {
  it("say why the run fails on stderr, whatever the format and --quiet", async () => {
    const dir = tempDir();
    // A program whose schedule gives no session in the horizon: a warning (LON5104), no error.
    writeFileSync(path.join(dir, "a.lontar"), `cakrawala 2027-01-01..2027-01-31\n${SOURCE}program x di p {\n  judul "X"\n  kategori mendongeng\n  jadwal sekali 2027-03-01 pukul 09:00 selama 1 jam\n}\n`);
    for (const args of [["-q"], ["--format", "github"], []]) {
      let stdout = "";
      let stderr = "";
      const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
      const code = await main(["check", "--lang", "id", "--max-warnings", "0", ...args, "."], io);
      expect(code, args.join(" ")).toBe(1);
      // Under -q the report shows none of them: the line says they are hidden.
      const hidden = args.includes("-q") ? ", yang disembunyikan --quiet: jalankan tanpa --quiet untuk melihatnya" : "";
      expect(stderr, `${args.join(" ")} ${stdout}`).toBe(`lontar: terlalu banyak peringatan (1, paling banyak 0 menurut --max-warnings)${hidden}\n`);
    }
  });
});
