import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./spawn.js";

/** The shell commands of the YAML blocks in docs/ci.md that run lontar, in order. */
export function ciCommands(): string[] {
  const markdown = readFileSync(path.join(REPO_ROOT, "docs/ci.md"), "utf8");
  const blocks = [...markdown.matchAll(/```ya?ml\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
  const commands: string[] = [];
  for (const block of blocks) {
    for (const line of block.split("\n")) {
      // GitHub steps (`run: …`, `- run: …`) and GitLab script items (`- …`).
      const match = /^\s*(?:-\s+)?(?:run:\s+)?(npx .*)$/.exec(line);
      if (match?.[1] !== undefined && match[1].includes(" lontar ")) commands.push(match[1]);
    }
  }
  return commands;
}
