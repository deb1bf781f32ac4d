import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../src/io.js";
import { main } from "../src/main.js";
import { run, tempDir } from "./support/run.js";

/** An agreement whose obligation no program can meet: a workspace with no program left. */
const AGREEMENT_ONLY = `horizon 2024-01-01..2024-12-31

library perpus_x {
  tier city
  region "Aceh" / "Kota Langsa"
  open mon..fri 08:00-16:00
}

partner lembaga_y {
  kind technology_institution
}

equipment laptop_y at perpus_x {
  quantity 20
}

agreement mou_y {
  between perpus_x and lembaga_y
  valid 2024-01-01..2024-12-31
  partner provides laptop_y 4 every month
}
`;

const MAIN = 'impor "./program.lontar"\nperpustakaan lib {\n  jenjang desa\n  wilayah "Jawa Tengah" / "Kabupaten Klaten"\n}\ncakrawala 2026-01-01..2026-12-31\n';
const PROGRAM = "program kelas di lib {\n  kategori kelas\n  jadwal sekali 2026-03-02 pukul 09:00 selama 2 jam\n}\n";

/** `files` written under a fresh folder; the folder is returned. */
function folderWith(files: Readonly<Record<string, string>>): string {
  const cwd = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(cwd, file)), { recursive: true });
    writeFileSync(path.join(cwd, file), text);
  }
  return cwd;
}

const FORMATS = ["stylish", "json", "github", "sarif", "junit", "codequality"] as const;

describe("lontar check: no false pass", () => {
  it("checks the agreements of a workspace with no program left: its obligations are not met (exit 1)", async () => {
    const cwd = folderWith({ "ws/mou.lontar": AGREEMENT_ONLY });
    const result = await run(["check", "ws"], cwd);
    expect(result.stdout).toContain("LON5101");
    expect(result.code).toBe(1);
  });

  it("stops with exit 2 when one folder among other paths holds no .lontar file, before reporting anything", async () => {
    const cwd = folderWith({ "ws/mou.lontar": AGREEMENT_ONLY, "kosong/catatan.txt": "x\n" });
    const result = await run(["check", "ws", "kosong"], cwd);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("no .lontar files in kosong");
    expect(result.stderr).not.toContain("ws");
  });

  it.each(FORMATS)("says, in %s, that the plan and agreements were not checked because of the workspace's errors", async (format) => {
    const cwd = folderWith({ "ws/mou.lontar": AGREEMENT_ONLY.replace("partner provides", "partner provides provides") });
    const result = await run(["check", "--format", format, "ws"], cwd);
    expect(result.code).toBe(1);
    const said = "the plan and the agreements of ws were not checked, because the workspace has errors";
    if (format === "github") expect(result.stdout).toMatch(new RegExp(`^::notice file=ws/mou\\.lontar::note: ${said}`));
    else expect(result.stderr).toContain(`note: ${said}`);
    if (format === "sarif") {
      const log = JSON.parse(result.stdout) as { runs: Array<{ invocations?: Array<{ toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }> }> };
      expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications[0]).toMatchObject({ level: "note", message: { text: expect.stringContaining(said) as unknown } });
    }
    if (format === "junit") expect(result.stdout).toContain(`<system-out>note: ${said}`);
    if (format === "json" || format === "codequality") expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    const id = await run(["check", "--format", format, "--lang", "id", "ws"], cwd);
    expect(`${id.stdout}${id.stderr}`).toContain("tidak diperiksa, karena ruang kerjanya memiliki galat");
  });

  it("gives no such note with --static, which skips the plan by choice, nor for a workspace without errors", async () => {
    const broken = folderWith({ "ws/mou.lontar": AGREEMENT_ONLY.replace("partner provides", "partner provides provides") });
    expect((await run(["check", "--static", "ws"], broken)).stderr).not.toContain("not checked");
    const clean = folderWith({ "ws/mou.lontar": AGREEMENT_ONLY });
    expect((await run(["check", "ws"], clean)).stderr).not.toContain("not checked");
  });

  // A CI walk (stop 53): `check --static` of a workspace whose agreement no plan can keep passed with no word at all.
  it("says with --static that the agreements of a workspace without errors were not checked against a plan, in each language and as a notice", async () => {
    const cwd = folderWith({ "ws/mou.lontar": AGREEMENT_ONLY });
    const result = await run(["check", "--static", "ws"], cwd);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("note: --static checked the language only: the plan and the 1 agreement of ws were not checked; check without --static to know whether they are kept\n");
    const id = await run(["check", "--static", "--lang", "id", "--format", "github", "ws"], cwd);
    expect(id.stdout).toContain("::notice::catatan: --static hanya memeriksa bahasanya: rencana dan 1 kesepakatan ws tidak diperiksa");
    // Nothing to say of a workspace with no agreement.
    const none = folderWith({ "ws/main.lontar": MAIN, "ws/program.lontar": PROGRAM });
    expect((await run(["check", "--static", "ws"], none)).stderr).toBe("");
  });
});

describe("lontar check on one file of a workspace: the hint to check the folder", () => {
  it.each(FORMATS)("is given in %s", async (format) => {
    const cwd = folderWith({ "ws/utama.lontar": MAIN, "ws/program.lontar": PROGRAM });
    const result = await run(["check", "--static", "--format", format, "ws/program.lontar"], cwd);
    expect(result.code).toBe(1);
    const hint = "hint: ws/program.lontar is imported by ws/utama.lontar";
    if (format === "github") expect(result.stdout.split("\n")[0]).toMatch(new RegExp(`^::notice file=ws/program\\.lontar::${hint}.*check the folder: lontar check ws$`));
    else expect(result.stderr).toContain(hint);
    if (format === "sarif") expect(result.stdout).toContain('"toolExecutionNotifications"');
    if (format === "junit") expect(result.stdout).toContain(`<system-out>${hint}`);
  });

  it("comes before the list in stylish, where it is seen first", async () => {
    const cwd = folderWith({ "ws/utama.lontar": MAIN, "ws/program.lontar": PROGRAM });
    const order: string[] = [];
    const io: CliIo = { stdout: (text) => order.push(`out:${text}`), stderr: (text) => order.push(`err:${text}`), cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    expect(await main(["check", "--static", "ws/program.lontar"], io)).toBe(1);
    expect(order[0]).toMatch(/^err:hint: ws\/program\.lontar is imported by/);
    expect(order.some((text) => text.startsWith("out:") && text.includes("LON2002"))).toBe(true);
  });
});
