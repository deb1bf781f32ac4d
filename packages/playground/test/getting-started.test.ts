import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { analyzeFolder } from "@lontar/dsl/node";
import { planWorkspace } from "@lontar/planner";
import { describe, expect, it } from "vitest";
import { playgroundHorizon } from "@lontar/playground";

const docs = fileURLToPath(new URL("../../../docs/", import.meta.url));

/** The guide's ```lontar [folder/file] blocks, by their label. */
function labelledBlocks(guide: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of guide.matchAll(/```lontar \[([^\]]+)\]\n([\s\S]*?)```/g)) blocks.set(match[1] ?? "", match[2] ?? "");
  return blocks;
}

// The plan's summary line as each guide shows it: the Indonesian guide runs `--lang id`.
const occurrencesLine = {
  en: (total: number, scheduled: number, unassigned: number, cancelled: number) => `occurrences  ${total} (${scheduled} scheduled, ${unassigned} unassigned, ${cancelled} cancelled)`,
  id: (total: number, scheduled: number, unassigned: number, cancelled: number) => `pelaksanaan  ${total} (${scheduled} terjadwal, ${unassigned} belum ditempatkan, ${cancelled} dibatalkan)`,
};

describe.each([
  { guide: "getting-started.md", folder: "library-plan", lang: "en" as const },
  { guide: "id/getting-started.md", folder: "rencana-sikka", lang: "id" as const },
])("the getting-started guide $guide", ({ guide, folder, lang }) => {
  const text = readFileSync(`${docs}${guide}`, "utf8");
  const blocks = labelledBlocks(text);

  it("shows the workspace's files as they are (the contest on the 23rd, before the fix)", () => {
    expect(blocks.size).toBe(3);
    for (const [label, block] of blocks) {
      const file = readFileSync(`${docs}guide-workspaces/${label}`, "utf8");
      expect(block).toBe(file.replace("2026-04-22", "2026-04-23"));
    }
  });

  it("prints the plan's counts that the fixed workspace gives", () => {
    const { workspace, diagnostics } = analyzeFolder(`${docs}guide-workspaces/${folder}`);
    expect(diagnostics).toEqual([]);
    if (workspace === undefined) throw new Error("no workspace");
    const horizon = playgroundHorizon(workspace);
    if (horizon === undefined) throw new Error("no horizon");
    const plan = planWorkspace(workspace, { horizon, seed: 1 });
    const count = (status: string): number => plan.occurrences.filter((o) => o.status === status).length;
    expect(text).toContain(occurrencesLine[lang](plan.occurrences.length, count("scheduled"), count("unassigned"), count("cancelled")));
  });
});
