/**
 * A workspace in a folder the user may not write to: `check --fix` and `fmt --write` report
 * the problems, then say they could not write (naming the folder), and fail; `plan --out`
 * into a writable folder whose parent is not names the parent. Run as an account that may
 * not write there: the test's own when it is not root (chmod is enforced), else `nobody`
 * through runuser (root passes any chmod); skipped as root without runuser.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledBin } from "./support/bundled-bin.js";
import { runProcess, type ProcessResult } from "./support/spawn.js";
import { tempDir } from "./support/run.js";

const isRoot = process.getuid?.() === 0;
const runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((file) => existsSync(file));
const canTest = process.platform !== "win32" && (!isRoot || runuser !== undefined);

/** `lontar …` in `cwd` as an account bound by the folders' permissions. */
async function lontarUnprivileged(args: readonly string[], cwd: string): Promise<ProcessResult> {
  const bin = await bundledBin();
  if (isRoot && runuser !== undefined) return runProcess(runuser, ["-u", "nobody", "--", process.execPath, bin, ...args], { cwd });
  return runProcess(process.execPath, [bin, ...args], { cwd });
}

const LIBRARY = 'perpustakaan perpus_desa {\n  jenjang desa\n  wilayah "Jawa Barat" / "Kabupaten Bogor"\n  buka senin..jumat 08:00-16:00\n}\n';
// A certain fix (`anak anak`) and an error no fix removes (an unknown library).
const PROGRAM = "cakrawala 2027-01-01..2027-12-31\nprogram dongeng di perpus_desa {\n  kategori mendongeng\n  sasaran anak anak\n  jadwal setiap selasa pukul 09:00 selama 2 jam\n}\nprogram lain di perpus_kota {\n  kategori mendongeng\n  jadwal setiap rabu pukul 09:00 selama 2 jam\n}\n";

/** A workspace `ws/` whose files may be written but whose folder may not (chmod 555). */
function readOnlyWorkspace(files: Readonly<Record<string, string>>): string {
  const cwd = tempDir();
  chmodSync(cwd, 0o755);
  mkdirSync(path.join(cwd, "ws"));
  for (const [file, text] of Object.entries(files)) {
    writeFileSync(path.join(cwd, "ws", file), text);
    chmodSync(path.join(cwd, "ws", file), 0o666);
  }
  chmodSync(path.join(cwd, "ws"), 0o555);
  return cwd;
}

describe.skipIf(!canTest)("a folder that may not be written to", () => {
  it("check --fix reports the problems, then that the fixes could not be written, naming the folder (exit 2)", async () => {
    const cwd = readOnlyWorkspace({ "perpustakaan.lontar": LIBRARY, "program.lontar": PROGRAM });
    const result = await lontarUnprivileged(["check", "--fix", "--static", "ws"], cwd);
    expect(result.status).toBe(2);
    // The problems as the files stand: the fixable one too, for it was not fixed.
    expect(result.stdout).toContain("perpus_kota");
    expect(result.stdout).toContain("anak anak");
    expect(result.stderr).toContain("could not write the fixes to ws/program.lontar: the folder ws: permission denied (EACCES)");
    expect(result.stderr).toContain("Copy the workspace to a folder you may write to");
    expect(result.stderr).not.toMatch(/\.tmp|internal error/);
    expect(readFileSync(path.join(cwd, "ws", "program.lontar"), "utf8")).toBe(PROGRAM);
    const id = await lontarUnprivileged(["check", "--fix", "--static", "--lang", "id", "ws"], cwd);
    expect(id.stderr).toContain("tidak dapat menulis perbaikan ke ws/program.lontar: folder ws: akses ditolak (EACCES)");
  });

  it("fmt --write formats what it can, then names the folder it could not write (exit 2)", async () => {
    const cwd = readOnlyWorkspace({ "perpustakaan.lontar": LIBRARY.replace("  jenjang", "      jenjang") });
    const result = await lontarUnprivileged(["fmt", "--write", "ws"], cwd);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("could not write the formatted text to ws/perpustakaan.lontar: the folder ws: permission denied (EACCES)");
  });

  it("plan --out names the parent folder when the folder may be written to and its parent may not", async () => {
    const cwd = readOnlyWorkspace({ "perpustakaan.lontar": LIBRARY, "program.lontar": PROGRAM.replace(/program lain[^]*$/, "").replace("anak anak", "anak") });
    mkdirSync(path.join(cwd, "x", "hasil"), { recursive: true });
    chmodSync(path.join(cwd, "x", "hasil"), 0o777);
    chmodSync(path.join(cwd, "x"), 0o555);
    const result = await lontarUnprivileged(["plan", "ws", "--out", "x/hasil"], cwd);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`in ${path.join(cwd, "x")}, and swaps it in whole, and ${path.join(cwd, "x")} cannot be written: permission denied (EACCES)`);
  });
});
