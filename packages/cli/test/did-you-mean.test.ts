import { describe, expect, it } from "vitest";
import { COMMAND_USAGE } from "../src/args/help-texts.js";
import { nearestWord } from "../src/args/nearest-word.js";
import { CLI_MESSAGES } from "../src/text/messages.js";
import { run } from "./support/run.js";

const COMMANDS = Object.keys(COMMAND_USAGE) as (keyof typeof COMMAND_USAGE)[];

/** Every word one dropped letter or one swapped pair away from `word` (not `word` itself). */
function typos(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) out.add(word.slice(0, i) + (word[i + 1] ?? "") + (word[i] ?? "") + word.slice(i + 2));
  out.delete(word);
  return [...out].filter((t) => t.length > 1);
}

/** The long options a command's usage text lists (`--format`, `--max-warnings`). */
function longOptions(command: keyof typeof COMMAND_USAGE): string[] {
  return [...new Set([...COMMAND_USAGE[command].en.matchAll(/(?<![\w-])--([a-z][a-z-]+)/g)].map((m) => m[1] ?? ""))];
}

/** The sentence the usage error should end with, in `language`, as the message table words it. */
const nearText = (key: "usage.unknownCommandNear" | "usage.unknownOptionNear", near: string, language: "en" | "id"): string =>
  CLI_MESSAGES[key][language].replace(/^.*;/, ";").replace("{near}", near);

describe("did you mean, on the command line", () => {
  // Found by a CI walk: `--format SARIF` (as the format is spelt in prose) listed every format
  // but named none: the nearest-word search skipped a candidate equal to the word lowercased.
  it("answers a format, command or option in other capitals with the one it names", async () => {
    expect(nearestWord("SARIF", ["stylish", "sarif"])).toBe("sarif");
    expect(nearestWord("sarif", ["stylish", "sarif"])).toBeUndefined();
    expect((await run(["check", "--format", "SARIF", "."], "/")).stderr).toMatch(/^lontar: unknown format 'SARIF'; did you mean `sarif`\?\n/);
    expect((await run(["check", "--format=GitHub", "."], "/")).stderr).toMatch(/^lontar: unknown format 'GitHub'; did you mean `github`\?\n/);
    expect((await run(["check", "-f", "JUnit", "--lang", "id", "."], "/")).stderr).toMatch(/^lontar: format tidak dikenal 'JUnit'; maksud Anda `junit`\?\n/);
    expect((await run(["Check", "."], "/")).stderr).toMatch(/^lontar: unknown command 'Check'; did you mean `check`\?\n/);
    expect((await run(["check", "--Quiet", "."], "/")).stderr).toMatch(/^lontar: unknown option '--Quiet'; did you mean `--quiet`\?\n/);
  });

  // A walk (CI for agreements): `--format gitlab` was asked "did you mean `github`?"; GitLab reads
  // Code Quality (findings on the diff) and JUnit (the Tests tab), and the answer names both.
  it("answers a CI server's name with the format it reads", async () => {
    expect((await run(["check", "--format", "gitlab", "."], "/")).stderr).toMatch(/^lontar: unknown format 'gitlab'; GitLab reads `--format codequality` \(findings on a merge request's diff\) and `--format junit` \(the pipeline's Tests tab\)\n/);
    expect((await run(["check", "--format", "GitLab-CI", "--lang", "id", "."], "/")).stderr).toMatch(
      /^lontar: format tidak dikenal 'GitLab-CI'; GitLab membaca `--format codequality` \(temuan pada diff merge request\) dan `--format junit` \(tab Tests pipeline\)\n/,
    );
    expect((await run(["check", "--format", "Jenkins", "--lang", "id", "."], "/")).stderr).toMatch(/^lontar: format tidak dikenal 'Jenkins'; Jenkins membaca `--format junit`\n/);
    expect((await run(["check", "--format", "codeql", "."], "/")).stderr).toMatch(/^lontar: unknown format 'codeql'; GitHub code scanning reads `--format sarif`\n/);
  });

  it.each(COMMANDS.flatMap((c) => typos(c).filter((t) => !COMMANDS.includes(t as never)).map((t) => [t, c] as const)))(
    "answers the mistyped command '%s' with '%s', exit 2, in both languages",
    async (typo, command) => {
      for (const language of ["en", "id"] as const) {
        const result = await run([typo, "--lang", language], "/");
        expect(result.code).toBe(2);
        expect(result.stdout).toBe("");
        expect(result.stderr.split("\n")[0]).toContain(nearText("usage.unknownCommandNear", command, language));
        expect(result.stderr.split("\n")[0]).toContain(`'${typo}'`);
      }
    },
  );

  it("answers a mistyped command after `help`, and under LANG=id_*", async () => {
    const result = await run(["help", "chekc"], "/", { LANG: "id_ID.UTF-8" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(nearText("usage.unknownCommandNear", "check", "id"));
  });

  it.each([["cek", "check"], ["periksa", "check"], ["rencanakan", "plan"], ["rapikan", "fmt"], ["jelaskan", "explain"], ["bantuan", "help"], ["buat", "init"]])(
    "answers the command a planner names in Bahasa Indonesia ('%s') with '%s'",
    async (word, command) => {
      const result = await run([word], "/", { LANG: "id_ID.UTF-8" });
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toContain(nearText("usage.unknownCommandNear", command, "id"));
    },
  );

  it("answers a mistyped command when --lang comes first", async () => {
    const result = await run(["--lang", "id", "pln", "x"], "/");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(nearText("usage.unknownCommandNear", "plan", "id"));
  });

  const optionCases = COMMANDS.flatMap((command) => {
    const options = longOptions(command);
    return options.flatMap((option) =>
      typos(option)
        .filter((t) => t.length >= 3 && !options.includes(t) && !options.some((o) => o !== option && (o.startsWith(t) || typos(o).includes(t))))
        .slice(0, 2)
        .map((t) => [command, `--${t}`, `--${option}`] as const),
    );
  });

  it("has option cases for every command that takes options", () => {
    expect(new Set(optionCases.map(([command]) => command)).size).toBeGreaterThan(COMMANDS.length / 2);
  });

  it.each(optionCases)("answers '%s %s' with '%s', exit 2, in both languages", async (command, typo, option) => {
    for (const language of ["en", "id"] as const) {
      const result = await run([command, typo, "--lang", language], "/");
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toContain(nearText("usage.unknownOptionNear", option, language));
      expect(result.stderr).toContain(`lontar ${command}`);
    }
  });

  it.each([
    ["plan", "--horizon", "--from … --to"],
    ["plan", "--cakrawala", "--from … --to"],
    ["plan", "--output", "--out"],
    ["plan", "--bahasa", "--lang"],
    ["check", "--bahasa", "--lang"],
  ] as const)("answers '%s %s', a word for an option not spelled like it, with '%s'", async (command, typed, meant) => {
    for (const language of ["en", "id"] as const) {
      const result = await run([command, typed, "x", "--lang", language], "/");
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toContain(nearText("usage.unknownOptionNear", meant, language));
    }
  });

  // Found by a walk: `init -l en` worked, and `check … -l en` was an unknown option, said in English under LANG=id_*.
  it.each(COMMANDS.filter((command) => longOptions(command).includes("lang")))("takes -l for --lang in '%s'", async (command) => {
    const result = await run([command, "-l", "zz"], "/", { LANG: "id_ID.UTF-8" });
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain("'-l'");
    expect(COMMAND_USAGE[command].en).toContain("-l, --lang <en|id>");
  });

  it("offers a word's option only where the command has it (`fmt` takes no --from)", async () => {
    const result = await run(["fmt", "--horizon", "x"], "/");
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("lontar: unknown option '--horizon'");
  });

  it("suggests nothing for a word far from every command or option, and still exits 2", async () => {
    for (const argv of [["frobnicate"], ["check", "--no-such-flag"], ["x".repeat(100_000)]]) {
      const result = await run(argv, "/");
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).not.toContain(nearText("usage.unknownCommandNear", "", "en").replace("``?", ""));
    }
  });
});
