import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bundledBin } from "./support/bundled-bin.js";
import { tempDir } from "./support/run.js";
import { runProcess, spawnLontar } from "./support/spawn.js";

describe("the lontar process", async () => {
  it("prints --help on stdout and exits 0", async () => {
    const result = await spawnLontar(["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: lontar <command>/);
  });

  it("prints --version and exits 0", async () => {
    const result = await spawnLontar(["--version"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("exits 2 with usage on stderr for an unknown flag", async () => {
    const result = await spawnLontar(["check", "--bogus", "."]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: lontar check");
  });

  it("exits 2 for a missing path, and for no path in a folder without .lontar files", async () => {
    expect((await spawnLontar(["check"], { cwd: tempDir() })).status).toBe(2);
    const result = await spawnLontar(["check", "does/not/exist.lontar"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("does/not/exist.lontar");
  });

  it("exits 2 for an unknown diagnostic code", async () => {
    const result = await spawnLontar(["explain", "LON0000"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown code");
  });

  it("explains a documented code", async () => {
    const result = await spawnLontar(["explain", "LON2001"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^LON2001/);
    expect(result.stdout).not.toContain("```");
  });
});

describe("a reader that goes away (`lontar fmt … | head`)", () => {
  it("ends the output quietly: no EPIPE stack, the command's own exit code", async () => {
    const dir = tempDir();
    // Far more than a pipe holds, so that the writes go on after `head` has left.
    const rooms = Array.from({ length: 4000 }, (_, i) => `room aula_${i} at perpus { capacity ${i + 1} }`).join("\n");
    writeFileSync(path.join(dir, "big.lontar"), `library perpus {\n  tier village\n  region "Sumatera Barat" / "Kota Solok"\n}\n${rooms}\n`);
    const bin = await bundledBin();
    const result = await runProcess("bash", ["-c", `set -o pipefail; "${process.execPath}" "${bin}" fmt big.lontar | head -c 10 > /dev/null`], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

// Found by a CI walk: `lontar check --format sarif … > lontar.sarif` on a full disk died on
// the stream's ENOSPC with a stack trace and exit code 1, which docs/ci.md's SARIF step
// accepts as "findings", taking the truncated file for a report.
describe("an output that cannot be written (a full disk)", () => {
  it.runIf(existsSync("/dev/full"))("exits 2 and says why, in the chosen language, without a stack", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.lontar"), "library perpus {\n  tier village\n  region \"Sumatera Barat\" / \"Kota Solok\"\n}\n");
    const bin = await bundledBin();
    for (const [lang, message] of [
      ["en", "lontar: cannot write the output: no space left on the device (ENOSPC); what was written is incomplete\n"],
      ["id", "lontar: tidak dapat menulis keluaran: ruang penyimpanan habis (ENOSPC); yang sudah tertulis tidak lengkap\n"],
    ] as const) {
      const result = await runProcess("bash", ["-c", `"${process.execPath}" "${bin}" check --static --format sarif --lang ${lang} a.lontar > /dev/full`], { cwd: dir });
      expect(result.status, lang).toBe(2);
      expect(result.stderr, lang).toBe(message);
    }
  });
});
