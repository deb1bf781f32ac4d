import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ciCommands } from "./support/ci-commands.js";
import { REPO_ROOT } from "./support/spawn.js";

describe("docs/ci.md", () => {
  it("has a SARIF, an annotations, a JUnit and a Code Quality command", () => {
    const commands = ciCommands();
    expect(commands.filter((c) => /--format sarif .*> lontar\.sarif/.test(c))).toHaveLength(1);
    expect(commands.filter((c) => /--format github\b/.test(c))).toHaveLength(1);
    expect(commands.filter((c) => /--format junit .*> lontar-junit\.xml/.test(c))).toHaveLength(1);
    expect(commands.filter((c) => /--format codequality .*> lontar-codequality\.json \|\| \[ \$\? -eq 1 \]$/.test(c))).toHaveLength(1);
  });

  it("gives GitLab the Code Quality report beside the JUnit report", () => {
    const markdown = readFileSync(path.join(REPO_ROOT, "docs/ci.md"), "utf8");
    expect(markdown).toMatch(/ {4}reports:\n {6}codequality: lontar-codequality\.json\n {6}junit: lontar-junit\.xml\n/);
  });

  it("runs lontar through pnpm quietly, so that redirected reports hold only the report", () => {
    for (const command of ciCommands()) expect(command).toMatch(/^npx -y pnpm@10 --silent lontar check /);
  });
});
