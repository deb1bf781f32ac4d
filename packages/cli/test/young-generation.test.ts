import { describe, expect, it } from "vitest";
import { keepYoungGenerationSmall, letYoungGenerationGrow } from "../src/start/young-generation.js";
import { runProcess } from "./support/spawn.js";

const KEPT = Symbol.for("lontar.youngGenerationKeptSmall");
const kept = (): unknown => (process as unknown as Record<symbol, unknown>)[KEPT];

describe("the young generation's size", () => {
  it("is left to V8 when Node's options size the young generation themselves", () => {
    keepYoungGenerationSmall(["--max-semi-space-size=64"], "");
    expect(kept()).toBeUndefined();
    keepYoungGenerationSmall([], "--min-semi-space-size=4");
    expect(kept()).toBeUndefined();
  });

  it("is kept small, then grows again, in a process that allocates what survives", async () => {
    // In a child process: the flag is the whole process's.
    const script = `
      const { keepYoungGenerationSmall, letYoungGenerationGrow } = await import(${JSON.stringify(new URL("../src/start/young-generation.ts", import.meta.url).href)});
      const v8 = await import("node:v8");
      const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === "new_space").space_size;
      const keep = [];
      const fill = () => { for (let i = 0; i < 400000; i++) keep.push({ i, text: "x" + i }); };
      keepYoungGenerationSmall([], "");
      fill();
      const small = young();
      letYoungGenerationGrow();
      fill(); fill();
      console.log(JSON.stringify({ small, grown: young() }));`;
    const result = await runProcess(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {});
    expect(result.status, result.stderr).toBe(0);
    const { small, grown } = JSON.parse(result.stdout) as { small: number; grown: number };
    expect(grown).toBeGreaterThan(small);
  });

  it("does nothing when asked to grow without having been kept small", () => {
    letYoungGenerationGrow();
    expect(kept()).toBeUndefined();
  });
});
