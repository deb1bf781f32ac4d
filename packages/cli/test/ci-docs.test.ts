import { describe, expect, it } from "vitest";
import { ciCommands } from "./support/ci-commands.js";

describe("docs/ci.md", () => {
  it("has a SARIF, an annotations and a JUnit command", () => {
    const commands = ciCommands();
    expect(commands.filter((c) => /--format sarif .*> lontar\.sarif/.test(c))).toHaveLength(1);
    expect(commands.filter((c) => /--format github\b/.test(c))).toHaveLength(1);
    expect(commands.filter((c) => /--format junit .*> lontar-junit\.xml/.test(c))).toHaveLength(1);
  });

  it("runs lontar through pnpm quietly, so that redirected reports hold only the report", () => {
    for (const command of ciCommands()) expect(command).toMatch(/^npx -y pnpm@10 --silent lontar check /);
  });
});
