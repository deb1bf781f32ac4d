import { describe, expect, it } from "vitest";
import { COMMAND_USAGE } from "../src/args/help-texts.js";
import { main } from "../src/main.js";
import { TOOL_VERSION } from "../src/version.js";
import { run, tempDir } from "./support/run.js";

const COMMANDS = Object.keys(COMMAND_USAGE);

describe("main", () => {
  it("prints the version from package.json", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default;
    expect(TOOL_VERSION).toBe(version);
    expect(await run(["--version"], "/")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each(COMMANDS)("answers '%s --help' on stdout with exit 0", async (command) => {
    const result = await run([command, "--help"], "/");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: lontar ${command}\\b`));
  });

  // A walk of stop 59: `lontar --help check` printed the general help.
  it.each(COMMANDS)("answers '--help %s' with the command's help, as 'help %s'", async (command) => {
    const result = await run(["--help", command], "/");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await run(["help", command], "/")).stdout);
    expect(result.stdout).toMatch(new RegExp(`^Usage: lontar ${command}\\b`));
  });

  // A review of stop 59: `--help --lang id plan` printed the general help, `--help nosuch` passed.
  it("answers '--help' with the language option before the command, and refuses an unknown topic as 'help' does", async () => {
    expect((await run(["--help", "--lang", "id", "plan"], "/")).stdout).toMatch(/^Penggunaan: lontar plan\b/);
    const unknown = await run(["--help", "nosuch"], "/");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split("\n")[0]).toBe((await run(["help", "nosuch"], "/")).stderr.split("\n")[0]);
  });

  it.each(COMMANDS)("rejects an unknown flag of '%s' with exit 2 and its usage on stderr", async (command) => {
    const result = await run([command, "--no-such-flag"], "/");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("--no-such-flag");
    expect(result.stderr).toContain(`Usage: lontar ${command}`);
  });

  it("treats no command, an unknown command and a missing --out as usage errors", async () => {
    for (const argv of [[], ["frobnicate"], ["plan"], ["check", "--format", "xml", "."], ["check", "--max-warnings", "lots", "."], ["explain"]]) {
      const result = await run(argv, "/");
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/^lontar: .*\n\nUsage: lontar/);
    }
  });

  // A CI walk (stop 53): `--max-warnings 0 --max-warnings 5` passed with the last, loosening a gate a template had set.
  it("refuses an option of one value given twice with different values (exit 2), and takes the same value twice", async () => {
    const cwd = tempDir();
    const twice = await run(["check", "--max-warnings", "0", "--max-warnings", "5", "."], cwd);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/^lontar: option '--max-warnings' is given twice, '0' then '5'; give it once\n\nUsage: lontar check/);
    const formats = await run(["check", "--lang", "id", "-f", "github", "--format=sarif", "."], cwd);
    expect(formats.stderr).toMatch(/^lontar: opsi '--format' diberikan dua kali, 'github' lalu 'sarif'; berikan sekali saja/);
    const same = await run(["check", "-f", "json", "--format", "json", "."], cwd);
    expect(same.stderr).not.toContain("twice");
  });

  it("follows a command's usage error with its usage line and where its help is, not the whole help", async () => {
    const result = await run(["plan", "--no-such-flag", "."], "/");
    expect(result.stderr).toBe("lontar: unknown option '--no-such-flag'\n\nUsage: lontar plan [paths…] --out <dir> [options]\nFor its options: lontar plan --help\n");
    const id = await run(["check", "--lang", "id", "--no-such-flag", "."], "/");
    expect(id.stderr).toContain("Opsi-opsinya: lontar check --help");
    expect(id.stderr).not.toContain("--max-warnings");
  });

  it("reports a path that does not exist as an I/O error (exit 2)", async () => {
    const result = await run(["check", "no/such/file.lontar"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("lontar: cannot read 'no/such/file.lontar': no such file or folder\n");
  });

  it("shows help for a command through 'help'", async () => {
    expect((await run(["help", "init"], "/")).stdout).toBe(COMMAND_USAGE.init.en);
    expect((await run(["help"], "/")).stdout).toMatch(/^Usage: lontar <command>/);
  });

  it("turns an unexpected exception into 'internal error' and exit 2", async () => {
    let stderr = "";
    const code = await main(["--version"], {
      stdout: () => {
        throw new Error("disk on fire");
      },
      stderr: (text) => {
        stderr += text;
      },
      cwd: "/",
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^lontar: internal error .*disk on fire/);
  });

  it("exits 2 when its output could not be written (outputFailure), with the reason in the chosen language", async () => {
    const enospc = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    let stderr = "";
    const io = { stdout: () => undefined, stderr: (text: string) => void (stderr += text), cwd: "/", env: {}, stdoutIsTTY: false, stderrIsTTY: false };
    expect(await main(["--version"], { ...io, outputFailure: () => enospc })).toBe(2);
    expect(stderr).toBe("lontar: cannot write the output: no space left on the device (ENOSPC); what was written is incomplete\n");
    stderr = "";
    expect(await main(["--help", "--lang", "id"], { ...io, outputFailure: () => enospc })).toBe(2);
    expect(stderr).toMatch(/^lontar: tidak dapat menulis keluaran: ruang penyimpanan habis \(ENOSPC\)/);
    expect(await main(["--version"], { ...io, outputFailure: () => undefined })).toBe(0);
  });
});
